"""Live reload as authors and operators cause it, on real packs on disk: good edits, broken
edits and their fixes, editors' rename-saves and `sed -i`, pictures and fonts replaced, a
release symlink switched, the folder removed and made again, bursts of writes, and nothing
at all."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtCore import QFileSystemWatcher
from pytestqt.qtbot import QtBot

from kiosk.app.live_reload import LiveReload
from kiosk.app.screenshot import render_settled
from tests.app.harness import REPO, Kiosk, open_kiosk
from tests.packs import write_pack, write_picture

SETTLE_MS = 120
POLL_MS = 150
NEVER = 3_600_000                   # a poll that never comes within a test
WAIT_MS = 8000


def deck(*titles: str, ids: bool = True, extra: str = "") -> str:
    """A bilingual deck of title slides; each slide's id is its title's first word, in lower
    case ("Four, edited": four), unless `ids` is False."""
    slides = "\n".join(
        f"  - {{type: title, {f'id: {slide_id(title)}, ' if ids else ''}"
        f"title: {{en: '{title}', zh: '{title} zh'}}}}"
        for title in titles)
    return (f"format: 1\ntitle: Live\nlanguages: [en, zh]\nkiosk: {{transition: slide}}\n"
            f"{extra}slides:\n{slides}\n")


def slide_id(title: str) -> str:
    return title.split()[0].strip(",").lower()


FIVE = deck("One", "Two", "Three", "Four", "Five")


@dataclass
class Live:
    kiosk: Kiosk
    reload: LiveReload
    pack: Path

    @property
    def deck_yaml(self) -> Path:
        return self.pack / "deck.yaml"

    def title(self) -> str:
        """The title on screen, once any transition under way has ended."""
        stage = self.kiosk.stage
        deadline = time.monotonic() + WAIT_MS / 1000
        while stage.property("transitioning") and time.monotonic() < deadline:
            render_settled(self.kiosk.window)
        render_settled(self.kiosk.window)
        return self.kiosk.slide_text("title")

    def position(self) -> int:
        return self.kiosk.session.navigation.position

    def revision(self) -> int:
        return int(self.kiosk.session.property("deckRevision"))


@contextmanager
def live(qtbot: QtBot, pack: Path, *, watched: Path | None = None, windowed: bool = False,
         mode: str = "both", size: tuple[int, int] = (1280, 800)) -> Iterator[Live]:
    """The kiosk on `pack`, reloading it live. `mode`: "events" (the file system watcher
    only: the poll never comes), "poll" (the poll only), or "both" as `kiosk run` does."""
    with open_kiosk(qtbot, pack, size, windowed=windowed, locked=not windowed) as kiosk:
        reload = LiveReload(kiosk.session, watched or pack, windowed=windowed,
                            settle_ms=SETTLE_MS,
                            poll_ms=NEVER if mode == "events" else POLL_MS,
                            events=mode != "poll")
        try:
            yield Live(kiosk, reload, pack)
        finally:
            reload.stop()


def wait_reloads(qtbot: QtBot, live_: Live, count: int) -> None:
    qtbot.waitUntil(lambda: live_.reload.reloads == count, timeout=WAIT_MS)


def quiet_for(qtbot: QtBot, polls: int = 5) -> None:
    """Let several poll and settle periods pass."""
    qtbot.wait(polls * POLL_MS + 2 * SETTLE_MS)


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == level and r.name.startswith("kiosk.app")]


def editor_save(path: Path, text: str) -> None:
    """Save as many editors do: a new file beside the old, renamed over it."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def write_in_place(path: Path, old: str, new: str) -> None:
    """Change the file itself (same inode), as editors that save in place do."""
    with path.open("r+", encoding="utf-8") as file:
        text = file.read()
        file.seek(0)
        file.write(text.replace(old, new))
        file.truncate()


@pytest.fixture(autouse=True)
def info_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)


# --- good edits ---------------------------------------------------------------------------

