import QtQuick
import QtQuick.Layouts
import Kiosk

// A cover: a full-bleed picture under a darkening gradient, a large title and a subtitle.
SlideBase {
    id: slide

    Picture {
        anchors.fill: parent
        source: slide.value("image")
        visible: source.toString() !== ""
    }
    Rectangle {
        anchors.fill: parent
        visible: slide.value("image") !== ""
        gradient: Gradient {
            orientation: slide.portrait ? Gradient.Vertical : Gradient.Horizontal
            GradientStop { position: 0.0; color: Qt.rgba(Style.background.r, Style.background.g, Style.background.b, 0.92) }
            GradientStop { position: 0.55; color: Qt.rgba(Style.background.r, Style.background.g, Style.background.b, 0.55) }
            GradientStop { position: 1.0; color: Qt.rgba(Style.background.r, Style.background.g, Style.background.b, 0.15) }
        }
    }

    ColumnLayout {
        x: slide.areaX
        width: slide.portrait ? slide.areaWidth : slide.areaWidth * 0.7
        height: Math.min(implicitHeight, slide.areaHeight)
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: slide.portrait ? slide.height * 0.12 : 0
        spacing: Style.gap

        Rectangle {
            Layout.preferredWidth: 120 * Style.unit
            Layout.preferredHeight: 8 * Style.unit
            color: Style.accent
        }
        FitText {
            objectName: "title"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.55)
            text: slide.value("title")
            maxSize: Style.displaySize
            minSize: Style.subtitleSize
            font.weight: Font.Bold
        }
        FitText {
            objectName: "subtitle"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.3)
            text: slide.value("subtitle")
            maxSize: Style.subtitleSize
            minSize: Style.smallSize * 0.8
            color: Style.muted
        }
    }
}
