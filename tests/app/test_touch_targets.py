"""Every on-screen control is at least 9 mm across on the real screen (64 px when unknown),
checked on screens of two densities."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from kiosk.app.touch_target import UNKNOWN_SIZE_PX, screen_target_px, target_px
from tests.app.harness import SHANDONG, open_kiosk

CONTROLS = ("previousButton", "homeButton", "chaptersButton", "overviewButton",
            "languageButton", "nextButton")


def test_nine_millimetres_in_pixels() -> None:
    # A 10.1" 1280x800 tablet panel (217 mm wide): 9 mm is 53 px.
    assert target_px(1280, 217) == pytest.approx(53.1, abs=0.1)
    # A 7" 1024x600 panel (154 mm wide): 9 mm is 60 px.
    assert target_px(1024, 154) == pytest.approx(59.8, abs=0.1)
    # A 55" 4K screen (1210 mm wide) seen at logical size: 9 mm is 29 px.
    assert target_px(3840, 1210) == pytest.approx(28.6, abs=0.1)
    # Unknown or nonsense physical sizes (EDID junk): 64 logical pixels.
    assert target_px(1920, 0) == UNKNOWN_SIZE_PX
    assert target_px(1920, 1) == UNKNOWN_SIZE_PX
    assert target_px(1920, 16000) == UNKNOWN_SIZE_PX


def test_the_window_measures_its_real_screen(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, animate=False) as kiosk:
        screen = kiosk.window.screen() or QGuiApplication.primaryScreen()
        width_px, width_mm = screen.geometry().width(), screen.physicalSize().width()
        assert width_mm > 0                       # Qt's offscreen screen reports 100 dpi
        nine_mm = 9 * width_px / width_mm
        assert kiosk.session.property("touchTarget") == pytest.approx(nine_mm)
        assert screen_target_px(screen) == pytest.approx(nine_mm)


@pytest.mark.parametrize(("size", "screen_px", "screen_mm"), [
    ((1280, 800), 1280, 150),      # a small, dense panel: 9 mm = 77 px, more than the design
    ((1280, 800), 1280, 400),      # a coarse one: 9 mm = 29 px, the design's size wins
    ((1920, 1080), 1920, 0),       # size unknown: 64 px at least
    ((1080, 1920), 1080, 68),      # a dense portrait phone-like panel: 9 mm = 143 px
])
def test_every_control_is_at_least_nine_millimetres(
    qtbot: QtBot, size: tuple[int, int], screen_px: int, screen_mm: int
) -> None:
    with open_kiosk(qtbot, SHANDONG, size, animate=False) as kiosk:
        kiosk.session.set_touch_target(target_px(screen_px, screen_mm))
        minimum = kiosk.session.property("touchTarget")
        render_settled(kiosk.window)
        for name in CONTROLS:
            rect = kiosk.rect(name)
            assert rect.width() >= minimum - 0.5 and rect.height() >= minimum - 0.5, name
            assert rect.left() >= 0 and rect.right() <= size[0], f"{name} is off screen"
            assert rect.bottom() <= size[1], f"{name} is off screen"
        # The controls don't overlap each other.
        rects = [kiosk.rect(name) for name in CONTROLS]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                overlap = a.intersected(b)
                assert overlap.width() <= 0 or overlap.height() <= 0, (CONTROLS[i], a, b)


def test_map_places_are_touch_sized(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, (1280, 800), animate=False) as kiosk:
        kiosk.session.set_touch_target(target_px(1280, 150))
        kiosk.session.navigator.goTo(2)
        render_settled(kiosk.window)
        assert kiosk.slide_rect("place0").height() >= kiosk.session.property("touchTarget") - 0.5


