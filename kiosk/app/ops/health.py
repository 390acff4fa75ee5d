"""What went wrong and what was reloaded since the start: counters any thread may add to."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field, replace

RELOADED = "reloaded"
UNCHANGED = "unchanged"
FAILED = "failed"
RELOAD_RESULTS = (RELOADED, UNCHANGED, FAILED)
MAX_MESSAGE = 300


@dataclass(frozen=True)
class Event:
    """Something that happened, with its wall-clock time (seconds since the epoch)."""

    at: float
    text: str
    trigger: str = ""
    result: str = ""


@dataclass(frozen=True)
class Counts:
    """A consistent copy of the counters."""

    exceptions: int = 0
    warnings: int = 0
    errors: int = 0
    """Log messages at ERROR or CRITICAL (an exception logged is one of them too)."""
    reloads: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELOAD_RESULTS, 0))
    last_reload: Event | None = None
    last_error: Event | None = None


class Health:
    """Counts exceptions, warnings and errors logged, and reloads with their results."""

    def __init__(self) -> None:
        self.started_at = time.time()
        self._started = time.monotonic()
        self._lock = threading.Lock()
        self._counts = Counts()

    def uptime(self) -> float:
        return time.monotonic() - self._started

    def counts(self) -> Counts:
        with self._lock:
            return self._counts

    def count_exception(self) -> None:
        with self._lock:
            self._counts = replace(self._counts, exceptions=self._counts.exceptions + 1)

    def count_record(self, level: int, message: str) -> None:
        """A log message at WARNING or above."""
        with self._lock:
            if level >= logging.ERROR:
                first_line = message.splitlines()[0] if message else ""
                self._counts = replace(self._counts, errors=self._counts.errors + 1,
                                       last_error=Event(time.time(), first_line[:MAX_MESSAGE]))
            elif level >= logging.WARNING:
                self._counts = replace(self._counts, warnings=self._counts.warnings + 1)

    def record_reload(self, trigger: str, result: str, detail: str) -> None:
        """A reload (`trigger` "live" or "operator") ended `result` (one of RELOAD_RESULTS)."""
        with self._lock:
            reloads = dict(self._counts.reloads)
            reloads[result] = reloads.get(result, 0) + 1
            self._counts = replace(
                self._counts, reloads=reloads,
                last_reload=Event(time.time(), detail[:MAX_MESSAGE], trigger, result))

class CountingHandler(logging.Handler):
    """Counts the kiosk's warnings and errors as they are logged, from any thread."""

    def __init__(self, health: Health) -> None:
        super().__init__(logging.WARNING)
        self._health = health

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:                     # a bad format string is still an event
            message = str(record.msg)
        self._health.count_record(record.levelno, message)
