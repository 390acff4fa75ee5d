"""Keys and clicker buttons sent as real key events to the real Qt Quick window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from tests.app.harness import Kiosk, open_kiosk
from tests.packs import numbered_deck, write_pack


@pytest.fixture
def deck_of_ten(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "ten", numbered_deck(10))


def press(qtbot: QtBot, kiosk: Kiosk, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(kiosk.window, key, modifier)


def wait_shown(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    qtbot.waitUntil(lambda: kiosk.shown_index() == index and
                    not kiosk.stage.property("transitioning"), timeout=3000)
    assert kiosk.slide_text("title") == f"Slide {index + 1}"


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space,
                                 Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_N])
def test_next_keys_step_forward(qtbot: QtBot, deck_of_ten: Path, key: Qt.Key) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, key)
        wait_shown(qtbot, kiosk, 1)


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace,
                                 Qt.Key.Key_PageUp, Qt.Key.Key_P])
def test_previous_keys_step_back(qtbot: QtBot, deck_of_ten: Path, key: Qt.Key) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        kiosk.session.navigator.goTo(4)
        wait_shown(qtbot, kiosk, 4)
        press(qtbot, kiosk, key)
        wait_shown(qtbot, kiosk, 3)


def test_home_end_and_f5(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_End)
        wait_shown(qtbot, kiosk, 9)
        press(qtbot, kiosk, Qt.Key.Key_Home)
        wait_shown(qtbot, kiosk, 0)
        press(qtbot, kiosk, Qt.Key.Key_Right)
        press(qtbot, kiosk, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 2)
        press(qtbot, kiosk, Qt.Key.Key_F5)
        wait_shown(qtbot, kiosk, 0)


def test_tour_loops_both_ways(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_Left)
        wait_shown(qtbot, kiosk, 9)
        press(qtbot, kiosk, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 0)


def test_digits_then_enter_go_to_that_slide(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_7)
        assert kiosk.session.navigator.typedNumber == "7"
        press(qtbot, kiosk, Qt.Key.Key_Return)
        wait_shown(qtbot, kiosk, 6)
        press(qtbot, kiosk, Qt.Key.Key_1)
        press(qtbot, kiosk, Qt.Key.Key_0)
        press(qtbot, kiosk, Qt.Key.Key_Enter)
        wait_shown(qtbot, kiosk, 9)


def test_escape_cancels_a_typed_number_and_never_quits(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        quits: list[bool] = []
        kiosk.session.navigator.quitRequested.connect(lambda: quits.append(True))
        press(qtbot, kiosk, Qt.Key.Key_3)
        press(qtbot, kiosk, Qt.Key.Key_Escape)
        assert kiosk.session.navigator.typedNumber == ""
        press(qtbot, kiosk, Qt.Key.Key_Return)
        wait_shown(qtbot, kiosk, 1)
        press(qtbot, kiosk, Qt.Key.Key_Escape)
        assert quits == []
        assert kiosk.window.isVisible()


@pytest.mark.parametrize(("key", "colour"), [(Qt.Key.Key_B, "black"),
                                             (Qt.Key.Key_Period, "black"),
                                             (Qt.Key.Key_W, "white"),
                                             (Qt.Key.Key_Comma, "white")])
def test_blank_screen_and_any_key_brings_the_slide_back(
    qtbot: QtBot, deck_of_ten: Path, key: Qt.Key, colour: str
) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        blank = kiosk.find(QQuickItem, "blankScreen")
        press(qtbot, kiosk, key)
        assert blank.isVisible()
        pixel = kiosk.window.grabWindow().pixelColor(400, 300)
        assert pixel.name() == ("#000000" if colour == "black" else "#ffffff")
        press(qtbot, kiosk, Qt.Key.Key_Right)     # brings the slide back, does not step
        assert not blank.isVisible()
        assert kiosk.session.navigator.index == 0
        assert kiosk.stage.property("transitionsStarted") == 0


def test_keys_help_opens_and_escape_closes_it(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        help_panel = kiosk.find(QQuickItem, "keysHelp")
        press(qtbot, kiosk, Qt.Key.Key_H)
        assert help_panel.isVisible()
        press(qtbot, kiosk, Qt.Key.Key_Escape)
        assert not help_panel.isVisible()
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
        assert help_panel.isVisible()
        press(qtbot, kiosk, Qt.Key.Key_Right)      # closes the help first, moves nothing
        assert not help_panel.isVisible()
        assert kiosk.session.navigator.index == 0


def test_q_and_ctrl_q_ask_to_quit(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        with qtbot.waitSignal(kiosk.session.navigator.quitRequested, timeout=1000):
            press(qtbot, kiosk, Qt.Key.Key_Q)
        with qtbot.waitSignal(kiosk.session.navigator.quitRequested, timeout=1000):
            press(qtbot, kiosk, Qt.Key.Key_Q, modifier=Qt.KeyboardModifier.ControlModifier)


def test_f_and_f11_ask_for_full_screen(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        for key in (Qt.Key.Key_F, Qt.Key.Key_F11):
            with qtbot.waitSignal(kiosk.session.navigator.fullScreenToggleRequested, timeout=1000):
                press(qtbot, kiosk, key)


def test_five_fast_presses_end_five_slides_on_with_one_animation(
    qtbot: QtBot, deck_of_ten: Path
) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        for _ in range(5):
            press(qtbot, kiosk, Qt.Key.Key_PageDown)
        assert kiosk.stage.property("transitioning")   # all five arrived within one transition
        wait_shown(qtbot, kiosk, 5)
        assert kiosk.stage.property("transitionsStarted") == 1


def test_presses_during_a_transition_are_applied_in_order(
    qtbot: QtBot, deck_of_ten: Path
) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_End)
        press(qtbot, kiosk, Qt.Key.Key_Left)      # in the other order this would end on 10
        wait_shown(qtbot, kiosk, 8)


def test_going_back_during_a_transition_cancels_it(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_Right)
        press(qtbot, kiosk, Qt.Key.Key_Left)
        wait_shown(qtbot, kiosk, 0)
        assert not kiosk.stage.property("transitioning")
        assert kiosk.find(QQuickItem, "hostA").property("index") in (0, -1)
        assert kiosk.find(QQuickItem, "hostB").property("index") in (0, -1)


@pytest.mark.parametrize(("keys", "direction"), [
    ((Qt.Key.Key_Right,), 1), ((Qt.Key.Key_Left,), -1),
    ((Qt.Key.Key_End,), 1), ((Qt.Key.Key_End, Qt.Key.Key_Home), -1)])
def test_slides_move_the_way_the_visitor_goes(
    qtbot: QtBot, tmp_path: Path, keys: tuple[Qt.Key, ...], direction: int
) -> None:
    pack = write_pack(tmp_path / "two", numbered_deck(2))
    with open_kiosk(qtbot, pack) as kiosk:
        for key in keys:
            press(qtbot, kiosk, key)
            qtbot.waitUntil(lambda: not kiosk.stage.property("transitioning"), timeout=3000)
        # Right from the first of two slides is "next", never a move backwards.
        assert kiosk.stage.property("direction") == direction


def test_without_loop_the_tour_stops_at_both_ends(qtbot: QtBot, tmp_path: Path) -> None:
    deck = numbered_deck(3).replace("kiosk: {transition: slide}", "kiosk: {loop: false}")
    with open_kiosk(qtbot, write_pack(tmp_path / "noloop", deck)) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_Left)
        assert kiosk.session.navigator.index == 0
        press(qtbot, kiosk, Qt.Key.Key_End)
        wait_shown(qtbot, kiosk, 2)
        press(qtbot, kiosk, Qt.Key.Key_Right)
        assert kiosk.session.navigator.index == 2


def test_a_single_slide_deck_stays_put(qtbot: QtBot, tmp_path: Path) -> None:
    with open_kiosk(qtbot, write_pack(tmp_path / "one", numbered_deck(1))) as kiosk:
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End):
            press(qtbot, kiosk, key)
        assert kiosk.session.navigator.index == 0
        assert kiosk.stage.property("transitionsStarted") == 0
        assert kiosk.slide_text("title") == "Slide 1"


def test_numbers_out_of_range_go_nowhere(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        for digits in ((Qt.Key.Key_0,), (Qt.Key.Key_9, Qt.Key.Key_9)):
            for key in digits:
                press(qtbot, kiosk, key)
            press(qtbot, kiosk, Qt.Key.Key_Return)
            assert kiosk.session.navigator.index == 0


def test_backspace_edits_a_typed_number(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_4)
        press(qtbot, kiosk, Qt.Key.Key_2)
        press(qtbot, kiosk, Qt.Key.Key_Backspace)
        assert kiosk.session.navigator.typedNumber == "4"
        press(qtbot, kiosk, Qt.Key.Key_Return)
        wait_shown(qtbot, kiosk, 3)


def test_a_stray_digit_is_forgotten(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        kiosk.session.navigator._typing_timer.setInterval(100)
        press(qtbot, kiosk, Qt.Key.Key_5)
        assert kiosk.session.navigator.typedNumber == "5"
        qtbot.waitUntil(lambda: kiosk.session.navigator.typedNumber == "", timeout=2000)
        press(qtbot, kiosk, Qt.Key.Key_Return)      # now plain "next"
        wait_shown(qtbot, kiosk, 1)


@pytest.mark.parametrize("transition", ["fade", "none"])
def test_other_transitions_arrive_too(qtbot: QtBot, tmp_path: Path, transition: str) -> None:
    pack = write_pack(tmp_path / transition, numbered_deck(4, transition))
    with open_kiosk(qtbot, pack) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_Right)
        if transition == "none":
            assert kiosk.shown_index() == 1     # at once, no animation
        wait_shown(qtbot, kiosk, 1)
        expected = 0 if transition == "none" else 1
        assert kiosk.stage.property("transitionsStarted") == expected


def test_unmapped_keys_do_nothing(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_X)
        press(qtbot, kiosk, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
        assert kiosk.session.navigator.index == 0
        assert kiosk.stage.property("transitionsStarted") == 0


def test_the_keys_help_lists_every_action_of_the_key_table(qtbot: QtBot,
                                                           deck_of_ten: Path) -> None:
    from kiosk.app.keymap import Action, keys_help
    from kiosk.app.screenshot import render_settled
    from tests.app.harness import text_boxes

    helped = {meaning for _, meaning in keys_help()}
    assert len(helped) == len(Action) - 1 + 1     # every action but Enter, plus typed numbers
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        press(qtbot, kiosk, Qt.Key.Key_H)
        render_settled(kiosk.window)
        shown = {box["text"] for box in text_boxes(kiosk.window)}
        assert helped <= shown
        assert "O  G" in shown and "Ctrl+Alt+Shift+Q" in shown
