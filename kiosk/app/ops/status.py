"""The status file: what the kiosk shows and how it has fared, as JSON for operators."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.app.ops.health import Counts, Event

STATUS_FORMAT = 1
VOLATILE = ("updated", "uptime_seconds", "rss_bytes")
"""Keys that change by themselves; a change only there does not call for a write."""

RUNNING = "running"
STOPPED = "stopped"
FATAL = "fatal"


@dataclass(frozen=True)
class Snapshot:
    """The kiosk at one moment: what it shows and its counters."""

    started_at: float
    now: float
    uptime: float
    process: str = RUNNING
    """"running", "stopped" (it quit) or "fatal" (it exited on a fatal state)."""
    reason: str = ""
    state: str = "updating"
    """The session's: "showing" a pack, listing its "problems", or "updating" (calm screen)."""
    pack_name: str = ""
    pack_path: str = ""
    pack_real_path: str = ""
    """The folder `pack_path` led to when the pack shown was read (a release behind a link)."""
    title: str = ""
    slides: int = 0
    slide_number: int = 0
    """1 for the first slide; 0 when no pack is shown."""
    slide_id: str = ""
    slide_type: str = ""
    language: str = ""
    idle: str = "active"
    autoplay: bool = False
    counts: Counts = field(default_factory=Counts)
    rss_bytes: int | None = None
    pid: int = field(default_factory=os.getpid)


def local_time(seconds: float) -> str:
    """ISO 8601 in the machine's time zone, to the second: 2025-06-01T09:30:00+02:00."""
    return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")


def _event(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    found: dict[str, Any] = {"at": local_time(event.at)}
    if event.trigger:
        found["trigger"] = event.trigger
    if event.result:
        found["result"] = event.result
    found["message" if not event.result else "detail"] = event.text
    return found


def status_document(snap: Snapshot) -> dict[str, Any]:
    """The status file's content (docs/operating.md describes each key)."""
    counts = snap.counts
    slide = None
    if snap.slide_number:
        slide = {"number": snap.slide_number, "of": snap.slides, "id": snap.slide_id or None,
                 "type": snap.slide_type}
    document: dict[str, Any] = {
        "format": STATUS_FORMAT,
        "kiosk": __version__,
        "pid": snap.pid,
        "process": snap.process,
    }
    if snap.reason:
        document["reason"] = snap.reason
    document.update({
        "started": local_time(snap.started_at),
        "updated": local_time(snap.now),
        "uptime_seconds": round(snap.uptime),
        "state": snap.state,
        "pack": {"name": snap.pack_name, "path": snap.pack_path,
                 "real_path": snap.pack_real_path or snap.pack_path, "title": snap.title,
                 "slides": snap.slides} if snap.pack_name else None,
        "slide": slide,
        "language": snap.language or None,
        "mode": snap.idle,
        "autoplay": snap.autoplay,
        "last_reload": _event(counts.last_reload),
        "reloads": dict(counts.reloads),
        "errors": {"exceptions": counts.exceptions, "errors_logged": counts.errors,
                   "warnings_logged": counts.warnings, "last_error": _event(counts.last_error)},
        "rss_bytes": snap.rss_bytes,
    })
    return document


def lasting_part(document: dict[str, Any]) -> dict[str, Any]:
    """`document` without what changes by itself (the time, uptime, memory)."""
    return {key: value for key, value in document.items() if key not in VOLATILE}


def status_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def summary(snap: Snapshot) -> str:
    """One line for `systemctl status` (sd_notify's STATUS=)."""
    if snap.process != RUNNING:
        return f"{snap.process}: {snap.reason}" if snap.reason else snap.process
    if snap.state != "showing" or not snap.slide_number:
        what = f"{snap.pack_name or 'no pack'}: {snap.state}"
    else:
        what = (f"{snap.pack_name}: slide {snap.slide_number} of {snap.slides}"
                + (f" (id {snap.slide_id})" if snap.slide_id else "") + f", {snap.language}")
    if snap.idle != "active":
        what += f", {snap.idle}"
    problems = snap.counts.errors + snap.counts.exceptions
    if problems:
        what += f"; {snap.counts.errors} errors, {snap.counts.exceptions} exceptions logged"
    return what


def read_rss_bytes(statm: Path = Path("/proc/self/statm")) -> int | None:
    """The process's resident memory now (Linux), else None."""
    try:
        resident_pages = int(statm.read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE")
