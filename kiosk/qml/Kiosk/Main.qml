import QtQuick
import QtQuick.Window
import Kiosk

// The kiosk's window: the slide stage, or the problems / "being updated" screens,
// with the black/white screen and the keys help on top.
Window {
    id: window
    required property var session
    readonly property var navigator: session.navigator

    color: session.theme.background
    title: session.windowTitle

    // Locked (full screen): the window manager's close (Alt+F4, a close button) is refused.
    onClosing: function(close) { close.accepted = window.session.operator.allowClose() }

    Binding { target: Style; property: "fontFamily"; value: window.session.theme.fontFamily }
    Binding { target: Style; property: "background"; value: window.session.theme.background }
    Binding { target: Style; property: "foreground"; value: window.session.theme.foreground }
    Binding { target: Style; property: "accent"; value: window.session.theme.accent }
    Binding { target: Style; property: "unit"; value: Math.max(0.25, Math.min(window.width, window.height) / 1080) }
    Binding { target: Style; property: "portrait"; value: window.height > window.width * 1.05 }
    Binding { target: Style; property: "animate"; value: window.session.animate }
    Binding { target: Style; property: "controls"; value: window.session.controls }
    Binding { target: Style; property: "strings"; value: window.session.uiStrings }
    Binding { target: Style; property: "fontFeatures"; value: window.session.fontFeatures }
    Binding { target: Style; property: "touchTarget"; value: window.session.touchTarget }

    // Every visible text on screen with its box and what it paints, as plain values:
    // how tests (and `kiosk screenshot` reviews) find text that is cut off or overlaps.
    function textBoxes() {
        const boxes = []
        function walk(item) {
            if (!item.visible || item.opacity <= 0.01)
                return
            if (item.truncated !== undefined && item.contentWidth !== undefined && item.text) {
                const at = item.mapToItem(null, 0, 0)
                boxes.push({ name: item.objectName, text: String(item.text), x: at.x, y: at.y,
                             width: item.width, height: item.height,
                             contentWidth: item.contentWidth, contentHeight: item.contentHeight,
                             truncated: item.truncated,
                             hAlign: Number(item.effectiveHorizontalAlignment),
                             vAlign: Number(item.verticalAlignment) })
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(window.contentItem)
        return boxes
    }

    // How many Pictures are still loading, counted here in QML: Python wrappers of items that
    // a reload deletes are not safe to walk (kiosk/app/images.py waits on this).
    function picturesLoading() {
        function count(node) {       // untyped: `isPicture` is a marker only Pictures have
            let n = node.isPicture === true && node.loading ? 1 : 0
            for (let i = 0; i < node.children.length; ++i)
                n += count(node.children[i])
            return n
        }
        return count(window.contentItem)
    }

    // Every video player in the window (VideoSlide's MediaPlayer, named "videoPlayer") as
    // plain values: how tests watch videos start, play and go, without Python wrappers of
    // objects QML creates and deletes.
    function videoPlayers() {
        const found = []
        function walk(node) {        // untyped: players sit in items' `resources`
            for (let i = 0; i < node.resources.length; ++i) {
                const player = node.resources[i]
                if (player.objectName !== "videoPlayer")
                    continue
                const sink = player.videoOutput ? player.videoOutput.videoSink : null
                const frame = sink ? sink.videoSize : Qt.size(0, 0)
                found.push({ state: Number(player.playbackState), position: player.position,
                             file: String(player.source).split("/").pop(),
                             sound: player.audioOutput !== null,
                             pictureShown: player.pictureShown === true,
                             frameWidth: frame.width, frameHeight: frame.height })
            }
            for (let i = 0; i < node.children.length; ++i)
                walk(node.children[i])
        }
        walk(window.contentItem)
        return found
    }

    // Where the visible item called `name` is, in window coordinates (an empty rect if none):
    // how tests find the on-screen controls to touch.
    function rectOf(name) {
        function find(item) {
            if (!item.visible)
                return null
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i])
                if (found)
                    return found
            }
            return null
        }
        const found = find(window.contentItem)
        if (!found)
            return Qt.rect(0, 0, 0, 0)
        const at = found.mapToItem(null, 0, 0)
        return Qt.rect(at.x, at.y, found.width, found.height)
    }

    Item {
        id: keyTarget
        objectName: "keyTarget"
        anchors.fill: parent
        focus: true
        // Keys go to what is in front: the operator's views, then an open panel, then the tour.
        Keys.onPressed: function(event) {
            const operator = window.session.operator
            if (operator.view !== "") {
                event.accepted = operator.handleKey(event.key, event.text)
                return
            }
            const panel = window.navigator.panel
            if ((panel === "overview" && overview.handleKey(event.key))
                    || (panel === "chapters" && chapterMenu.handleKey(event.key))) {
                event.accepted = true
                return
            }
            event.accepted = window.navigator.handleKey(event.key, event.modifiers, event.text)
        }

        Stage {
            id: stage
            objectName: "stage"
            anchors.fill: parent
            session: window.session
            visible: window.session.state === "showing"
        }
        ProblemsView {
            anchors.fill: parent
            visible: window.session.state === "problems"
            problems: window.session.problems
            packName: window.session.packName
        }
        UpdatingView {
            anchors.fill: parent
            visible: window.session.state === "updating"
        }
        OverviewPanel {
            id: overview
            objectName: "overview"
            anchors.fill: parent
            session: window.session
            visible: window.navigator.panel === "overview" && stage.visible
        }
        ChapterMenu {
            id: chapterMenu
            objectName: "chapterMenu"
            anchors.fill: parent
            session: window.session
            visible: window.navigator.panel === "chapters" && stage.visible
        }
        IdleCountdown {
            objectName: "idleCountdown"
            anchors.fill: parent
            idle: window.session.idle
            visible: window.session.idle.state === "countdown" && stage.visible
        }
        Rectangle {
            id: blankScreen
            objectName: "blankScreen"
            anchors.fill: parent
            visible: window.navigator.blank !== ""
            color: window.navigator.blank === "white" ? "white" : "black"
            // A touch brings the slide back too, and reaches nothing hidden behind.
            TapHandler {
                gesturePolicy: TapHandler.ReleaseWithinBounds
                grabPermissions: PointerHandler.TakeOverForbidden    // no swipe underneath
                onTapped: window.navigator.closeAll()
            }
        }
        KeysHelp {
            objectName: "keysHelp"
            rows: window.session.keysHelp
            anchors.fill: parent
            visible: window.navigator.helpVisible && !blankScreen.visible
            TapHandler {
                gesturePolicy: TapHandler.ReleaseWithinBounds
                grabPermissions: PointerHandler.TakeOverForbidden    // no swipe underneath
                onTapped: window.navigator.closeAll()
            }
        }
        OperatorView {
            objectName: "operatorView"
            anchors.fill: parent
            operator: window.session.operator
            visible: operator.view !== ""
        }
        Rectangle {
            objectName: "typedNumber"
            visible: window.navigator.typedNumber !== "" && !blankScreen.visible
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Style.bottomBand + Style.gap
            width: typedLabel.implicitWidth + 2 * Style.gap
            height: typedLabel.implicitHeight + Style.gap
            radius: height / 2
            color: Qt.rgba(0, 0, 0, 0.75)
            border.color: Style.accent
            Text {
                id: typedLabel
                anchors.centerIn: parent
                text: "→ " + window.navigator.typedNumber + "  ⏎"
                color: "white"
                font.family: Style.fontFamily
                font.pixelSize: Style.subtitleSize
                font.bold: true
            }
        }
    }
}
