import QtQuick
import QtQuick.Shapes
import Kiosk

// "Still there?": shown when nobody has touched the kiosk for a while. Any touch or key
// closes it (and does nothing else); when the ring runs out the tour starts over.
Rectangle {
    id: countdown
    required property var idle
    color: Qt.rgba(0, 0, 0, 0.8)
    property real fraction: 1

    onVisibleChanged: {
        if (visible) {
            fraction = 1
            drain.duration = idle.countdownSeconds * 1000
            if (Style.animate)
                drain.restart()
        } else {
            drain.stop()
        }
    }
    NumberAnimation {
        id: drain
        target: countdown
        property: "fraction"
        from: 1
        to: 0
    }

    Rectangle {
        anchors.centerIn: parent
        width: column.width + 2 * Style.gap
        height: column.implicitHeight + 2.5 * Style.gap
        radius: 16 * Style.unit
        color: Style.background
        border.color: Style.line
        border.width: Math.max(1, 1.5 * Style.unit)
    }
    Column {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Style.sideMargin - 2 * Style.gap, 900 * Style.unit)
        spacing: Style.gap
        Text {
            objectName: "stillThere"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Style.strings.stillThere ?? ""
            color: "white"
            font.family: Style.fontFamily
            font.features: Style.fontFeatures
            font.pixelSize: Style.titleSize
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Item {
            width: parent.width
            height: 220 * Style.unit
            Shape {
                id: ring
                width: 220 * Style.unit
                height: width
                anchors.horizontalCenter: parent.horizontalCenter
                antialiasing: true
                ShapePath {
                    strokeColor: Qt.rgba(1, 1, 1, 0.2)
                    strokeWidth: 12 * Style.unit
                    fillColor: "transparent"
                    PathAngleArc {
                        centerX: ring.width / 2; centerY: ring.height / 2
                        radiusX: ring.width / 2 - 8 * Style.unit; radiusY: radiusX
                        startAngle: 0; sweepAngle: 360
                    }
                }
                ShapePath {
                    strokeColor: Style.accent
                    strokeWidth: 12 * Style.unit
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc {
                        centerX: ring.width / 2; centerY: ring.height / 2
                        radiusX: ring.width / 2 - 8 * Style.unit; radiusY: radiusX
                        startAngle: -90; sweepAngle: 360 * countdown.fraction
                    }
                }
            }
            Text {
                objectName: "secondsLeft"
                anchors.centerIn: ring
                text: countdown.idle.secondsLeft
                color: "white"
                font.family: Style.fontFamily
                font.pixelSize: Style.displaySize
                font.weight: Font.Bold
                font.features: { "tnum": 1 }
            }
        }
        Text {
            objectName: "touchToContinue"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Style.strings.touchToContinue ?? ""
            color: "white"
            font.family: Style.fontFamily
            font.features: Style.fontFeatures
            font.pixelSize: Style.subtitleSize
            wrapMode: Text.Wrap
        }
    }
}
