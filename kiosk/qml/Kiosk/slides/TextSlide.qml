import QtQuick
import QtQuick.Layouts
import Kiosk

// A title and a Markdown body, with an optional picture beside it (above it on portrait).
SlideBase {
    id: slide
    readonly property bool hasImage: value("image") !== ""
    readonly property bool imageFirst: portrait || value("imageSide") === "left"

    GridLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        flow: slide.portrait ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: slide.portrait ? 2 : 1
        columns: slide.portrait ? 1 : 2
        columnSpacing: Style.gap * 2
        rowSpacing: Style.gap * 1.5
        layoutDirection: !slide.portrait && slide.imageFirst ? Qt.RightToLeft : Qt.LeftToRight

        Picture {
            visible: slide.hasImage && slide.portrait
            Layout.fillWidth: true
            Layout.preferredHeight: slide.areaHeight * 0.36
            source: slide.portrait ? slide.value("image") : ""
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: slide.hasImage && !slide.portrait ? slide.areaWidth * 0.56 : slide.areaWidth
            spacing: Style.gap

            FitText {
                objectName: "title"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.3)
                text: slide.value("title")
                maxSize: Style.titleSize
                minSize: Style.bodySize
                font.weight: Font.Bold
            }
            Rectangle {
                Layout.preferredWidth: 96 * Style.unit
                Layout.preferredHeight: 6 * Style.unit
                color: Style.accent
            }
            RichBody {
                objectName: "body"
                Layout.fillWidth: true
                Layout.fillHeight: true
                markup: slide.value("body")
                verticalAlignment: Text.AlignTop
            }
        }
        Picture {
            visible: slide.hasImage && !slide.portrait
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: slide.areaWidth * 0.44 - 2 * Style.gap
            source: slide.portrait ? "" : slide.value("image")
        }
    }
}
