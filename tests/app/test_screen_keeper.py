"""The screen keeper in the real window (offscreen, one screen): what it remembers, and that
moving or resizing the window never changes the slide shown. Plugging monitors in and out is
tested on a real X server in tests/test_screens.py."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QGuiApplication, QWindow
from pytestqt.qtbot import QtBot

from kiosk.app.screens import ScreenKeeper, describe_screens
from kiosk.app.screenshot import render_settled
from kiosk.app.window import show_full_screen, show_windowed
from tests.app.harness import open_kiosk


def test_the_screens_are_listed_with_their_numbers(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry()
    assert describe_screens() == (
        f"0: {screen.name() or '(no name)'} {size.width()}x{size.height()}+0+0 (primary)")
    with open_kiosk(qtbot, animate=False) as kiosk, caplog.at_level(logging.INFO):
        ScreenKeeper(kiosk.window, None, kiosk.session.navigator)
    assert f"screens: {describe_screens()}" in caplog.text


def test_the_wanted_screen_is_remembered_by_name_or_waited_for(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, animate=False) as kiosk:
        name = kiosk.window.screen().name()
        assert ScreenKeeper(kiosk.window, 0).wanted_name == name
        assert ScreenKeeper(kiosk.window, None).wanted_name == name
        # Screen 3 is not plugged in (yet): it is taken when it appears.
        assert ScreenKeeper(kiosk.window, 3).wanted_name is None


def test_moving_resizing_and_full_screen_keep_the_slide(qtbot: QtBot) -> None:
    with open_kiosk(qtbot) as kiosk:
        ScreenKeeper(kiosk.window, 0, kiosk.session.navigator)
        kiosk.session.navigator.goTo(2)
        qtbot.waitUntil(lambda: kiosk.shown_index() == 2, timeout=3000)
        transitions = kiosk.stage.property("transitionsStarted")
        screen = kiosk.window.screen()
        show_full_screen(kiosk.window, screen)
        qtbot.waitUntil(lambda: kiosk.window.geometry() == screen.geometry(), timeout=2000)
        show_windowed(kiosk.window, screen)
        qtbot.waitUntil(lambda: kiosk.window.visibility() == QWindow.Visibility.Windowed,
                        timeout=2000)
        kiosk.window.setGeometry(0, 0, 1080, 1920)      # turned to portrait
        qtbot.waitUntil(lambda: kiosk.window.height() == 1920, timeout=2000)
        render_settled(kiosk.window)
        show_full_screen(kiosk.window, screen)
        qtbot.waitUntil(lambda: kiosk.window.geometry() == screen.geometry(), timeout=2000)
        render_settled(kiosk.window)
        assert kiosk.shown_index() == 2
        assert kiosk.session.navigator.property("index") == 2
        assert kiosk.stage.property("transitionsStarted") == transitions
