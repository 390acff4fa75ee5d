import QtQuick
import Kiosk

// A round touch target with a line icon, and a label beside it when there is one. It takes
// the whole press, so nothing under it (an edge tap, a swipe) also acts.
Item {
    id: button
    property string icon: ""
    property string label: ""
    property string accessibleName: ""
    property bool primary: false
    property bool checked: false
    readonly property bool pressed: tap.pressed
    signal activated()

    implicitHeight: Style.control
    implicitWidth: label === "" ? Style.control
                                : Style.control * 0.78 + labelText.implicitWidth + Style.control * 0.36
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName !== "" ? accessibleName : label
    Accessible.onPressAction: activated()

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        scale: tap.pressed ? 0.94 : 1
        color: button.primary ? Style.accent
                              : button.checked || tap.pressed ? Style.line : Style.faint
        border.color: button.primary ? "transparent" : Style.line
        border.width: Math.max(1, 1.5 * Style.unit)
        Behavior on scale { enabled: Style.animate; NumberAnimation { duration: 90 } }
    }
    Icon {
        name: button.icon
        size: Style.control * 0.44
        color: button.primary ? Style.background : Style.foreground
        x: button.label === "" ? (button.width - width) / 2 : Style.control * 0.3
        anchors.verticalCenter: parent.verticalCenter
    }
    Text {
        id: labelText
        objectName: "buttonLabel"
        visible: button.label !== ""
        text: button.label
        x: Style.control * 0.78
        anchors.verticalCenter: parent.verticalCenter
        color: button.primary ? Style.background : Style.foreground
        font.family: Style.fontFamily
        font.features: Style.fontFeatures
        font.pixelSize: Style.control * 0.3
        font.weight: Font.DemiBold
    }
    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.activated()
    }
}
