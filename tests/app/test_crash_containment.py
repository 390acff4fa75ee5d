"""A slide that cannot be built (a bug in Python or in its QML) becomes a calm placeholder,
is logged, and the tour goes on."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from pytestqt.qtbot import QtBot

import kiosk.app.slide_model as slide_model
from kiosk.app.slide_data import slide_content
from kiosk.deck.model import Slide
from tests.app.harness import Kiosk, open_kiosk
from tests.packs import numbered_deck, write_pack


@pytest.fixture
def deck_of_four(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "four", numbered_deck(4))


def step_to(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    while kiosk.shown_index() != index:
        key = Qt.Key.Key_Right if kiosk.shown_index() < index else Qt.Key.Key_Left
        qtbot.keyClick(kiosk.window, key)
        qtbot.waitUntil(lambda: not kiosk.stage.property("transitioning"), timeout=3000)


def shows_placeholder(kiosk: Kiosk) -> bool:
    rect = QMetaObject.invokeMethod(kiosk.stage, "rectOf", Q_RETURN_ARG("QVariant"),
                                    Q_ARG("QVariant", "placeholderSlide"))
    return bool(rect.width() > 0)


def test_a_python_error_preparing_one_slide_shows_a_placeholder_and_the_tour_goes_on(
        qtbot: QtBot, deck_of_four: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def content_with_a_bug(slide: Slide, language: str, default: str) -> dict[str, Any]:
        if slide.id == "s2":
            raise ZeroDivisionError("a bug met by slide s2 only")
        return slide_content(slide, language, default)

    monkeypatch.setattr(slide_model, "slide_content", content_with_a_bug)
    with caplog.at_level(logging.ERROR), open_kiosk(qtbot, deck_of_four) as kiosk:
        assert kiosk.slide_text("title") == "Slide 1"
        step_to(qtbot, kiosk, 1)
        assert shows_placeholder(kiosk)
        assert kiosk.slide_text("title") == "Slide 2"    # calm: no error text for visitors
        step_to(qtbot, kiosk, 2)
        assert not shows_placeholder(kiosk)
        assert kiosk.slide_text("title") == "Slide 3"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("slide 2 (title, id s2) could not be prepared" in r.getMessage()
               and r.exc_info and r.exc_info[0] is ZeroDivisionError for r in errors)


@pytest.mark.qt_log_ignore("NoSuchSlide")
def test_a_slide_whose_qml_fails_to_load_shows_a_placeholder_and_the_tour_goes_on(
        qtbot: QtBot, deck_of_four: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    names = iter(["TitleSlide", "NoSuchSlide", "TitleSlide", "TitleSlide"])
    monkeypatch.setattr(slide_model, "qml_file_for", lambda slide_type: next(names))
    with caplog.at_level(logging.ERROR), open_kiosk(qtbot, deck_of_four) as kiosk:
        step_to(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: shows_placeholder(kiosk), timeout=3000)
        # The placeholder still carries the slide's own title: only its layout failed.
        assert kiosk.slide_text("title") == "Slide 2"
        step_to(qtbot, kiosk, 3)
        assert kiosk.slide_text("title") == "Slide 4" and not shows_placeholder(kiosk)
        step_to(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: shows_placeholder(kiosk), timeout=3000)
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert messages and all(
        m.startswith("slide 2 (id s2) could not be shown: its QML file did not load")
        for m in messages), messages
