"""Touch gestures sent as real touch events into the kiosk window (QTest.touchEvent)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice, QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

_SCREEN: list[QPointingDevice] = []


def touch_screen() -> QPointingDevice:
    """One touch screen device for the whole test run (Qt keeps devices registered)."""
    if not _SCREEN:
        _SCREEN.append(QTest.createTouchDevice())
    return _SCREEN[0]


def tap(window: QWindow, at: QPoint) -> None:
    screen = touch_screen()
    QTest.touchEvent(window, screen).press(0, at, window)
    QTest.touchEvent(window, screen).release(0, at, window)


def hold(qtbot: QtBot, window: QWindow, at: QPoint, ms: int) -> None:
    screen = touch_screen()
    QTest.touchEvent(window, screen).press(0, at, window)
    qtbot.wait(ms)
    QTest.touchEvent(window, screen).release(0, at, window)


def swipe(qtbot: QtBot, window: QWindow, start: QPoint, end: QPoint, *, steps: int = 10,
          step_ms: int = 30, rest_ms: int = 0) -> None:
    """A finger from `start` to `end` in `steps` moves `step_ms` apart; `rest_ms` held still at
    the end before lifting (a slow, deliberate drag rather than a flick)."""
    screen = touch_screen()
    QTest.touchEvent(window, screen).press(0, start, window)
    for step in range(1, steps + 1):
        qtbot.wait(step_ms)
        point = start + (end - start) * (step / steps)
        QTest.touchEvent(window, screen).move(0, point, window)
    if rest_ms:
        qtbot.wait(rest_ms)
        QTest.touchEvent(window, screen).move(0, end, window)
    QTest.touchEvent(window, screen).release(0, end, window)
