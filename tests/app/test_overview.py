"""The overview (O, G or its button) and the chapter menu, by keys and by touch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.gestures import tap
from tests.app.harness import SHANDONG, Kiosk, open_kiosk
from tests.packs import write_pack

CHAPTERED = """
format: 1
title: Chapters
chapters:
  - {id: one, title: First part}
  - {id: two, title: Second part}
  - {id: three, title: Never used}
slides:
  - {type: title, title: Slide 1}
  - {type: title, title: Slide 2, chapter: one}
  - {type: title, title: Slide 3}
  - {type: title, title: Slide 4}
  - {type: title, title: Slide 5, chapter: two}
  - {type: title, title: Slide 6}
"""


@pytest.fixture
def chaptered(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "chapters", CHAPTERED)


def key(qtbot: QtBot, kiosk: Kiosk, k: Qt.Key) -> None:
    qtbot.keyClick(kiosk.window, k)


def panel(kiosk: Kiosk) -> str:
    return str(kiosk.session.navigator.panel)


def wait_shown(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    qtbot.waitUntil(lambda: kiosk.shown_index() == index and panel(kiosk) == "", timeout=3000)
    assert kiosk.slide_text("title") == f"Slide {index + 1}"


@pytest.mark.parametrize("opener", [Qt.Key.Key_O, Qt.Key.Key_G])
def test_o_and_g_open_and_close_the_overview(qtbot: QtBot, chaptered: Path,
                                             opener: Qt.Key) -> None:
    with open_kiosk(qtbot, chaptered, animate=False) as kiosk:
        key(qtbot, kiosk, opener)
        assert panel(kiosk) == "overview"
        render_settled(kiosk.window)
        assert kiosk.rect("overview").width() == 1920
        key(qtbot, kiosk, opener)
        assert panel(kiosk) == ""
        key(qtbot, kiosk, opener)
        with qtbot.assertNotEmitted(kiosk.session.navigation.quitRequested):
            key(qtbot, kiosk, Qt.Key.Key_Escape)           # Esc closes it, and never quits
            key(qtbot, kiosk, Qt.Key.Key_Escape)
        assert panel(kiosk) == ""


def test_the_overview_groups_slides_by_chapter(qtbot: QtBot, chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, animate=False) as kiosk:
        groups = kiosk.session.property("overviewGroups")
        assert [(g["title"], g["slides"]) for g in groups] == [
            ("", [0]), ("First part", [1, 2, 3]), ("Second part", [4, 5])]
        kiosk.session.navigator.openPanel("overview")
        render_settled(kiosk.window)
        headings = [b["text"] for b in kiosk_texts(kiosk) if b["name"] == "overviewChapter"]
        assert headings == ["First part", "Second part"]
        numbers = [b["text"] for b in kiosk_texts(kiosk) if b["name"] == "thumbNumber"]
        assert numbers == ["1", "2", "3", "4", "5", "6"]


def kiosk_texts(kiosk: Kiosk) -> list[dict[str, str]]:
    from tests.app.harness import text_boxes

    render_settled(kiosk.window)
    return text_boxes(kiosk.window)


def test_arrows_and_enter_choose_a_slide(qtbot: QtBot, chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, animate=False) as kiosk:
        kiosk.session.navigator.goTo(1)
        key(qtbot, kiosk, Qt.Key.Key_O)
        render_settled(kiosk.window)
        overview = kiosk.find(QQuickItem, "overview")
        assert overview.property("selected") == 1           # starts on the slide shown
        key(qtbot, kiosk, Qt.Key.Key_Right)
        key(qtbot, kiosk, Qt.Key.Key_Right)
        assert overview.property("selected") == 3
        key(qtbot, kiosk, Qt.Key.Key_Down)                   # to the next chapter's row
        assert overview.property("selected") in (4, 5)
        key(qtbot, kiosk, Qt.Key.Key_Up)
        assert overview.property("selected") in (1, 2, 3)
        key(qtbot, kiosk, Qt.Key.Key_End)
        key(qtbot, kiosk, Qt.Key.Key_Return)
        wait_shown(qtbot, kiosk, 5)


def test_a_tap_on_a_thumbnail_goes_there(qtbot: QtBot, chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, (1280, 800)) as kiosk:
        tap(kiosk.window, kiosk.centre("overviewButton"))
        qtbot.waitUntil(lambda: panel(kiosk) == "overview", timeout=2000)
        render_settled(kiosk.window)
        boxes = [b for b in kiosk_texts(kiosk) if b["name"] == "thumbNumber" and b["text"] == "5"]
        assert len(boxes) == 1
        tap(kiosk.window, QPoint(int(boxes[0]["x"]) + 60, int(boxes[0]["y"]) - 40))
        wait_shown(qtbot, kiosk, 4)


def test_the_close_button_and_taps_elsewhere_change_nothing(qtbot: QtBot,
                                                            chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, (1280, 800), animate=False) as kiosk:
        kiosk.session.navigator.openPanel("overview")
        render_settled(kiosk.window)
        tap(kiosk.window, QPoint(1270, 790))                # empty space, in the edge zone
        qtbot.wait(200)
        assert panel(kiosk) == "overview"
        assert kiosk.session.navigation.position == 0
        tap(kiosk.window, kiosk.centre("overviewClose"))
        qtbot.waitUntil(lambda: panel(kiosk) == "", timeout=2000)
        assert kiosk.session.navigation.position == 0


def test_the_chapter_menu_jumps_to_a_chapters_first_slide(qtbot: QtBot,
                                                          chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, (1280, 800)) as kiosk:
        assert [c["title"] for c in kiosk.session.property("chapters")] == [
            "First part", "Second part"]                    # a chapter with no slides is left out
        tap(kiosk.window, kiosk.centre("chaptersButton"))
        qtbot.waitUntil(lambda: panel(kiosk) == "chapters", timeout=2000)
        render_settled(kiosk.window)
        tap(kiosk.window, kiosk.centre("chapter1"))
        wait_shown(qtbot, kiosk, 4)


def test_the_chapter_menu_by_keys_and_esc(qtbot: QtBot, chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, animate=False) as kiosk:
        kiosk.session.navigator.openPanel("chapters")
        key(qtbot, kiosk, Qt.Key.Key_Escape)
        assert panel(kiosk) == ""
        kiosk.session.navigator.openPanel("chapters")
        key(qtbot, kiosk, Qt.Key.Key_Down)
        key(qtbot, kiosk, Qt.Key.Key_Return)
        wait_shown(qtbot, kiosk, 4)


def test_a_tap_beside_the_chapter_menu_closes_it(qtbot: QtBot, chaptered: Path) -> None:
    with open_kiosk(qtbot, chaptered, (1280, 800), animate=False) as kiosk:
        kiosk.session.navigator.openPanel("chapters")
        render_settled(kiosk.window)
        tap(kiosk.window, QPoint(1260, 60))
        qtbot.waitUntil(lambda: panel(kiosk) == "", timeout=2000)
        assert kiosk.session.navigation.position == 0       # and nothing else happened


def test_the_default_pack_overview_fits_in_both_orientations(qtbot: QtBot) -> None:
    for size in ((1920, 1080), (1080, 1920)):
        with open_kiosk(qtbot, SHANDONG, size, animate=False) as kiosk:
            kiosk.session.navigator.openPanel("overview")
            render_settled(kiosk.window)
            thumbs = [b for b in kiosk_texts(kiosk) if b["name"] == "thumbNumber"]
            assert thumbs, "no thumbnails"
            for box in thumbs:
                assert 0 <= box["x"] <= size[0]


def test_closing_the_overview_scrolled_down_says_nothing(qtbot: QtBot) -> None:
    """Found by the soak (bench/soak.py): closed while scrolled to the last slides, every
    thumbnail's `live` binding ran once more after its chapter's column was gone, a Qt
    warning ("Cannot read property 'y' of null") per thumbnail. Qt warnings fail tests."""
    showcase = SHANDONG.parent / "showcase"
    with open_kiosk(qtbot, showcase, animate=False) as kiosk:
        for closing in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
            key(qtbot, kiosk, Qt.Key.Key_O)
            key(qtbot, kiosk, Qt.Key.Key_End)               # scrolls to the last chapter
            render_settled(kiosk.window)
            assert kiosk.find(QQuickItem, "overviewFlick").property("contentY") > 0
            key(qtbot, kiosk, closing)
            render_settled(kiosk.window)
            assert panel(kiosk) == ""
