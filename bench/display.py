"""Where the windowed benchmarks draw: a private Xvfb at 1920x1080 (else Qt's offscreen
platform), with Qt Quick's software renderer or OpenGL (Mesa's llvmpipe where there is no GPU)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

SCREEN = (1920, 1080)


@contextmanager
def display(renderer: str = "software") -> Iterator[tuple[dict[str, str], str]]:
    """Environment variables for child processes, and a description of the display."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_QPA", "QT_QUICK_BACKEND", "QSG_"))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)   # no screen saver service to ask
    width, height = SCREEN
    if shutil.which("Xvfb") is None:
        env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
        yield env, f"offscreen platform, software renderer, {width}x{height} (no Xvfb)"
        return
    if renderer == "software":
        env["QT_QUICK_BACKEND"] = "software"
        drawn = "Qt Quick's software renderer"
    else:
        drawn = "OpenGL (Mesa llvmpipe where there is no GPU)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp",
         "-screen", "0", f"{width}x{height}x24"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield env, f"Xvfb {width}x{height} (no vsync), xcb platform, {drawn}"
    finally:
        server.terminate()
        server.wait(timeout=10)
