"""The analytics file: its schema and settings, damaged and newer files, and the writer thread
going on through errors (a locked file, a folder that cannot be made, a file damaged)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from kiosk.analytics.events import VIEW, VISIT, Event, Slide
from kiosk.analytics.store import (
    SCHEMA_VERSION,
    EventStore,
    NewerDatabaseError,
    default_database,
)
from kiosk.analytics.writer import EventWriter
from tests.analytics.clock import MAY_DAY_10H, Clock, rows

WELCOME = Slide("shandong", "welcome", 1, "en")


def view(at: float = MAY_DAY_10H, dwell: float | None = None) -> Event:
    return Event(at, VIEW, slide=WELCOME, language="en", input="touch", detail="next",
                 ends_view=True, dwell=dwell)


def test_a_new_file_has_the_schema_a_wal_journal_and_full_sync(tmp_path: Path) -> None:
    path = tmp_path / "state" / "visits.sqlite"          # its folder is made too
    store = EventStore(path)
    store.record(view())
    store.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()
    # synchronous is a connection's setting: read back from the store's own connection.
    store = EventStore(path)
    assert store._connection.execute("PRAGMA synchronous").fetchone() == (2,)   # FULL
    store.close()


def test_the_dwell_lands_on_the_view_it_ends_and_visits_number_their_rows(
        tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    store = EventStore(path)
    store.record(view())
    visit = store.record(Event(MAY_DAY_10H + 1, VISIT, True, input="key", ends_view=True,
                               dwell=1.0))
    store.record(Event(MAY_DAY_10H + 1, VIEW, True, WELCOME, "en", "key", "same"))
    store.record(Event(MAY_DAY_10H + 5, VIEW, True, WELCOME, "zh", "key", "next",
                       ends_view=True, dwell=4.0))
    store.close()
    # Reopened (a restart): the open view and visit are not carried over.
    store = EventStore(path)
    store.record(Event(MAY_DAY_10H + 9, VIEW, True, WELCOME, "en", "key", "next",
                       ends_view=True, dwell=4.0))
    store.close()
    assert rows(path, "kind, visit, language, dwell") == [
        ("view", None, "en", 1.0), ("visit", visit, None, None), ("view", visit, "en", 4.0),
        ("view", visit, "zh", None), ("view", None, "en", None)]


def test_a_damaged_file_is_moved_aside_not_deleted(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "visits.sqlite"
    garbage = b"this is not a database, but what was here is kept\n" * 200
    path.write_bytes(garbage)
    with caplog.at_level(logging.WARNING):
        store = EventStore(path)
    store.record(view())
    store.close()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("visits.sqlite.corrupt-")]
    assert [p.read_bytes() for p in aside] == [garbage]
    assert rows(path, "kind") == [("view",)]
    assert f"moved aside as {aside[0].name}" in caplog.text


def test_a_file_damaged_inside_is_moved_aside_with_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    store = EventStore(path)
    for second in range(300):
        store.record(view(MAY_DAY_10H + second, 1.0))
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page:4 * page] = b"\xff" * (2 * page)      # pages of the table scribbled over
    path.write_bytes(bytes(data))
    store = EventStore(path)
    store.record(view())
    store.close()
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert [p.name.endswith(("-wal", "-shm")) for p in aside].count(False) == 1
    assert rows(path, "kind") == [("view",)]


def test_a_file_from_a_newer_kiosk_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE events (id INTEGER PRIMARY KEY)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="written by a newer kiosk"):
        EventStore(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["visits.sqlite"]


def test_the_default_file_is_in_the_state_folder(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.app.ops.paths import state_folder

    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))
    assert default_database() == state_folder() / "visits.sqlite"
    assert default_database() == tmp_path / "state" / "visits.sqlite"


def test_the_writer_goes_on_while_the_file_is_locked_and_writes_again_later(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "visits.sqlite"
    clock = Clock()
    writer = EventWriter(path, clock=clock.steady, retry_seconds=60)
    writer.put(view(MAY_DAY_10H))
    assert writer.flush()
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")          # another program holds the file
    with caplog.at_level(logging.INFO):
        writer.put(view(MAY_DAY_10H + 1))
        writer.put(view(MAY_DAY_10H + 2))      # within the minute: not tried, not logged
        assert writer.flush(timeout=30)
        other.execute("ROLLBACK")
        other.close()
        writer.put(view(MAY_DAY_10H + 3))      # released, but the minute is not over
        assert writer.flush()
        clock.advance(61)
        writer.put(view(MAY_DAY_10H + 4))
        assert writer.flush()
    writer.close()
    assert (writer.written, writer.lost) == (2, 3)
    assert rows(path, "at") == [(MAY_DAY_10H,), (MAY_DAY_10H + 4,)]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "database is locked" in warnings[0], warnings
    assert "writing to" in caplog.text and "again (3 events lost meanwhile)" in caplog.text


def test_the_writer_goes_without_when_the_folder_cannot_be_made(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state folder should be\n")
    writer = EventWriter(blocker / "visits.sqlite", retry_seconds=0)
    with caplog.at_level(logging.WARNING):
        for second in range(5):
            writer.put(view(MAY_DAY_10H + second))
        assert writer.flush()
    writer.close()
    assert (writer.written, writer.lost) == (0, 5)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "cannot open" in warnings[0], warnings
