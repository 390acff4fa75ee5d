import QtQuick
import Kiosk

// A picture from the pack at the size it is shown; a calm placeholder if it fails.
// Pictures come from the kiosk's image provider (kiosk/app/images.py): at once when prepared
// ahead, else prepared off the GUI thread (photos by Pillow, cached on disk; SVG drawings by
// Qt) while the provider answers "pending" (1x2) and this asks again.
Item {
    id: picture
    property url source
    property bool cover: true
    readonly property bool failed: image.status === Image.Error
                                   || (prepared && image.status === Image.Ready
                                       && image.sourceSize.width === 1
                                       && image.sourceSize.height === 1)
    readonly property bool pending: prepared && image.status === Image.Ready
                                    && image.sourceSize.width === 1
                                    && image.sourceSize.height === 2
    readonly property bool loading: image.status === Image.Loading || pending
    property int attempt: 0     // asked again while pending: part of the request
    readonly property bool isPicture: true      // how Main.picturesLoading() finds Pictures
    readonly property alias paintedWidth: image.paintedWidth
    readonly property alias paintedHeight: image.paintedHeight
    readonly property string address: source.toString()
    // "file:///dir/a.jpg?v=..." -> "/dir/a.jpg" and "v=..." (the version that makes Qt load a
    // changed file again); a "?" in a file name is written %3F, so the first "?" is the query.
    readonly property string filePath: address.startsWith("file:///")
                                       ? address.substring(7).split("?")[0] : ""
    readonly property string fileQuery: address.indexOf("?") >= 0
                                        ? address.substring(address.indexOf("?") + 1) : ""
    readonly property bool prepared: filePath !== ""
    // Device pixels per unit of this item on screen: the screen's pixel ratio and the scale
    // of every item on the way up (an overview thumbnail is a whole slide scaled down).
    readonly property real pixelScale: {
        let factor = Screen.devicePixelRatio
        for (let item = picture as Item; item; item = item.parent)
            factor *= item.scale
        return factor
    }
    readonly property int boxWidth: Math.ceil(width * pixelScale)
    readonly property int boxHeight: Math.ceil(height * pixelScale)
    readonly property int screenWidth: Math.ceil(Window.width * Screen.devicePixelRatio)
    readonly property int screenHeight: Math.ceil(Window.height * Screen.devicePixelRatio)
    // -> "image://pack/dir/a.jpg?v=...&w=...": what the provider prepares (in the pack only).
    readonly property string request: !prepared || boxWidth <= 0 || boxHeight <= 0
                                      || screenWidth <= 0 || screenHeight <= 0 ? ""
        : "image://pack" + filePath + "?" + (fileQuery !== "" ? fileQuery + "&" : "")
          + "w=" + boxWidth + "&h=" + boxHeight + "&fit=" + (cover ? "cover" : "contain")
          + "&sw=" + screenWidth + "&sh=" + screenHeight + "&n=" + attempt
          + (pixelScale < Screen.devicePixelRatio * 0.99 ? "&thumb=1" : "")
    clip: cover

    Image {
        id: image
        anchors.fill: parent
        source: picture.prepared ? picture.request : picture.source
        fillMode: picture.cover ? Image.PreserveAspectCrop : Image.PreserveAspectFit
        // Other URLs (none come from a pack): cover decodes to fill both sides, then crops;
        // contain gives one side only, the larger, so a drawing keeps its proportions.
        // Prepared pictures come at their size already: no size asked.
        sourceSize: picture.prepared ? undefined : Qt.size(
            Math.ceil(picture.cover ? picture.width : Math.max(picture.width, picture.height)),
            picture.cover ? Math.ceil(picture.height) : 0)
        asynchronous: false        // the provider never waits
        cache: !picture.prepared   // the provider keeps prepared pictures (and no "pending")
        autoTransform: true
        smooth: true
        mipmap: false
    }
    Timer {
        interval: 25
        repeat: true
        running: picture.pending
        onTriggered: picture.attempt += 1
    }
    Rectangle {
        anchors.fill: parent
        visible: picture.failed
        color: Style.faint
        border.color: Style.line
    }
}
