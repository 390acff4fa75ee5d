"""Keeps the status file, the metrics file and systemd's status line up to date: looked at
every second, written when something changed and every 30 s for the uptime."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer

from kiosk.app.ops.health import Health
from kiosk.app.ops.metrics import metrics_text
from kiosk.app.ops.paths import write_atomically
from kiosk.app.ops.service import ServiceWatch
from kiosk.app.ops.status import (
    RUNNING,
    Snapshot,
    lasting_part,
    read_rss_bytes,
    status_document,
    status_text,
    summary,
)
from kiosk.app.session import KioskSession

log = logging.getLogger(__name__)

CHECK_MS = 1000
REFRESH_S = 30.0


def take_snapshot(session: KioskSession, health: Health,
                  real_path: Callable[[], str | None] | None = None) -> Snapshot:
    """What `session` shows now, with `health`'s counters; `real_path()` is where the pack
    shown was really read from (live reload knows). Reads Python state only."""
    pack = session.pack
    slide_id = slide_type = title = ""
    slides = number = 0
    at = session.navigation.position
    if pack is not None:
        deck = pack.deck
        slides = len(deck.slides)
        title = deck.title.get(session.current_language, deck.default_language)
        if 0 <= at < slides:
            number = at + 1
            slide_id = deck.slides[at].id or ""
            slide_type = deck.slides[at].type
    return Snapshot(
        started_at=health.started_at, now=time.time(), uptime=health.uptime(),
        state=str(session.property("state")),
        pack_name=str(session.property("packName") or ""),
        pack_path=str(pack.root) if pack is not None else "",
        pack_real_path=(real_path() or "") if pack is not None and real_path else "",
        title=title, slides=slides, slide_number=number, slide_id=slide_id,
        slide_type=slide_type, language=session.current_language if pack else "",
        idle=session.idle_watch.current_state, autoplay=session.autoplayer.is_playing,
        counts=health.counts(), rss_bytes=read_rss_bytes())


class _Target:
    """One file the reporter writes, complaining once while it cannot."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what
        self.failing = False

    def write(self, text: str) -> None:
        try:
            write_atomically(self.path, text)
        except OSError as error:
            if not self.failing:
                self.failing = True
                log.warning("could not write the %s %s: %s; trying again at each change",
                            self.what, self.path, error)
            return
        if self.failing:
            self.failing = False
            log.info("writing the %s %s again", self.what, self.path)


class Reporter(QObject):
    """Writes the status file (JSON) and the metrics file (Prometheus), each optional, and
    gives the service manager its status line."""

    def __init__(self, session: KioskSession, health: Health, *,
                 status_file: Path | None, metrics_file: Path | None,
                 service: ServiceWatch | None = None, check_ms: int = CHECK_MS,
                 refresh_s: float = REFRESH_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._health = health
        self._service = service
        self._refresh_s = refresh_s
        self._status = _Target(status_file, "status file") if status_file else None
        self._metrics = _Target(metrics_file, "metrics file") if metrics_file else None
        if status_file is not None:
            with contextlib.suppress(OSError):     # said when the first write fails
                status_file.parent.mkdir(parents=True, exist_ok=True)
        self._last: dict[str, Any] | None = None
        self._written_at = 0.0
        self._snapshot: Snapshot | None = None
        self.real_path: Callable[[], str | None] | None = None
        """Where the pack shown was really read from, when someone knows (live reload)."""
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def last_snapshot(self) -> Snapshot | None:
        return self._snapshot

    def check(self) -> None:
        """Write the files if anything but the time changed, or the uptime is due."""
        self.write(take_snapshot(self._session, self._health, self.real_path))

    def write(self, snap: Snapshot, *, force: bool = False) -> None:
        self._snapshot = snap
        if self._service is not None and snap.process == RUNNING:
            self._service.status(summary(snap))
        document = status_document(snap)
        lasting = lasting_part(document)
        due = time.monotonic() - self._written_at >= self._refresh_s
        if not force and not due and lasting == self._last:
            return
        self._last = lasting
        self._written_at = time.monotonic()
        if self._status is not None:
            self._status.write(status_text(document))
        if self._metrics is not None:
            self._metrics.write(metrics_text(snap))

    def finish(self, process: str, reason: str = "") -> Snapshot:
        """The last write: the kiosk has `process` ("stopped" or "fatal") for `reason`."""
        if QThread.currentThread() == self.thread():   # else the process is ending anyway
            self._timer.stop()
        base = self._snapshot or take_snapshot(self._session, self._health, self.real_path)
        final = dataclasses.replace(base, process=process, reason=reason, now=time.time(),
                                    uptime=self._health.uptime(),
                                    counts=self._health.counts())
        self.write(final, force=True)
        return final
