import QtQuick
import QtQuick.Layouts
import Kiosk

// A picture filling the slide (cover) or shown whole (contain), with caption and credit.
SlideBase {
    id: slide
    readonly property bool cover: value("fit") !== "contain"

    Picture {
        id: picture
        anchors.fill: parent
        anchors.topMargin: slide.cover ? 0 : Style.topBand
        anchors.bottomMargin: slide.cover ? 0 : Style.bottomBand + captionBox.height
        anchors.leftMargin: slide.cover ? 0 : Style.sideMargin
        anchors.rightMargin: slide.cover ? 0 : Style.sideMargin
        cover: slide.cover
        source: slide.value("image")
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: captionBox.height + Style.bottomBand + Style.gap * 3
        visible: slide.cover && captionBox.visible
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Qt.rgba(0, 0, 0, 0.8) }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Style.topBand * 1.6
        visible: slide.cover
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(0, 0, 0, 0.55) }
            GradientStop { position: 1.0; color: "transparent" }
        }
    }
    ColumnLayout {
        id: captionBox
        x: slide.areaX
        width: slide.portrait ? slide.areaWidth : slide.areaWidth * 0.75
        height: Math.min(implicitHeight, slide.areaHeight * 0.4)
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Style.bottomBand
        spacing: Style.gap / 3
        visible: slide.value("caption") !== "" || slide.value("credit") !== ""

        FitText {
            objectName: "caption"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.3)
            text: slide.value("caption")
            maxSize: Style.subtitleSize
            minSize: Style.smallSize * 0.8
            font.weight: Font.DemiBold
        }
        FitText {
            objectName: "credit"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.1)
            text: slide.value("credit")
            maxSize: Style.labelSize
            minSize: Style.minimumSize * 0.8
            color: Style.muted
        }
    }
}
