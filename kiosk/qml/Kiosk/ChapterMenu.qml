pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The chapters, each with its number of slides: tap one (or arrows and Enter) to go to its
// first slide. A tap beside the card, the chapters button again, or Esc closes it.
Rectangle {
    id: menu
    required property var session
    readonly property var navigator: session.navigator
    readonly property var chapters: session.chapters
    property int selected: 0
    color: Qt.rgba(0, 0, 0, 0.6)

    onVisibleChanged: if (visible) selected = Math.max(0, currentChapter())

    function currentChapter() {
        let found = -1
        for (let i = 0; i < chapters.length; ++i) {
            if (chapters[i].first <= navigator.index)
                found = i
        }
        return found
    }

    function handleKey(key) {
        if (key === Qt.Key_Down || key === Qt.Key_Right || key === Qt.Key_PageDown || key === Qt.Key_Tab)
            selected = Math.min(chapters.length - 1, selected + 1)
        else if (key === Qt.Key_Up || key === Qt.Key_Left || key === Qt.Key_PageUp || key === Qt.Key_Backtab)
            selected = Math.max(0, selected - 1)
        else if ((key === Qt.Key_Return || key === Qt.Key_Enter || key === Qt.Key_Space)
                 && chapters.length > 0 && navigator.typedNumber === "")
            navigator.choose(chapters[selected].first)
        else
            return false
        return true
    }

    TapHandler {
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: menu.navigator.openPanel("")
    }

    Rectangle {
        id: card
        objectName: "chapterCard"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Style.sideMargin, 900 * Style.unit)
        height: Math.min(parent.height - Style.topBand - Style.bottomBand,
                         list.implicitHeight + heading.height + 3 * Style.gap)
        radius: 12 * Style.unit
        color: Style.background
        border.color: Style.line
        border.width: Math.max(1, 1.5 * Style.unit)
        // Taps on the card are the card's: they don't close the menu.
        TapHandler { gesturePolicy: TapHandler.ReleaseWithinBounds }

        Text {
            id: heading
            x: Style.gap
            y: Style.gap
            width: parent.width - 2 * Style.gap
            text: Style.strings.chapters ?? ""
            color: Style.accent
            font.family: Style.fontFamily
            font.features: Style.fontFeatures
            font.pixelSize: Style.labelSize
            font.weight: Font.DemiBold
            font.letterSpacing: 2 * Style.unit
            font.capitalization: Font.AllUppercase
        }
        Flickable {
            x: Style.gap
            y: heading.y + heading.height + Style.gap / 2
            width: parent.width - 2 * Style.gap
            height: parent.height - y - Style.gap
            contentHeight: list.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: list
                width: parent.width
                spacing: 8 * Style.unit
                Repeater {
                    model: menu.chapters
                    delegate: Rectangle {
                        id: row
                        required property var modelData
                        required property int index
                        objectName: "chapter" + index
                        readonly property bool here: menu.currentChapter() === index
                        width: list.width
                        height: Math.max(Style.control, title.implicitHeight + 24 * Style.unit)
                        radius: 8 * Style.unit
                        color: menu.selected === index ? Style.line : here ? Style.faint : "transparent"
                        border.color: menu.selected === index ? Style.accent : "transparent"
                        border.width: 2 * Style.unit
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData.title
                        Rectangle {
                            x: 16 * Style.unit
                            anchors.verticalCenter: parent.verticalCenter
                            width: 6 * Style.unit
                            height: parent.height * 0.5
                            color: Style.accent
                            visible: row.here
                        }
                        Text {
                            id: title
                            objectName: "chapterTitle"
                            x: 40 * Style.unit
                            width: count.x - x - Style.gap
                            anchors.verticalCenter: parent.verticalCenter
                            text: row.modelData.title
                            color: Style.foreground
                            font.family: Style.fontFamily
                            font.features: Style.fontFeatures
                            font.pixelSize: Style.bodySize
                            font.weight: row.here ? Font.Bold : Font.Normal
                            wrapMode: Text.Wrap
                        }
                        Text {
                            id: count
                            x: parent.width - width - 24 * Style.unit
                            anchors.verticalCenter: parent.verticalCenter
                            text: row.modelData.count + " " + (Style.strings.slides ?? "")
                            color: Style.muted
                            font.family: Style.fontFamily
                            font.features: Style.fontFeatures
                            font.pixelSize: Style.smallSize
                        }
                        TapHandler {
                            onTapped: menu.navigator.choose(row.modelData.first)
                        }
                    }
                }
            }
        }
    }
}
