"""The window's input guard: wake-up presses swallowed, ghost mouse clicks from touch screens
dropped, activity reported to the idle watch, and the pointer hidden when the mouse is still."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QWindow

from kiosk.app.attract import IdleWatch

POINTER_HIDE_MS = 3000
# Touch screens that also send mouse events send them within a few milliseconds of the touch;
# a real mouse click this soon after a touch is not something a visitor does.
GHOST_MOUSE_SECONDS = 0.8

_PRESSES = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.TouchBegin, QEvent.Type.Wheel, QEvent.Type.TabletPress}
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
          QEvent.Type.TouchCancel}
_MOUSE_BUTTONS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                  QEvent.Type.MouseButtonDblClick}
_SEQUENCE_ENDS = {QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                  QEvent.Type.TouchCancel, QEvent.Type.TabletRelease}
_SEQUENCE_GOES_ON = _SEQUENCE_ENDS | {QEvent.Type.TouchUpdate, QEvent.Type.MouseMove,
                                      QEvent.Type.TabletMove}


class InputGuard(QObject):
    """Installed on the kiosk's window as an event filter; sees every input event first."""

    def __init__(self, window: QWindow, idle: IdleWatch, *,
                 hide_pointer_ms: int = POINTER_HIDE_MS) -> None:
        super().__init__(window)
        self._window = window
        self._idle = idle
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
            if self._idle.press():
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
