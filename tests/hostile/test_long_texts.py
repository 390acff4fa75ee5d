"""Texts too long for the screen, in the real window: a 1 MB title, a 20,000-letter Cyrillic
body and 2,000 Chinese characters are shown at once, shortened and broken where need be (they
froze `kiosk run` for minutes before), and the tour still answers keys. A hang ends the test
run with a traceback rather than stalling it."""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled, settle
from tests.app.harness import Kiosk, open_kiosk, painted_rect, text_boxes
from tests.packs import write_pack

ZWSP = "\u200b"
FROZEN_AFTER_S = 120
"""Far beyond a normal start (about 2 s here); the unshortened title took 6.5 minutes."""
DECK = ("format: 1\ntitle: Long\nslides:\n"
        "  - {type: title, title: " + "a" * 1_000_000 + "}\n"
        "  - {type: text, title: Letters, body: " + "ж" * 20_000 + "}\n"
        "  - {type: quote, author: 孔子, text: '" + "山东半岛" * 500 + "'}\n"
        "  - {type: title, title: The end}\n")


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A kiosk frozen by a layout never returns to the test: stop the run with the tracebacks."""
    faulthandler.dump_traceback_later(FROZEN_AFTER_S, exit=True, file=sys.stderr)
    yield
    faulthandler.cancel_dump_traceback_later()


def shown_box(kiosk: Kiosk, name: str) -> dict[str, object]:
    render_settled(kiosk.window)
    [box] = [box for box in text_boxes(kiosk.window) if box["name"] == name]
    return box


def assert_painted_inside_the_window(kiosk: Kiosk, box: dict[str, object]) -> None:
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    painted = painted_rect(box)
    assert painted.width() > 0 and painted.height() > 0
    assert window.contains(painted), (painted, window)


def pieces(text: str) -> list[str]:
    return text.split(ZWSP)


def test_a_1_mb_title_and_a_20000_letter_body_are_shown_shortened_and_broken(
        qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", DECK)
    with open_kiosk(qtbot, pack, (1280, 800), windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "showing"

        title = kiosk.slide_text("title")
        assert title.endswith("\u2026")
        letters = title.removesuffix("\u2026").replace(ZWSP, "")
        assert letters == "a" * 20_000
        assert max(len(piece) for piece in pieces(title)) <= 40
        assert_painted_inside_the_window(kiosk, shown_box(kiosk, "title"))

        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        settle()
        assert kiosk.shown_index() == 1
        body = kiosk.slide_text("body")        # rich text: HTML made from the broken source
        assert body.count("ж") == 20_000 and ZWSP in body
        box = shown_box(kiosk, "body")          # far too long to fit: runs below its box,
        assert 0 < float(str(box["contentWidth"])) <= float(str(box["width"])) + 1  # not wider

        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        settle()
        assert kiosk.shown_index() == 2
        assert kiosk.slide_text("quote") == "山东半岛" * 500  # Chinese breaks anywhere: untouched

        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        settle()
        assert kiosk.shown_index() == 3
        assert kiosk.slide_text("title") == "The end"
