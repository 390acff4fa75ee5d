import QtQuick
import Kiosk

// Rich body text (an author's Markdown, made safe HTML by Python) that shrinks to fit its box:
// Qt's Fit mode does not apply to rich text, so the size is searched for here.
Text {
    id: body
    property real maxSize: Style.bodySize
    property real minSize: Style.minimumSize
    readonly property bool overflows: contentHeight > height + 1
    // The height the text needs at its full size, for layouts that should not give it more.
    property real naturalHeight: 0
    color: Style.foreground
    font.family: Style.fontFamily
    font.features: Style.fontFeatures
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    lineHeight: 1.15
    clip: true
    visible: text !== ""
    onLinkActivated: function(link) {}   // links are shown as text, never followed

    function fit() {
        if (width <= 0 || height <= 0 || text === "")
            return
        let low = Math.floor(minSize), high = Math.ceil(maxSize)
        font.pixelSize = high
        naturalHeight = contentHeight
        if (contentHeight <= height)
            return
        while (high - low > 1) {
            const middle = Math.floor((low + high) / 2)
            font.pixelSize = middle
            if (contentHeight <= height) low = middle; else high = middle
        }
        font.pixelSize = low
    }
    onWidthChanged: Qt.callLater(fit)
    onHeightChanged: Qt.callLater(fit)
    onTextChanged: Qt.callLater(fit)
    onMaxSizeChanged: Qt.callLater(fit)
    Component.onCompleted: fit()
}
