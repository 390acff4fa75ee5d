"""The pack `kiosk new` writes, in the real window: every slide fits, at every supported screen
size and in both languages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled, settle
from kiosk.deck.starter import new_pack
from tests.app.harness import layout_faults, open_kiosk
from tests.app.test_layout import SIZES


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_starter_pack_fits(qtbot: QtBot, tmp_path: Path, size: tuple[int, int],
                               language: str) -> None:
    assert new_pack(tmp_path / "pack", io.StringIO(), io.StringIO()) == 0
    faults: list[str] = []
    with open_kiosk(qtbot, tmp_path / "pack", size, language=language, animate=False) as kiosk:
        navigator = kiosk.session.navigator
        assert navigator.count == 10
        for index in range(navigator.count):
            navigator.goTo(index)
            settle()
            render_settled(kiosk.window)
            assert kiosk.shown_index() == index
            faults += [f"slide {index + 1}: {fault}" for fault in layout_faults(kiosk.window)]
            if index == 2:
                assert kiosk.slide_text("caption") in ("A harbour at dawn", "黎明时分的港口")
    assert not faults, "\n".join(faults)
