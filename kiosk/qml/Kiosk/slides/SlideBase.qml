import QtQuick
import Kiosk

// What every slide file gets: its values in the current language, whether it is on screen,
// and the area left for content once the chrome bands are taken.
Item {
    id: base
    property var content: ({})
    property bool active: false
    readonly property bool portrait: Style.portrait
    readonly property real unit: Style.unit

    // The content area, inside the side margins and between the chrome bands.
    readonly property real areaX: Style.sideMargin
    readonly property real areaY: Style.topBand
    readonly property real areaWidth: width - 2 * Style.sideMargin
    readonly property real areaHeight: height - Style.topBand - Style.bottomBand

    function value(key) {
        return content && content[key] !== undefined && content[key] !== null ? content[key] : ""
    }
}
