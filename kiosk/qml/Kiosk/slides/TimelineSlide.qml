pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Dated events along a line: across the slide on landscape screens, down it on portrait.
SlideBase {
    id: slide
    readonly property var events: value("events") || []

    ColumnLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        spacing: Style.gap * 1.5

        FitText {
            objectName: "title"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.22)
            text: slide.value("title")
            maxSize: Style.titleSize
            minSize: Style.bodySize
            font.weight: Font.Bold
        }
        Item { Layout.fillHeight: true; visible: !slide.portrait }
        Item {
            id: track
            Layout.fillWidth: true
            Layout.fillHeight: slide.portrait
            Layout.preferredHeight: slide.portrait ? -1 : slide.areaHeight * 0.5
            readonly property int count: Math.max(1, slide.events.length)
            readonly property real step: (slide.portrait ? height : width) / count
            readonly property real dot: 26 * Style.unit

            Rectangle {
                // the line through the dots
                color: Style.line
                x: slide.portrait ? track.dot / 2 - width / 2 : 0
                y: slide.portrait ? 0 : track.dot / 2 - height / 2
                width: slide.portrait ? 3 * Style.unit : parent.width
                height: slide.portrait ? parent.height : 3 * Style.unit
            }
            Repeater {
                model: slide.events
                delegate: Item {
                    id: event
                    required property var modelData
                    required property int index
                    x: slide.portrait ? 0 : index * track.step
                    y: slide.portrait ? index * track.step : 0
                    width: slide.portrait ? track.width : track.step
                    height: slide.portrait ? track.step : track.height

                    Rectangle {
                        width: track.dot
                        height: track.dot
                        radius: width / 2
                        color: Style.background
                        border.color: Style.accent
                        border.width: 5 * Style.unit
                        Rectangle {
                            anchors.centerIn: parent
                            width: parent.width * 0.38
                            height: width
                            radius: width / 2
                            color: Style.accent
                        }
                    }
                    ColumnLayout {
                        x: slide.portrait ? track.dot + Style.gap : 0
                        y: slide.portrait ? -Style.gap * 0.2 : track.dot + Style.gap
                        width: parent.width - x - (slide.portrait ? 0 : Style.gap)
                        height: parent.height - y - (slide.portrait ? Style.gap * 0.6 : 0)
                        spacing: Style.gap / 3
                        FitText {
                            objectName: "date"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.min(implicitHeight, parent.height * 0.3)
                            text: event.modelData.date
                            maxSize: 44 * Style.unit
                            minSize: Style.smallSize
                            color: Style.accent
                            font.weight: Font.Bold
                        }
                        FitText {
                            objectName: "eventTitle"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.min(implicitHeight, parent.height * 0.35)
                            text: event.modelData.title
                            maxSize: 32 * Style.unit
                            minSize: Style.minimumSize
                            font.weight: Font.DemiBold
                        }
                        FitText {
                            objectName: "eventText"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: event.modelData.text
                            maxSize: Style.smallSize
                            minSize: Style.minimumSize * 0.85
                            color: Style.muted
                            verticalAlignment: Text.AlignTop
                        }
                        Item { Layout.fillHeight: true; visible: event.modelData.text === "" }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true; visible: !slide.portrait }
    }
}
