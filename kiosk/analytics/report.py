"""The stats `kiosk stats` prints: the most viewed slides with their median dwell, and
visitor sessions per hour, read from the analytics file (read-only)."""

from __future__ import annotations

import csv
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from kiosk.analytics.store import SCHEMA_VERSION

CSV_COLUMNS = ("table", "pack", "slide", "views", "median_dwell_seconds", "hour", "sessions")


class NotAnalyticsError(Exception):
    """The file is missing, unreadable or not an analytics file; the message says which."""


@dataclass(frozen=True)
class SlideStats:
    pack: str
    slide: str                   # its id, else "#N" (its number)
    views: int
    median_dwell: float | None   # seconds, over views whose dwell is known


@dataclass(frozen=True)
class Report:
    first: float | None          # the earliest and latest event counted (seconds since 1970)
    last: float | None
    sessions: int
    views: int
    slides: list[SlideStats]
    hours: list[tuple[str, int]]  # ("YYYY-MM-DD HH:00" local time, visitor sessions begun)


def open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise NotAnalyticsError(f"{path}: no such file (the kiosk writes visitor analytics "
                                f"there while it runs, unless started with --no-analytics)")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as error:
        raise NotAnalyticsError(f"{path}: cannot be read as visitor analytics ({error})") \
            from error
    if "events" not in tables or not 1 <= version <= SCHEMA_VERSION:
        connection.close()
        raise NotAnalyticsError(
            f"{path}: not a visitor analytics file this kiosk can read (schema version "
            f"{version}, tables: {', '.join(sorted(tables)) or 'none'})")
    return connection


def load_report(path: Path, since: float | None = None) -> Report:
    """The stats of the events at or after `since` (seconds since 1970; None: all)."""
    connection = open_read_only(path)
    after = since if since is not None else float("-inf")
    try:
        first, last = connection.execute(
            "SELECT min(at), max(at) FROM events WHERE at >= ?", (after,)).fetchone()
        views = connection.execute(
            "SELECT pack, coalesce(slide, '#' || slide_number), dwell FROM events "
            "WHERE kind = 'view' AND visit IS NOT NULL AND at >= ?", (after,)).fetchall()
        visits = [at for (at,) in connection.execute(
            "SELECT at FROM events WHERE kind = 'visit' AND at >= ? ORDER BY at", (after,))]
    except sqlite3.Error as error:
        raise NotAnalyticsError(f"{path}: cannot be read ({error})") from error
    finally:
        connection.close()
    return Report(first, last, len(visits), len(views), _slide_stats(views),
                  _sessions_per_hour(visits))


def _slide_stats(views: list[tuple[str | None, str | None, float | None]]) -> list[SlideStats]:
    dwells: dict[tuple[str, str], list[float]] = {}
    counts: dict[tuple[str, str], int] = {}
    for pack, slide, dwell in views:
        key = (pack or "", slide or "?")
        counts[key] = counts.get(key, 0) + 1
        dwells.setdefault(key, [])
        if dwell is not None:
            dwells[key].append(dwell)
    rows = [SlideStats(pack, slide, counts[(pack, slide)],
                       statistics.median(dwells[(pack, slide)]) if dwells[(pack, slide)]
                       else None)
            for pack, slide in counts]
    return sorted(rows, key=lambda row: (-row.views, -(row.median_dwell or 0.0), row.pack,
                                         row.slide))


def _sessions_per_hour(visits: list[float]) -> list[tuple[str, int]]:
    hours: dict[str, int] = {}
    for at in visits:
        hour = datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:00")
        hours[hour] = hours.get(hour, 0) + 1
    return sorted(hours.items())


def _when(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def _seconds(dwell: float | None) -> str:
    return "-" if dwell is None else f"{dwell:.1f} s"


def format_report(report: Report, path: Path) -> str:
    """The readable tables `kiosk stats` prints."""
    lines = [f"Visitor analytics from {path}"]
    if report.first is None or report.last is None:
        return "\n".join([*lines, "No events recorded in this period.", ""])
    lines += [f"{_when(report.first)} to {_when(report.last)}: {report.sessions} visitor "
              f"sessions, {report.views} slide views in them", ""]
    lines.append("Most viewed slides")
    if report.slides:
        table: list[tuple[str, ...]] = [("pack", "slide", "views", "median dwell")]
        table += [(row.pack, row.slide, str(row.views), _seconds(row.median_dwell))
                  for row in report.slides]
        lines += _columns(table, right=(2, 3))
    else:
        lines.append("(no slide viewed in a visitor session)")
    lines += ["", "Visitor sessions per hour"]
    if report.hours:
        most = max(count for _hour, count in report.hours)
        table = [("hour", "sessions", "")]
        table += [(hour, str(count), "#" * max(1, round(30 * count / most)))
                  for hour, count in report.hours]
        lines += _columns(table, right=(1,))
    else:
        lines.append("(no visitor sessions)")
    return "\n".join(lines) + "\n"


def _columns(table: list[tuple[str, ...]], right: tuple[int, ...]) -> list[str]:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return ["  ".join(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                      for i, cell in enumerate(row)).rstrip() for row in table]


def write_csv(report: Report, out: TextIO) -> None:
    """One row per slide ("slides") and per hour ("hours"), under one header."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.slides:
        dwell = "" if row.median_dwell is None else f"{row.median_dwell:.3f}"
        writer.writerow(("slides", row.pack, row.slide, row.views, dwell, "", ""))
    for hour, count in report.hours:
        writer.writerow(("hours", "", "", "", "", hour, count))
