pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The keys, for presenters and operators (? or H shows and hides it; Esc closes it).
Rectangle {
    id: help
    color: Qt.rgba(0, 0, 0, 0.82)

    property var rows: []      // [keys, what they do], from kiosk/app/keymap.py

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
