"""Preparing pictures on a thread of their own: the ones asked for now first (newest first),
then the ones wanted soon (preloading), one after another."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.media.plan import Target

log = logging.getLogger(__name__)

Job = tuple[Path, Target]


URGENT_KEPT = 64
"""Pictures asked for now and not yet started, at most; the oldest are dropped (a Picture
still on screen asks again)."""


class Preloader:
    """Runs `prepare` for pictures asked for now (`urgent`, newest first), then for the jobs
    last wished for (`want`, in order); a new wish replaces the jobs not yet started (the
    visitor has moved on), so the thread never works for a stale one. `prepare` is told
    whether someone is waiting for the picture (its third argument)."""

    def __init__(self, prepare: Callable[[Path, Target, bool], None]) -> None:
        self._prepare = prepare
        self._urgent: deque[Job] = deque()
        self._jobs: deque[Job] = deque()
        self._current: Job | None = None
        self._closed = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self.done = 0
        """Jobs finished, for tests and bench."""

    def want(self, jobs: Sequence[Job]) -> None:
        """Prepare `jobs`, in this order, instead of whatever was waiting."""
        with self._changed:
            self._jobs = deque(dict.fromkeys(jobs))   # in order, each once
            self._wake()

    def urgent(self, job: Job) -> None:
        """Prepare `job` next (unless it is waiting already, or being prepared now)."""
        with self._changed:
            if job == self._current or job in self._urgent:
                return
            self._urgent.appendleft(job)
            while len(self._urgent) > URGENT_KEPT:
                self._urgent.pop()
            self._wake()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every job asked for is done; False if `timeout` seconds pass first."""
        with self._changed:
            return self._changed.wait_for(self._is_idle, timeout)

    @property
    def idle(self) -> bool:
        with self._changed:
            return self._is_idle()

    def close(self, timeout: float = 10.0) -> None:
        """Drop the waiting jobs and let the thread finish the one it is on."""
        with self._changed:
            self._closed = True
            self._jobs.clear()
            self._urgent.clear()
            self._changed.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _is_idle(self) -> bool:
        return not self._jobs and not self._urgent and self._current is None

    def _wake(self) -> None:
        """Start the thread if need be and tell it there is work (holding the lock)."""
        if self._closed:
            self._jobs.clear()
            self._urgent.clear()
            return
        if self._thread is None and (self._jobs or self._urgent):
            self._thread = threading.Thread(target=self._run, name="kiosk-pictures",
                                            daemon=True)
            self._thread.start()
        self._changed.notify_all()

    def _run(self) -> None:
        while True:
            with self._changed:
                self._current = None
                self._changed.notify_all()
                self._changed.wait_for(
                    lambda: self._closed or bool(self._jobs) or bool(self._urgent))
                if self._closed:
                    return
                waited_for = bool(self._urgent)
                queue = self._urgent if waited_for else self._jobs
                self._current = queue.popleft()
                path, target = self._current
            try:
                self._prepare(path, target, waited_for)
            except Exception:   # a bug, not a bad picture (those are PictureErrors, logged)
                log.exception("preparing %s failed", path)
            finally:
                with self._changed:
                    self.done += 1
