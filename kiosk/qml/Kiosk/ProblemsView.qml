pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// For authors (windowed mode): every problem of a pack that cannot be shown, as `kiosk check`
// prints them.
Rectangle {
    id: view
    property var problems: []
    property string packName: ""
    color: "#14171C"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48 * Style.unit
        spacing: 20 * Style.unit
        Text {
            objectName: "problemsHeading"
            Layout.fillWidth: true
            text: "This content pack cannot be shown yet"
            color: "#FFFFFF"
            font.pixelSize: 40 * Style.unit
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: view.packName + ": " + view.problems.length
                  + (view.problems.length === 1 ? " problem" : " problems")
                  + ". Fix them in deck.yaml (kiosk check " + view.packName + " lists them too), then start the kiosk again."
            color: "#C9D1DB"
            font.pixelSize: 24 * Style.unit
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "#0C0E12"
            border.color: "#2A3038"
            ListView {
                id: list
                objectName: "problemList"
                anchors.fill: parent
                anchors.margins: 16 * Style.unit
                clip: true
                spacing: 8 * Style.unit
                model: view.problems
                delegate: Text {
                    required property string modelData
                    width: list.width
                    text: modelData
                    color: "#FFB4A8"
                    font.family: "monospace"
                    font.pixelSize: 20 * Style.unit
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
