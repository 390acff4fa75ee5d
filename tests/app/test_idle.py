"""Idle, the "still there?" countdown and attract mode, with timeouts of a fraction of a
second; and autoplay by hand (A)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.app.gestures import tap
from tests.app.harness import Kiosk, open_kiosk
from tests.packs import write_pack

QUICK = """
format: 1
title: {{en: Quick, zh: 快}}
languages: [en, zh]
kiosk: {{idle_timeout: {idle}, autoplay: 0.4, transition: none}}
slides:
  - {{type: title, title: {{en: Slide 1, zh: 第1页}}}}
  - {{type: title, title: {{en: Slide 2, zh: 第2页}}, duration: 0.8}}
  - {{type: title, title: {{en: Slide 3, zh: 第3页}}}}
  - {{type: title, title: {{en: Slide 4, zh: 第4页}}}}
"""


def quick_pack(tmp_path: Path, idle: float = 0.4) -> Path:
    return write_pack(tmp_path / "quick", QUICK.format(idle=idle))


def state(kiosk: Kiosk) -> str:
    return kiosk.session.idle_watch.current_state


def short_countdown(kiosk: Kiosk, ms: int = 500) -> None:
    kiosk.session.idle_watch.countdown_ms = ms


def test_idle_shows_a_countdown_then_attract_mode_from_the_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path), animate=False) as kiosk:
        short_countdown(kiosk, 800)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)           # a visitor reading in Chinese
        assert kiosk.session.current_language == "zh"
        assert kiosk.session.navigation.position == 2
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=3000)
        assert kiosk.rect("idleCountdown").width() > 0       # visible, over the slide
        assert kiosk.session.idle_watch.property("secondsLeft") == 1
        qtbot.waitUntil(lambda: state(kiosk) == "attract", timeout=3000)
        # Back to the first slide and the starting language, and the tour plays by itself.
        assert kiosk.session.current_language == "en"
        assert kiosk.rect("attractHint").width() > 0
        qtbot.waitUntil(lambda: kiosk.slide_text("title") == "Slide 1", timeout=2000)
        qtbot.waitUntil(lambda: kiosk.slide_text("title") == "Slide 2", timeout=2000)
        qtbot.waitUntil(lambda: kiosk.slide_text("title") == "Slide 3", timeout=3000)
        qtbot.waitUntil(lambda: kiosk.slide_text("title") == "Slide 1", timeout=4000)  # loops


def test_each_slide_plays_for_its_own_duration(qtbot: QtBot, tmp_path: Path) -> None:
    import time

    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0), animate=False) as kiosk:
        autoplay = kiosk.session.autoplayer
        seen: list[tuple[int, float]] = []
        kiosk.session.navigation.indexChanged.connect(
            lambda: seen.append((kiosk.session.navigation.position, time.monotonic())))
        autoplay.start()
        qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
        autoplay.stop()
        # Slide 2 (index 1) has `duration: 0.8`, the others the deck's 0.4: it stays longer.
        stay_on_2 = seen[1][1] - seen[0][1]
        stay_on_3 = seen[2][1] - seen[1][1]
        assert [i for i, _ in seen[:3]] == [1, 2, 3]
        assert stay_on_2 > stay_on_3


def test_a_touch_during_the_countdown_only_continues(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path), (1280, 800), animate=False) as kiosk:
        short_countdown(kiosk, 5000)
        kiosk.session.navigator.goTo(2)
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=3000)
        tap(kiosk.window, QPoint(1250, 400))                  # an edge tap: would step
        assert state(kiosk) == "active"
        qtbot.wait(150)
        assert kiosk.session.navigation.position == 2          # it only woke the kiosk
        assert kiosk.rect("idleCountdown").width() == 0


def test_the_first_key_or_touch_only_wakes_attract_mode(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=60), (1280, 800), animate=False) as kiosk:
        idle = kiosk.session.idle_watch
        idle.startAttract()
        assert state(kiosk) == "attract"
        qtbot.keyClick(kiosk.window, Qt.Key.Key_End)           # would go to the last slide
        assert state(kiosk) == "active"
        assert kiosk.session.navigation.position == 0
        assert not kiosk.session.autoplayer.is_playing
        idle.startAttract()
        tap(kiosk.window, QPoint(1250, 400))
        assert state(kiosk) == "active"
        qtbot.wait(150)
        assert kiosk.session.navigation.position == 0
        idle.startAttract()
        qtbot.wait(900)              # (a mouse click right after a touch counts as its ghost)
        where = kiosk.session.navigation.position              # the tour has played on
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(1250, 400))
        assert state(kiosk) == "active"
        qtbot.wait(500)
        assert kiosk.session.navigation.position == where
        # Once awake, the next press acts.
        qtbot.keyClick(kiosk.window, Qt.Key.Key_End)
        assert kiosk.session.navigation.position == 3


def test_a_nudged_mouse_does_not_end_attract_mode(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=60), animate=False) as kiosk:
        kiosk.session.idle_watch.startAttract()
        QTest.mouseMove(kiosk.window, QPoint(300, 300))
        QTest.mouseMove(kiosk.window, QPoint(310, 305))
        assert state(kiosk) == "attract"


def test_input_keeps_the_kiosk_awake(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.6), animate=False) as kiosk:
        for _ in range(6):
            qtbot.wait(250)
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Space)
            assert state(kiosk) == "active"
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=3000)


def test_idle_timeout_zero_turns_it_off(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0), animate=False) as kiosk:
        qtbot.wait(900)
        assert state(kiosk) == "active"


def test_something_playing_counts_as_activity(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.3), animate=False) as kiosk:
        kiosk.session.idle_watch.setBusy(True)                 # what a playing video does
        qtbot.wait(900)
        assert state(kiosk) == "active"
        kiosk.session.idle_watch.setBusy(False)
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=3000)


def test_a_starts_and_stops_autoplay_by_hand(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.3), animate=False) as kiosk:
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)
        assert kiosk.session.autoplayer.is_playing
        qtbot.waitUntil(lambda: kiosk.session.navigation.position == 2, timeout=4000)
        assert state(kiosk) == "active"                        # a show is no idle kiosk
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)         # keys still work while it plays
        assert kiosk.session.autoplayer.is_playing
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)
        assert not kiosk.session.autoplayer.is_playing
        where = kiosk.session.navigation.position
        qtbot.wait(600)
        assert kiosk.session.navigation.position == where


def test_attract_mode_closes_what_was_left_open(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path), animate=False) as kiosk:
        short_countdown(kiosk, 300)
        kiosk.session.navigator.openPanel("overview")
        kiosk.session.operator_menu.request()
        assert kiosk.session.operator_menu.open_view == "menu"
        qtbot.waitUntil(lambda: state(kiosk) == "attract", timeout=4000)
        assert kiosk.session.navigator.panel == ""
        assert kiosk.session.operator_menu.open_view == ""
