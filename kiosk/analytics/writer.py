"""The writer thread: events written as they come, off the GUI thread, and no database error
(disk full, a locked or damaged file, a folder that cannot be made) ever reaching the kiosk:
logged once, the event dropped, the file tried again a minute later."""

from __future__ import annotations

import contextlib
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.analytics.events import Event
from kiosk.analytics.store import EventStore

log = logging.getLogger(__name__)

RETRY_SECONDS = 60.0
QUEUE_LIMIT = 1000
_CLOSE = None


class EventWriter:
    """`put()` never blocks nor raises; a thread writes each event in its own transaction.
    `on_committed(event, row)` is called in that thread after each commit."""

    def __init__(self, path: Path, *, retry_seconds: float = RETRY_SECONDS,
                 clock: Callable[[], float] = time.monotonic,
                 on_committed: Callable[[Event, int], None] | None = None) -> None:
        self.path = path
        self._retry_seconds = retry_seconds
        self._clock = clock
        self._on_committed = on_committed
        self._queue: queue.Queue[Event | None] = queue.Queue(QUEUE_LIMIT)
        self._store: EventStore | None = None
        self._retry_at: float | None = None      # set while the file cannot be used
        self._trouble = ""                       # what went wrong, logged once
        self.written = 0
        self.lost = 0
        self._thread = threading.Thread(target=self._run, name="visitor-analytics", daemon=True)
        self._thread.start()

    def put(self, event: Event) -> None:
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self.lost += 1      # the thread is stuck on the disk; the kiosk goes on

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every event put so far is written or dropped; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline or not self._thread.is_alive():
                return False
            time.sleep(0.005)
        return True

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued (waiting at most `timeout` s), then close the file."""
        try:
            self._queue.put(_CLOSE, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)

    # --- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is _CLOSE:
                    self._close_store()
                    return
                self._write(event)
            except Exception:      # a bug here must not end the thread in silence
                log.exception("visitor analytics: an event could not be written")
                self.lost += 1
            finally:
                self._queue.task_done()

    def _write(self, event: Event) -> None:
        store = self._usable_store()
        if store is None:
            self.lost += 1
            return
        try:
            row = store.record(event)
        except (sqlite3.Error, OSError) as error:
            self._failed(f"cannot write to {self.path}: {error}")
            self._close_store()
            self.lost += 1
            return
        self.written += 1
        if self._trouble:
            log.info("visitor analytics: writing to %s again (%d events lost meanwhile)",
                     self.path, self.lost)
            self._trouble = ""
        if self._on_committed is not None:
            self._on_committed(event, row)

    def _usable_store(self) -> EventStore | None:
        if self._store is not None:
            return self._store
        if self._retry_at is not None and self._clock() < self._retry_at:
            return None
        try:
            self._store = EventStore(self.path)
        except (sqlite3.Error, OSError) as error:
            self._failed(f"cannot open {self.path}: {error}")
            return None
        self._retry_at = None
        return self._store

    def _failed(self, trouble: str) -> None:
        """Log the first failure of a run of them; try the file again in a while."""
        if not self._trouble:
            log.warning("visitor analytics: %s; the kiosk goes on, events are dropped and the "
                        "file is tried again every %.0f s", trouble, self._retry_seconds)
        self._trouble = trouble
        self._retry_at = self._clock() + self._retry_seconds

    def _close_store(self) -> None:
        if self._store is not None:
            with contextlib.suppress(sqlite3.Error):
                self._store.close()
            self._store = None
