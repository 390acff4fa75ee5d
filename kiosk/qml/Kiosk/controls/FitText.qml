import QtQuick
import Kiosk

// Plain text that wraps, and shrinks (down to minSize) when its box is too small.
// Give it a width and a height (or Layout.preferredHeight: Math.min(cap, implicitHeight)).
Text {
    property real maxSize: Style.bodySize
    property real minSize: Style.minimumSize
    color: Style.foreground
    font.family: Style.fontFamily
    font.features: Style.fontFeatures
    font.pixelSize: maxSize
    minimumPixelSize: minSize
    fontSizeMode: Text.Fit
    wrapMode: Text.Wrap
    elide: Text.ElideRight
    visible: text !== ""
}
