"""`kiosk stats` as the real command on an analytics file of known visits: the table, the CSV,
--since, and clear errors with their exit statuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.analytics.events import JUMP, NEXT, PREVIOUS, Slide
from kiosk.analytics.store import EventStore
from kiosk.analytics.tracker import VisitTracker
from tests.analytics.clock import MAY_DAY_10H, Clock

REPO = Path(__file__).resolve().parents[2]
SHANGHAI = "Asia/Shanghai"      # UTC+8 all year: MAY_DAY_10H is 18:00 there
WELCOME, COAST, THIRD = (Slide("booth", name, number, "en")
                         for number, name in ((1, "welcome"), (2, "coast"), (3, None)))


def kiosk(*args: str, tz: str = SHANGHAI) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": tz}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def three_visits(tmp_path: Path) -> Path:
    """Three visitor sessions between 18:00 and 19:05 Shanghai time, with known dwells."""
    path = tmp_path / "visits.sqlite"
    store = EventStore(path)
    clock = Clock(MAY_DAY_10H)
    tracker = VisitTracker(store.record, wall=clock.wall, steady=clock.steady)

    def at(seconds: float) -> None:
        clock.advance(MAY_DAY_10H + seconds - clock.wall())

    tracker.slide_shown(WELCOME, move=JUMP, new_deck=True)
    at(60)                                                      # 18:01, visit A
    tracker.press("touch")                                      # welcome: 10 s
    at(70)
    tracker.press("touch")
    tracker.slide_shown(COAST, move=NEXT)                       # coast: 20 s
    at(90)
    tracker.press("key")
    tracker.slide_shown(THIRD, move=NEXT)                       # #3: 4 s
    at(94)
    tracker.press("key")
    tracker.slide_shown(COAST, move=PREVIOUS)                   # coast: left, no dwell
    at(100)
    tracker.idle_state("countdown")
    at(110)
    tracker.idle_state("attract")
    tracker.slide_shown(WELCOME, move=JUMP)                     # attract: not counted
    at(2400)                                                    # 18:40, visit B
    tracker.press("touch")
    tracker.idle_state("active")                                # welcome: 30 s
    at(2430)
    tracker.press("touch")
    tracker.slide_shown(COAST, move=NEXT)                       # coast: 8 s
    at(2438)
    tracker.press("key")
    tracker.slide_shown(WELCOME, move=JUMP)                     # welcome: left, no dwell
    at(2500)
    tracker.idle_state("countdown")
    at(2510)
    tracker.idle_state("attract")
    at(3900)                                                    # 19:05, visit C
    tracker.press("key")
    tracker.idle_state("active")                                # welcome: 5 s
    at(3905)
    tracker.press("key")
    tracker.slide_shown(COAST, move=NEXT)                       # coast: 10 s
    at(3915)
    tracker.stopped()
    store.close()
    return path


def test_the_table_counts_visitors_views_dwell_and_sessions_per_hour(
        three_visits: Path) -> None:
    done = kiosk("stats", "--db", str(three_visits))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"""\
Visitor analytics from {three_visits}
2025-05-01 18:00 to 2025-05-01 19:05: 3 visitor sessions, 9 slide views in them

Most viewed slides
pack   slide    views  median dwell
booth  coast        4        10.0 s
booth  welcome      4        10.0 s
booth  #3           1         4.0 s

Visitor sessions per hour
hour              sessions
2025-05-01 18:00         2  ##############################
2025-05-01 19:00         1  ###############
"""


def test_since_counts_from_a_local_time_and_the_csv_has_the_same_rows(
        three_visits: Path, tmp_path: Path) -> None:
    table = tmp_path / "out" / "stats.csv"
    table.parent.mkdir()
    done = kiosk("stats", "--db", str(three_visits), "--since", "2025-05-01T19:00",
                 "--csv", str(table))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[1:6] == [
        "2025-05-01 19:05 to 2025-05-01 19:05: 1 visitor sessions, 2 slide views in them",
        "",
        "Most viewed slides",
        "pack   slide    views  median dwell",
        "booth  coast        1        10.0 s"]
    assert table.read_text(encoding="utf-8") == """\
table,pack,slide,views,median_dwell_seconds,hour,sessions
slides,booth,coast,1,10.000,,
slides,booth,welcome,1,5.000,,
hours,,,,,2025-05-01 19:00,1
"""
    everything = kiosk("stats", "--db", str(three_visits), "--csv", "-")
    assert everything.returncode == 0
    assert everything.stdout == """\
table,pack,slide,views,median_dwell_seconds,hour,sessions
slides,booth,coast,4,10.000,,
slides,booth,welcome,4,10.000,,
slides,booth,#3,1,4.000,,
hours,,,,,2025-05-01 18:00,2
hours,,,,,2025-05-01 19:00,1
"""
    # The same events in another time zone fall in other hours.
    utc = kiosk("stats", "--db", str(three_visits), "--csv", "-", tz="UTC")
    assert utc.stdout.splitlines()[-2:] == ["hours,,,,,2025-05-01 10:00,2",
                                            "hours,,,,,2025-05-01 11:00,1"]


def test_a_period_without_events_says_so(three_visits: Path) -> None:
    done = kiosk("stats", "--db", str(three_visits), "--since", "2025-06-01")
    assert (done.returncode, done.stdout) == (
        0, f"Visitor analytics from {three_visits}\nNo events recorded in this period.\n")


def test_errors_are_clear_with_their_exit_statuses(three_visits: Path, tmp_path: Path) -> None:
    missing = kiosk("stats", "--db", str(tmp_path / "none.sqlite"))
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == (f"kiosk stats: {tmp_path / 'none.sqlite'}: no such file (the "
                              "kiosk writes visitor analytics there while it runs, unless "
                              "started with --no-analytics)\n")

    bad_date = kiosk("stats", "--db", str(three_visits), "--since", "May 1st")
    assert bad_date.returncode == 2
    assert bad_date.stderr.splitlines()[-1] == (
        "kiosk stats: error: argument --since: expected a date such as 2025-05-01 or "
        "2025-05-01T14:00, got 'May 1st'")

    text = tmp_path / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    not_analytics = kiosk("stats", "--db", str(text))
    assert not_analytics.returncode == 1
    assert not_analytics.stderr.startswith(f"kiosk stats: {text}: cannot be read as visitor "
                                           "analytics (file is not a database)")

    unwritable = kiosk("stats", "--db", str(three_visits), "--csv",
                       str(tmp_path / "no-such-folder" / "stats.csv"))
    assert unwritable.returncode == 1
    assert unwritable.stderr == (f"kiosk stats: cannot write {tmp_path}/no-such-folder/"
                                 "stats.csv: No such file or directory; choose another --csv "
                                 "path\n")
