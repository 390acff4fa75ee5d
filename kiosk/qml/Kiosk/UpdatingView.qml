import QtQuick
import Kiosk

// For visitors (full screen): a calm screen while a pack that cannot be shown is being fixed.
Rectangle {
    id: view
    color: "#0A1A2F"

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: 28 * Style.unit
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 96 * Style.unit
            height: 6 * Style.unit
            color: "#E8A33D"
            SequentialAnimation on opacity {
                running: view.visible && Style.animate
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.3; duration: 1400; easing.type: Easing.InOutSine }
                NumberAnimation { from: 0.3; to: 1; duration: 1400; easing.type: Easing.InOutSine }
            }
        }
        Text {
            objectName: "updatingText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "This exhibit is being updated"
            color: "#F4F6F8"
            font.pixelSize: 56 * Style.unit
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Please come back in a few minutes."
            color: "#AEB8C4"
            font.pixelSize: 30 * Style.unit
            wrapMode: Text.Wrap
        }
    }
}
