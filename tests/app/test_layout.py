"""Every slide of the default pack, at every supported screen size and in both languages:
no text cut off, out of its box, off the slide, or on top of other text."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled, settle
from tests.app.harness import SHANDONG, layout_faults, open_kiosk

SIZES = [(1920, 1080), (1080, 1920), (3840, 2160), (1280, 800)]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_default_pack_fits_every_screen(qtbot: QtBot, size: tuple[int, int],
                                        language: str) -> None:
    faults: list[str] = []
    with open_kiosk(qtbot, SHANDONG, size, language=language, animate=False) as kiosk:
        navigator = kiosk.session.navigator
        assert navigator.count >= 14
        for index in range(navigator.count):
            navigator.goTo(index)
            settle()
            render_settled(kiosk.window)
            assert kiosk.shown_index() == index
            faults += [f"slide {index + 1}: {fault}" for fault in layout_faults(kiosk.window)]
    assert not faults, "\n".join(faults)
