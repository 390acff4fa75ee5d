"""A body's lists keep their bullets and numbers whole on every screen, 4K included (Qt's
fixed list indent once cut them off at the left on large text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.harness import open_kiosk
from tests.app.test_layout import SIZES
from tests.packs import write_pack

DECK = """
format: 1
title: Lists
theme: {background: "#000000", foreground: "#FFFFFF"}
slides:
  - type: text
    id: numbered
    title: Numbers
    body: |-
      1. first
      2. second
      3. third
  - type: text
    id: bullets
    title: Bullets
    body: |-
      - first
      - second
"""


def ink_columns(image: QImage, left: int, top: int, width: int, height: int) -> list[int]:
    """The columns of the box (relative to its left edge) holding any light pixel."""
    return [x for x in range(width)
            if any(image.pixelColor(left + x, top + y).lightness() > 128
                   for y in range(0, height, 2))]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_list_markers_are_drawn_whole(qtbot: QtBot, tmp_path: Path,
                                      size: tuple[int, int]) -> None:
    pack = write_pack(tmp_path / "pack", DECK)
    with open_kiosk(qtbot, pack, size, animate=False) as kiosk:
        for index in range(2):
            kiosk.session.navigator.goTo(index)
            image = render_settled(kiosk.window)
            box = kiosk.slide_rect("body").toRect()
            dpr = image.devicePixelRatio()
            columns = ink_columns(image, round(box.x() * dpr), round(box.y() * dpr),
                                  round(box.width() * dpr), round(box.height() * dpr))
            assert columns, "nothing drawn in the body"
            # A marker cut by the box's left edge has ink in the box's first columns.
            assert columns[0] >= 2, f"slide {index + 1}: a list marker is cut off at the left"
