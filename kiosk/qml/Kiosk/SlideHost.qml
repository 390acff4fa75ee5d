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
    Loader {
        id: loader
        objectName: "slideLoader"
        anchors.fill: parent
        source: host.row ? Qt.resolvedUrl("slides/" + host.row.qmlFile + ".qml") : ""
        onLoaded: {
            const slide = item as SlideBase
            slide.videos = host.session.videos       // before `active`: a video reports to it
            slide.content = Qt.binding(function() { return host.row ? host.row.content : ({}) })
            slide.active = Qt.binding(function() { return host.active })
            slide.swipePage.connect(host.swipePage)
            slide.reloaded = host.reloaded
        }
        onStatusChanged: {
            if (status === Loader.Error)
                source = Qt.resolvedUrl("slides/PlaceholderSlide.qml")
        }
    }
}
