"""`kiosk check`: problem lines, a summary, and exit codes 0, 1 and 2."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from deck_packs import Check, MakePack

from kiosk.deck import LoadResult, Problem, check_pack, load_pack
from kiosk.deck import check as check_module


def test_good_pack(make_pack: MakePack, check: Check) -> None:
    root = make_pack()
    assert check(root) == (0, [f"{root}: no problems (3 slides, languages en, zh)"], "")


def test_five_mistakes_give_five_lines(make_pack: MakePack, check: Check) -> None:
    deck = """\
    format: 1
    title: T
    kiosk: {autoplay: soon, transition: fad}
    slides:
      - type: stat
      - type: title
        titel: T
    """
    root = make_pack(deck)
    code, out, err = check(root)
    assert code == 1
    assert err == ""
    assert out == [
        "deck.yaml:3:19: kiosk.autoplay: expected a positive number of seconds, got 'soon'",
        "deck.yaml:3:37: kiosk.transition: expected one of slide, fade, none; got 'fad'; "
        "did you mean 'fade'?",
        "deck.yaml:5:11: slides[0].type: unknown slide type 'stat'; did you mean 'stats'?",
        "deck.yaml:6:5: slides[1]: missing required key 'title'",
        "deck.yaml:7:5: slides[1]: unknown key 'titel'; did you mean 'title'?",
        f"{root}: 5 errors",
    ]


def test_one_error(make_pack: MakePack, check: Check) -> None:
    root = make_pack("format: 1\ntitle: T\nslides: []\n")
    expected = ["deck.yaml:3:9: slides: needs at least 1 item", f"{root}: 1 error"]
    assert check(root) == (1, expected, "")


def test_warnings_alone_pass(
    make_pack: MakePack, check: Check, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_pack()
    loaded = load_pack(root)
    warning = Problem("deck.yaml", 2, 8, "title", "no zh text", severity="warning")
    monkeypatch.setattr(
        check_module, "load_pack", lambda folder, **_: LoadResult(loaded.pack, (warning,))
    )
    assert check(root) == (
        0,
        [
            "deck.yaml:2:8: title: warning: no zh text",
            f"{root}: no errors, 1 warning (3 slides, languages en, zh)",
        ],
        "",
    )


@pytest.mark.parametrize(
    ("layout", "reason"),
    [
        ("missing", "no such folder"),
        ("file", "not a folder; give the content pack's folder"),
        ("empty", "no deck.yaml in this folder; is it a content pack?"),
        ("deck-folder", "deck.yaml: is a folder"),
    ],
)
def test_unreadable_pack_exits_2(tmp_path: Path, check: Check, layout: str, reason: str) -> None:
    folder = tmp_path / "pack"
    if layout == "file":
        folder.write_text("not a folder")
    elif layout == "empty":
        folder.mkdir()
    elif layout == "deck-folder":
        (folder / "deck.yaml").mkdir(parents=True)
    code, out, err = check(folder)
    assert (code, out) == (2, [])
    assert err.startswith("kiosk check: ")
    assert reason in err


def test_broken_yaml_is_exit_1_not_2(make_pack: MakePack) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert check_pack(make_pack(b"format: 1\ntitle: [\n"), out, err) == 1
    assert out.getvalue().startswith("deck.yaml:3:1: YAML syntax error:")
