import QtQuick
import Kiosk

// What every slide file gets: its values in the current language, whether it is on screen,
// and the area left for content once the chrome bands are taken.
Item {
    id: base
    property var content: ({})
    property bool active: false
    // The slide was already on screen before the content was reloaded: entrance animations
    // (the stats' count-up) show their end at once instead of playing again.
    property bool reloaded: false
    readonly property bool portrait: Style.portrait
    readonly property real unit: Style.unit

    // The content area, inside the side margins and between the chrome bands.
    readonly property real areaX: Style.sideMargin
    readonly property real areaY: Style.topBand
    readonly property real areaWidth: width - 2 * Style.sideMargin
    readonly property real areaHeight: height - Style.topBand - Style.bottomBand

    // A swipe the slide passes on to the stage (a gallery at its first or last picture):
    // phase "begin", "move" or "end", the finger's travel in pixels, its speed at "end".
    signal swipePage(string phase, real dx, real velocity)
    // The session's VideoWatch: video slides report playing and failures to it (the
    // overview's thumbnails have it too, but are never active, so never play).
    property var videos: null

    // Slides whose tap targets are not items of their own (the map's pins) set this to a
    // function(x, y) that says whether a tap at (x, y) is theirs.
    property var tapTest: null

    // Whether a tap at (x, y) belongs to something on the slide that takes taps (a pin, a
    // place in a list, a gallery), rather than to the stage's edge taps. Items mark themselves
    // with `property bool takesTaps: true`.
    function takesTapAt(x, y) {
        if (tapTest && tapTest(x, y))
            return true
        let item = base
        let at = Qt.point(x, y)
        while (item) {
            if (marked(item))
                return true
            const child = item.childAt(at.x, at.y)
            if (!child)
                return false
            at = item.mapToItem(child, at.x, at.y)
            item = child
        }
        return false
    }

    function marked(node) {          // untyped: `takesTaps` is a marker only some items have
        return node.takesTaps === true
    }

    function value(key) {
        return content && content[key] !== undefined && content[key] !== null ? content[key] : ""
    }
}
