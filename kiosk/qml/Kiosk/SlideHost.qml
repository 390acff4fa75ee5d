import QtQuick
import Kiosk

// One slide on the stage: its background and its type's QML file, fed from the slide model.
Item {
    id: host
    required property var session
    property int index: -1
    property bool active: false
    // The slide was on screen before a content reload (passed on to the slide it loads).
    property bool reloaded: false
    // Re-read when the deck or the language changes (the model's revision).
    readonly property var row: session.slides.revision >= 0 && index >= 0
                               ? session.slides.row(index) : null
    readonly property Item slideItem: loader.item as Item
    readonly property bool ready: loader.status === Loader.Ready
    signal swipePage(string phase, real dx, real velocity)

    Rectangle {
        anchors.fill: parent
        color: host.row && host.row.backgroundColor !== "" ? host.row.backgroundColor : Style.background
    }
    Picture {
        anchors.fill: parent
        visible: source.toString() !== ""
        source: host.row ? host.row.backgroundImage : ""
    }
    // The slide's own QML file, or the placeholder once that file failed for this slide.
    readonly property url wantedSource: row ? Qt.resolvedUrl("slides/" + row.qmlFile + ".qml") : ""
    readonly property url placeholderSource: Qt.resolvedUrl("slides/PlaceholderSlide.qml")
    property string failedKey: ""
    readonly property string key: index + " " + String(wantedSource)

    // The slide's QML file failed (`what` happened): once the Loader is done with it, tell
    // the model (it logs it) and show the placeholder, unless the host moved on meanwhile.
    function fail(what) {
        const failedAt = key
        const failedIndex = index
        Qt.callLater(function() {
            if (failedAt !== host.key || host.failedKey === failedAt
                    || String(loader.source) === String(host.placeholderSource))
                return
            host.session.slides.reportFault(failedIndex, what)
            host.failedKey = failedAt
        })
    }

    Loader {
        id: loader
        objectName: "slideLoader"
        anchors.fill: parent
        source: host.failedKey === host.key ? host.placeholderSource : host.wantedSource
        onLoaded: {
            const slide = item as SlideBase
            if (!slide) {
                host.fail("its QML file does not make a slide (a SlideBase)")
                return
            }
            try {
                slide.videos = host.session.videos       // before `active`: a video reports to it
                slide.content = Qt.binding(function() { return host.row ? host.row.content : ({}) })
                slide.active = Qt.binding(function() { return host.active })
                slide.swipePage.connect(host.swipePage)
                slide.reloaded = host.reloaded
            } catch (error) {
                host.fail(String(error))
            }
        }
        onStatusChanged: {
            if (status === Loader.Error)
                host.fail("its QML file did not load (the QML message above says why)")
        }
    }
}
