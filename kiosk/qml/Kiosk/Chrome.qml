import QtQuick
import Kiosk

// What stays put while slides move: the chapter name, the logo, progress and slide number.
Item {
    id: chrome
    required property var session
    property int index: 0
    readonly property var row: session.slides.revision >= 0 && index >= 0
                               ? session.slides.row(index) : null
    readonly property int count: session.navigator.count

    Rectangle {
        id: chapterMark
        x: Style.sideMargin
        anchors.verticalCenter: chapterLabel.verticalCenter
        width: 6 * Style.unit
        height: chapterLabel.height * 0.9
        color: Style.accent
        visible: chapterLabel.text !== ""
    }
    Text {
        id: chapterLabel
        objectName: "chapterLabel"
        x: chapterMark.x + chapterMark.width + 16 * Style.unit
        y: (Style.topBand - height) / 2
        width: Math.min(implicitWidth, logo.x - x - Style.gap)
        text: chrome.row ? chrome.row.chapterTitle : ""
        color: Style.foreground
        opacity: 0.85
        font.family: Style.fontFamily
        font.features: Style.fontFeatures
        font.pixelSize: Style.labelSize
        font.weight: Font.DemiBold
        font.letterSpacing: 2.5 * Style.unit
        font.capitalization: Font.AllUppercase
        elide: Text.ElideRight
        visible: text !== ""
    }
    Image {
        id: logo
        objectName: "logo"
        source: chrome.session.theme.logo
        visible: source.toString() !== ""
        height: 60 * Style.unit
        width: visible ? height * Math.max(1, implicitWidth / Math.max(1, implicitHeight)) : 0
        x: chrome.width - Style.sideMargin - width
        y: (Style.topBand - height) / 2
        fillMode: Image.PreserveAspectFit
        sourceSize.height: Math.ceil(height)
    }

    Rectangle {
        id: track
        x: Style.sideMargin
        y: chrome.height - Style.bottomBand / 2 - height / 2
        width: pageLabel.x - x - Style.gap
        height: 4 * Style.unit
        radius: height / 2
        color: Style.line
        visible: chrome.count > 1
        Rectangle {
            objectName: "progress"
            height: parent.height
            radius: height / 2
            width: parent.width * (chrome.index + 1) / Math.max(1, chrome.count)
            color: Style.accent
            Behavior on width {
                enabled: Style.animate
                NumberAnimation { duration: Style.transitionMs; easing.type: Easing.OutCubic }
            }
        }
    }
    Text {
        id: pageLabel
        objectName: "pageLabel"
        x: chrome.width - Style.sideMargin - width
        anchors.verticalCenter: track.verticalCenter
        text: (chrome.index + 1) + " / " + chrome.count
        color: Style.muted
        font.family: Style.fontFamily
        font.pixelSize: Style.labelSize
        font.features: { "tnum": 1 }
        visible: chrome.count > 1
    }
}
