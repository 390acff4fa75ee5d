"""A private Xvfb for tests, and the X server's screen saver as a client sees it (ctypes)."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

# XScreenSaverQueryInfo's states (X11/extensions/saver.h).
SCREEN_SAVER_OFF, SCREEN_SAVER_ON, SCREEN_SAVER_DISABLED = 0, 1, 3


def require(*tools: str) -> None:
    """Fail on Debian (where scripts/bootstrap.sh test installs them), else skip."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        if shutil.which("dpkg-query"):
            pytest.fail(f"{', '.join(missing)} missing: scripts/bootstrap.sh test installs it")
        pytest.skip(f"{', '.join(missing)} not available on this system")


@contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """An Xvfb on a display number it picks itself (no race with other servers), kept from
    resetting when its last client goes (-noreset), so settings made by a test stay."""
    require("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp",
         "-screen", "0", f"{width}x{height}x24"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class _Info(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong)]


class XClient:
    """A plain X client connection, to read and change what the server does."""

    def __init__(self, display: str) -> None:
        self.x = ctypes.CDLL("libX11.so.6")
        self.xss = ctypes.CDLL("libXss.so.1")
        int_p = ctypes.POINTER(ctypes.c_int)
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSetScreenSaver.argtypes = [ctypes.c_void_p] + [ctypes.c_int] * 4
        self.x.XGetScreenSaver.argtypes = [ctypes.c_void_p] + [int_p] * 4
        self.xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                                   ctypes.POINTER(_Info)]
        self.display = self.x.XOpenDisplay(display.encode())
        assert self.display, f"could not open {display}"

    def close(self) -> None:
        self.x.XCloseDisplay(self.display)

    def screen_saver_settings(self) -> tuple[int, int, int, int]:
        """timeout, interval, prefer blanking, allow exposures (as `xset q` shows them)."""
        values = [ctypes.c_int() for _ in range(4)]
        self.x.XGetScreenSaver(self.display, *(ctypes.byref(v) for v in values))
        timeout, interval, blanking, exposures = (v.value for v in values)
        return timeout, interval, blanking, exposures

    def set_screen_saver_timeout(self, seconds: int) -> None:
        _, interval, blanking, exposures = self.screen_saver_settings()
        self.x.XSetScreenSaver(self.display, seconds, interval, blanking, exposures)
        self.x.XSync(self.display, 0)

    def screen_saver_state(self) -> int:
        info = _Info()
        self.xss.XScreenSaverQueryInfo(self.display, self.x.XDefaultRootWindow(self.display),
                                       ctypes.byref(info))
        return int(info.state)
