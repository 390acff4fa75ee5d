pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The operator's views (in English, for the booth's staff): the PIN pad, the menu (resume,
// reload, another pack, quit) and the list of packs. Keys go to the operator object first.
Rectangle {
    id: view
    required property var operator
    color: Qt.rgba(0, 0, 0, 0.82)

    readonly property var labels: ({
        "resume": ["Resume the tour", "play"],
        "reload": ["Reload content", "reload"],
        "packs": ["Choose another content pack", "folder"],
        "quit": ["Quit the kiosk", "quit"]
    })

    // Nothing behind the operator's views takes a tap or a swipe.
    TapHandler {
        gesturePolicy: TapHandler.ReleaseWithinBounds
        grabPermissions: PointerHandler.TakeOverForbidden
    }

    Rectangle {
        id: card
        objectName: "operatorCard"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Style.sideMargin, 760 * Style.unit)
        height: Math.min(parent.height - 2 * Style.gap, content.implicitHeight + 2 * Style.gap)
        radius: 12 * Style.unit
        color: "#101E2E"
        border.color: Style.accent
        border.width: Math.max(1, 2 * Style.unit)
        clip: true
        TapHandler { gesturePolicy: TapHandler.ReleaseWithinBounds }

        ColumnLayout {
            id: content
            x: Style.gap
            y: Style.gap
            width: parent.width - 2 * Style.gap
            spacing: 18 * Style.unit

            Text {
                objectName: "operatorTitle"
                Layout.fillWidth: true
                text: view.operator.view === "pin" ? "Operator PIN"
                      : view.operator.view === "packs" ? "Content packs" : "Operator"
                color: Style.accent
                font.pixelSize: Style.subtitleSize
                font.weight: Font.Bold
            }
            Text {
                objectName: "operatorMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: view.operator.message
                color: "#FFB4A8"
                font.pixelSize: Style.smallSize
                wrapMode: Text.Wrap
            }

            // --- the PIN pad ---
            Row {
                objectName: "pinDots"
                visible: view.operator.view === "pin"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 36 * Style.unit
                spacing: 16 * Style.unit
                Repeater {
                    model: Math.max(4, view.operator.entered)
                    delegate: Rectangle {
                        required property int index
                        width: 24 * Style.unit
                        height: width
                        radius: width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: index < view.operator.entered ? "white" : "transparent"
                        border.color: "white"
                        border.width: 2 * Style.unit
                    }
                }
            }
            Grid {
                objectName: "pinPad"
                visible: view.operator.view === "pin"
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                spacing: 14 * Style.unit
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "OK"]
                    delegate: Rectangle {
                        id: key
                        required property string modelData
                        objectName: "pinKey" + modelData
                        width: Style.control * 1.25
                        height: Style.control
                        radius: height / 2
                        color: keyTap.pressed ? Style.line : Style.faint
                        border.color: key.modelData === "OK" ? Style.accent : Style.line
                        border.width: Math.max(1, 1.5 * Style.unit)
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData
                        Text {
                            anchors.centerIn: parent
                            text: key.modelData === "erase" ? "←" : key.modelData
                            color: "white"
                            font.pixelSize: Style.control * 0.36
                            font.weight: Font.DemiBold
                        }
                        TapHandler {
                            id: keyTap
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: {
                                if (key.modelData === "OK")
                                    view.operator.submitPin()
                                else if (key.modelData === "erase")
                                    view.operator.eraseDigit()
                                else
                                    view.operator.typeDigit(Number(key.modelData))
                            }
                        }
                    }
                }
            }

            // --- the menu, or the list of packs ---
            Repeater {
                model: view.operator.view === "menu" ? view.operator.menuItems
                       : view.operator.view === "packs" ? view.operator.packs : []
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    readonly property bool isPack: view.operator.view === "packs"
                    readonly property string label: isPack
                        ? modelData.name + (modelData.current ? "  (showing now)" : "")
                        : view.labels[modelData][0]
                    objectName: "operatorRow" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Style.control, rowText.implicitHeight + 20 * Style.unit)
                    radius: 8 * Style.unit
                    color: rowTap.pressed || view.operator.selection === index ? Style.line : Style.faint
                    border.color: view.operator.selection === index ? Style.accent : "transparent"
                    border.width: 2 * Style.unit
                    Accessible.role: Accessible.Button
                    Accessible.name: label
                    Icon {
                        x: 20 * Style.unit
                        anchors.verticalCenter: parent.verticalCenter
                        size: Style.control * 0.4
                        name: row.isPack ? "folder" : view.labels[row.modelData][1]
                        color: "white"
                    }
                    Text {
                        id: rowText
                        x: 20 * Style.unit + Style.control * 0.6
                        width: parent.width - x - 20 * Style.unit
                        anchors.verticalCenter: parent.verticalCenter
                        text: row.label
                        color: "white"
                        font.pixelSize: Style.bodySize * 0.85
                        wrapMode: Text.Wrap
                    }
                    TapHandler {
                        id: rowTap
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: view.operator.activate(row.index)
                    }
                }
            }
            Text {
                visible: view.operator.view === "packs" && view.operator.packs.length === 0
                Layout.fillWidth: true
                text: "No other folder beside this pack holds a deck.yaml."
                color: "#C9D1DB"
                font.pixelSize: Style.smallSize
                wrapMode: Text.Wrap
            }
            IconButton {
                objectName: "operatorBack"
                Layout.alignment: Qt.AlignRight
                icon: view.operator.view === "packs" ? "back" : "close"
                label: view.operator.view === "packs" ? "Back" : "Cancel"
                visible: view.operator.view !== "menu"
                onActivated: view.operator.handleKey(Qt.Key_Escape, "")
            }
        }
    }
}
