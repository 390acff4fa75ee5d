"""Idle, the "still there?" countdown and attract mode, with timeouts of a fraction of a
second; and autoplay by hand (A)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
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
        states: list[str] = []
        shown: list[int] = []
        kiosk.session.idle_watch.stateChanged.connect(lambda: states.append(state(kiosk)))
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)           # a visitor reading in Chinese
        assert kiosk.session.current_language == "zh"
        assert kiosk.session.navigation.position == 2
        kiosk.session.navigation.indexChanged.connect(
            lambda: shown.append(kiosk.session.navigation.position))
        qtbot.waitUntil(lambda: "countdown" in states, timeout=5000)
        if state(kiosk) == "countdown":                      # (a slow machine may be past it)
            assert kiosk.rect("idleCountdown").width() > 0   # visible, over the slide
        qtbot.waitUntil(lambda: len(shown) >= 5, timeout=8000)
        assert states[:2] == ["countdown", "attract"]
        # Back to the first slide and the starting language; then the tour plays by itself
        # and goes round.
        assert shown[:5] == [0, 1, 2, 3, 0]
        assert kiosk.session.current_language == "en"
        assert kiosk.rect("attractHint").width() > 0


def test_attract_goes_round_forwards_even_without_loop(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "noloop", QUICK.format(idle=60).replace(
        "transition: none}", "transition: none, loop: false}"))
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        navigator = kiosk.session.navigation
        moves: list[tuple[int, int]] = []
        navigator.indexChanged.connect(lambda: moves.append((navigator.position,
                                                             navigator.property("direction"))))
        navigator.last()
        kiosk.session.idle_watch.startAttract()
        qtbot.waitUntil(lambda: len(moves) >= 3, timeout=5000)
        assert moves[1:3] == [(0, -1), (1, 1)] or moves[1][0] == 0
        autoplay_moves = moves[2:]
        qtbot.waitUntil(lambda: any(i == 0 for i, _ in moves[3:]), timeout=8000)
        wrap = next(m for m in moves[3:] if m[0] == 0)
        assert wrap[1] == 1                                  # the wrap animates forwards
        assert autoplay_moves


def test_two_visitors_one_after_the_other(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.5), animate=False) as kiosk:
        short_countdown(kiosk, 300)
        for _ in range(2):
            qtbot.waitUntil(lambda: state(kiosk) == "attract", timeout=5000)
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Space)   # wakes only
            assert state(kiosk) == "active"
            assert not kiosk.session.autoplayer.is_playing


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
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=1.5), (1280, 800), animate=False) as kiosk:
        short_countdown(kiosk, 10_000)
        kiosk.session.navigator.goTo(2)
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=5000)
        tap(kiosk.window, QPoint(1250, 400))                  # an edge tap: would step
        assert state(kiosk) == "active"
        assert kiosk.rect("idleCountdown").width() == 0
        qtbot.wait(150)
        assert kiosk.session.navigation.position == 2          # it only woke the kiosk


def test_the_countdown_is_not_hidden_behind_what_was_left_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.5), animate=False) as kiosk:
        short_countdown(kiosk, 10_000)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_H)             # keys help left open
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=5000)
        assert not kiosk.session.navigator.helpVisible
        assert kiosk.rect("keysHelp").width() == 0
        assert kiosk.rect("idleCountdown").width() > 0


def test_a_key_held_down_in_attract_mode_only_wakes_it(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=60), animate=False) as kiosk:
        kiosk.session.idle_watch.startAttract()
        where = kiosk.session.navigation.position
        def key(kind: QEvent.Type, repeat: bool) -> None:
            event = QKeyEvent(kind, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, "",
                              repeat)
            QCoreApplication.sendEvent(kiosk.window, event)

        key(QEvent.Type.KeyPress, False)
        for _ in range(5):                                     # X11 autorepeat: pairs
            key(QEvent.Type.KeyRelease, True)
            key(QEvent.Type.KeyPress, True)
        key(QEvent.Type.KeyRelease, False)
        assert state(kiosk) == "active"
        assert kiosk.session.navigation.position == where


def test_a_show_left_playing_becomes_the_attract_loop(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=0.6), animate=False) as kiosk:
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)            # the presenter's language
        qtbot.keyClick(kiosk.window, Qt.Key.Key_O)            # and the overview, left open
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_H)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_H)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)            # autoplay by hand
        qtbot.keyClick(kiosk.window, Qt.Key.Key_O)
        assert kiosk.session.navigator.panel == "overview"
        qtbot.waitUntil(lambda: state(kiosk) == "attract", timeout=5000)
        assert kiosk.session.autoplayer.is_playing             # the loop goes on
        assert kiosk.session.navigator.panel == ""
        assert kiosk.session.current_language == "en"
        qtbot.keyClick(kiosk.window, Qt.Key.Key_End)           # the next visitor only wakes it
        assert state(kiosk) == "active"
        assert not kiosk.session.autoplayer.is_playing


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
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=1.0), animate=False) as kiosk:
        states: list[str] = []
        kiosk.session.idle_watch.stateChanged.connect(lambda: states.append(state(kiosk)))
        for _ in range(8):
            qtbot.wait(250)
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Space)
        assert states == []                                    # never even the countdown
        qtbot.waitUntil(lambda: state(kiosk) == "countdown", timeout=5000)


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
    with open_kiosk(qtbot, quick_pack(tmp_path, idle=60), animate=False) as kiosk:
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)
        assert kiosk.session.autoplayer.is_playing
        qtbot.waitUntil(lambda: kiosk.session.navigation.position == 2, timeout=4000)
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
