"""The showcase pack in the real window: every slide fits at every supported screen size in
both languages, and the operator's pack chooser lists it next to Shandong."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.operator import packs_beside
from kiosk.app.screenshot import render_settled, settle
from tests.app.gestures import tap
from tests.app.harness import REPO, SHANDONG, layout_faults, open_kiosk
from tests.app.test_layout import SIZES
from tests.app.test_operator import operator_chord, view

SHOWCASE = REPO / "content" / "showcase"


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_showcase_fits_every_screen(qtbot: QtBot, size: tuple[int, int],
                                        language: str) -> None:
    faults: list[str] = []
    with open_kiosk(qtbot, SHOWCASE, size, language=language, animate=False) as kiosk:
        navigator = kiosk.session.navigator
        assert navigator.count == 18
        for index in range(navigator.count):
            navigator.goTo(index)
            settle()
            render_settled(kiosk.window)
            assert kiosk.shown_index() == index
            faults += [f"slide {index + 1}: {fault}" for fault in layout_faults(kiosk.window)]
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("shown", [SHANDONG, SHOWCASE], ids=["from shandong", "from showcase"])
def test_the_pack_list_holds_the_showcase_next_to_shandong(shown: Path) -> None:
    names = [path.name for path in packs_beside(shown)]
    assert {"shandong", "showcase"} <= set(names)
    assert names == sorted(names, key=str.casefold)
    assert names.index("showcase") == names.index("shandong") + 1


def test_the_operator_chooses_the_showcase_from_shandong(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, (1280, 800), locked=True, windowed=False) as kiosk:
        operator = kiosk.session.operator_menu
        operator_chord(qtbot, kiosk)
        tap(kiosk.window, kiosk.centre("operatorRow2"))      # "Choose another content pack"
        qtbot.waitUntil(lambda: view(kiosk) == "packs", timeout=2000)
        listed = [pack["name"] for pack in operator.property("packs")]
        assert listed[listed.index("shandong") + 1] == "showcase"
        render_settled(kiosk.window)
        tap(kiosk.window, kiosk.centre(f"operatorRow{listed.index('showcase')}"))
        qtbot.waitUntil(lambda: kiosk.session.property("packName") == "showcase",
                        timeout=5000)
        assert kiosk.session.navigation.slide_count == 18
