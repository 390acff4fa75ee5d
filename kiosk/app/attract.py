"""Autoplay, and the idle watch: "still there?" countdown, then attract mode (the tour on loop)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.app.navigator import Navigator

log = logging.getLogger(__name__)

ACTIVE = "active"
COUNTDOWN = "countdown"
ATTRACT = "attract"
COUNTDOWN_SECONDS = 10.0


class Autoplay(QObject):
    """Steps through the tour on its own, each slide for its own number of seconds."""

    playingChanged = Signal()

    def __init__(self, navigator: Navigator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._navigator = navigator
        self._seconds_for: Callable[[int], float] = lambda _index: 12.0
        self._timed = 0.0                  # the seconds the running timer was started with
        self._playing = False
        self._stepping = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._advance)
        navigator.indexChanged.connect(self._restart_timer)
        navigator.countChanged.connect(self._count_changed)

    def set_durations(self, seconds_for: Callable[[int], float]) -> None:
        """How long slide `index` stays on screen: its `duration`, else `kiosk.autoplay`.

        A running timer whose slide keeps its time runs on (a reload of the pack does not
        hold the tour up).
        """
        self._seconds_for = seconds_for
        if not (self._timer.isActive()
                and seconds_for(self._navigator.position) == self._timed):
            self._restart_timer()

    @Property(bool, notify=playingChanged)
    def playing(self) -> bool:
        return self._playing

    @property
    def is_playing(self) -> bool:
        return self._playing

    @property
    def is_stepping(self) -> bool:
        """True while autoplay itself moves the navigator (visitor analytics tell its steps
        from a visitor's)."""
        return self._stepping

    @Slot()
    def start(self) -> None:
        if not self._playing:
            self._playing = True
            log.info("autoplay started")
            self.playingChanged.emit()
        self._restart_timer()

    @Slot()
    def stop(self) -> None:
        self._timer.stop()
        if self._playing:
            self._playing = False
            log.info("autoplay stopped")
            self.playingChanged.emit()

    @Slot()
    def toggle(self) -> None:
        self.stop() if self._playing else self.start()

    def _restart_timer(self) -> None:
        if not self._playing or self._navigator.slide_count < 2:
            self._timer.stop()
            return
        seconds = self._seconds_for(self._navigator.position)
        self._timed = seconds
        self._timer.start(max(1, round(seconds * 1000)))

    def _count_changed(self) -> None:
        if not self._timer.isActive() or self._navigator.slide_count < 2:
            self._restart_timer()

    def _advance(self) -> None:
        navigator = self._navigator
        self._stepping = True
        try:
            if navigator.position + 1 < navigator.slide_count:
                navigator.next()
            else:
                navigator.wrap_to_first()    # on, even in a deck with `loop: false`; forward
        finally:
            self._stepping = False


class IdleWatch(QObject):
    """Counts the time without input. After `idle` seconds a visible countdown starts; when it
    runs out the kiosk returns to the start and plays the tour (attract mode). Any press
    during the countdown or attract mode only wakes the kiosk (the window's input guard
    swallows it)."""

    stateChanged = Signal()
    secondsLeftChanged = Signal()
    inputSeen = Signal(str)       # a press's kind ("key", "touch", ...), before it is acted on
    attractStarted = Signal()
    attractJoined = Signal()      # attract mode entered while autoplay already played

    def __init__(self, autoplay: Autoplay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autoplay = autoplay
        self._state = ACTIVE
        self._idle_ms = 0             # off until a deck is shown (set_idle_seconds)
        self.countdown_ms = round(COUNTDOWN_SECONDS * 1000)
        self._busy = False
        self._countdown_ends = 0.0
        self._seconds_left = 0
        self._idle_timer = QTimer(self, singleShot=True)
        self._idle_timer.timeout.connect(self._idle_ran_out)
        self._tick = QTimer(self, interval=100)
        self._tick.timeout.connect(self._count_down)

    # --- settings ---------------------------------------------------------------------

    def set_idle_seconds(self, seconds: float) -> None:
        """`kiosk.idle_timeout` of the deck shown; 0 turns idle handling off. The same value
        again (a reload of the pack) leaves the time counted so far alone."""
        idle_ms = max(0, round(seconds * 1000))
        if idle_ms != self._idle_ms or not self._idle_timer.isActive():
            self._idle_ms = idle_ms
            if self._state == ACTIVE:
                self._restart_idle_timer()

    # --- what QML reads ---------------------------------------------------------------

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        """"active" (a visitor is here), "countdown" ("still there?") or "attract"."""
        return self._state

    @property
    def current_state(self) -> str:
        return self._state

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        """Whole seconds left on the "still there?" countdown."""
        return self._seconds_left

    @Property(float, constant=True)
    def countdownSeconds(self) -> float:
        return self.countdown_ms / 1000

    # --- input and activity -----------------------------------------------------------

    def press(self, kind: str = "unknown") -> bool:
        """A key, touch, click or wheel turn (`kind`: "key", "touch", "mouse", "wheel",
        "pen"). True when it only woke the kiosk (swallow it)."""
        self.inputSeen.emit(kind)
        woke = self._state != ACTIVE
        if woke:
            log.info("woken from %s by a visitor", self._state)
            self._tick.stop()
            if self._state == ATTRACT:
                self._autoplay.stop()
            self._set_state(ACTIVE)
        self._restart_idle_timer()
        return woke

    def movement(self) -> None:
        """The mouse moved: a visitor is here, but a nudged mouse does not end attract mode."""
        if self._state == ACTIVE:
            self._restart_idle_timer()

    @Slot(bool)
    def setBusy(self, busy: bool) -> None:
        """While something plays that the visitor watches (a video), the kiosk is not idle."""
        self._busy = busy
        if not busy and self._state == ACTIVE:
            self._restart_idle_timer()

    @Slot()
    def startAttract(self) -> None:
        """Go straight to attract mode (the end of the countdown; also for operators' tests)."""
        self._tick.stop()
        self._idle_timer.stop()
        self._set_state(ATTRACT)
        log.info("attract mode: back to the start, playing the tour")
        self.attractStarted.emit()
        self._autoplay.start()

    # --- timers -----------------------------------------------------------------------

    def _restart_idle_timer(self) -> None:
        if self._idle_ms > 0:
            self._idle_timer.start(self._idle_ms)
        else:
            self._idle_timer.stop()

    def _idle_ran_out(self) -> None:
        if self._busy:
            self._restart_idle_timer()     # a video is playing: someone may be watching it
            return
        if self._autoplay.is_playing:
            # A presenter's show (A) left to run: it becomes the attract loop where it is,
            # so the next touch only wakes the kiosk and what was left open gets closed.
            log.info("no input for %.0f s while autoplay plays: attract mode from here",
                     self._idle_ms / 1000)
            self._set_state(ATTRACT)
            self.attractJoined.emit()
            return
        log.info("no input for %.0f s: asking whether anyone is still there",
                 self._idle_ms / 1000)
        self._countdown_ends = time.monotonic() + self.countdown_ms / 1000
        self._set_state(COUNTDOWN)
        self._count_down()
        self._tick.start()

    def _count_down(self) -> None:
        left = self._countdown_ends - time.monotonic()
        seconds = max(0, int(left + 0.999))
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
        if left <= 0:
            self.startAttract()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()
