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

    // The bottom band: tour controls on the left, progress in the middle, language and
    // "next" on the right. In attract mode an invitation takes their place. Handouts have
    // no buttons (Style.controls): progress then spans the band.
    readonly property bool attract: session.idle.state === "attract"
    readonly property real bandY: chrome.height - Style.bottomBand
    readonly property real controlsY: bandY + (Style.bottomBand - Style.control) / 2
    readonly property real spacing: 14 * Style.unit
    // Where big touch targets leave too little room (a dense portrait screen), the language
    // button drops its label and keeps its icon.
    readonly property real languageLabelWidth: Style.control * 1.14 + languageMetrics.advanceWidth
    readonly property bool compact: leftControls.width + 3 * spacing + Style.control
                                    + languageLabelWidth > chrome.width - 2 * Style.sideMargin
    TextMetrics {
        id: languageMetrics
        font.family: Style.fontFamily
        font.pixelSize: Style.control * 0.3
        font.weight: Font.DemiBold
        text: chrome.session.nextLanguageName
    }

    Row {
        id: leftControls
        objectName: "leftControls"
        x: Style.sideMargin
        y: chrome.controlsY
        spacing: chrome.spacing
        visible: chrome.count > 0 && Style.controls
        opacity: chrome.attract ? 0 : 1
        Behavior on opacity { enabled: Style.animate; NumberAnimation { duration: 300 } }
        IconButton {
            objectName: "previousButton"
            icon: "previous"
            accessibleName: Style.strings.previous ?? ""
            visible: chrome.count > 1
            onActivated: chrome.session.navigator.previous()
        }
        IconButton {
            objectName: "homeButton"
            icon: "home"
            accessibleName: Style.strings.home ?? ""
            visible: chrome.count > 1
            onActivated: chrome.session.navigator.first()
        }
        IconButton {
            objectName: "chaptersButton"
            icon: "chapters"
            accessibleName: Style.strings.chapters ?? ""
            visible: chrome.session.chapters.length > 1
            checked: chrome.session.navigator.panel === "chapters"
            onActivated: chrome.session.navigator.openPanel("chapters")
        }
        IconButton {
            objectName: "overviewButton"
            icon: "overview"
            accessibleName: Style.strings.overview ?? ""
            visible: chrome.count > 1
            checked: chrome.session.navigator.panel === "overview"
            onActivated: chrome.session.navigator.openPanel("overview")
        }
    }
    Row {
        id: rightControls
        objectName: "rightControls"
        x: chrome.width - Style.sideMargin - width
        y: chrome.controlsY
        spacing: chrome.spacing
        layoutDirection: Qt.LeftToRight
        visible: Style.controls
        opacity: chrome.attract ? 0 : 1
        Behavior on opacity { enabled: Style.animate; NumberAnimation { duration: 300 } }
        IconButton {
            objectName: "languageButton"
            icon: "language"
            label: chrome.compact ? "" : chrome.session.nextLanguageName
            accessibleName: (Style.strings.language ?? "") + ": " + chrome.session.nextLanguageName
            visible: chrome.session.nextLanguageName !== ""
            onActivated: chrome.session.nextLanguage()
        }
        IconButton {
            objectName: "nextButton"
            icon: "next"
            primary: true
            accessibleName: Style.strings.next ?? ""
            visible: chrome.count > 1
            onActivated: chrome.session.navigator.next()
        }
    }

    Text {
        id: pageLabel
        objectName: "pageLabel"
        x: (Style.controls ? rightControls.x - chrome.spacing * 2
                           : chrome.width - Style.sideMargin) - width
        y: chrome.bandY + (Style.bottomBand - height) / 2
        text: (chrome.index + 1) + " / " + chrome.count
        color: Style.muted
        font.family: Style.fontFamily
        font.pixelSize: Style.labelSize
        font.features: { "tnum": 1 }
        visible: chrome.count > 1 && !chrome.attract
                 && x > leftControls.x + leftControls.width + chrome.spacing
    }
    Rectangle {
        id: track
        objectName: "progressTrack"
        x: Style.controls ? leftControls.x + leftControls.width + chrome.spacing * 2
                          : Style.sideMargin
        y: chrome.bandY + Style.bottomBand / 2 - height / 2
        width: Math.max(0, pageLabel.x - x - chrome.spacing)
        height: 4 * Style.unit
        radius: height / 2
        color: Style.line
        visible: chrome.count > 1 && width > 60 * Style.unit && !chrome.attract
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

    // Attract mode: the tour plays by itself and invites the next visitor.
    Rectangle {
        objectName: "attractHint"
        visible: chrome.attract
        anchors.horizontalCenter: parent.horizontalCenter
        y: chrome.bandY + (Style.bottomBand - height) / 2
        width: hintRow.implicitWidth + 2 * Style.gap
        height: Style.control
        radius: height / 2
        color: Style.accent
        SequentialAnimation on opacity {
            running: chrome.attract && Style.animate
            loops: Animation.Infinite
            NumberAnimation { from: 1; to: 0.55; duration: 1100; easing.type: Easing.InOutSine }
            NumberAnimation { from: 0.55; to: 1; duration: 1100; easing.type: Easing.InOutSine }
        }
        Row {
            id: hintRow
            anchors.centerIn: parent
            spacing: 14 * Style.unit
            Icon {
                name: "next"
                size: Style.control * 0.4
                color: Style.background
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "attractText"
                text: Style.strings.touchToExplore ?? ""
                color: Style.background
                font.family: Style.fontFamily
                font.features: Style.fontFeatures
                font.pixelSize: Style.control * 0.32
                font.weight: Font.Bold
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
