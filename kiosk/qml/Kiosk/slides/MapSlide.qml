pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// A map picture with labelled pins; tapping or clicking a pin shows its text beside the map.
SlideBase {
    id: slide
    readonly property var pins: value("pins") || []
    property int selected: -1
    readonly property var selectedPin: pins && selected >= 0 && selected < pins.length
                                       ? pins[selected] : null

    component PinMarker: Item {
        id: pin
        readonly property Item label: tag
        objectName: "pin" + index
        required property var modelData
        required property int index
        readonly property bool chosen: slide.selected === index
        readonly property real dot: (chosen ? 30 : 24) * Style.unit
        // A touch target of at least 64 logical pixels around the dot.
        width: Math.max(64 * Style.unit, 64)
        height: width
        x: map.paintedLeft + modelData.x * map.paintedWidth - width / 2
        y: map.paintedTop + modelData.y * map.paintedHeight - height / 2
        z: chosen ? 2 : 1

        Rectangle {
            anchors.centerIn: parent
            width: pin.dot * 2.2
            height: width
            radius: width / 2
            color: "transparent"
            border.color: Style.accent
            border.width: 2 * Style.unit
            opacity: pin.chosen ? 0.9 : 0.45
        }
        Rectangle {
            anchors.centerIn: parent
            width: pin.dot
            height: width
            radius: width / 2
            color: pin.chosen ? Style.accent : Style.foreground
            border.color: Style.accent
            border.width: 5 * Style.unit
        }
        Rectangle {
            id: tag
            readonly property bool leftSide: pin.modelData.labelLeft
            x: leftSide ? pin.width / 2 - pin.dot - width : pin.width / 2 + pin.dot
            anchors.verticalCenter: parent.verticalCenter
            width: tagLabel.implicitWidth + Style.gap * 0.7
            height: tagLabel.implicitHeight + Style.gap * 0.35
            radius: height / 2
            color: pin.chosen ? Style.accent : Qt.rgba(0, 0, 0, 0.6)
            Text {
                id: tagLabel
                objectName: "pinLabel" + pin.index
                anchors.centerIn: parent
                text: pin.modelData.label
                color: pin.chosen ? Style.background : Style.foreground
                font.family: Style.fontFamily
                font.features: Style.fontFeatures
                font.pixelSize: Style.labelSize
                font.weight: Font.DemiBold
            }
        }
    }

    onPinsChanged: if (!pins || selected >= pins.length) selected = -1

    ColumnLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        spacing: Style.gap

        FitText {
            objectName: "title"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.2)
            text: slide.value("title")
            maxSize: Style.titleSize
            minSize: Style.bodySize
            font.weight: Font.Bold
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: slide.portrait ? 1 : 2
            columnSpacing: Style.gap * 1.5
            rowSpacing: Style.gap

            Item {
                id: mapBox
                Layout.fillWidth: true
                Layout.fillHeight: !slide.portrait
                Layout.preferredWidth: slide.portrait ? slide.areaWidth : slide.areaWidth * 0.68
                Layout.preferredHeight: slide.portrait ? Math.min(slide.areaHeight * 0.55, slide.areaWidth * 1.1) : -1

                Picture {
                    id: map
                    anchors.fill: parent
                    cover: false
                    source: slide.value("image")
                    // The picture's painted rectangle, which the pins' 0..1 positions refer to.
                    readonly property real paintedLeft: (width - paintedWidth) / 2
                    readonly property real paintedTop: (height - paintedHeight) / 2
                }
                Repeater {
                    id: pinRepeater
                    model: slide.pins
                    delegate: PinMarker {}
                }
                // One handler for all pins: the nearest pin wins, so pins close together
                // each get their own taps; a pin's label counts as the pin.
                // A drag past the threshold becomes the stage's swipe instead.
                TapHandler {
                    objectName: "mapTap"
                    onTapped: function(eventPoint) {
                        const hit = slide.pinAt(eventPoint.position.x, eventPoint.position.y)
                        if (hit >= 0)
                            slide.selected = slide.selected === hit ? -1 : hit
                    }
                }
                Text {
                    objectName: "credit"
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: map.paintedTop
                    anchors.rightMargin: map.paintedLeft
                    width: Math.min(implicitWidth, parent.width * 0.5)
                    text: slide.value("credit")
                    visible: text !== ""
                    color: Style.muted
                    font.family: Style.fontFamily
                    font.pixelSize: Style.minimumSize
                    horizontalAlignment: Text.AlignRight
                    wrapMode: Text.Wrap
                }
            }

            // What the chosen pin says, or how to choose one.
            Rectangle {
                objectName: "pinPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: slide.portrait ? slide.areaWidth : slide.areaWidth * 0.32
                color: Style.faint
                radius: 4 * Style.unit
                Rectangle { width: parent.width; height: 6 * Style.unit; color: Style.accent; visible: slide.selectedPin !== null }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Style.gap
                    spacing: Style.gap / 2
                    FitText {
                        objectName: "pinTitle"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(implicitHeight, parent.height * 0.3)
                        text: slide.selectedPin ? slide.selectedPin.label : ""
                        maxSize: Style.subtitleSize
                        minSize: Style.smallSize
                        font.weight: Font.Bold
                        color: Style.accent
                    }
                    FitText {
                        objectName: "pinText"
                        visible: slide.selectedPin !== null
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: slide.selectedPin ? slide.selectedPin.text : ""
                        maxSize: 30 * Style.unit
                        minSize: Style.minimumSize
                        verticalAlignment: Text.AlignTop
                    }
                    // Nothing chosen yet: how to use the map, and the places as a list.
                    FitText {
                        objectName: "pinHint"
                        visible: slide.selectedPin === null
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(implicitHeight, parent.height * 0.3)
                        text: slide.hint
                        maxSize: Style.smallSize
                        minSize: Style.minimumSize
                        color: Style.muted
                    }
                    Repeater {
                        model: slide.selectedPin === null ? slide.pins : []
                        delegate: Rectangle {
                            id: place
                            objectName: "place" + index
                            required property var modelData
                            required property int index
                            readonly property bool takesTaps: true
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(Style.touchTarget, 64 * Style.unit, Style.smallSize * 2.2)
                            color: "transparent"
                            border.color: Style.line
                            radius: 4 * Style.unit
                            Rectangle {
                                id: placeDot
                                x: Style.gap * 0.6
                                anchors.verticalCenter: parent.verticalCenter
                                width: 16 * Style.unit
                                height: width
                                radius: width / 2
                                color: Style.accent
                            }
                            FitText {
                                id: placeLabel
                                objectName: "placeLabel"
                                x: placeDot.x + placeDot.width + Style.gap * 0.5
                                width: parent.width - x - Style.gap * 0.5
                                height: parent.height - Style.gap * 0.3
                                anchors.verticalCenter: parent.verticalCenter
                                verticalAlignment: Text.AlignVCenter
                                text: place.modelData.label
                                maxSize: Style.smallSize
                                minSize: Style.minimumSize
                                font.weight: Font.DemiBold
                            }
                            TapHandler {
                                onTapped: slide.selected = place.index
                            }
                        }
                    }
                    Item { Layout.fillHeight: true; visible: slide.selectedPin === null }
                }
            }
        }
    }
    readonly property string hint: Style.strings.mapHint || ""
    tapTest: function(x, y) {
        const at = slide.mapToItem(mapBox, x, y)
        return slide.pinAt(at.x, at.y) >= 0
    }

    // The pin at (x, y) in the map's coordinates: the nearest dot within a finger's reach,
    // else the pin whose label is there; -1 for none.
    function pinAt(x, y) {
        let best = -1
        let bestDistance = Math.max(40 * Style.unit, 32)
        for (let i = 0; i < pinRepeater.count; ++i) {
            const pin = pinRepeater.itemAt(i)
            const distance = Math.hypot(x - (pin.x + pin.width / 2), y - (pin.y + pin.height / 2))
            if (distance < bestDistance) {
                best = i
                bestDistance = distance
            }
        }
        for (let i = 0; best < 0 && i < pinRepeater.count; ++i) {
            const label = (pinRepeater.itemAt(i) as PinMarker).label
            const at = label.mapToItem(mapBox, 0, 0)
            if (x >= at.x && x <= at.x + label.width && y >= at.y && y <= at.y + label.height)
                best = i
        }
        return best
    }
}
