"""Languages: L and the language button switch live, on the same slide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.gestures import tap
from tests.app.harness import SHANDONG, open_kiosk
from tests.packs import write_pack

THREE = """
format: 1
title: {en: Three, zh: 三, de: Drei}
languages: [en, zh, de]
chapters: [{id: c, title: {en: Part, zh: 部分, de: Teil}}]
slides:
  - {type: title, title: {en: One, zh: 一, de: Eins}, chapter: c}
  - {type: title, title: {en: Two, zh: 二, de: Zwei}}
"""


def test_l_cycles_the_decks_languages_on_the_same_slide(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "three", THREE)
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        kiosk.session.navigator.goTo(1)
        render_settled(kiosk.window)
        assert kiosk.slide_text("title") == "Two"
        titles = []
        for _ in range(3):
            qtbot.keyClick(kiosk.window, Qt.Key.Key_L)
            render_settled(kiosk.window)
            titles.append((kiosk.session.current_language, kiosk.slide_text("title"),
                           kiosk.window.title()))
        assert titles == [("zh", "二", "三"), ("de", "Zwei", "Drei"), ("en", "Two", "Three")]
        assert kiosk.session.navigation.position == 1
        assert kiosk.shown_index() == 1


def test_the_language_button_names_the_language_it_switches_to(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "three", THREE)
    with open_kiosk(qtbot, pack, (1280, 800), animate=False) as kiosk:
        assert kiosk.session.property("nextLanguageName") == "中文"
        tap(kiosk.window, kiosk.centre("languageButton"))
        qtbot.waitUntil(lambda: kiosk.session.current_language == "zh", timeout=2000)
        render_settled(kiosk.window)
        assert kiosk.slide_text("title") == "一"
        assert kiosk.session.property("nextLanguageName") == "Deutsch"
        assert [c["title"] for c in kiosk.session.property("chapters")] == ["部分"]
        assert kiosk.session.navigation.position == 0            # the tap did not also step


def test_lang_picks_the_first_language_and_attract_returns_to_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "three", THREE)
    with open_kiosk(qtbot, pack, language="de", animate=False) as kiosk:
        render_settled(kiosk.window)
        assert kiosk.slide_text("title") == "Eins"
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)
        assert kiosk.session.current_language == "en"
        kiosk.session.idle_watch.startAttract()
        assert kiosk.session.current_language == "de"


def test_one_language_means_no_language_button(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "one", "format: 1\ntitle: T\nslides: [{type: title, title: A},"
                                         " {type: title, title: B}]\n")
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        render_settled(kiosk.window)
        assert kiosk.rect("languageButton").width() == 0
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)              # L does nothing, harmlessly
        assert kiosk.session.current_language == "en"


def test_the_default_pack_switches_to_chinese_live(qtbot: QtBot) -> None:
    with open_kiosk(qtbot, SHANDONG, animate=False) as kiosk:
        kiosk.session.navigator.goTo(4)
        render_settled(kiosk.window)
        english = kiosk.slide_text("title")
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)
        render_settled(kiosk.window)
        chinese = kiosk.slide_text("title")
        assert chinese != english and any("\u4e00" <= ch <= "\u9fff" for ch in chinese)
        assert kiosk.shown_index() == 4
