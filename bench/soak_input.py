"""Real input for the soak: key clicks, touches and wheel turns sent into the kiosk window
through Qt's input path (QTest), so the window's event filter sees them as it sees a visitor's."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QWheelEvent, QWindow
from PySide6.QtTest import QTest

OPERATOR_CHORD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                  | Qt.KeyboardModifier.ShiftModifier)
_SCREEN: list[QPointingDevice] = []


def pause(seconds: float) -> None:
    """Run the event loop for `seconds` (frames, timers, animations go on meanwhile)."""
    deadline = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.002)


def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until `done()` or `timeout` seconds; whether it was done."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        pause(0.01)
    return True


def key(window: QWindow, code: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window, code, modifiers)


def touch_screen() -> QPointingDevice:
    """One touch screen for the whole process (Qt keeps devices registered)."""
    if not _SCREEN:
        _SCREEN.append(QTest.createTouchDevice())
    return _SCREEN[0]


def tap(window: QWindow, at: QPoint) -> None:
    screen = touch_screen()
    QTest.touchEvent(window, screen).press(0, at, window)
    QTest.touchEvent(window, screen).release(0, at, window)


def swipe(window: QWindow, start: QPoint, end: QPoint, steps: int = 8,
          step_seconds: float = 0.016) -> None:
    """A finger from `start` to `end` in `steps` moves, one frame apart."""
    screen = touch_screen()
    QTest.touchEvent(window, screen).press(0, start, window)
    for step in range(1, steps + 1):
        pause(step_seconds)
        point = start + (end - start) * (step / steps)
        QTest.touchEvent(window, screen).move(0, point, window)
    QTest.touchEvent(window, screen).release(0, end, window)


def wheel(window: QWindow, at: QPoint, delta: int) -> None:
    """A mouse wheel turn of `delta` eighths of a degree (120 is one notch)."""
    point = QPointF(at)
    event = QWheelEvent(point, QPointF(window.mapToGlobal(point)), QPoint(0, 0),
                        QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QCoreApplication.sendEvent(window, event)
