import QtQuick
import QtQuick.Layouts
import Kiosk

// A quotation with its author and role, and an optional portrait or logo.
SlideBase {
    id: slide
    readonly property bool hasImage: value("image") !== ""

    GridLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        columns: slide.portrait ? 1 : 2
        columnSpacing: Style.gap * 2.5
        rowSpacing: Style.gap * 1.5

        Picture {
            visible: slide.hasImage
            source: slide.value("image")
            cover: false
            Layout.alignment: Qt.AlignCenter
            Layout.preferredWidth: slide.portrait ? slide.areaHeight * 0.26 : slide.areaWidth * 0.26
            Layout.preferredHeight: Layout.preferredWidth
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: slide.portrait || !slide.hasImage ? slide.areaWidth
                                                                     : slide.areaWidth * 0.66
            spacing: Style.gap

            Item { Layout.fillHeight: true }
            QuoteMark {
                objectName: "quoteMark"
                Layout.preferredWidth: 104 * Style.unit
                Layout.preferredHeight: 72 * Style.unit
            }
            FitText {
                objectName: "quote"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * (slide.portrait && slide.hasImage ? 0.42 : 0.58))
                text: slide.value("text")
                maxSize: 50 * Style.unit
                minSize: Style.smallSize
            }
            Rectangle {
                Layout.preferredWidth: 80 * Style.unit
                Layout.preferredHeight: 5 * Style.unit
                Layout.topMargin: Style.gap / 2
                color: Style.accent
            }
            FitText {
                objectName: "author"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.12)
                text: slide.value("author")
                maxSize: Style.bodySize
                minSize: Style.labelSize
                font.weight: Font.Bold
            }
            FitText {
                objectName: "role"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.12)
                text: slide.value("role")
                maxSize: Style.smallSize
                minSize: Style.minimumSize
                color: Style.muted
            }
            Item { Layout.fillHeight: true }
        }
    }
}
