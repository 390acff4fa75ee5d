"""Locked mode keeps the window full screen, whatever takes it out."""

from __future__ import annotations

from PySide6.QtGui import QWindow
from pytestqt.qtbot import QtBot

from kiosk.app.screens import hold_full_screen
from kiosk.app.window import show_full_screen
from tests.app.harness import SHANDONG, open_kiosk


def test_a_locked_window_taken_out_of_full_screen_goes_back(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, locked=True, animate=False) as kiosk:
        window = kiosk.window
        show_full_screen(window, window.screen())
        qtbot.waitUntil(lambda: window.visibility() == QWindow.Visibility.FullScreen)
        hold_full_screen(window)
        window.showNormal()                   # what a window manager's shortcut does
        qtbot.waitUntil(lambda: window.visibility() == QWindow.Visibility.FullScreen,
                        timeout=2000)
        window.showMinimized()
        qtbot.waitUntil(lambda: window.visibility() == QWindow.Visibility.FullScreen,
                        timeout=2000)
