"""A child process of the bench: one measurement on a real window, printed as one JSON line.

`python -m bench.probe MODE [ARGS]`; modes in bench/bare.py (a bare Qt Quick window, the
baselines) and bench/kiosk_probe.py (the kiosk's own window).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import itertools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickWindow

from kiosk.app.immortal import keep_none_alive

keep_none_alive()   # PySide6 6.12.0 on Python 3.11: see kiosk/app/immortal.py


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (VmRSS) or its peak (VmHWM), in MB."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def settled_rss_mb() -> float:
    """Resident memory once Python's garbage is collected and the C heap's free pages are
    given back (glibc's malloc_trim): what is held, not what the allocator keeps at hand."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):   # not glibc: RSS as it is
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def pause(seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


class FrameClock:
    """When frames were synchronised (with what `ready()` said then) and swapped: read on the
    render thread while the GUI thread is blocked in the sync, so what it reads holds still."""

    def __init__(self, window: QQuickWindow) -> None:
        self.swaps: list[float] = []
        self.syncs: list[tuple[float, bool]] = []
        self.ready: Callable[[], bool] = lambda: True
        window.afterSynchronizing.connect(self._synced, Qt.ConnectionType.DirectConnection)
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _synced(self) -> None:
        self.syncs.append((time.perf_counter(), self.ready()))

    def _swapped(self) -> None:
        self.swaps.append(time.perf_counter())

    def frame_ready_after(self, moment: float) -> float | None:
        """When the first frame synchronised after `moment` with `ready()` true was swapped."""
        synced = next((at for at, ready in self.syncs if at > moment and ready), None)
        if synced is None:
            return None
        return next((at for at in self.swaps if at > synced), None)

    def intervals(self, start: float, end: float) -> list[float]:
        """Milliseconds between frames swapped from `start` to `end`."""
        inside = [at for at in self.swaps if start <= at <= end]
        return [(b - a) * 1000 for a, b in itertools.pairwise(inside)]


def press_right(window: QQuickWindow) -> float:
    """Post a Right key press and release to `window`; when it was posted.

    Posted, not sent as QTest.keyClick does: that would handle the key (and any frame sync it
    triggers) while holding Python's lock, which the frame clock's render-thread callbacks
    need, and both threads would wait for ever."""
    pressed = time.perf_counter()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.postEvent(
            window, QKeyEvent(kind, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier))
    return pressed


def emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


def main(argv: list[str]) -> int:
    mode, args = argv[0], argv[1:]
    if mode.startswith("bare-"):
        from bench import bare
        return bare.run(mode, args)
    from bench import kiosk_probe
    return kiosk_probe.run(mode, args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
