import QtQuick
import Kiosk

// Shows the navigator's slide and plays the deck's transition between slides. Presses that
// arrive during a transition retarget it, so fast presses end where they lead, animated once.
Item {
    id: stage
    required property var session
    readonly property var navigator: session.navigator
    property int shownIndex: -1
    property int transitionsStarted: 0
    property int direction: 1
    property SlideHost current: hostA
    property SlideHost incoming: hostB
    readonly property bool transitioning: slideAnimation.running || fadeAnimation.running
    readonly property Item shownSlide: current.slideItem
    clip: true

    SlideHost {
        id: hostA
        objectName: "hostA"
        width: stage.width
        height: stage.height
        session: stage.session
    }
    SlideHost {
        id: hostB
        objectName: "hostB"
        width: stage.width
        height: stage.height
        session: stage.session
        visible: false
    }
    Chrome {
        anchors.fill: parent
        session: stage.session
        index: stage.shownIndex
        z: 10
    }

    Connections {
        target: stage.navigator
        function onIndexChanged() { stage.show(stage.navigator.index) }
    }
    Connections {
        target: stage.session
        function onDeckChanged() { stage.reload() }
    }
    Component.onCompleted: reload()

    // The text of the item called `name` on the slide shown (for tests and diagnostics).
    function textOf(name) {
        const found = findItem(shownSlide, name)
        return found ? String(found.text) : ""
    }
    // Where the item called `name` on the slide shown is, in window coordinates.
    function rectOf(name) {
        const found = findItem(shownSlide, name)
        if (!found)
            return Qt.rect(0, 0, 0, 0)
        const at = found.mapToItem(null, 0, 0)
        return Qt.rect(at.x, at.y, found.width, found.height)
    }
    function findItem(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findItem(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function reload() {
        slideAnimation.stop()
        fadeAnimation.stop()
        for (const host of [hostA, hostB]) {
            host.index = -1
            host.x = 0
            host.opacity = 1
            host.active = false
        }
        hostB.visible = false
        hostA.visible = true
        current = hostA
        incoming = hostB
        shownIndex = -1
        show(navigator.index)
    }

    function show(target) {
        if (target < 0 || target >= navigator.count)
            return
        if (transitioning) {
            if (target === current.index)
                cancelTransition()           // back where we were: no transition at all
            else
                incoming.index = target      // retarget the transition under way
            return
        }
        if (target === shownIndex)
            return
        incoming.index = target
        incoming.visible = true
        incoming.active = true
        const kind = session.transition
        if (shownIndex < 0 || kind === "none" || !Style.animate || width <= 0) {
            incoming.x = 0
            incoming.opacity = 1
            settle()                          // at once, with a fresh slide item
            return
        }
        direction = navigator.direction
        transitionsStarted += 1
        if (kind === "fade") {
            incoming.x = 0
            incoming.opacity = 0
            incoming.z = 1
            current.z = 0
            fadeAnimation.start()
        } else {
            incoming.opacity = 1
            incoming.x = direction * width
            slideAnimation.start()
        }
    }

    function cancelTransition() {
        slideAnimation.stop()
        fadeAnimation.stop()
        current.x = 0
        current.opacity = 1
        incoming.visible = false
        incoming.active = false
        incoming.index = -1
    }

    // The incoming slide has arrived: it becomes the current one, the other is unloaded.
    function settle() {
        const old = current
        current = incoming
        incoming = old
        current.x = 0
        current.opacity = 1
        current.z = 0
        old.visible = false
        old.active = false
        old.index = -1
        shownIndex = current.index
        if (shownIndex !== navigator.index)
            show(navigator.index)
    }

    ParallelAnimation {
        id: slideAnimation
        NumberAnimation {
            target: stage.current; property: "x"
            to: -stage.direction * stage.width
            duration: Style.transitionMs; easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage.incoming; property: "x"
            to: 0
            duration: Style.transitionMs; easing.type: Easing.OutCubic
        }
        onFinished: stage.settle()
    }
    NumberAnimation {
        id: fadeAnimation
        target: stage.incoming; property: "opacity"
        to: 1
        duration: Style.transitionMs; easing.type: Easing.InOutQuad
        onFinished: stage.settle()
    }
}
