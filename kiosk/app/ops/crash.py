"""Exceptions nobody caught (in Qt slots, callbacks, threads) logged with their traceback and
counted, never only printed; fatal states end the process with EXIT_FATAL."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from kiosk.app.ops.health import Health

log = logging.getLogger("kiosk.crash")

EXIT_FATAL = 3
"""The exit status of a fatal state (the log names it); systemd's unit restarts on it."""
REPEATS_LOGGED = (2, 3)
"""After the first traceback, the same error is logged again (one line) at these counts and
at every power of ten, so an error in a slot run at every frame cannot flood the log."""

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _where(info: ExcInfo) -> str:
    """The innermost frame of a traceback, as file:line."""
    frames = traceback.extract_tb(info[2])
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "(no traceback)"


def _should_log_again(count: int) -> bool:
    if count in REPEATS_LOGGED:
        return True
    while count >= 10 and count % 10 == 0:
        count //= 10
    return count == 1


class ExceptionHooks:
    """sys.excepthook (PySide6 hands it every exception raised in a slot, a callback or a
    Python override of a Qt method), threading.excepthook and sys.unraisablehook, each
    logging the traceback at ERROR and counting it in `health`. The kiosk goes on."""

    def __init__(self, health: Health) -> None:
        self._health = health
        self._seen: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._previous: tuple[Any, Any, Any] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook, sys.unraisablehook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_hook
        sys.unraisablehook = self._unraisable_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook, sys.unraisablehook = self._previous
            self._previous = None

    def report(self, what: str, info: ExcInfo) -> None:
        """Log `info` (an exception `what` describes) and count it."""
        self._health.count_exception()
        key = (f"{info[0].__module__}.{info[0].__qualname__}", _where(info))
        with self._lock:
            count = self._seen[key] = self._seen.get(key, 0) + 1
        if count == 1:
            log.error("%s (the kiosk goes on)", what, exc_info=info)
        elif _should_log_again(count):
            log.error("%s again, %d times so far: %s: %s at %s", what, count, info[0].__name__,
                      info[1], key[1])

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        self.report("an exception nobody caught", (kind, error, tb))

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(f"an exception ended thread {name}",
                    (args.exc_type, args.exc_value, args.exc_traceback))

    def _unraisable_hook(self, args: Any) -> None:
        if args.exc_value is None:
            return
        what = args.err_msg or "an exception that could not be raised"
        if args.object is not None:
            what = f"{what}: {args.object!r}"
        self.report(what, (args.exc_type, args.exc_value, args.exc_traceback))


_last_words: list[Callable[[str], None]] = []


def on_fatal(callback: Callable[[str], None]) -> Callable[[], None]:
    """Call `callback(reason)` just before a fatal exit (the status file's last write).
    Returns a function that removes it again."""
    _last_words.append(callback)
    return lambda: _last_words.remove(callback) if callback in _last_words else None


def log_fatal(reason: str) -> None:
    log.critical("fatal: %s; exiting with status %d so that the service manager starts the "
                 "kiosk again", reason, EXIT_FATAL)


def exit_now(reason: str) -> None:
    """A state the process cannot go on from (Qt's own fatal messages, the display gone):
    log it, let the status file say so, and end the process at once with EXIT_FATAL, before
    Qt aborts (a core dump) or exits with its own status half-way through its clean-up."""
    log_fatal(reason)
    for callback in list(_last_words):
        try:
            callback(reason)
        except Exception:
            log.exception("while writing the last status")
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):    # nothing more can be done about a broken log
            handler.flush()
    os._exit(EXIT_FATAL)
