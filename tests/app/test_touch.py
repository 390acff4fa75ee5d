"""Touch and mouse as a visitor uses them: real touch sequences into the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.gestures import swipe, tap
from tests.app.harness import SHANDONG, Kiosk, open_kiosk
from tests.packs import numbered_deck, write_pack

W, H = 1280, 800


@pytest.fixture
def deck_of_five(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "five", numbered_deck(5))


def wait_shown(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    qtbot.waitUntil(lambda: kiosk.shown_index() == index and
                    not kiosk.stage.property("transitioning"), timeout=3000)
    assert kiosk.slide_text("title") == f"Slide {index + 1}"


def settle_still(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    """Nothing moves for a while and the slide is still `index` (a gesture that did nothing)."""
    qtbot.wait(700)
    wait_shown(qtbot, kiosk, index)
    assert kiosk.session.navigation.position == index


def test_a_long_slow_swipe_turns_the_page(qtbot: QtBot, deck_of_five: Path) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(900, 400), QPoint(400, 400), rest_ms=200)
        wait_shown(qtbot, kiosk, 1)
        assert kiosk.stage.property("swipesCommitted") == 1
        swipe(qtbot, kiosk.window, QPoint(300, 400), QPoint(800, 400), rest_ms=200)
        wait_shown(qtbot, kiosk, 0)


def test_the_slide_follows_the_finger_while_it_is_down(qtbot: QtBot, deck_of_five: Path) -> None:
    from tests.app.gestures import touch_screen

    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        screen = touch_screen()
        QTest.touchEvent(kiosk.window, screen).press(0, QPoint(900, 400), kiosk.window)
        for x in range(880, 580, -20):
            qtbot.wait(16)
            QTest.touchEvent(kiosk.window, screen).move(0, QPoint(x, 400), kiosk.window)
        assert kiosk.stage.property("swiping")
        offset = kiosk.stage.property("swipeOffset")
        assert -320 < offset < -250                      # the slide is where the finger is
        neighbour = kiosk.stage.property("swipeNeighbour")
        assert neighbour == 1                            # and the next one is coming in
        qtbot.wait(300)                                  # no flick: lift after holding still
        # Past a quarter of the width (320 px), held still, then lifted: the page turns.
        QTest.touchEvent(kiosk.window, screen).move(0, QPoint(540, 400), kiosk.window)
        qtbot.wait(200)
        QTest.touchEvent(kiosk.window, screen).move(0, QPoint(540, 400), kiosk.window)
        QTest.touchEvent(kiosk.window, screen).release(0, QPoint(540, 400), kiosk.window)
        wait_shown(qtbot, kiosk, 1)


def test_a_short_slow_swipe_snaps_back(qtbot: QtBot, deck_of_five: Path) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        # 200 px is under a quarter of 1280; held still, so no flick either.
        swipe(qtbot, kiosk.window, QPoint(800, 400), QPoint(600, 400), rest_ms=250)
        settle_still(qtbot, kiosk, 0)
        assert kiosk.stage.property("swipesCommitted") == 0
        assert kiosk.slide_rect("title").x() < 400        # back in place, not half off


def test_a_quick_flick_turns_the_page_even_when_short(qtbot: QtBot, deck_of_five: Path) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(800, 400), QPoint(600, 400), steps=4, step_ms=12)
        wait_shown(qtbot, kiosk, 1)


def test_vertical_drags_do_not_turn_pages(qtbot: QtBot, deck_of_five: Path) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(640, 200), QPoint(640, 700), steps=4, step_ms=12)
        settle_still(qtbot, kiosk, 0)


def test_without_loop_a_swipe_past_the_end_gives_and_returns(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "noloop", numbered_deck(3).replace(
        "kiosk: {transition: slide}", "kiosk: {transition: slide, loop: false}"))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(300, 400), QPoint(1000, 400), rest_ms=100)
        settle_still(qtbot, kiosk, 0)


@pytest.mark.parametrize(("x", "expected"), [(1200, 1), (60, 4), (640, 0)])
def test_taps_on_the_outer_fifths_step(qtbot: QtBot, deck_of_five: Path, x: int,
                                       expected: int) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        tap(kiosk.window, QPoint(x, 400))
        if expected == 0:
            settle_still(qtbot, kiosk, 0)                  # the middle is for reading
        else:
            wait_shown(qtbot, kiosk, expected)


def test_a_touch_screen_that_also_sends_mouse_events_steps_once(
    qtbot: QtBot, deck_of_five: Path
) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        at = QPoint(1200, 400)
        tap(kiosk.window, at)
        # The same tap again, as the mouse events such screens send right after the touch.
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, at)
        wait_shown(qtbot, kiosk, 1)
        settle_still(qtbot, kiosk, 1)
        # A real mouse, later on, still works.
        qtbot.wait(900)
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, at)
        wait_shown(qtbot, kiosk, 2)


def test_a_tap_on_a_pin_opens_it_and_does_not_step(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, (W, H), animate=False) as kiosk:
        kiosk.session.navigator.goTo(2)                    # the map
        render_settled(kiosk.window)
        pin = kiosk.slide_rect("pin1").center().toPoint()
        tap(kiosk.window, pin)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") != "", timeout=2000)
        qtbot.wait(300)
        assert kiosk.session.navigation.position == 2


def test_a_pin_in_the_edge_zone_takes_the_tap_instead_of_stepping(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "edge-pin", """
        format: 1
        title: Map
        slides:
          - type: map
            title: Where
            image: images/map.png
            pins:
              - {x: 0.02, y: 0.5, label: Far west, text: At the very edge}
          - {type: title, title: After}
    """, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, (W, H), animate=False) as kiosk:
        render_settled(kiosk.window)
        pin = kiosk.slide_rect("pin0").center().toPoint()
        assert pin.x() < W / 5
        tap(kiosk.window, pin)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "Far west", timeout=2000)
        qtbot.wait(300)
        assert kiosk.session.navigation.position == 0
        # Beside the pin, still in the edge zone, the tap steps back (and round the loop).
        tap(kiosk.window, QPoint(8, H // 2 + 200))
        qtbot.waitUntil(lambda: kiosk.session.navigation.position == 1, timeout=2000)


def test_a_swipe_that_starts_on_the_map_still_turns_the_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "map", """
        format: 1
        title: Map
        slides:
          - type: map
            title: Where
            image: images/map.png
            pins: [{x: 0.5, y: 0.5, label: Middle, text: The middle}]
          - {type: title, title: Slide 2}
    """, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        render_settled(kiosk.window)
        start = kiosk.slide_rect("pin0").center().toPoint()
        swipe(qtbot, kiosk.window, start, start - QPoint(500, 0), rest_ms=100)
        wait_shown(qtbot, kiosk, 1)


@pytest.mark.parametrize(("button", "expected"), [
    ("nextButton", 1), ("previousButton", 4), ("homeButton", 0)])
def test_on_screen_buttons(qtbot: QtBot, deck_of_five: Path, button: str,
                           expected: int) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        if button == "homeButton":
            kiosk.session.navigator.goTo(3)
            wait_shown(qtbot, kiosk, 3)
        tap(kiosk.window, kiosk.centre(button))
        wait_shown(qtbot, kiosk, expected)


def test_buttons_take_their_tap_so_the_edge_zone_under_them_does_not_step_too(
    qtbot: QtBot, deck_of_five: Path
) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        at = kiosk.centre("previousButton")
        assert at.x() < W / 5                             # it sits in the left edge zone
        tap(kiosk.window, at)
        wait_shown(qtbot, kiosk, 4)
        settle_still(qtbot, kiosk, 4)                     # one step, not two


def test_the_mouse_wheel_steps(qtbot: QtBot, deck_of_five: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QWheelEvent

    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        def turn(delta: int) -> None:
            at = QPointF(640, 400)
            event = QWheelEvent(at, QPointF(kiosk.window.mapToGlobal(at)), QPoint(0, 0),
                                QPoint(0, delta), Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                False)
            QCoreApplication.sendEvent(kiosk.window, event)

        turn(-120)
        wait_shown(qtbot, kiosk, 1)
        for _ in range(3):
            turn(-40)                                      # a touchpad's small steps add up
        wait_shown(qtbot, kiosk, 2)
        turn(120)
        wait_shown(qtbot, kiosk, 1)


def test_the_pointer_hides_after_the_mouse_is_still(qtbot: QtBot, deck_of_five: Path) -> None:
    from kiosk.app.input_guard import InputGuard

    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        guard = kiosk.find(InputGuard)
        assert guard is not None
        QTest.mouseMove(kiosk.window, QPoint(500, 300))
        assert kiosk.window.cursor().shape() != Qt.CursorShape.BlankCursor
        qtbot.waitUntil(lambda: kiosk.window.cursor().shape() == Qt.CursorShape.BlankCursor,
                        timeout=4500)
        QTest.mouseMove(kiosk.window, QPoint(520, 310))
        assert kiosk.window.cursor().shape() != Qt.CursorShape.BlankCursor
        # A touch hides it at once.
        tap(kiosk.window, QPoint(640, 400))
        assert kiosk.window.cursor().shape() == Qt.CursorShape.BlankCursor
        assert isinstance(kiosk.window.cursor(), QCursor)


def test_a_tap_while_a_swipe_springs_back_steps_once_from_the_slide_shown(
    qtbot: QtBot, deck_of_five: Path
) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(800, 400), QPoint(620, 400), rest_ms=250)
        assert kiosk.stage.property("transitioning")        # springing back
        tap(kiosk.window, QPoint(1250, 400))
        wait_shown(qtbot, kiosk, 1)
        assert kiosk.session.navigation.position == 1
        tap(kiosk.window, QPoint(1250, 400))
        wait_shown(qtbot, kiosk, 2)                          # nothing was skipped


def test_a_key_while_the_end_of_a_tour_springs_back(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "noloop", numbered_deck(3).replace(
        "kiosk: {transition: slide}", "kiosk: {transition: slide, loop: false}"))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        swipe(qtbot, kiosk.window, QPoint(300, 400), QPoint(900, 400), rest_ms=100)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 1)
        assert kiosk.session.navigation.position == 1


def test_touches_on_the_black_screen_or_the_keys_help_only_close_them(
    qtbot: QtBot, deck_of_five: Path
) -> None:
    with open_kiosk(qtbot, deck_of_five, (W, H)) as kiosk:
        for opener in (Qt.Key.Key_B, Qt.Key.Key_W, Qt.Key.Key_H):
            qtbot.keyClick(kiosk.window, opener)
            tap(kiosk.window, QPoint(1250, 400))              # an edge tap, out of sight
            settle_still(qtbot, kiosk, 0)
            assert kiosk.session.navigator.blank == ""
            assert not kiosk.session.navigator.helpVisible
            qtbot.keyClick(kiosk.window, opener)
            swipe(qtbot, kiosk.window, QPoint(900, 400), QPoint(200, 400), rest_ms=50)
            settle_still(qtbot, kiosk, 0)
            assert kiosk.session.navigator.blank == ""
            assert not kiosk.session.navigator.helpVisible
