"""Texts too long for the screen: a pack with them is accepted, `kiosk check` warns at each one
(an error only with --strict), and on screen they are shortened and given line breaks."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from deck_packs import MakePack

from kiosk.deck import check_pack, load_pack
from kiosk.deck.long_texts import BREAK, ELLIPSIS, MAX_TEXT, MAX_WORD, on_screen

LONG = ("this text is 20,001 characters long, so it is shortened to 20,000 characters on screen, "
        "ending in '\u2026' (a slide shows a few hundred); split it over several slides or "
        "shorten it")
RUN = ("this text has 501 characters in a row without a space, so breaks are inserted every 20 "
       "letters on screen (a line may end at any of them); add spaces where it may break")


def long_warnings(root: Path) -> list[str]:
    result = load_pack(root, with_warnings=True)
    assert result.errors == () and result.pack is not None
    return [str(problem) for problem in result.warnings if "on screen" in problem.message]


def test_over_the_limits_is_a_warning_at_the_text_and_its_language(
        make_pack: MakePack) -> None:
    words = "word " * 4000                               # 20,000 characters, then one more
    root = make_pack(
        "format: 1\ntitle: T\nlanguages: [en, de]\nchapters:\n"
        f"  - {{id: c, title: {'c' * 501}}}\n"
        "slides:\n"
        f"  - {{type: text, chapter: c, title: ok, body: {{en: '{words}x', de: kurz}}}}\n"
        f"  - {{type: timeline, events: [{{date: {'d' * 501}, title: x}}]}}\n"
        "  - type: quote\n"
        f"    text: {'w' * 500}\n"                       # at the limit: no warning
        "    author: Someone\n"
        f"    notes: {'n' * 30_000}\n")                  # never shown: no warning
    assert long_warnings(root) == [
        f"deck.yaml:5:20: chapters[0].title: warning: {RUN}",
        f"deck.yaml:7:52: slides[0].body.en: warning: {LONG}",
        f"deck.yaml:8:38: slides[1].events[0].date: warning: {RUN}",
    ]


def test_check_passes_with_the_warnings_and_strict_refuses(make_pack: MakePack) -> None:
    root = make_pack(f"format: 1\ntitle: T\nslides:\n  - {{type: title, title: {'a' * 501}}}\n")
    out = io.StringIO()
    assert check_pack(root, out, io.StringIO()) == 0
    assert f"deck.yaml:4:26: slides[0].title: warning: {RUN}" in out.getvalue().splitlines()
    assert check_pack(root, io.StringIO(), io.StringIO(), strict=True) == 1


def test_a_long_text_is_cut_at_the_limit_with_an_ellipsis() -> None:
    text = "word " * 10_000
    shown = on_screen(text)
    assert shown == text[:MAX_TEXT] + ELLIPSIS
    assert on_screen(text[:MAX_TEXT]) == text[:MAX_TEXT]              # at the limit: as it is


def test_the_cut_never_parts_a_letter_from_its_accent() -> None:
    text = "é " * 9_999 + "xe\u0301" + " more"          # the accent is character 20,001
    shown = on_screen(text)
    assert shown.endswith(" x" + ELLIPSIS) and len(shown) == MAX_TEXT
    assert unicodedata.combining(shown[-2]) == 0
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"       # man ZWJ woman ZWJ girl
    shown = on_screen("x " * 9_999 + "x" + family)
    assert shown.endswith("x" + ELLIPSIS)


def test_a_long_run_gets_a_break_every_20_letters_and_nothing_else_changes() -> None:
    run = "Донаудампфшиффарт" * 40                      # 680 Cyrillic and Latin letters
    shown = on_screen(f"before {run} after")
    assert shown.replace(BREAK, "") == f"before {run} after"
    pieces = shown.split(" ")[1].split(BREAK)
    assert {len(piece) for piece in pieces[:-1]} == {20} and len(pieces) == 34
    assert on_screen("a" * MAX_WORD) == "a" * MAX_WORD


def test_breaks_fall_between_letters_not_inside_markdown_markers() -> None:
    run = ("x" * 19 + "**" + "y" * 19 + "\\*") * 20
    shown = on_screen(run)
    assert shown.replace(BREAK, "") == run
    for at in (i for i, char in enumerate(shown) if char == BREAK):
        assert shown[at - 1].isalnum() and shown[at + 1].isalnum(), shown[at - 3:at + 3]


def test_chinese_japanese_and_korean_are_never_broken() -> None:
    for text in ("山东半岛" * 300, "ひらがなカタカナ" * 100, "한국어텍스트" * 100):
        assert on_screen(text) == text
