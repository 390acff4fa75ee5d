"""The window's input guard: wake-up presses swallowed, ghost mouse clicks from touch screens
dropped, activity reported to the idle watch, the pointer hidden when the mouse is still,
and the operator's long press on the top-left corner timed."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QCursor, QKeyEvent, QSinglePointEvent, QTouchEvent, QWindow

from kiosk.app.attract import IdleWatch

POINTER_HIDE_MS = 3000
CORNER_HOLD_MS = 3000
# Touch screens that also send mouse events send them within a few milliseconds of the touch;
# a real mouse click this soon after a touch is not something a visitor does.
GHOST_MOUSE_SECONDS = 0.8

_PRESSES = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.TouchBegin, QEvent.Type.Wheel, QEvent.Type.TabletPress}
# A pen on a tablet screen may send mouse events too: it counts as touch for the ghost check.
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
          QEvent.Type.TouchCancel, QEvent.Type.TabletPress, QEvent.Type.TabletMove,
          QEvent.Type.TabletRelease}
_HOLD_STARTS = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress, QEvent.Type.TabletPress}
_HOLD_MOVES = {QEvent.Type.TouchUpdate, QEvent.Type.MouseMove, QEvent.Type.TabletMove}
_HOLD_ENDS = {QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease,
              QEvent.Type.TabletRelease}
# What kind of input a press is, as visitor analytics record it.
_INPUT_KINDS = {QEvent.Type.KeyPress: "key", QEvent.Type.MouseButtonPress: "mouse",
                QEvent.Type.MouseButtonDblClick: "mouse", QEvent.Type.TouchBegin: "touch",
                QEvent.Type.Wheel: "wheel", QEvent.Type.TabletPress: "pen"}
_MOUSE_BUTTONS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                  QEvent.Type.MouseButtonDblClick}
_SEQUENCE_ENDS = {QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                  QEvent.Type.TouchCancel, QEvent.Type.TabletRelease}
_SEQUENCE_GOES_ON = _SEQUENCE_ENDS | {QEvent.Type.TouchUpdate, QEvent.Type.MouseMove,
                                      QEvent.Type.TabletMove}


class InputGuard(QObject):
    """Installed on the kiosk's window as an event filter; sees every input event first."""

    def __init__(self, window: QWindow, idle: IdleWatch, *,
                 corner_hold: Callable[[], None] | None = None,
                 corner_size: Callable[[], float] = lambda: 96.0,
                 hide_pointer_ms: int = POINTER_HIDE_MS) -> None:
        super().__init__(window)
        self._window = window
        self._idle = idle
        self._corner_size = corner_size
        # Timed here, before anything can swallow the press: an operator who walks up to a
        # kiosk in attract mode holds the corner once, not once to wake it and again.
        self._corner_timer = QTimer(self, singleShot=True, interval=CORNER_HOLD_MS)
        if corner_hold is not None:
            self._corner_timer.timeout.connect(corner_hold)
        self._last_touch = -1e9
        self._swallowing = False      # the rest of a press that only woke the kiosk
        self._pointer_hidden = False
        self._hide_timer = QTimer(self, singleShot=True, interval=hide_pointer_ms)
        self._hide_timer.timeout.connect(self._hide_pointer)
        self._hide_timer.start()
        window.installEventFilter(self)

    @property
    def pointer_hidden(self) -> bool:
        return self._pointer_hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _HOLD_STARTS or kind in _HOLD_MOVES or kind in _HOLD_ENDS:
            self._time_corner_hold(kind, event)
        if self._swallowing and isinstance(event, QKeyEvent) and event.isAutoRepeat():
            return True                        # a key held down while it woke the kiosk
        if kind in _TOUCH:
            self._last_touch = time.monotonic()
            self._hide_pointer()               # a finger needs no arrow on screen
        elif kind in _MOUSE_BUTTONS and time.monotonic() - self._last_touch < GHOST_MOUSE_SECONDS:
            return True                        # the touch screen's copy of a touch: drop it
        elif kind == QEvent.Type.MouseMove:
            if time.monotonic() - self._last_touch < GHOST_MOUSE_SECONDS:
                return self._swallowing
            self._show_pointer()
            self._idle.movement()
        if kind in _PRESSES:
            if self._idle.press(_INPUT_KINDS.get(kind, "unknown")):
                # This press only wakes the kiosk; so does the rest of its gesture.
                self._swallowing = kind not in (QEvent.Type.Wheel,)
                return True
            self._swallowing = False
            return False
        if self._swallowing and kind in _SEQUENCE_GOES_ON:
            if kind in _SEQUENCE_ENDS:
                self._swallowing = False
            return True
        return False

    def _time_corner_hold(self, kind: QEvent.Type, event: QEvent) -> None:
        at = _position(event)
        in_corner = at is not None and max(at.x(), at.y()) <= self._corner_size()
        if kind in _HOLD_STARTS and in_corner:
            self._corner_timer.start()
        elif kind in _HOLD_ENDS or not in_corner:
            self._corner_timer.stop()

    def _hide_pointer(self) -> None:
        self._hide_timer.stop()
        if not self._pointer_hidden:
            self._pointer_hidden = True
            self._window.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    def _show_pointer(self) -> None:
        if self._pointer_hidden:
            self._pointer_hidden = False
            self._window.unsetCursor()
        self._hide_timer.start()


def _position(event: QEvent) -> QPointF | None:
    """Where a touch (its first point), click or pen is, in window coordinates."""
    if isinstance(event, QTouchEvent):
        points = event.points()
        return points[0].position() if points else None
    if isinstance(event, QSinglePointEvent):
        return event.position()
    return None
