"""`kiosk run` as a real process records into the state folder by default, moves a damaged
analytics file aside and goes on, and records nothing with --no-analytics."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.analytics.clock import rows
from tests.packs import numbered_deck, write_pack

REPO = Path(__file__).resolve().parents[2]


def kinds_in(path: Path) -> list[str]:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return [kind for (kind,) in connection.execute("SELECT kind FROM events")]
        finally:
            connection.close()
    except sqlite3.Error:
        return []


def run_until(tmp_path: Path, state: Path, ready: Callable[[], bool], *args: str) -> str:
    """Run the kiosk on a small pack until `ready()`, stop it as systemd does; its stderr."""
    pack = write_pack(tmp_path / "pack", numbered_deck(3, "none"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_STATE_DIR": str(state)}
    process = subprocess.Popen([sys.executable, "main.py", "--windowed", "--content",
                                str(pack), "--no-log-file", *args], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not ready():
            assert process.poll() is None and time.monotonic() < deadline, \
                process.communicate()[1]
            time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    return stderr


def test_kiosk_run_records_in_the_state_folder_by_default(tmp_path: Path) -> None:
    state = tmp_path / "state"
    database = state / "visits.sqlite"
    stderr = run_until(tmp_path, state, lambda: "view" in kinds_in(database))
    assert f"visitor analytics: {database}" in stderr
    assert rows(database, "kind, slide, input, detail") == [
        ("start", None, None, None), ("view", "s1", "deck", "deck"),
        ("stop", None, None, None)]


def test_a_damaged_file_is_moved_aside_and_the_kiosk_records_anew(tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "booth.sqlite"
    database.parent.mkdir()
    damaged = b"SQLite format 3\x00" + b"\x07" * 8000      # a header, then nonsense
    database.write_bytes(damaged)
    stderr = run_until(tmp_path, tmp_path / "state", lambda: "view" in kinds_in(database),
                       "--analytics-file", str(database))
    aside = [p for p in database.parent.iterdir() if ".corrupt-" in p.name]
    assert [p.read_bytes() for p in aside] == [damaged]
    assert f"moved aside as {aside[0].name}" in stderr
    assert [kind for (kind,) in rows(database, "kind")] == ["start", "view", "stop"]


def showing(status: Path) -> bool:
    """Whether the status file says a slide is shown (written after the recorder started)."""
    try:
        return json.loads(status.read_text(encoding="utf-8"))["slide"]["id"] == "s1"
    except (OSError, ValueError, KeyError, TypeError):
        return False


def test_no_analytics_records_nothing(tmp_path: Path) -> None:
    state = tmp_path / "state"
    stderr = run_until(tmp_path, state, lambda: showing(state / "status.json"),
                       "--no-analytics")
    assert "visitor analytics" not in stderr
    assert sorted(p.name for p in state.iterdir()) == ["status.json"]
