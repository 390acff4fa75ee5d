"""The soak (bench/soak.py) as a user runs it: a short run of the real window through a few
hundred random transitions neither crashes, nor logs a warning or an exception, nor grows
its live objects; and the same run with a planted leak is caught by the verdict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BOUNDED_HERE = ("gc_objects", "qobjects", "qml_items", "fds", "threads")
"""What a short run judges. RSS and the pictures held in memory still rise while the picture
store fills to its limit and Qt compiles each slide type's QML on first use, which takes
longer than a test should run; the long run in docs/performance.md judges them."""


def soak(out: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    done = subprocess.run([sys.executable, "-m", "bench.soak", "--out", str(out), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=900, check=False)
    report = out / "soak.json"
    assert report.is_file(), f"no report ({done.returncode}):\n{done.stdout[-3000:]}\n" \
                             f"{done.stderr[-3000:]}"
    return done, json.loads(report.read_text(encoding="utf-8"))


def trends_of(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {trend["measure"]: trend for trend in result["trends"]}


def test_a_short_soak_neither_crashes_nor_logs_nor_grows(tmp_path: Path) -> None:
    done, result = soak(tmp_path, "--transitions", "240", "--every", "24", "--warmup", "48",
                        "--walk-away", "120")
    assert done.returncode in (0, 1), done.stderr[-3000:]      # not killed by a signal
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert result["transitions"] >= 240
    assert (result["warnings"], result["errors"], result["exceptions"]) == (0, 0, 0), \
        (tmp_path / "soak.log").read_text(encoding="utf-8")[-3000:]
    actions = result["actions"]
    for kind in ("step_key", "tap_button", "swipe", "wheel", "language", "resize",
                 "walk_away"):
        assert actions.get(kind, 0) > 0, f"the visitor never did {kind}: {actions}"
    trends = trends_of(result)
    for measure in BOUNDED_HERE:
        assert trends[measure]["bounded"], (measure, trends[measure],
                                            (tmp_path / "soak.csv").read_text())
    samples = result["samples"]
    assert len([s for s in samples if s["transitions"] >= 48]) >= 8
    # Files and threads at rest come back to what they were after the warm-up.
    for measure in ("fds", "threads"):
        assert trends[measure]["last"] <= trends[measure]["first_half_max"], trends[measure]


def test_the_soak_catches_a_planted_leak(tmp_path: Path) -> None:
    """The same run, keeping a Qt object and a little Python data for every slide shown:
    the verdict calls both kinds of object growing and the soak exits 1."""
    done, result = soak(tmp_path, "--transitions", "160", "--every", "20", "--warmup", "40",
                        "--walk-away", "1000", "--no-animate", "--plant-leak")
    assert done.returncode == 1, done.stdout[-3000:]
    trends = trends_of(result)
    for measure in ("gc_objects", "qobjects"):
        assert not trends[measure]["bounded"], trends[measure]
        assert trends[measure]["per_1000"] > 900, trends[measure]   # about one per slide
    assert "GROWING: " in done.stdout and "qobjects" in done.stdout.split("GROWING: ")[-1]
    assert (result["warnings"], result["errors"], result["exceptions"]) == (0, 0, 0)
