pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The keys, for presenters and operators (? or H shows and hides it; Esc closes it).
Rectangle {
    id: help
    color: Qt.rgba(0, 0, 0, 0.82)

    readonly property var rows: [
        ["→  ↓  Space  Page Down  Enter  N", "next slide"],
        ["←  ↑  Backspace  Page Up  P", "previous slide"],
        ["Home / End", "first / last slide"],
        ["digits, then Enter", "go to that slide number"],
        ["O  G", "overview of all slides (arrows and Enter choose)"],
        ["L", "next language"],
        ["A", "autoplay on / off"],
        ["B  or  .", "black screen (any key brings the slide back)"],
        ["W  or  ,", "white screen (any key brings the slide back)"],
        ["F5", "restart from the first slide"],
        ["F  F11", "full screen on / off (not when locked)"],
        ["?  H", "show / hide these keys"],
        ["Esc", "close whatever is open"],
        ["Q  Ctrl+Q", "quit (not when locked)"],
        ["Ctrl+Alt+Shift+Q", "operator menu (PIN if set)"]
    ]

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Style.sideMargin, 1100 * Style.unit)
        height: grid.implicitHeight + 2 * Style.gap + heading.implicitHeight + Style.gap
        color: "#12304F"
        border.color: Style.accent
        radius: 8 * Style.unit
        Text {
            id: heading
            x: Style.gap
            y: Style.gap
            text: "Keys"
            color: Style.accent
            font.pixelSize: Style.subtitleSize
            font.weight: Font.Bold
        }
        GridLayout {
            id: grid
            x: Style.gap
            y: heading.y + heading.height + Style.gap / 2
            width: parent.width - 2 * Style.gap
            columns: 2
            columnSpacing: Style.gap
            rowSpacing: 10 * Style.unit
            Repeater {
                model: help.rows.length * 2
                delegate: Text {
                    required property int index
                    Layout.fillWidth: index % 2 === 1
                    Layout.maximumWidth: index % 2 === 0 ? grid.width * 0.45 : grid.width
                    text: help.rows[Math.floor(index / 2)][index % 2]
                    color: index % 2 === 0 ? "#FFFFFF" : "#C9D1DB"
                    font.pixelSize: Style.smallSize
                    font.weight: index % 2 === 0 ? Font.DemiBold : Font.Normal
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
