"""The analytics file: an SQLite database, its schema and migrations (`PRAGMA user_version`),
one short transaction per event, and a corrupt file moved aside (never deleted).

Durability: the WAL journal with `synchronous=FULL` syncs the log at every commit, so an
event is on disk once `record()` returns and a power cut loses at most the event being
written. (`NORMAL` syncs only at checkpoints: a power cut could lose every event since the
last one, hundreds of them.) A commit costs one fsync, under a millisecond on an SSD.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from kiosk.analytics.events import VIEW, VISIT, Event
from kiosk.folders import user_folder

log = logging.getLogger(__name__)

DATABASE_NAME = "visits.sqlite"
STATE_DIR_ENV = "KIOSK_STATE_DIR"        # as kiosk/app/ops/paths.py (no Qt package here)
BUSY_TIMEOUT_SECONDS = 2.0
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26

# Entry i takes the schema from version i to i + 1 (`PRAGMA user_version`): its statements.
MIGRATIONS: tuple[tuple[str, ...], ...] = ((
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,           -- seconds since 1970-01-01 UTC
        kind TEXT NOT NULL,         -- start, view, visit, wake, idle, attract, language, ...
        visit INTEGER,              -- the id of the visitor session's `visit` row, or NULL
        pack TEXT,                  -- the pack folder's name (views)
        slide TEXT,                 -- the slide's `id` (views; NULL when it has none)
        slide_number INTEGER,       -- 1-based (views)
        language TEXT,              -- views, language changes
        input TEXT,                 -- key, touch, mouse, wheel, pen, autoplay, attract, deck
        detail TEXT,                -- views: next, previous, jump, same, deck. wake and
                                    -- attract: the state before (countdown, attract, active)
        dwell REAL                  -- views: seconds on screen, set when the view ends
    )""",
    "CREATE INDEX events_by_kind_and_time ON events (kind, at)",
),)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerDatabaseError(sqlite3.DatabaseError):
    """The file was written by a newer kiosk; it is left alone."""


def default_database() -> Path:
    """visits.sqlite in the state folder ($KIOSK_STATE_DIR, else the user's state folder)."""
    return user_folder("state", STATE_DIR_ENV) / DATABASE_NAME


def is_corruption(error: sqlite3.Error) -> bool:
    """Whether `error` says the file is damaged or not a database at all."""
    return getattr(error, "sqlite_errorcode", None) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def move_aside(path: Path, now: float | None = None) -> Path:
    """Rename a damaged database (and its -wal and -shm files) to `NAME.corrupt-STAMP`, so
    nothing recorded is lost and a fresh file can be started; the new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    for suffix in ("", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def connect(path: Path) -> sqlite3.Connection:
    """An open, checked and migrated connection to the analytics file at `path` (created
    with its folder if missing). A damaged file is moved aside first and a new one begun.
    Raises sqlite3.Error or OSError when the file cannot be used."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open_checked(path)
    except sqlite3.DatabaseError as error:
        if isinstance(error, NewerDatabaseError) or not is_corruption(error):
            raise
        aside = move_aside(path)
        log.warning("visitor analytics: %s is damaged (%s); moved aside as %s, starting a new "
                    "file", path, error, aside.name)
        return _open_checked(path)


def _open_checked(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                 check_same_thread=False)
    try:
        found = connection.execute("PRAGMA quick_check").fetchone()
        if found is None or found[0] != "ok":
            error = sqlite3.DatabaseError(f"quick_check: {found[0] if found else 'nothing'}")
            error.sqlite_errorcode = SQLITE_CORRUPT
            raise error
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:     # checked before anything is changed in the file
            raise NewerDatabaseError(f"{path} has schema version {version}; this kiosk knows "
                                     f"up to {SCHEMA_VERSION} (written by a newer kiosk)")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        _migrate(connection, version)
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    """From schema `version` to SCHEMA_VERSION, in one transaction."""
    if version == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


class EventStore:
    """Writes events to the analytics file, each in one short transaction, and remembers the
    view and the visitor session open now (their row ids)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = connect(path)
        self._open_view: int | None = None
        self._visit: int | None = None

    def record(self, event: Event) -> int:
        """Write `event` (closing the open view with its dwell, if it says so); its row id."""
        db = self._connection
        db.execute("BEGIN IMMEDIATE")
        try:
            if event.ends_view and self._open_view is not None and event.dwell is not None:
                db.execute("UPDATE events SET dwell = ? WHERE id = ?",
                           (round(event.dwell, 3), self._open_view))
            slide = event.slide
            row = db.execute(
                "INSERT INTO events (at, kind, visit, pack, slide, slide_number, language, "
                "input, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.at, event.kind, self._visit if event.in_visit else None,
                 slide.pack if slide else None, slide.slide_id if slide else None,
                 slide.number if slide else None, event.language, event.input, event.detail),
            ).lastrowid
            assert row is not None
            if event.kind == VISIT:
                db.execute("UPDATE events SET visit = id WHERE id = ?", (row,))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        if event.ends_view:
            self._open_view = None
        if event.kind == VIEW:
            self._open_view = row
        if event.kind == VISIT:
            self._visit = row
        elif not event.in_visit:
            self._visit = None
        return row

    def close(self) -> None:
        self._connection.close()