def test_a_good_edit_is_shown_on_the_same_slide_by_id(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        lv.kiosk.session.navigator.goTo(3)                      # "Four", id four
        assert lv.title() == "Four"
        transitions = lv.kiosk.stage.property("transitionsStarted")
        # The author adds a slide at the front and retitles this one.
        lv.deck_yaml.write_text(deck("New", "One", "Two", "Three", "Four, edited", "Five"))
        wait_reloads(qtbot, lv, 1)
        assert lv.position() == 4
        assert lv.title() == "Four, edited"
        assert lv.kiosk.stage.property("transitionsStarted") == transitions   # no animation
        assert lv.kiosk.session.property("sameSlide")
        assert "pack changed; reloaded: 6 slides, still on slide 5 (id four)" in messages(
            caplog, logging.INFO)


def test_a_slide_without_an_id_is_kept_by_its_number(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", deck("A", "B", "C", ids=False))
    with live(qtbot, pack) as lv:
        lv.kiosk.session.navigator.goTo(1)
        lv.deck_yaml.write_text(deck("A", "B again", "C", ids=False))
        wait_reloads(qtbot, lv, 1)
        assert (lv.position(), lv.title()) == (1, "B again")


def test_the_slide_shown_is_removed_so_the_same_number_is_shown(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        lv.kiosk.session.navigator.goTo(4)                      # "Five", the last
        lv.deck_yaml.write_text(deck("One", "Two", "Three"))
        wait_reloads(qtbot, lv, 1)
        assert (lv.position(), lv.title()) == (2, "Three")      # clamped to the new last
        assert "pack changed; reloaded: 3 slides, now on slide 3 (id three)" in messages(
            caplog, logging.INFO)


STATS = deck("One", "Two", extra="") + """\
  - type: stats
    id: figures
    title: Figures
    items:
      - {value: 6.24, prefix: "$", suffix: " billion", label: investment}
"""


def test_language_panel_and_figures_stay_as_they_were(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", STATS)
    with live(qtbot, pack) as lv:
        session = lv.kiosk.session
        session.navigator.goTo(2)
        session.set_language("zh")
        qtbot.waitUntil(lambda: lv.kiosk.slide_text("figure") == "$6.24 billion",
                        timeout=WAIT_MS)
        session.navigator.openPanel("overview")
        lv.deck_yaml.write_text(STATS.replace("'Two'", "'Two, edited'"))
        wait_reloads(qtbot, lv, 1)
        assert session.current_language == "zh"
        assert session.navigation.open_panel == "overview"           # the overview stays open
        assert session.slides.rowCount() == 3                   # its thumbnails re-read
        # The figure does not count up again: it shows its value straight away.
        assert lv.kiosk.slide_text("figure") == "$6.24 billion"


def test_attract_mode_plays_on_through_a_reload(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        session = lv.kiosk.session
        session.idle_watch.startAttract()
        session.navigator.goTo(2)                               # the tour has moved on
        lv.deck_yaml.write_text(FIVE.replace("'Two'", "'Two, edited'"))
        wait_reloads(qtbot, lv, 1)
        assert session.idle_watch.current_state == "attract"
        assert session.autoplayer.is_playing
        assert lv.position() == 2                               # not back to the start


def test_a_reload_does_not_hold_up_the_idle_watch_or_the_tour(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A reload is no visitor: the time to attract mode, and the time the tour's slide has
    been up, count on through it (the timers' time left only shrinks)."""
    timed = FIVE.replace("kiosk: {transition: slide}",
                         "kiosk: {transition: slide, idle_timeout: 60, autoplay: 60}")
    pack = write_pack(tmp_path / "pack", timed)
    with live(qtbot, pack) as lv:
        session = lv.kiosk.session
        idle = session.idle_watch._idle_timer
        session.idle_watch.press()
        idle_left = idle.remainingTime()
        lv.deck_yaml.write_text(timed.replace("'Two'", "'Two, edited'"))
        wait_reloads(qtbot, lv, 1)
        assert 0 < idle.remainingTime() < idle_left
        session.autoplayer.start()
        tour = session.autoplayer._timer
        tour_left = tour.remainingTime()
        lv.deck_yaml.write_text(timed.replace("'Two'", "'Two, again'"))
        wait_reloads(qtbot, lv, 2)
        assert 0 < tour.remainingTime() < tour_left


# --- broken edits ---------------------------------------------------------------------

BROKEN = "format: 1\ntitle: [half written\n"


def test_a_broken_edit_keeps_the_good_pack_and_logs_once_then_the_fix_is_shown(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        lv.kiosk.session.navigator.goTo(2)
        revision = lv.revision()
        lv.deck_yaml.write_text(BROKEN)
        qtbot.waitUntil(lambda: any("stays on screen" in m
                                    for m in messages(caplog, logging.ERROR)),
                        timeout=WAIT_MS)
        errors = messages(caplog, logging.ERROR)
        assert errors[-1] == "pack changed; 1 problem; the pack shown before stays on screen"
        assert any("deck.yaml:3:1: YAML syntax error" in m for m in errors)   # and where
        assert lv.kiosk.session.property("state") == "showing"
        assert (lv.revision(), lv.position(), lv.title()) == (revision, 2, "Three")
        # The same mistake saved again is not logged in full again; nor is a quiet folder.
        lv.deck_yaml.write_text(BROKEN)
        qtbot.waitUntil(lambda: any("still the same 1 problems" in m
                                    for m in messages(caplog, logging.INFO)),
                        timeout=WAIT_MS)
        quiet_for(qtbot)
        assert messages(caplog, logging.ERROR) == errors
        # Fixed: shown, on the same slide.
        lv.deck_yaml.write_text(FIVE.replace("'Three'", "'Three, fixed'"))
        wait_reloads(qtbot, lv, 1)
        assert (lv.position(), lv.title()) == (2, "Three, fixed")


def test_a_different_mistake_is_logged_again(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        lv.deck_yaml.write_text(BROKEN)
        qtbot.waitUntil(lambda: len(messages(caplog, logging.ERROR)) == 2, timeout=WAIT_MS)
        lv.deck_yaml.write_text(FIVE.replace("type: title", "type: titel"))
        qtbot.waitUntil(lambda: any("5 problems" in m for m in messages(caplog, logging.ERROR)),
                        timeout=WAIT_MS)
        assert any("did you mean" in m for m in messages(caplog, logging.ERROR))
        assert lv.reload.reloads == 0


def test_windowed_lists_the_problems_then_returns_to_the_slide(
        qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack, windowed=True) as lv:
        session = lv.kiosk.session
        session.navigator.goTo(3)
        session.set_language("zh")
        lv.deck_yaml.write_text(BROKEN)
        qtbot.waitUntil(lambda: session.property("state") == "problems", timeout=WAIT_MS)
        assert any("deck.yaml:3:1: YAML syntax error" in p for p in session.property("problems"))
        lv.deck_yaml.write_text(FIVE)
        wait_reloads(qtbot, lv, 1)
        assert session.property("state") == "showing"
        assert (lv.position(), session.current_language) == (3, "zh")
        assert lv.title() == "Four zh"


def test_a_pack_that_failed_at_the_start_is_shown_once_it_is_fixed(
        qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", BROKEN)
    with live(qtbot, pack) as lv:
        assert lv.kiosk.session.property("state") == "updating"
        lv.deck_yaml.write_text(FIVE)
        wait_reloads(qtbot, lv, 1)
        assert (lv.kiosk.session.property("state"), lv.position()) == ("showing", 0)
        assert lv.title() == "One"


# --- how files change -----------------------------------------------------------------

@pytest.mark.parametrize("mode", ["events", "poll"])
def test_editor_rename_saves_are_seen_every_time(qtbot: QtBot, tmp_path: Path,
                                                 mode: str) -> None:
    """Each rename-save leaves the old deck.yaml's watch behind; the next must still count."""
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack, mode=mode) as lv:
        lv.kiosk.session.navigator.goTo(1)
        for count in (1, 2, 3):
            editor_save(lv.deck_yaml, FIVE.replace("'Two'", f"'Two v{count}'"))
            wait_reloads(qtbot, lv, count)
            assert lv.title() == f"Two v{count}"
        assert not (pack / "deck.yaml.tmp").exists()
        # The file now in place is watched too: a write into it counts.
        write_in_place(lv.deck_yaml, "'Two v3'", "'Two v4'")
        wait_reloads(qtbot, lv, 4)
        assert lv.title() == "Two v4"


@pytest.mark.parametrize("mode", ["events", "poll"])
def test_in_place_writes_and_sed_are_seen(qtbot: QtBot, tmp_path: Path, mode: str) -> None:
    if shutil.which("sed") is None:
        pytest.skip("no sed")
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack, mode=mode) as lv:
        write_in_place(lv.deck_yaml, "'One'", "'Uno'")
        wait_reloads(qtbot, lv, 1)
        assert lv.title() == "Uno"
        subprocess.run(["sed", "-i", "s/'Uno'/'Eins'/", str(lv.deck_yaml)], check=True)
        wait_reloads(qtbot, lv, 2)
        assert lv.title() == "Eins"


PICTURE = """\
format: 1
title: Picture
kiosk: {transition: none}
slides:
  - {type: title, id: first, title: First}
  - {type: image, id: photo, image: images/photo.png, fit: cover}
"""


@pytest.mark.parametrize("how", ["in place", "renamed over"])
def test_a_replaced_picture_is_shown_not_the_cached_one(qtbot: QtBot, tmp_path: Path,
                                                        how: str) -> None:
    pack = write_pack(tmp_path / "pack", PICTURE)
    write_picture(pack / "images/photo.png", colour=(200, 0, 0))
    with live(qtbot, pack, size=(800, 600)) as lv:
        lv.kiosk.session.navigator.goTo(1)
        centre = render_settled(lv.kiosk.window).pixelColor(400, 300)
        assert (centre.red(), centre.green()) == (200, 0)
        if how == "in place":
            write_picture(pack / "images/photo.png", colour=(0, 200, 0))
        else:
            write_picture(pack / "images/new.png", colour=(0, 200, 0))
            (pack / "images/new.png").replace(pack / "images/photo.png")
        wait_reloads(qtbot, lv, 1)
        assert lv.position() == 1
        centre = render_settled(lv.kiosk.window).pixelColor(400, 300)
        assert (centre.red(), centre.green()) == (0, 200)


def renamed_font(source: Path, target: Path, family: str) -> Path:
    """A copy of `source` whose family is called `family`."""
    font = TTFont(source)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return target


def test_a_font_added_to_the_pack_is_used(qtbot: QtBot, tmp_path: Path) -> None:
    family = "Kiosk Live Test Sans"
    pack = write_pack(tmp_path / "pack", FIVE.replace(
        "slides:\n", f"theme: {{font: {family}}}\nslides:\n"))
    with live(qtbot, pack) as lv:
        theme = lv.kiosk.session.property("theme")
        assert theme.property("fontFamily") != family             # not there yet
        renamed_font(REPO / "content/shandong/fonts/NotoSansCJKsc-Regular.otf",
                     pack / "fonts/live.otf", family)
        wait_reloads(qtbot, lv, 1)
        assert theme.property("fontFamily") == family


# --- where the folder is -------------------------------------------------------------

def switch_link(link: Path, target: str) -> None:
    """Point `link` at `target` in one step, as a release script does: a new link renamed
    over the old one (`ln -sfn` is two steps: a kiosk could look in between)."""
    temporary = link.with_name(link.name + ".new")
    temporary.symlink_to(target)
    temporary.replace(link)


@pytest.mark.parametrize("mode", ["events", "poll"])
def test_a_release_symlink_switched(qtbot: QtBot, tmp_path: Path, mode: str,
                                    caplog: pytest.LogCaptureFixture) -> None:
    write_pack(tmp_path / "release-1", FIVE)
    write_pack(tmp_path / "release-2", deck("Intro", "One", "Two", "Three", "Four 2", "Five"))
    current = tmp_path / "current"
    current.symlink_to("release-1")
    with live(qtbot, current, mode=mode) as lv:
        lv.kiosk.session.navigator.goTo(3)                      # "Four", id four
        switch_link(current, "release-2")
        wait_reloads(qtbot, lv, 1)
        assert (lv.position(), lv.title()) == (4, "Four 2")
        # What is watched now is the new release: a write into it counts.
        write_in_place(current / "deck.yaml", "'Four 2'", "'Four 2b'")
        wait_reloads(qtbot, lv, 2)
        assert lv.title() == "Four 2b"
        # The old release can go now; the kiosk shows the new one.
        shutil.rmtree(tmp_path / "release-1")
        quiet_for(qtbot)
        assert lv.reload.reloads == 2
        assert not messages(caplog, logging.ERROR)


def test_the_folder_removed_and_made_again(qtbot: QtBot, tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        lv.kiosk.session.navigator.goTo(1)
        shutil.rmtree(pack)
        qtbot.waitUntil(lambda: any("no such folder" in m
                                    for m in messages(caplog, logging.ERROR)),
                        timeout=WAIT_MS)
        quiet_for(qtbot)
        errors = messages(caplog, logging.ERROR)
        assert errors == [f"{pack}: no such folder",
                          "pack changed; 1 problem; the pack shown before stays on screen"]
        assert (lv.kiosk.session.property("state"), lv.title()) == ("showing", "Two")
        write_pack(pack, FIVE.replace("'Two'", "'Two again'"))
        wait_reloads(qtbot, lv, 1)
        assert (lv.position(), lv.title()) == (1, "Two again")


# --- how often -------------------------------------------------------------------------

def test_a_burst_of_writes_reloads_once_after_it_settles(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    with live(qtbot, pack) as lv:
        for n in range(25):                 # 25 saves, closer together than the settle time
            lv.deck_yaml.write_text(FIVE.replace("'One'", f"'One v{n}'"))
            qtbot.wait(SETTLE_MS // 4)
        wait_reloads(qtbot, lv, 1)
        quiet_for(qtbot)
        assert lv.reload.reloads == 1
        assert lv.title() == "One v24"


def test_nothing_changed_nothing_reloads(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", FIVE)
    (tmp_path / "beside").write_text("a file next to the pack, not in it")
    with live(qtbot, pack) as lv:
        revision = lv.revision()
        quiet_for(qtbot, polls=8)
        assert lv.reload.watcher.looks >= 5                      # it did look
        # Changes that leave everything shown as it was: a touch, an unused file, an
        # editor's swap file, a file beside the pack.
        os.utime(lv.deck_yaml)
        (pack / "notes.txt").write_text("for the author")
        (pack / ".deck.yaml.swp").write_text("swap")
        (tmp_path / "beside").write_text("changed")
        quiet_for(qtbot)
        assert (lv.reload.reloads, lv.revision()) == (0, revision)


def test_the_watch_follows_the_pack_the_operator_chooses(qtbot: QtBot, tmp_path: Path) -> None:
    write_pack(tmp_path / "alpha", FIVE)
    beta = write_pack(tmp_path / "beta", deck("B1", "B2"))
    with live(qtbot, tmp_path / "alpha") as lv:
        lv.kiosk.session.operator_menu.packRequested.emit(str(beta))
        assert lv.title() == "B1"
        assert lv.reload.watcher.folder == beta
        (beta / "deck.yaml").write_text(deck("B1 edited", "B2"))
        wait_reloads(qtbot, lv, 1)
        assert lv.title() == "B1 edited"


def test_no_watch_is_left_behind_on_replaced_files(qtbot: QtBot, tmp_path: Path) -> None:
    """What the file system watcher watches follows the files: replaced ones anew, removed
    ones dropped."""
    pack = write_pack(tmp_path / "pack", FIVE)
    write_picture(pack / "images/a.png")
    with live(qtbot, pack, mode="events") as lv:
        watcher = lv.reload.watcher.findChild(QFileSystemWatcher)
        assert watcher is not None
        editor_save(lv.deck_yaml, FIVE.replace("'One'", "'Uno'"))
        (pack / "images/a.png").unlink()
        wait_reloads(qtbot, lv, 1)
        watched = set(watcher.files()) | set(watcher.directories())
        assert str(lv.deck_yaml) in watched
        assert str(pack / "images/a.png") not in watched
        assert {str(pack), str(pack / "images"), str(tmp_path)} <= watched
