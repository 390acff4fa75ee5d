"""The kiosk as a real process on a real X server (Xvfb with RandR, no window manager):
the server, the process and its log, as fixtures for the tests that need both.

Xvfb runs with -noreset: by default it resets when its last client leaves, and every xrandr
call is such a client, so monitors set by a test would be forgotten.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.test_bare_x_server import window_geometries
from tests.xserver import require, xvfb

REPO = Path(__file__).resolve().parents[1]
FRAMEBUFFER = (3000, 1200)
TITLE = "Shandong"                              # the default pack's window title starts so


class XServer:
    """An Xvfb with RandR whose monitors the test plugs in and out."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}

    def xrandr(self, *args: str) -> None:
        subprocess.run(["xrandr", *args], env=self.env, check=True, capture_output=True,
                       timeout=20)

    def plug(self, monitor: str, output: str = "none") -> None:
        name, geometry = monitor.split()
        self.xrandr("--setmonitor", name, geometry, output)

    def unplug(self, monitor: str) -> None:
        self.xrandr("--delmonitor", monitor.split()[0])

    def set_mode(self, width: int, height: int) -> None:
        """Change the resolution of Xvfb's only output, "screen" (the framebuffer is the
        largest size Xvfb allows, so only smaller modes and the first one fit)."""
        name = f"{width}x{height}"
        if (width, height) != FRAMEBUFFER:
            self.xrandr("--newmode", name, "0", str(width), "0", "0", "0", str(height),
                        "0", "0", "0")
            self.xrandr("--addmode", "screen", name)
        self.xrandr("--output", "screen", "--mode", name)

    def move_window(self, title: str, x: int, y: int) -> None:
        """Move a window as an author would drag it (there is no window manager)."""
        found = subprocess.run(["xdotool", "search", "--name", f"^{title}"], env=self.env,
                               check=True, capture_output=True, text=True, timeout=20)
        for window in found.stdout.split():
            subprocess.run(["xdotool", "windowmove", window, str(x), str(y)], env=self.env,
                           check=True, timeout=20)

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "150", *keys], env=self.env, check=True,
                       timeout=20)


@pytest.fixture
def x_server() -> Iterator[XServer]:
    require("Xvfb", "xrandr", "xdotool", "xwininfo")
    # A display number Xvfb picks itself: test processes running side by side never race.
    with xvfb(*FRAMEBUFFER) as display:
        x = XServer(display)
        # Xvfb's one output: primary, so Qt keeps the screen that shows it primary.
        x.xrandr("--output", "screen", "--primary")
        yield x


class Kiosk:
    """`python main.py ...` on the X server, its log in a file the test reads as it runs."""

    def __init__(self, x: XServer, log_file: Path, *args: str) -> None:
        self.x = x
        self.log_file = log_file
        env = {**x.env, "QT_QPA_PLATFORM": "xcb"}
        env.pop("QT_QUICK_BACKEND", None)
        with log_file.open("w") as log:
            self.process = subprocess.Popen([sys.executable, "main.py", *args], cwd=REPO,
                                            env=env, stdout=log, stderr=subprocess.STDOUT)

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8")

    def geometry(self) -> str | None:
        titles = window_geometries(self.x.display)
        return next((g for title, g in titles.items() if title.startswith(TITLE)), None)

    def wait_for(self, what: str, done: Callable[[], bool], timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            assert self.process.poll() is None, f"the kiosk quit:\n{self.log()}"
            assert time.monotonic() < deadline, (
                f"waited for {what}; window at {self.geometry()}; log:\n{self.log()}")
            time.sleep(0.2)

    def wait_for_geometry(self, geometry: str) -> None:
        self.wait_for(f"the window at {geometry}", lambda: self.geometry() == geometry)

    def wait_for_log(self, pattern: str) -> None:
        self.wait_for(f"a log line matching {pattern!r}",
                      lambda: re.search(pattern, self.log()) is not None)

    def wait_until_shown(self, geometry: str) -> None:
        self.wait_for_geometry(geometry)
        self.wait_for_log("first frame on screen")   # QML is up: keys reach the slides

    def stop(self, expected_warnings: tuple[str, ...] = ()) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail(f"the kiosk did not quit on SIGTERM; log:\n{self.log()}")
        log = self.log()
        assert self.process.returncode == 0, log
        assert "Traceback" not in log
        unexpected = [line for line in log.splitlines()
                      if re.search(r" (WARNING|ERROR|CRITICAL) ", line)
                      and not any(w in line for w in (*expected_warnings, NO_PIN))]
        assert not unexpected, log
        return log


@pytest.fixture
def start_kiosk(x_server: XServer, tmp_path: Path) -> Iterator[Callable[..., Kiosk]]:
    started: list[Kiosk] = []

    def start(*args: str) -> Kiosk:
        kiosk = Kiosk(x_server, tmp_path / f"kiosk-{len(started)}.log", *args)
        started.append(kiosk)
        return kiosk

    yield start
    for kiosk in started:
        if kiosk.process.poll() is None:
            kiosk.process.kill()
            kiosk.process.wait(timeout=10)


# Full screen without KIOSK_PIN warns the operator once at start; these tests run it so.
NO_PIN = "locked without an operator PIN"
