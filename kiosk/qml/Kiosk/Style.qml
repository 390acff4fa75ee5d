pragma Singleton
import QtQuick

// Design tokens: colours and font from the deck's theme, sizes in pixels scaled by `unit`
// (1 on a screen whose short side is 1080 pixels).
QtObject {
    property string fontFamily: ""
    property color background: "#0A1A2F"
    property color foreground: "#F4F6F8"
    property color accent: "#E8A33D"
    property real unit: 1
    property bool portrait: false
    property bool animate: true
    property bool controls: true     // false in handouts: no buttons on a page nobody can touch
    property var fontFeatures: ({})
    property var strings: ({})   // the kiosk's own words, in the current language
    property real touchTarget: 64 // 9 mm on this screen, in logical pixels

    readonly property color muted: Qt.rgba(foreground.r, foreground.g, foreground.b, 0.68)
    readonly property color faint: Qt.rgba(foreground.r, foreground.g, foreground.b, 0.08)
    readonly property color line: Qt.rgba(foreground.r, foreground.g, foreground.b, 0.22)

    // Space around the slide's content; the top and bottom bands hold the chrome.
    readonly property real sideMargin: (portrait ? 72 : 112) * unit
    readonly property real topBand: 132 * unit
    // Buttons: never smaller than 9 mm on the real screen (touchTarget), larger on big ones.
    readonly property real control: Math.max(touchTarget, 76 * unit)
    readonly property real bottomBand: Math.max(116 * unit, control + 24 * unit)
    readonly property real gap: 36 * unit

    // Type scale.
    readonly property real displaySize: 104 * unit
    readonly property real titleSize: 64 * unit
    readonly property real subtitleSize: 40 * unit
    readonly property real bodySize: 34 * unit
    readonly property real smallSize: 26 * unit
    readonly property real labelSize: 22 * unit
    readonly property real minimumSize: 16 * unit

    readonly property int transitionMs: 450
}
