import QtQuick
import QtQuick.Layouts
import Kiosk

// A calm stand-in for a slide this kiosk cannot show (yet): its title, if any, on a quiet card.
SlideBase {
    id: slide
    objectName: "placeholderSlide"
    ColumnLayout {
        anchors.centerIn: parent
        width: slide.areaWidth * 0.6
        spacing: Style.gap
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 120 * Style.unit
            Layout.preferredHeight: 8 * Style.unit
            color: Style.accent
        }
        FitText {
            objectName: "title"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.4)
            horizontalAlignment: Text.AlignHCenter
            text: slide.value("title")
            maxSize: Style.titleSize
            minSize: Style.bodySize
            font.weight: Font.Bold
        }
    }
}
