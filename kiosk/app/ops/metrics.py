"""The metrics file: the status as Prometheus' text format 0.0.4, for node_exporter's
textfile collector."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from kiosk import __version__
from kiosk.app.ops.health import RELOAD_RESULTS
from kiosk.app.ops.status import RUNNING, Snapshot

IDLE_STATES = ("active", "countdown", "attract")
SESSION_STATES = ("showing", "problems", "updating")

Sample = tuple[dict[str, str], float]


def _label_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _family(name: str, kind: str, help_text: str, samples: Iterable[Sample]) -> list[str]:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    for labels, value in samples:
        inside = ",".join(f'{key}="{_label_value(text)}"' for key, text in labels.items())
        lines.append(f"{name}{{{inside}}} {_number(value)}" if inside
                     else f"{name} {_number(value)}")
    return lines


def _release(snap: Snapshot) -> str:
    """The name of the folder the pack was read from (a release behind a link)."""
    real = snap.pack_real_path or snap.pack_path
    return PurePath(real).name if real else ""


def metrics_text(snap: Snapshot) -> str:
    """Every metric of the kiosk (docs/operating.md lists them), one family after another."""
    counts = snap.counts
    running = snap.process == RUNNING
    families: list[tuple[str, str, str, list[Sample]]] = [
        ("kiosk_up", "gauge", "1 while the kiosk runs; 0 once it has quit or failed",
         [({}, 1 if running else 0)]),
        ("kiosk_start_time_seconds", "gauge", "When the kiosk started, in Unix time",
         [({}, round(snap.started_at, 3))]),
        ("kiosk_uptime_seconds", "gauge", "Seconds since the kiosk started",
         [({}, round(snap.uptime, 1))]),
        ("kiosk_info", "gauge", "The kiosk's version, the pack and release folder shown, "
         "and its language", [({"version": __version__, "pack": snap.pack_name,
                                "release": _release(snap), "language": snap.language}, 1)]),
        ("kiosk_state", "gauge", "1 for what the kiosk shows: a pack, its problems, or the "
         "'being updated' screen", [({"state": state}, int(snap.state == state))
                                    for state in SESSION_STATES]),
        ("kiosk_slides", "gauge", "Slides in the pack shown", [({}, snap.slides)]),
        ("kiosk_slide_number", "gauge", "The slide shown, counting from 1 (0: none)",
         [({}, snap.slide_number)]),
        ("kiosk_idle_state", "gauge", "1 for the visitor state: active, the 'still there?' "
         "countdown, or attract mode", [({"state": state}, int(snap.idle == state))
                                        for state in IDLE_STATES]),
        ("kiosk_attract_active", "gauge", "1 while attract mode plays the tour",
         [({}, int(snap.idle == "attract"))]),
        ("kiosk_autoplay_active", "gauge", "1 while the tour steps by itself",
         [({}, int(snap.autoplay))]),
        ("kiosk_reloads_total", "counter", "Pack reloads since the start, by result",
         [({"result": result}, counts.reloads.get(result, 0)) for result in RELOAD_RESULTS]),
        ("kiosk_last_reload_timestamp_seconds", "gauge",
         "When the last reload ended, in Unix time (0: none yet)",
         [({}, round(counts.last_reload.at, 3) if counts.last_reload else 0)]),
        ("kiosk_exceptions_total", "counter",
         "Exceptions nobody caught (logged with their traceback; the kiosk went on)",
         [({}, counts.exceptions)]),
        ("kiosk_errors_total", "counter", "Messages logged at ERROR or CRITICAL",
         [({}, counts.errors)]),
        ("kiosk_warnings_total", "counter", "Messages logged at WARNING",
         [({}, counts.warnings)]),
    ]
    if snap.rss_bytes is not None:
        families.append(("kiosk_rss_bytes", "gauge", "Resident memory of the kiosk process",
                         [({}, snap.rss_bytes)]))
    lines: list[str] = []
    for name, kind, help_text, samples in families:
        lines += _family(name, kind, help_text, samples)
    return "\n".join(lines) + "\n"
