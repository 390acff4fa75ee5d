import QtQuick
import Kiosk

// Shows the navigator's slide and plays the deck's transition between slides. Presses that
// arrive during a transition retarget it, so fast presses end where they lead, animated once.
// Touch: the slide follows a horizontal swipe; taps on the outer fifths step; the wheel steps.
Item {
    id: stage
    required property var session
    readonly property var navigator: session.navigator
    property int shownIndex: -1
    property int transitionsStarted: 0
    // The session's deck revision the stage shows; a navigator step while a new deck is
    // being set up is left to reload(), so a reload never animates.
    property int revision: -1
    property bool quietNext: false
    property int direction: 1
    property SlideHost current: hostA
    property SlideHost incoming: hostB
    readonly property bool transitioning: slideAnimation.running || fadeAnimation.running
                                          || snapBack.running
    // A swipe under way: the finger's offset, and the slide it drags in (-1: none, rubber band).
    property bool swiping: false
    property real swipeOffset: 0
    property int swipeNeighbour: -1
    property int swipesCommitted: 0
    readonly property real flickSpeed: 900 * Style.unit      // px/s that counts as a flick
    readonly property Item shownSlide: current.slideItem
    clip: true

    SlideHost {
        id: hostA
        objectName: "hostA"
        width: stage.width
        height: stage.height
        session: stage.session
        onSwipePage: (phase, dx, velocity) => stage.slideSwipe(phase, dx, velocity)
    }
    SlideHost {
        id: hostB
        objectName: "hostB"
        width: stage.width
        height: stage.height
        session: stage.session
        visible: false
        onSwipePage: (phase, dx, velocity) => stage.slideSwipe(phase, dx, velocity)
    }
    Chrome {
        anchors.fill: parent
        session: stage.session
        index: stage.shownIndex
        z: 10
    }

    Connections {
        target: stage.navigator
        function onIndexChanged() {
            if (stage.session.deckRevision === stage.revision)
                stage.show(stage.navigator.index)
        }
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
        revision = session.deckRevision
        // A reload that stays on the slide on screen: no count-ups replayed.
        quietNext = session.sameSlide
        show(navigator.index)
        quietNext = false
    }

    function show(target) {
        if (target < 0 || target >= navigator.count)
            return
        if (snapBack.running)
            cancelTransition()   // a step while a let-go swipe springs back: from a still slide
        if (swipeNeighbour >= 0 && target === swipeNeighbour && !swiping) {
            // A released swipe: carry on from where the finger left the two slides.
            swipeNeighbour = -1
            direction = navigator.direction
            transitionsStarted += 1
            incoming.active = true
            slideAnimation.start()
            return
        }
        if (transitioning) {
            if (target === current.index)
                cancelTransition()           // back where we were: no transition at all
            else
                incoming.index = target      // retarget the transition under way
            return
        }
        if (target === shownIndex)
            return
        incoming.reloaded = quietNext
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

    // --- swipes -------------------------------------------------------------------------

    function neighbour(step) {
        const next = shownIndex + step
        if (next >= 0 && next < navigator.count)
            return next
        return navigator.loops && navigator.count > 1 ? (next + navigator.count) % navigator.count : -1
    }

    // Whatever is moving jumps to its end, so the finger takes hold of a still slide.
    function finishNow() {
        for (let i = 0; i < 3 && transitioning; ++i) {
            slideAnimation.stop()
            fadeAnimation.stop()
            snapBack.stop()
            if (incoming.index >= 0 && incoming.index === navigator.index)
                settle()
            else
                cancelTransition()
        }
    }

    function beginSwipe() {
        finishNow()
        swiping = true
        swipeOffset = 0
        swipeNeighbour = -1
    }

    function followSwipe(dx) {
        if (!swiping || shownIndex < 0)
            return
        const target = neighbour(dx < 0 ? 1 : -1)
        if (target !== swipeNeighbour) {
            swipeNeighbour = target
            incoming.index = target
            incoming.active = false
            incoming.visible = target >= 0
            incoming.opacity = 1
        }
        // Past the ends of a tour that does not loop, the slide gives a little and no more.
        swipeOffset = target >= 0 ? dx : dx * 0.25
        current.x = swipeOffset
        if (target >= 0)
            incoming.x = swipeOffset + (dx < 0 ? width : -width)
    }

    function endSwipe(velocity) {
        if (!swiping)
            return
        swiping = false
        const dx = swipeOffset
        const flick = Math.abs(velocity) > flickSpeed && velocity * dx > 0
        if (swipeNeighbour >= 0 && (Math.abs(dx) > width / 4 || flick)) {
            swipesCommitted += 1
            const step = dx < 0 ? 1 : -1
            if (step > 0)
                navigator.next()
            else
                navigator.previous()
            if (swipeNeighbour >= 0)          // the navigator did not move (nothing to show)
                snapBack.start()
        } else {
            snapBack.start()
        }
    }

    // A swipe a slide passes on (a gallery at its first or last picture) moves the slides as
    // a swipe on the stage does.
    function slideSwipe(phase, dx, velocity) {
        if (phase === "begin" && swipeHandler.enabled && !swiping) {
            beginSwipe()
            followSwipe(dx)
        } else if (phase === "move") {
            followSwipe(dx)
        } else if (phase === "end") {
            endSwipe(velocity)
        }
    }

    function cancelTransition() {
        slideAnimation.stop()
        fadeAnimation.stop()
        snapBack.stop()
        swipeNeighbour = -1
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
        old.reloaded = false
        shownIndex = current.index
        if (shownIndex !== navigator.index)
            show(navigator.index)
    }

    // Input on the stage itself: what the slide's own tap targets (pins) and the chrome's
    // buttons don't take.
    DragHandler {
        id: swipeHandler
        objectName: "swipeHandler"
        target: null
        yAxis.enabled: false
        enabled: stage.navigator.count > 1 && stage.navigator.panel === ""
        onActiveChanged: active ? stage.beginSwipe() : stage.endSwipe(centroid.velocity.x)
        onActiveTranslationChanged: if (active) stage.followSwipe(activeTranslation.x)
    }
    TapHandler {
        objectName: "edgeTaps"
        enabled: stage.navigator.count > 1 && stage.navigator.panel === ""
        onTapped: function(eventPoint) {
            const x = eventPoint.position.x
            if (x > stage.width / 5 && x < stage.width * 4 / 5)
                return
            const slide = stage.shownSlide as SlideBase
            if (slide) {
                const at = stage.mapToItem(slide, x, eventPoint.position.y)
                if (slide.takesTapAt(at.x, at.y))
                    return                   // a pin or a gallery: the slide's own tap
            }
            if (x <= stage.width / 5)
                stage.navigator.previous()
            else
                stage.navigator.next()
        }
    }
    WheelHandler {
        objectName: "wheelSteps"
        property real pending: 0
        enabled: stage.navigator.panel === ""
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: function(event) {
            // One notch (120) is one slide; a touchpad's many small deltas add up to it.
            const delta = Math.abs(event.angleDelta.y) >= Math.abs(event.angleDelta.x)
                          ? event.angleDelta.y : event.angleDelta.x
            pending += delta
            if (pending <= -120) {
                pending = 0
                stage.navigator.next()
            } else if (pending >= 120) {
                pending = 0
                stage.navigator.previous()
            }
        }
    }

    // A swipe let go too early: the slide goes back, and the neighbour back out with it.
    ParallelAnimation {
        id: snapBack
        NumberAnimation {
            target: stage.current; property: "x"
            to: 0
            duration: Style.transitionMs * 0.6; easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage.incoming; property: "x"
            to: stage.swipeOffset < 0 ? stage.width : -stage.width
            duration: Style.transitionMs * 0.6; easing.type: Easing.OutCubic
        }
        onFinished: {
            stage.cancelTransition()
            if (stage.shownIndex !== stage.navigator.index)
                stage.show(stage.navigator.index)
        }
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
