"""Keys and clicker buttons sent as real key events to the real Qt Quick window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.app.harness import Kiosk, open_kiosk
from tests.packs import numbered_deck, write_pack


@pytest.fixture
def deck_of_ten(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "ten", numbered_deck(10))


def press(qtbot: QtBot, kiosk: Kiosk, key: Qt.Key, text: str = "",
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
        blank = kiosk.window.findChild(type(kiosk.window.contentItem()), "blankScreen")
        press(qtbot, kiosk, key)
        assert blank.isVisible()
        pixel = kiosk.window.grabWindow().pixelColor(400, 300)
        assert pixel.name() == ("#000000" if colour == "black" else "#ffffff")
        press(qtbot, kiosk, Qt.Key.Key_Right)     # brings the slide back, does not step
        assert not blank.isVisible()
        assert kiosk.shown_index() == 0


def test_keys_help_opens_and_escape_closes_it(qtbot: QtBot, deck_of_ten: Path) -> None:
    with open_kiosk(qtbot, deck_of_ten) as kiosk:
        help_panel = kiosk.window.findChild(type(kiosk.window.contentItem()), "keysHelp")
        press(qtbot, kiosk, Qt.Key.Key_H)
        assert help_panel.isVisible()
        press(qtbot, kiosk, Qt.Key.Key_Escape)
        assert not help_panel.isVisible()
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
        assert help_panel.isVisible()


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
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
            press(qtbot, kiosk, key)
        wait_shown(qtbot, kiosk, 2)


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
        assert kiosk.shown_index() == 0
