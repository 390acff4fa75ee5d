"""Preloading: pictures wanted soon are prepared one after another on a thread of their own."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.media.plan import Target

Job = tuple[Path, Target]


class Preloader:
    """Runs `prepare` for the jobs last asked for, in order; asking again replaces the jobs not
    yet started (the visitor has moved on), so the thread never works for a stale wish."""

    def __init__(self, prepare: Callable[[Path, Target], None]) -> None:
        self._prepare = prepare
        self._jobs: deque[Job] = deque()
        self._busy = False
        self._closed = False
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self.done = 0
        """Jobs finished, for tests and bench."""

    def want(self, jobs: Sequence[Job]) -> None:
        """Prepare `jobs`, in this order, instead of whatever was waiting."""
        with self._changed:
            if self._closed:
                return
            self._jobs = deque(dict.fromkeys(jobs))   # in order, each once
            if self._thread is None and self._jobs:
                self._thread = threading.Thread(target=self._run, name="kiosk-preload",
                                                daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every job asked for is done; False if `timeout` seconds pass first."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs and not self._busy, timeout)

    @property
    def idle(self) -> bool:
        with self._changed:
            return not self._jobs and not self._busy

    def close(self, timeout: float = 10.0) -> None:
        """Drop the waiting jobs and let the thread finish the one it is on."""
        with self._changed:
            self._closed = True
            self._jobs.clear()
            self._changed.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._busy = False
                self._changed.notify_all()
                self._changed.wait_for(lambda: self._closed or bool(self._jobs))
                if self._closed:
                    return
                path, target = self._jobs.popleft()
                self._busy = True
            try:
                self._prepare(path, target)
            finally:
                with self._changed:
                    self.done += 1
