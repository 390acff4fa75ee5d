import QtQuick
import Kiosk

// A picture from the pack, decoded at the size it is shown; a calm placeholder if it fails.
Item {
    id: picture
    property alias source: image.source
    property bool cover: true
    readonly property bool failed: image.status === Image.Error
    readonly property alias paintedWidth: image.paintedWidth
    readonly property alias paintedHeight: image.paintedHeight
    clip: cover

    Image {
        id: image
        anchors.fill: parent
        fillMode: picture.cover ? Image.PreserveAspectCrop : Image.PreserveAspectFit
        // Cover: Qt decodes to fill both sides, then crops. Contain: give one side only, the
        // larger, so the picture keeps its proportions (an SVG given both is stretched).
        sourceSize.width: Math.ceil(picture.cover ? picture.width : Math.max(picture.width, picture.height))
        sourceSize.height: picture.cover ? Math.ceil(picture.height) : 0
        asynchronous: false
        autoTransform: true        // phone pictures upright by their EXIF orientation
        smooth: true
        mipmap: false
    }
    Rectangle {
        anchors.fill: parent
        visible: picture.failed
        color: Style.faint
        border.color: Style.line
    }
}
