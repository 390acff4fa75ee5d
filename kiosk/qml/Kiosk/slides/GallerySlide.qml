pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Several pictures, one at a time, each with its caption and credit. A swipe on the picture,
// a tap on its left or right half, the arrows or the dots move between them; the slide stays.
// At the first or last picture a swipe further out is passed to the stage and turns the page,
// so a visitor is never stuck in a gallery. Keys still step slides.
SlideBase {
    id: slide
    readonly property var images: value("images") || []
    readonly property int count: images.length
    property int current: 0
    readonly property var shown: current >= 0 && current < count ? images[current] : null
    readonly property bool hasTitle: value("title") !== ""
    readonly property bool hasCaptions: images.some(item => item.caption !== "")
    readonly property bool hasCredits: images.some(item => item.credit !== "")
    // Width over height of the tallest picture: the viewport is no taller than it needs.
    readonly property real tallest: {
        const ratios = images.map(item => item.ratio).filter(ratio => ratio > 0)
        return ratios.length > 0 ? Math.min(...ratios) : 16 / 9
    }
    // The finger's offset while it moves the pictures, and whether the swipe went to the stage.
    property real dragOffset: 0
    property bool handedOver: false
    readonly property real flickSpeed: 900 * Style.unit     // px/s that counts as a flick
    // Dots are touch targets; when they do not fit a line, "3 / 24" takes their place.
    readonly property real dotTarget: Math.max(Style.touchTarget, 56 * Style.unit)
    readonly property bool dotsFit: count * dotTarget <= (portrait ? areaWidth : areaWidth * 0.34)

    onImagesChanged: if (current >= count) current = Math.max(0, count - 1)

    function goTo(index) {
        if (index >= 0 && index < count)
            current = index
    }

    ColumnLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        spacing: Style.gap * 0.75

        FitText {
            objectName: "title"
            visible: slide.hasTitle
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.16)
            text: slide.value("title")
            maxSize: Style.titleSize
            minSize: Style.bodySize
            font.weight: Font.Bold
        }

        // On portrait screens the pictures and their words sit in the middle of what the
        // title leaves.
        Item { Layout.fillHeight: true; visible: slide.portrait }

        // The pictures side by side on a strip; the viewport shows one of them.
        Item {
            id: viewport
            objectName: "galleryViewport"
            // Taps and swipes here are the gallery's, not the stage's edge taps.
            readonly property bool takesTaps: slide.count > 1
            Layout.fillWidth: true
            Layout.fillHeight: !slide.portrait
            Layout.verticalStretchFactor: slide.portrait ? -1 : 1000
            Layout.maximumHeight: slide.areaWidth / slide.tallest
            Layout.preferredHeight: slide.portrait
                                    ? Math.min(slide.areaWidth / slide.tallest,
                                               slide.areaHeight * 0.62) : -1
            clip: true

            Item {
                id: strip
                height: viewport.height
                width: viewport.width * slide.count
                x: -slide.current * viewport.width + slide.dragOffset
                Behavior on x {
                    enabled: Style.animate && !drag.active
                    NumberAnimation { duration: Style.transitionMs; easing.type: Easing.OutCubic }
                }
                Repeater {
                    model: slide.images
                    delegate: Picture {
                        required property var modelData
                        required property int index
                        objectName: "picture" + index
                        x: index * viewport.width
                        width: viewport.width
                        height: viewport.height
                        cover: false
                        // Only the picture shown and its neighbours are decoded.
                        source: Math.abs(index - slide.current) <= 1 ? modelData.image : ""
                    }
                }
            }

            DragHandler {
                id: drag
                objectName: "galleryDrag"
                target: null
                yAxis.enabled: false
                enabled: slide.count > 1
                // Once the gallery has the swipe it keeps it: the stage's own DragHandler
                // would otherwise take it over and turn the page.
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                // The finger's travel in the window: the slide itself moves when the swipe
                // turns the page, so the viewport's own coordinates would drift.
                readonly property real travel: centroid.scenePosition.x - centroid.scenePressPosition.x
                // Whether this swipe's direction is known yet (it is on its first move).
                property bool decided: false
                onActiveChanged: {
                    if (active) {
                        decided = false
                        slide.handedOver = false
                    } else if (slide.handedOver) {
                        slide.handedOver = false
                        slide.swipePage("end", travel, centroid.velocity.x)
                    } else {
                        slide.release(centroid.velocity.x)
                    }
                }
                onTravelChanged: {
                    if (!active || travel === 0)
                        return
                    if (!decided) {
                        // Outward from the first or last picture: the stage's swipe.
                        decided = true
                        slide.handedOver = travel < 0 ? slide.current === slide.count - 1
                                                      : slide.current === 0
                        if (slide.handedOver) {
                            slide.swipePage("begin", travel, 0)
                            return
                        }
                    }
                    if (slide.handedOver) {
                        slide.swipePage("move", travel, 0)
                        return
                    }
                    // Past the first or last picture the strip gives a little and no more.
                    const past = (travel > 0 && slide.current === 0)
                                 || (travel < 0 && slide.current === slide.count - 1)
                    slide.dragOffset = past ? travel * 0.25 : travel
                }
            }
            TapHandler {
                objectName: "galleryTap"
                enabled: slide.count > 1
                onTapped: function(eventPoint) {
                    slide.goTo(slide.current + (eventPoint.position.x < viewport.width / 2 ? -1 : 1))
                }
            }
            IconButton {
                objectName: "galleryPrevious"
                readonly property bool takesTaps: true
                icon: "previous"
                accessibleName: Style.strings.previousPicture ?? ""
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                visible: slide.count > 1 && Style.controls
                opacity: slide.current > 0 ? 0.9 : 0
                enabled: slide.current > 0
                Behavior on opacity { enabled: Style.animate; NumberAnimation { duration: 200 } }
                onActivated: slide.goTo(slide.current - 1)
            }
            IconButton {
                objectName: "galleryNext"
                readonly property bool takesTaps: true
                icon: "next"
                accessibleName: Style.strings.nextPicture ?? ""
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: slide.count > 1 && Style.controls
                opacity: slide.current < slide.count - 1 ? 0.9 : 0
                enabled: slide.current < slide.count - 1
                Behavior on opacity { enabled: Style.animate; NumberAnimation { duration: 200 } }
                onActivated: slide.goTo(slide.current + 1)
            }
        }

        // Under the picture: its caption and credit, and where the visitor is in the gallery
        // (beside them on landscape screens, above them on portrait ones).
        GridLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: slide.footerHeight
            Layout.maximumHeight: slide.footerHeight
            columns: slide.portrait ? 1 : 2
            columnSpacing: Style.gap
            rowSpacing: Style.gap * 0.4
            visible: slide.hasCaptions || slide.hasCredits || slide.count > 1

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.row: slide.portrait ? 1 : 0
                Layout.column: 0
                spacing: Style.gap / 4
                visible: slide.hasCaptions || slide.hasCredits

                FitText {
                    objectName: "caption"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(implicitHeight, slide.captionRoom)
                    visible: slide.hasCaptions
                    text: slide.shown ? slide.shown.caption : ""
                    maxSize: Style.subtitleSize * 0.9
                    minSize: Style.smallSize * 0.8
                    verticalAlignment: Text.AlignTop
                    horizontalAlignment: slide.portrait ? Text.AlignHCenter : Text.AlignLeft
                    font.weight: Font.DemiBold
                }
                FitText {
                    objectName: "credit"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(implicitHeight, slide.creditRoom)
                    visible: slide.hasCredits
                    text: slide.shown ? slide.shown.credit : ""
                    maxSize: Style.labelSize
                    minSize: Style.minimumSize * 0.8
                    horizontalAlignment: slide.portrait ? Text.AlignHCenter : Text.AlignLeft
                    color: Style.muted
                }
                Item { Layout.fillHeight: true }
            }

            Item {
                id: position
                Layout.row: 0
                Layout.column: slide.portrait ? 0 : 1
                Layout.alignment: slide.portrait ? Qt.AlignHCenter | Qt.AlignTop
                                                 : Qt.AlignRight | Qt.AlignTop
                Layout.preferredWidth: slide.dotsFit ? dots.width : counter.implicitWidth
                Layout.preferredHeight: slide.dotTarget
                visible: slide.count > 1

                Row {
                    id: dots
                    objectName: "galleryDots"
                    visible: slide.dotsFit
                    Repeater {
                        model: slide.count
                        delegate: Item {
                            id: dot
                            required property int index
                            readonly property bool takesTaps: true
                            readonly property bool chosen: index === slide.current
                            objectName: "dot" + index
                            width: slide.dotTarget
                            height: slide.dotTarget
                            Accessible.role: Accessible.Button
                            Accessible.name: (dot.index + 1) + " / " + slide.count
                            Accessible.onPressAction: slide.goTo(dot.index)
                            Rectangle {
                                anchors.centerIn: parent
                                height: 14 * Style.unit
                                width: dot.chosen ? height * 2.6 : height
                                radius: height / 2
                                color: dot.chosen ? Style.accent : Style.line
                                Behavior on width {
                                    enabled: Style.animate
                                    NumberAnimation { duration: 200; easing.type: Easing.OutCubic }
                                }
                            }
                            TapHandler {
                                onTapped: slide.goTo(dot.index)
                            }
                        }
                    }
                }
                Text {
                    id: counter
                    objectName: "galleryCounter"
                    visible: !slide.dotsFit
                    anchors.verticalCenter: parent.verticalCenter
                    text: (slide.current + 1) + " / " + slide.count
                    color: Style.muted
                    font.family: Style.fontFamily
                    font.pixelSize: Style.smallSize
                    font.features: { "tnum": 1 }
                }
            }
        }
        // What the pictures leave (portrait; landscape when the pictures are wide ones).
        Item { Layout.fillHeight: true }
    }

    // Room under the picture for the longest caption (so the picture does not jump), and
    // how it is shared between the caption and the credit.
    readonly property real wordsHeight: hasCaptions || hasCredits
                                        ? areaHeight * (portrait ? 0.16 : 0.2) : 0
    readonly property real footerHeight: {
        const position = count > 1 ? dotTarget : 0
        return portrait ? position + wordsHeight
                          + (wordsHeight > 0 && position > 0 ? Style.gap * 0.4 : 0)
                        : Math.max(position, wordsHeight)
    }
    readonly property real creditRoom: hasCredits ? Style.labelSize * 2.6 : 0
    readonly property real captionRoom: wordsHeight - (hasCredits ? creditRoom + Style.gap / 4 : 0)

    // A swipe let go on the pictures: on to the next or previous one past a quarter of the
    // width or on a quick flick, else back.
    function release(velocity) {
        const dx = dragOffset
        const flick = Math.abs(velocity) > flickSpeed && velocity * dx > 0
        let next = current
        if (Math.abs(dx) > viewport.width / 4 || flick)
            next = dx < 0 ? current + 1 : current - 1
        dragOffset = 0
        goTo(next)
    }
}
