pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// A company or place: name, logo and tagline, key facts, a body text, a picture and a quote.
// Landscape: picture and facts on the left, the rest on the right; portrait: one column.
SlideBase {
    id: slide
    readonly property var facts: value("facts") || []
    readonly property var quote: content && content.quote ? content.quote : null
    readonly property bool hasImage: value("image") !== ""

    component Fact: ColumnLayout {
        id: fact
        required property var modelData
        spacing: 2 * Style.unit
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        FitText {
            objectName: "factLabel"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, 60 * Style.unit)
            text: fact.modelData.label
            maxSize: Style.labelSize
            minSize: Style.minimumSize * 0.8
            color: Style.muted
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1.5 * Style.unit
        }
        FitText {
            objectName: "factValue"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, 96 * Style.unit)
            text: fact.modelData.value
            maxSize: 30 * Style.unit
            minSize: Style.minimumSize
            font.weight: Font.DemiBold
        }
    }

    component Facts: GridLayout {
        Layout.fillWidth: true
        columns: slide.portrait ? 2 : 1
        columnSpacing: Style.gap
        rowSpacing: Style.gap * 0.6
        visible: slide.facts.length > 0
        Repeater {
            model: slide.facts
            delegate: Fact {}
        }
    }

    component Header: RowLayout {
        Layout.fillWidth: true
        spacing: Style.gap
        Picture {
            visible: slide.value("logo") !== ""
            source: slide.value("logo")
            cover: false
            Layout.preferredWidth: 104 * Style.unit
            Layout.preferredHeight: 104 * Style.unit
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: slide.areaWidth * 0.5
            spacing: Style.gap / 4
            FitText {
                objectName: "name"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.16)
                text: slide.value("name")
                maxSize: Style.titleSize
                minSize: Style.bodySize
                font.weight: Font.Bold
            }
            FitText {
                objectName: "tagline"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.12)
                text: slide.value("tagline")
                maxSize: 30 * Style.unit
                minSize: Style.minimumSize
                color: Style.accent
            }
        }
    }

    component QuoteBox: Rectangle {
        visible: slide.quote !== null
        Layout.fillWidth: true
        Layout.preferredHeight: quoteColumn.implicitHeight + Style.gap * 1.2
        Layout.maximumHeight: slide.areaHeight * (slide.portrait ? 0.24 : 0.4)
        color: Style.faint
        Rectangle { width: 6 * Style.unit; height: parent.height; color: Style.accent }
        ColumnLayout {
            id: quoteColumn
            x: Style.gap
            y: Style.gap * 0.6
            width: parent.width - 1.6 * Style.gap
            height: parent.height - Style.gap * 1.2
            spacing: Style.gap / 4
            FitText {
                objectName: "quote"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: implicitHeight
                text: slide.quote ? "“" + slide.quote.text + "”" : ""
                maxSize: (slide.portrait ? 32 : 28) * Style.unit
                minSize: Style.minimumSize * 0.85
            }
            FitText {
                objectName: "quoteAuthor"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(implicitHeight, 70 * Style.unit)
                text: slide.quote ? "— " + slide.quote.author
                                    + (slide.quote.role !== "" ? ", " + slide.quote.role : "") : ""
                maxSize: Style.labelSize
                minSize: Style.minimumSize * 0.8
                color: Style.muted
                font.weight: Font.DemiBold
            }
        }
    }

    component Body: RichBody {
        objectName: "body"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 2 * Style.bodySize
        Layout.maximumHeight: Math.max(Layout.minimumHeight, naturalHeight)
        markup: slide.value("body")
        maxSize: (slide.portrait ? 36 : 30) * Style.unit
        verticalAlignment: Text.AlignTop
    }

    Loader {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        sourceComponent: slide.portrait ? portraitLayout : landscapeLayout
    }

    Component {
        id: landscapeLayout
        RowLayout {
            spacing: Style.gap * 2
            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: slide.areaWidth * 0.36
                Layout.maximumWidth: slide.areaWidth * 0.36
                spacing: Style.gap
                visible: slide.hasImage || slide.facts.length > 0
                Picture {
                    visible: slide.hasImage
                    source: slide.value("image")
                    Layout.fillWidth: true
                    Layout.preferredHeight: slide.areaHeight * 0.46
                }
                Facts {}
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: slide.areaWidth * 0.64 - Style.gap * 2
                spacing: Style.gap * 0.8
                Header {}
                Body {}
                QuoteBox {}
                Item { Layout.fillHeight: true }
            }
        }
    }

    Component {
        id: portraitLayout
        ColumnLayout {
            spacing: Style.gap * 0.8
            Header {}
            Picture {
                visible: slide.hasImage
                source: slide.value("image")
                Layout.fillWidth: true
                Layout.preferredHeight: slide.areaHeight * 0.3
            }
            Facts {}
            Body {}
            QuoteBox {}
            Item { Layout.fillHeight: true }
        }
    }
}
