pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Every slide as a live thumbnail, grouped by chapter: tap one, or move with the arrow keys
// and press Enter. O, G, Esc or the close button closes it.
Rectangle {
    id: overview
    required property var session
    readonly property var navigator: session.navigator
    property int selected: 0
    property var thumbs: ({})           // slide index -> its thumbnail, for the arrow keys
    readonly property int columns: Style.portrait ? 3 : 4
    readonly property real thumbGap: 28 * Style.unit
    readonly property real thumbWidth: (flick.width - (columns - 1) * thumbGap) / columns
    readonly property real thumbHeight: thumbWidth * height / Math.max(1, width)
    color: Style.background

    onVisibleChanged: {
        if (visible) {
            selected = navigator.index
            Qt.callLater(showSelected)
        }
    }

    // Arrow keys move the highlight (up and down to the nearest thumbnail above or below),
    // Enter or Space opens it. Other keys are the navigator's (O, G and Esc close).
    function handleKey(key) {
        const count = navigator.count
        if (key === Qt.Key_Right || key === Qt.Key_PageDown || key === Qt.Key_Tab)
            select(Math.min(count - 1, selected + 1))
        else if (key === Qt.Key_Left || key === Qt.Key_PageUp || key === Qt.Key_Backtab)
            select(Math.max(0, selected - 1))
        else if (key === Qt.Key_Down || key === Qt.Key_Up)
            select(nearestVertically(key === Qt.Key_Down ? 1 : -1))
        else if (key === Qt.Key_Home)
            select(0)
        else if (key === Qt.Key_End)
            select(count - 1)
        else if ((key === Qt.Key_Return || key === Qt.Key_Enter || key === Qt.Key_Space)
                 && navigator.typedNumber === "")
            navigator.choose(selected)
        else
            return false
        return true
    }

    function select(index) {
        selected = index
        showSelected()
    }

    function centreOf(index) {
        const thumb = thumbs[index]
        return thumb ? thumb.mapToItem(column, thumb.width / 2, thumb.height / 2) : null
    }

    function nearestVertically(step) {
        const from = centreOf(selected)
        if (!from)
            return selected
        let best = selected
        let bestScore = Infinity
        for (let i = 0; i < navigator.count; ++i) {
            const at = centreOf(i)
            if (!at || (at.y - from.y) * step < thumbHeight / 2)
                continue
            const score = Math.abs(at.y - from.y) * 4 + Math.abs(at.x - from.x)
            if (score < bestScore) {
                best = i
                bestScore = score
            }
        }
        return best
    }

    function showSelected() {
        const thumb = thumbs[selected]
        if (!thumb)
            return
        const top = thumb.mapToItem(column, 0, 0).y - Style.gap
        const bottom = top + thumb.height + 2 * Style.gap + 40 * Style.unit
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height)
    }

    // Taps that miss the thumbnails do nothing (and never reach the slide behind).
    TapHandler { gesturePolicy: TapHandler.ReleaseWithinBounds }

    Text {
        id: heading
        objectName: "overviewHeading"
        x: Style.sideMargin
        width: closeButton.x - x - Style.gap
        y: (Style.topBand - height) / 2
        text: Style.strings.overview ?? ""
        color: Style.foreground
        font.family: Style.fontFamily
        font.features: Style.fontFeatures
        font.pixelSize: Style.subtitleSize
        font.weight: Font.Bold
        elide: Text.ElideRight
    }
    IconButton {
        id: closeButton
        objectName: "overviewClose"
        icon: "close"
        accessibleName: Style.strings.close ?? ""
        x: overview.width - Style.sideMargin - width
        y: (Style.topBand - height) / 2
        onActivated: overview.navigator.openPanel("")
    }

    Flickable {
        id: flick
        objectName: "overviewFlick"
        x: Style.sideMargin
        y: Style.topBand
        width: overview.width - 2 * Style.sideMargin
        height: overview.height - Style.topBand
        contentWidth: width
        contentHeight: column.implicitHeight + Style.gap
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: flick.width
            spacing: Style.gap
            Repeater {
                model: overview.visible ? overview.session.overviewGroups : []
                delegate: Column {
                    id: group
                    required property var modelData
                    width: column.width
                    spacing: 16 * Style.unit
                    Text {
                        objectName: "overviewChapter"
                        visible: text !== ""
                        width: parent.width
                        text: group.modelData.title
                        color: Style.accent
                        font.family: Style.fontFamily
                        font.features: Style.fontFeatures
                        font.pixelSize: Style.labelSize
                        font.weight: Font.DemiBold
                        font.letterSpacing: 2 * Style.unit
                        font.capitalization: Font.AllUppercase
                        elide: Text.ElideRight
                    }
                    Flow {
                        id: flow
                        width: parent.width
                        spacing: overview.thumbGap
                        Repeater {
                            model: group.modelData.slides
                            delegate: Thumbnail {
                                required property int modelData
                                slideIndex: modelData
                                session: overview.session
                                width: overview.thumbWidth
                                pageWidth: overview.width
                                pageHeight: overview.height
                                selected: overview.selected === modelData
                                current: overview.navigator.index === modelData
                                // Live thumbnails cost a slide each: only those near the view.
                                // While the panel closes, the view scrolls back as its
                                // chapters' columns go, and this runs with them gone.
                                live: flow !== null && group !== null
                                      && y + flow.y + group.y + height > flick.contentY - flick.height
                                      && y + flow.y + group.y < flick.contentY + 2 * flick.height
                                Component.onCompleted: overview.thumbs[modelData] = this
                                Component.onDestruction: {
                                    if (overview.thumbs[modelData] === this)
                                        delete overview.thumbs[modelData]
                                }
                                onChosen: overview.navigator.choose(modelData)
                            }
                        }
                    }
                }
            }
        }
    }
}
