"""The kiosk's own window, full screen, driven by key presses: (b) key to frame, (c) frame
intervals in transitions, (e) peak memory through a pack of photos, (f) drift in a long soak."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem

from bench.probe import (
    FrameClock,
    emit,
    pause,
    press_right,
    rss_mb,
    settled_rss_mb,
    wait_until,
)
from kiosk.app.images import PictureService, pictures_of
from kiosk.app.opening import open_pack
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, show_full_screen


class Kiosk:
    """The kiosk on `pack`, full screen on the primary screen, with a frame clock."""

    def __init__(self, pack: Path) -> None:
        self.session = KioskSession(locked=False)
        if not open_pack(self.session, pack, language=None, windowed=False):
            raise SystemExit(f"{pack} cannot be shown")
        self.engine, self.window = create_window(self.session)
        show_full_screen(self.window, QGuiApplication.primaryScreen())
        self.window.requestActivate()
        self.clock = FrameClock(self.window)
        service = pictures_of(self.engine)
        assert service is not None
        self.pictures: PictureService = service
        stage = self.window.findChild(QObject, "stage")
        assert stage is not None
        self.stage = stage
        if not wait_until(lambda: bool(self.clock.swaps) and self.shown_ready(), 120):
            raise SystemExit("the first slide did not appear")
        self.pictures.wait_prepared(120)

    def hosts(self) -> list[QQuickItem]:
        """The stage's slide hosts (SlideHost.qml) that are visible."""
        stage = self.stage
        assert isinstance(stage, QQuickItem)
        return [item for item in stage.childItems()
                if item.metaObject().className().startswith("SlideHost_") and item.isVisible()]

    def shown_pictures(self) -> list[QQuickItem]:
        """The Pictures on the slide shown (read on the GUI thread after each step)."""
        index = self.session.navigation.position
        found: list[QQuickItem] = []
        items = [host for host in self.hosts() if host.property("index") == index]
        while items:
            item = items.pop()
            items.extend(item.childItems())
            if item.metaObject().className().startswith("Picture_"):
                found.append(item)
        return found

    def shown_ready(self) -> bool:
        return not any(item.property("loading") for item in self.shown_pictures())

    def step(self, timeout: float = 60.0) -> float:
        """Press Right; milliseconds until the first frame that shows the next slide with its
        pictures (NaN if none came within `timeout`)."""
        self.clock.syncs.clear()
        self.clock.swaps.clear()
        target = (self.session.navigation.position + 1) % self.session.navigation.slide_count
        self.clock.ready = lambda: False
        pressed = press_right(self.window)
        wait_until(lambda: self.session.navigation.position == target, timeout)
        pictures = self.shown_pictures()
        hosts = [host for host in self.hosts() if host.property("index") == target]
        self.clock.ready = lambda: (bool(hosts) and all(host.isVisible() for host in hosts)
                                    and not any(p.property("loading") for p in pictures))
        if not wait_until(lambda: self.clock.frame_ready_after(pressed) is not None, timeout):
            return float("nan")
        shown = self.clock.frame_ready_after(pressed)
        assert shown is not None
        return (shown - pressed) * 1000


SOAK_SAMPLES = 40
"""RSS readings along a soak: one reading moves by megabytes with the heap's layout, so the
drift is the trend through all of them (least squares), not the last minus the first."""


def fitted_slope(samples: list[tuple[int, float]]) -> float:
    """Megabytes per step of the least-squares line through (step, MB) samples."""
    count = len(samples)
    mean_x = sum(x for x, _ in samples) / count
    mean_y = sum(y for _, y in samples) / count
    spread = sum((x - mean_x) ** 2 for x, _ in samples)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in samples) / spread


def run(mode: str, args: list[str]) -> int:
    app = QGuiApplication(sys.argv[:1])
    kiosk = Kiosk(Path(args[0]))
    if mode == "kiosk-keys":   # (b): neighbours prepared before each press
        latencies = []
        for _ in range(int(args[1])):
            kiosk.pictures.wait_prepared(60)
            pause(0.15)
            latencies.append(kiosk.step())
        emit({"latencies_ms": latencies, "made": kiosk.pictures.store.made})
    elif mode == "kiosk-transitions":   # (c)
        intervals: list[float] = []
        for _ in range(int(args[1])):
            kiosk.pictures.wait_prepared(60)
            pause(0.3)
            pressed = time.perf_counter()
            kiosk.step()
            pause(max(0.0, pressed + 0.5 - time.perf_counter()))
            intervals += kiosk.clock.intervals(pressed, pressed + 0.45)
        emit({"intervals_ms": intervals})
    elif mode == "kiosk-memory":   # (e): every slide once, each prepared as it comes
        samples, steps = [rss_mb()], []
        for _ in range(kiosk.session.navigation.slide_count - 1):
            steps.append(kiosk.step())
            kiosk.pictures.wait_prepared(120)
            samples.append(rss_mb())
        emit({"peak_mb": rss_mb("VmHWM"), "max_sampled_mb": max(samples),
              "step_ms": steps, "made": kiosk.pictures.store.made,
              "held_mb": kiosk.pictures.store.screen_sized.total / 2**20})
    elif mode == "kiosk-soak":   # (f): RSS sampled along the way, the trend fitted
        warmup, transitions = int(args[1]), int(args[2])
        for _ in range(warmup):
            kiosk.step()
        kiosk.pictures.wait_prepared(60)
        # Read at the same slide each time: which slide is shown moves RSS by megabytes.
        count = kiosk.session.navigation.slide_count
        every = max(count, transitions // SOAK_SAMPLES // count * count)
        readings = [(0, settled_rss_mb())]
        started = time.perf_counter()
        slow = 0
        for done in range(1, transitions + 1):
            slow += kiosk.step() > 17
            if done % every == 0:
                kiosk.pictures.wait_prepared(60)
                readings.append((done, settled_rss_mb()))
        seconds = time.perf_counter() - started
        emit({"samples": readings, "fitted_drift_mb": fitted_slope(readings) * transitions,
              "before_mb": readings[0][1], "after_mb": readings[-1][1], "seconds": seconds,
              "steps": transitions, "slower_than_a_frame": slow})
    else:
        raise SystemExit(f"unknown mode {mode}")
    del app
    return 0
