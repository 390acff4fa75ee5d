import QtQuick
import Kiosk

// Rich body text (an author's Markdown, made safe HTML by Python) that shrinks to fit its box:
// Qt's Fit mode does not apply to rich text, so the size is searched for here.
Text {
    id: body
    // The safe HTML from kiosk/app/richtext.py; `text` is it with lists indented to the size.
    property string markup: ""
    property real maxSize: Style.bodySize
    property real minSize: Style.minimumSize
    // Qt indents a list in fixed steps of 40 px and draws its bullets and numbers in that
    // space, so large text (34 px on a full-HD screen with a wide font, 4K screens) had its
    // numbers cut off at the left: the indent grows with the text, to hold "1. " (1.3 em).
    readonly property int indentSteps: Math.max(1, Math.ceil(1.3 * maxSize / 40))
    readonly property bool overflows: contentHeight > height + 1
    // The height the text needs at its full size, for layouts that should not give it more.
    property real naturalHeight: 0
    color: Style.foreground
    font.family: Style.fontFamily
    font.features: Style.fontFeatures
    textFormat: Text.RichText
    text: markup.replace(/-qt-list-indent: (\d+);/g, function(found, level) {
        return "-qt-list-indent: " + level * body.indentSteps + ";"
    })
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
