"""Locked mode and the operator: every refusal, the PIN (right, wrong, slowed down), the two
gestures, and the menu's resume, reload, another pack and quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.gestures import hold, tap
from tests.app.harness import Kiosk, open_kiosk
from tests.packs import numbered_deck, write_pack

CTRL_ALT_SHIFT = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                  | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    """A folder of packs, as an operator keeps them: two good ones, a broken one, a non-pack."""
    write_pack(tmp_path / "alpha", numbered_deck(5))
    write_pack(tmp_path / "beta", numbered_deck(3).replace("title: Numbers", "title: Beta"))
    write_pack(tmp_path / "broken", "format: 1\ntitle: Broken\nslides: [{type: nope}]\n")
    (tmp_path / "notes").mkdir()
    return tmp_path


def view(kiosk: Kiosk) -> str:
    return kiosk.session.operator_menu.open_view


def operator_chord(qtbot: QtBot, kiosk: Kiosk) -> None:
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Q, CTRL_ALT_SHIFT)
    render_settled(kiosk.window)


def type_pin(qtbot: QtBot, kiosk: Kiosk, pin: str) -> None:
    for digit in pin:
        qtbot.keyClick(kiosk.window, getattr(Qt.Key, f"Key_{digit}"))
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)


@pytest.mark.parametrize(("key", "modifier"), [
    (Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)])
def test_locked_refuses_quit_and_full_screen_keys(qtbot: QtBot, packs: Path, key: Qt.Key,
                                                  modifier: Qt.KeyboardModifier) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True) as kiosk:
        operator = kiosk.session.operator_menu
        with qtbot.assertNotEmitted(operator.quitApproved), \
                qtbot.assertNotEmitted(operator.fullScreenApproved):
            qtbot.keyClick(kiosk.window, key, modifier)
        assert kiosk.window.isVisible()


def test_locked_refuses_the_window_managers_close(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True) as kiosk:
        kiosk.window.close()                        # what Alt+F4 or a close button asks
        qtbot.wait(100)
        assert kiosk.window.isVisible()


def test_unlocked_windowed_kiosk_quits_and_toggles(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=False) as kiosk:
        operator = kiosk.session.operator_menu
        with qtbot.waitSignal(operator.quitApproved, timeout=1000):
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Q)
        with qtbot.waitSignal(operator.fullScreenApproved, timeout=1000):
            qtbot.keyClick(kiosk.window, Qt.Key.Key_F)
        assert operator.allowClose()


def test_the_chord_opens_the_menu_and_resume_closes_it(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True) as kiosk:
        kiosk.session.navigator.goTo(2)
        operator_chord(qtbot, kiosk)
        assert view(kiosk) == "menu"                # no PIN set: straight to the menu
        render_settled(kiosk.window)
        assert kiosk.rect("operatorCard").width() > 0
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)    # keys go to the menu, not the tour
        assert kiosk.session.navigation.position == 2
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
        assert view(kiosk) == ""
        operator_chord(qtbot, kiosk)
        tap(kiosk.window, kiosk.centre("operatorRow0"))   # "Resume the tour"
        qtbot.waitUntil(lambda: view(kiosk) == "", timeout=2000)
        assert kiosk.session.navigation.position == 2


def test_a_three_second_press_on_the_top_left_corner_opens_it(qtbot: QtBot,
                                                              packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True) as kiosk:
        corner = QPoint(12, 12)
        hold(qtbot, kiosk.window, corner, 1500)
        assert view(kiosk) == ""                    # a shorter press is not the gesture
        hold(qtbot, kiosk.window, corner, 3300)
        assert view(kiosk) == "menu"


def test_right_pin_opens_the_menu(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True, pin="2468") as kiosk:
        operator_chord(qtbot, kiosk)
        assert view(kiosk) == "pin"
        type_pin(qtbot, kiosk, "2468")
        assert view(kiosk) == "menu"


def test_the_pin_pad_by_touch(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True, pin="1357") as kiosk:
        operator_chord(qtbot, kiosk)
        render_settled(kiosk.window)
        for name in ("pinKey1", "pinKey3", "pinKey9", "pinKeyerase", "pinKey5", "pinKey7",
                     "pinKeyOK"):
            tap(kiosk.window, kiosk.centre(name))
        qtbot.waitUntil(lambda: view(kiosk) == "menu", timeout=2000)


def test_wrong_pins_are_refused_and_slowed_down_after_three(qtbot: QtBot,
                                                            packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True, pin="2468") as kiosk:
        operator = kiosk.session.operator_menu
        operator.lockout_seconds = 1.0
        operator_chord(qtbot, kiosk)
        for _ in range(2):
            type_pin(qtbot, kiosk, "1111")
            assert view(kiosk) == "pin"
            assert operator.property("message") == "Wrong PIN."
        type_pin(qtbot, kiosk, "0000")                       # the third wrong one
        assert "Try again in 1 s" in operator.property("message")
        type_pin(qtbot, kiosk, "2468")                       # even the right one must wait
        assert view(kiosk) == "pin"
        assert "Too many wrong PINs" in operator.property("message")
        qtbot.wait(1100)
        type_pin(qtbot, kiosk, "2468")
        assert view(kiosk) == "menu"


def test_the_wait_doubles_with_each_wrong_pin_after_three(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True, pin="2468") as kiosk:
        operator = kiosk.session.operator_menu
        operator.lockout_seconds = 0.2
        operator_chord(qtbot, kiosk)
        waits = []
        for _ in range(5):
            qtbot.waitUntil(lambda: operator.seconds_to_wait == 0, timeout=3000)
            type_pin(qtbot, kiosk, "9999")
            waits.append(operator.seconds_to_wait)
        assert waits[:2] == [0, 0]                          # two free tries
        assert 0.1 < waits[2] <= 0.2                        # then 0.2 s,
        assert 0.3 < waits[3] <= 0.4                        # 0.4 s,
        assert 0.7 < waits[4] <= 0.8                        # 0.8 s: doubling each time


def test_reload_keeps_the_slide_by_id(qtbot: QtBot, packs: Path) -> None:
    pack = packs / "alpha"
    with open_kiosk(qtbot, pack, locked=True, animate=False) as kiosk:
        kiosk.session.navigator.goTo(3)                      # id s4
        render_settled(kiosk.window)
        deck = (pack / "deck.yaml").read_text()
        # The author inserts a slide at the front: s4 is now the fifth slide.
        (pack / "deck.yaml").write_text(deck.replace(
            "slides:\n", "slides:\n  - {type: title, id: new, title: 'New first'}\n"))
        operator_chord(qtbot, kiosk)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Down)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)      # "Reload content"
        assert view(kiosk) == ""
        render_settled(kiosk.window)
        assert kiosk.session.navigation.position == 4
        assert kiosk.slide_text("title") == "Slide 4"


def test_a_reload_that_fails_keeps_the_good_pack_on_screen(qtbot: QtBot, packs: Path) -> None:
    pack = packs / "alpha"
    with open_kiosk(qtbot, pack, locked=True, windowed=False, animate=False) as kiosk:
        kiosk.session.navigator.goTo(1)
        (pack / "deck.yaml").write_text("format: 1\ntitle: [half written\n")
        operator_chord(qtbot, kiosk)
        kiosk.session.operator_menu.activate(1)              # reload
        assert view(kiosk) == "menu"                         # told why, menu still open
        assert "could not be reloaded" in kiosk.session.operator_menu.property("message")
        assert kiosk.session.property("state") == "showing"
        assert kiosk.session.navigation.position == 1


def test_choose_another_pack(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True,
                    windowed=False) as kiosk:
        operator = kiosk.session.operator_menu
        operator_chord(qtbot, kiosk)
        tap(kiosk.window, kiosk.centre("operatorRow2"))      # "Choose another content pack"
        qtbot.waitUntil(lambda: view(kiosk) == "packs", timeout=2000)
        packs_listed = operator.property("packs")
        assert [p["name"] for p in packs_listed] == ["alpha", "beta", "broken"]
        assert [p["current"] for p in packs_listed] == [True, False, False]
        assert operator.property("selection") == 0           # the pack shown is highlighted
        # A broken pack is not shown: the good one stays, and the operator is told.
        operator.activate(2)
        assert "broken has problems" in operator.property("message")
        assert kiosk.session.property("packName") == "alpha"
        operator.showPacks()
        render_settled(kiosk.window)
        tap(kiosk.window, kiosk.centre("operatorRow1"))
        qtbot.waitUntil(lambda: kiosk.session.property("packName") == "beta", timeout=2000)
        assert view(kiosk) == ""
        assert kiosk.session.navigation.slide_count == 3


def test_quit_from_the_menu(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True, pin="1") as kiosk:
        operator = kiosk.session.operator_menu
        operator_chord(qtbot, kiosk)
        type_pin(qtbot, kiosk, "1")
        with qtbot.waitSignal(operator.quitApproved, timeout=1000):
            for _ in range(3):
                qtbot.keyClick(kiosk.window, Qt.Key.Key_Down)
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)


def test_the_menu_closes_itself_when_the_operator_walks_away(qtbot: QtBot,
                                                             packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True) as kiosk:
        operator = kiosk.session.operator_menu
        operator._close_timer.setInterval(300)
        operator_chord(qtbot, kiosk)
        assert view(kiosk) == "menu"
        qtbot.waitUntil(lambda: view(kiosk) == "", timeout=2000)


def test_a_swipe_behind_the_operator_menu_does_not_turn_the_page(qtbot: QtBot,
                                                                packs: Path) -> None:
    from tests.app.gestures import swipe

    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True) as kiosk:
        operator_chord(qtbot, kiosk)
        swipe(qtbot, kiosk.window, QPoint(1200, 700), QPoint(300, 700), rest_ms=50)
        qtbot.wait(300)
        assert kiosk.session.navigation.position == 0
        assert view(kiosk) == "menu"


def test_the_corner_hold_works_on_a_kiosk_in_attract_mode(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True, pin="1") as kiosk:
        kiosk.session.idle_watch.startAttract()
        hold(qtbot, kiosk.window, QPoint(12, 12), 3300)       # one hold: wakes and opens
        assert view(kiosk) == "pin"
        assert kiosk.session.idle_watch.current_state == "active"


def test_a_hold_that_slides_out_of_the_corner_does_not_count(qtbot: QtBot,
                                                             packs: Path) -> None:
    from tests.app.gestures import touch_screen

    with open_kiosk(qtbot, packs / "alpha", (1280, 800), locked=True) as kiosk:
        screen = touch_screen()
        QTest.touchEvent(kiosk.window, screen).press(0, QPoint(10, 10), kiosk.window)
        qtbot.wait(500)
        QTest.touchEvent(kiosk.window, screen).move(0, QPoint(400, 300), kiosk.window)
        qtbot.wait(3000)
        QTest.touchEvent(kiosk.window, screen).release(0, QPoint(400, 300), kiosk.window)
        assert view(kiosk) == ""


def test_only_ascii_digits_reach_the_pin(qtbot: QtBot, packs: Path) -> None:
    with open_kiosk(qtbot, packs / "alpha", locked=True, pin="2") as kiosk:
        operator = kiosk.session.operator_menu
        operator_chord(qtbot, kiosk)
        assert operator.handleKey(int(Qt.Key.Key_twosuperior), "²")   # French keyboards
        assert operator.property("entered") == 0
        type_pin(qtbot, kiosk, "2")
        assert view(kiosk) == "menu"


def test_quitting_a_locked_kiosk_logs_no_refused_close(qtbot: QtBot, packs: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO"), open_kiosk(qtbot, packs / "alpha", locked=True):
        pass
    assert not [r for r in caplog.records if "close refused" in r.getMessage()]
