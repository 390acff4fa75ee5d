import QtQuick
import Kiosk

// One slide, small: the real slide drawn at the window's size and scaled down, with its number.
Item {
    id: thumb
    required property var session
    property int slideIndex: 0
    property real pageWidth: 1920
    property real pageHeight: 1080
    property bool selected: false
    property bool current: false
    property bool live: true
    signal chosen()

    height: width * pageHeight / Math.max(1, pageWidth)
    Accessible.role: Accessible.Button
    Accessible.name: String(slideIndex + 1)

    Rectangle {
        anchors.fill: parent
        color: Style.background
        clip: true
        SlideHost {
            width: thumb.pageWidth
            height: thumb.pageHeight
            scale: thumb.width / Math.max(1, thumb.pageWidth)
            transformOrigin: Item.TopLeft
            session: thumb.session
            index: thumb.live ? thumb.slideIndex : -1
            active: false
        }
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: -border.width
        color: "transparent"
        radius: 4 * Style.unit
        border.width: thumb.selected ? 5 * Style.unit : thumb.current ? 3 * Style.unit : 1
        border.color: thumb.selected || thumb.current ? Style.accent : Style.line
    }
    Rectangle {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 10 * Style.unit
        width: Math.max(height, number.implicitWidth + 20 * Style.unit)
        height: number.implicitHeight + 8 * Style.unit
        radius: height / 2
        color: thumb.current ? Style.accent : Qt.rgba(0, 0, 0, 0.6)
        Text {
            id: number
            objectName: "thumbNumber"
            anchors.centerIn: parent
            text: thumb.slideIndex + 1
            color: thumb.current ? Style.background : "white"
            font.family: Style.fontFamily
            font.pixelSize: Style.labelSize
            font.weight: Font.Bold
            font.features: { "tnum": 1 }
        }
    }
    TapHandler {
        onTapped: thumb.chosen()
    }
}
