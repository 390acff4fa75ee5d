"""A power cut loses at most the event being written: a real process writing events is
killed with SIGKILL mid-way, three times over one file, which then opens, passes
`PRAGMA integrity_check` and holds every event reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from kiosk.analytics.store import EventStore

REPO = Path(__file__).resolve().parents[2]


def write_until_killed(path: Path, first: int, kill_after: int) -> int:
    """Start the writer, kill it once it has reported `kill_after` commits; the last number it
    reported as committed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.analytics.power_cut_writer", str(path), str(first)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    reported: list[int] = []
    try:
        for line in process.stdout:
            reported.append(int(line.split()[1]))
            if len(reported) >= kill_after:
                os.kill(process.pid, signal.SIGKILL)
                break
        reported += [int(line.split()[1]) for line in process.stdout]   # said before death
    finally:
        process.kill()
        process.wait(30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    assert reported == list(range(first, first + len(reported)))
    return reported[-1]


def test_killed_writers_lose_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    chance = random.Random(6)
    first = 1
    for _round in range(3):
        last_reported = write_until_killed(path, first, chance.randint(40, 400))
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        numbers = [n for (n,) in connection.execute(
            "SELECT slide_number FROM events ORDER BY id")]
        connection.close()
        # Every reported event, in order, and at most the one being written after them.
        assert numbers[:last_reported] == list(range(1, last_reported + 1))
        assert numbers[last_reported:] in ([], [last_reported + 1])
        first = numbers[-1] + 1
    # And the kiosk's own store opens the file after all that, with nothing moved aside.
    EventStore(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".corrupt" in p.name) == []
