"""The benchmarks still run: a quick pass of the parts that need no window (timing is not
checked; `python -m bench` prints PASS or MISS and exits 0 unless something broke)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_bench_runs_its_picture_and_deck_parts(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "dg", "--work", str(tmp_path),
         "--json", str(tmp_path / "figures.json")],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    parts = [line[:2].strip() for line in done.stdout.splitlines()
             if line.startswith(("d ", "g "))]
    assert parts.count("d") >= 4 and "g" in parts
    assert "0 parts failed" in done.stdout
    assert (tmp_path / "figures.json").is_file()
