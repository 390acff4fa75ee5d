"""A broken pack never shows a traceback: authors see its problems, visitors a calm screen;
full screen covers the whole chosen screen."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from kiosk.app.window import choose_screen, show_full_screen, show_windowed
from tests.app.harness import open_kiosk, text_boxes
from tests.packs import write_pack

BROKEN = """
format: 1
title: Broken
slides:
  - {type: stat, title: Misspelt type}
  - {type: text, titel: Misspelt key, body: words}
"""


def test_windowed_lists_every_problem_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "broken", BROKEN)
    with open_kiosk(qtbot, pack, windowed=True, animate=False) as kiosk:
        assert kiosk.session.state == "problems"
        render_settled(kiosk.window)
        shown = [box["text"] for box in text_boxes(kiosk.window)]
        assert any(text.startswith("deck.yaml:4:") and "did you mean 'stats'" in text
                   for text in shown), shown
        assert any(text.startswith("deck.yaml:5:") and "did you mean 'title'" in text
                   for text in shown), shown
        assert not any("Traceback" in text for text in shown)


def test_full_screen_shows_a_calm_screen_and_logs_the_problems(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pack = write_pack(tmp_path / "broken", BROKEN)
    with caplog.at_level(logging.ERROR), \
            open_kiosk(qtbot, pack, windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "updating"
        render_settled(kiosk.window)
        shown = [box["text"] for box in text_boxes(kiosk.window)]
        assert "This exhibit is being updated" in shown
        assert not any("deck.yaml" in text for text in shown)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "deck.yaml:4:" in logged and "deck.yaml:5:" in logged


def test_a_missing_folder_is_a_calm_screen_too(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, tmp_path / "nowhere", windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "updating"


def test_full_screen_covers_the_whole_screen(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "ok", "format: 1\ntitle: T\nslides: [{type: title, title: Hi}]\n")
    with open_kiosk(qtbot, pack, size=(640, 480)) as kiosk:
        screen = choose_screen(0)
        show_full_screen(kiosk.window, screen)
        qtbot.waitUntil(lambda: kiosk.window.geometry() == screen.geometry(), timeout=2000)
        show_windowed(kiosk.window, screen)
        qtbot.waitUntil(lambda: kiosk.window.geometry() != screen.geometry(), timeout=2000)


def test_an_absent_screen_number_falls_back_to_the_primary(
    caplog: pytest.LogCaptureFixture, qapp: QGuiApplication
) -> None:
    with caplog.at_level(logging.WARNING):
        assert choose_screen(7) is QGuiApplication.primaryScreen()
    assert "there is no screen 7" in caplog.text


def test_switching_to_a_smaller_deck_or_to_problems_is_clean(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kiosk.app.opening import open_pack
    from tests.packs import numbered_deck

    big = write_pack(tmp_path / "big", numbered_deck(10))
    small = write_pack(tmp_path / "small", numbered_deck(3))
    broken = write_pack(tmp_path / "broken", BROKEN)
    with open_kiosk(qtbot, big) as kiosk:
        kiosk.session.navigator.goTo(7)
        qtbot.waitUntil(lambda: kiosk.shown_index() == 7, timeout=3000)
        assert open_pack(kiosk.session, small, language=None, windowed=True)
        render_settled(kiosk.window)
        assert kiosk.session.navigator.count == 3
        assert kiosk.slide_text("title") == "Slide 1"
        assert not open_pack(kiosk.session, broken, language=None, windowed=True)
        render_settled(kiosk.window)
        assert kiosk.session.state == "problems"
        assert open_pack(kiosk.session, big, language=None, windowed=True)
        render_settled(kiosk.window)
        assert kiosk.slide_text("title") == "Slide 1"
