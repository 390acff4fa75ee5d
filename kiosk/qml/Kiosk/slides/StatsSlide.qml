pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Key figures that count up from zero when the slide appears, decimals kept as written.
SlideBase {
    id: slide
    readonly property var items: value("items") || []
    readonly property int columnCount: portrait ? (items.length > 3 ? 2 : 1)
                                                : Math.min(3, items.length === 4 ? 2 : items.length)
    readonly property int rowCount: Math.ceil(items.length / columnCount)

    component StatCard: Rectangle {
        id: card
        required property var modelData
        required property int index
        readonly property var item: modelData
        property real shown: 0
        readonly property string valueText: Number(card.shown).toLocaleString(Qt.locale("en_US"), "f", item.decimals)
        readonly property string finalText: Number(item.value).toLocaleString(Qt.locale("en_US"), "f", item.decimals)
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        color: Style.faint
        radius: 4 * Style.unit

        Rectangle {
            width: parent.width
            height: 6 * Style.unit
            color: Style.accent
        }
        // Sizes the figure once, from its final text, so it does not jump while counting.
        Text {
            id: sizer
            visible: false
            width: figure.width
            height: figure.height
            text: card.item.prefix + card.finalText + card.item.suffix
            font.family: Style.fontFamily
            font.weight: Font.Bold
            font.pixelSize: Style.displaySize * 1.1
            minimumPixelSize: Style.bodySize
            fontSizeMode: Text.Fit
        }
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Style.gap
            anchors.topMargin: Style.gap + 6 * Style.unit
            spacing: Style.gap / 3
            Text {
                id: figure
                objectName: "figure"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(sizer.font.pixelSize * 1.25, parent.height * 0.5)
                text: card.item.prefix + card.valueText + card.item.suffix
                color: Style.accent
                font.family: Style.fontFamily
                font.weight: Font.Bold
                font.pixelSize: sizer.fontInfo.pixelSize
                font.features: { "tnum": 1 }
                verticalAlignment: Text.AlignBottom
            }
            FitText {
                objectName: "label"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: implicitHeight
                text: card.item.label
                maxSize: Style.bodySize
                minSize: Style.minimumSize
                font.weight: Font.DemiBold
                verticalAlignment: Text.AlignTop
            }
            FitText {
                objectName: "note"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: card.item.note
                maxSize: Style.smallSize
                minSize: Style.minimumSize * 0.85
                color: Style.muted
                verticalAlignment: Text.AlignTop
            }
            Item { Layout.fillHeight: true; visible: card.item.note === "" }
        }
        NumberAnimation on shown {
            id: countUp
            running: false
            from: 0
            to: card.item.value
            duration: 1600 + 150 * card.index
            easing.type: Easing.OutCubic
        }
        function start() {
            if (Style.animate && slide.active && !slide.reloaded) {
                shown = 0
                countUp.restart()
            } else {
                countUp.stop()
                shown = item.value
            }
        }
        Component.onCompleted: start()
        Connections {
            target: slide
            function onActiveChanged() { card.start() }
        }
    }

    ColumnLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        spacing: Style.gap * 1.2

        FitText {
            objectName: "title"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.22)
            text: slide.value("title")
            maxSize: Style.titleSize
            minSize: Style.bodySize
            font.weight: Font.Bold
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumHeight: slide.rowCount * slide.areaHeight * 0.42
            columns: slide.columnCount
            columnSpacing: Style.gap
            rowSpacing: Style.gap
            Repeater {
                model: slide.items
                delegate: StatCard {}
            }
        }
        Item { Layout.fillHeight: true }
    }
}
