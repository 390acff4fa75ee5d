"""A clock the tests move by hand, and the rows an analytics file holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# 2025-05-01 10:00:00 UTC; tests that print local times set TZ themselves.
MAY_DAY_10H = 1746093600.0


class Clock:
    """Wall time (seconds since 1970) and steady time, moved together by `advance`."""

    def __init__(self, wall: float = MAY_DAY_10H) -> None:
        self._wall = wall
        self._steady = 1000.0

    def wall(self) -> float:
        return self._wall

    def steady(self) -> float:
        return self._steady

    def advance(self, seconds: float) -> None:
        self._wall += seconds
        self._steady += seconds

    def set_wall(self, wall: float) -> None:
        """The wall clock set (NTP, a new time zone): the steady clock does not move."""
        self._wall = wall


def rows(path: Path, columns: str = "kind, visit, slide, input, detail, dwell"
         ) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()
    finally:
        connection.close()
