"""What `kiosk run` shows for hostile packs, in the real window: the problems (windowed), the
calm "being updated" screen (full screen), the last good pack when a hostile one arrives by
live reload, the tour for packs that are accepted, and a placeholder for a damaged picture."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtQml import QQmlExpression
from pytestqt.qtbot import QtBot

from kiosk.app.live_reload import LiveReload
from kiosk.app.screenshot import render_settled, settle
from tests.app.harness import Kiosk, open_kiosk, text_boxes
from tests.hostile.cases import named
from tests.hostile.catalogue import Hostile
from tests.packs import write_pack

GOOD = "format: 1\ntitle: Good\nslides:\n  - {type: title, id: first, title: 'Last good'}\n"
UPDATING = "This exhibit is being updated"
WAIT_MS = 8000


def problem_lines(case: Hostile, pack: Path) -> list[str]:
    """What the problems screen and the log list for `case`: the lines of `kiosk check`
    without its summary, or (a folder that cannot be read) its one message."""
    if case.exit_code == 2:
        return [line.removeprefix("kiosk check: ") for line in case.expected_err(pack)]
    return list(case.error_lines)


def shown_texts(kiosk: Kiosk) -> list[str]:
    render_settled(kiosk.window)
    return [box["text"] for box in text_boxes(kiosk.window)]


WINDOWED = named(
    "syntax: a colon inside a title", "alias bomb: a billion laughs",
    "python tag: object/apply runs a command", "not UTF-8: Latin-1", "misspelt keys",
    "map pins outside 0..1", "a picture that is a link out of the pack",
    "a zero-byte picture", "deck.yaml is a folder",
)


@pytest.mark.parametrize("case", WINDOWED, ids=lambda case: case.name)
def test_windowed_the_problems_are_listed_as_check_lists_them(
        case: Hostile, qtbot: QtBot, tmp_path: Path) -> None:
    pack = case.write(tmp_path / "pack")
    with open_kiosk(qtbot, pack, (1280, 800), windowed=True, animate=False) as kiosk:
        assert kiosk.session.state == "problems"
        shown = shown_texts(kiosk)
        for line in problem_lines(case, pack):
            assert line in shown, line
        assert not any("Traceback" in text for text in shown)


FULL_SCREEN = named(
    "syntax: indented with a tab", "alias bomb: aliased galleries of aliased pictures",
    "an SVG entity bomb", "deck.yaml is a link to itself", "an empty file",
)


@pytest.mark.parametrize("case", FULL_SCREEN, ids=lambda case: case.name)
def test_full_screen_visitors_see_the_calm_screen_and_the_log_has_the_problems(
        case: Hostile, qtbot: QtBot, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    pack = case.write(tmp_path / "pack")
    with caplog.at_level(logging.ERROR), \
            open_kiosk(qtbot, pack, (1280, 800), windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "updating"
        shown = shown_texts(kiosk)
        assert UPDATING in shown
        assert not any("deck.yaml" in text for text in shown)
    logged = [record.getMessage() for record in caplog.records]
    for line in problem_lines(case, pack):
        assert line in logged, line


def switch_link(link: Path, target: Path) -> None:
    """Point `link` at `target` in one step, as a release script does."""
    temporary = link.with_name(link.name + ".new")
    temporary.symlink_to(target)
    temporary.replace(link)


RELOADED = named(
    "syntax: a quote never closed", "alias bomb: a billion laughs",
    "python tag: the whole file an object", "a folder that is a link out of the pack",
    "a decompression bomb", "deck.yaml is a folder",
)


@pytest.mark.parametrize("case", RELOADED, ids=lambda case: case.name)
def test_a_hostile_release_arriving_by_live_reload_leaves_the_last_good_pack(
        case: Hostile, qtbot: QtBot, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    good = write_pack(tmp_path / "release-1", GOOD)
    hostile = case.write(tmp_path / "release-2")
    current = tmp_path / "current"
    current.symlink_to(good)
    with caplog.at_level(logging.INFO), \
            open_kiosk(qtbot, current, (1280, 800), windowed=False, locked=True,
                       animate=False) as kiosk:
        reload = LiveReload(kiosk.session, current, windowed=False, settle_ms=100,
                            poll_ms=150)
        try:
            switch_link(current, hostile)
            qtbot.waitUntil(lambda: any("stays on screen" in record.getMessage()
                                        for record in caplog.records), timeout=WAIT_MS)
            assert kiosk.session.state == "showing"
            assert kiosk.slide_text("title") == "Last good"
        finally:
            reload.stop()
    logged = [record.getMessage() for record in caplog.records]
    for line in problem_lines(case, current):
        assert line in logged, line


ACCEPTED = named("a UTF-8 byte order mark is accepted", "a body of 20,000 characters",
                 "5,000 slides", "a 1 MB title", "a word of 600 characters",
                 "a Chinese body of 900 characters without a space")


@pytest.mark.parametrize("case", ACCEPTED, ids=lambda case: case.name)
def test_accepted_hostile_packs_are_shown(case: Hostile, qtbot: QtBot, tmp_path: Path) -> None:
    pack = case.write(tmp_path / "pack")
    with open_kiosk(qtbot, pack, (1280, 800), windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "showing"
        assert kiosk.session.slides.rowCount() == int(case.out[-1].split("(")[1].split()[0])
        assert kiosk.slide_text("title")


FAILED_PICTURES = """(function() {
    const failed = []
    function walk(item) {
        if (item.isPicture === true && item.prepared)
            failed.push(item.failed)
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i])
    }
    walk(contentItem)
    return JSON.stringify(failed)
})()"""


def test_a_picture_only_a_full_decode_finds_damaged_is_a_placeholder(
        qtbot: QtBot, tmp_path: Path) -> None:
    [case] = named("a PNG cut short")
    pack = case.write(tmp_path / "pack")
    with open_kiosk(qtbot, pack, (1280, 800), windowed=False, animate=False) as kiosk:
        assert kiosk.session.state == "showing"

        def failed() -> list[bool]:
            settle()
            expression = QQmlExpression(kiosk.engine.rootContext(), kiosk.window,
                                        FAILED_PICTURES)
            value, _undefined = expression.evaluate()
            found: list[bool] = json.loads(str(value))
            return found

        qtbot.waitUntil(lambda: failed() == [True], timeout=WAIT_MS)
