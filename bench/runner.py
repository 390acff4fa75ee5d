"""The windowed parts, each in a process of its own on the bench's display: (a) start-up,
(b) key to frame, (c) frame intervals in transitions, (e) peak memory, (f) drift."""

from __future__ import annotations

import json
import math
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import Figure, median, percentile

REPO = Path(__file__).resolve().parent.parent


def probe(env: dict[str, str], *args: str, timeout: float = 900) -> dict[str, Any]:
    """Run `python -m bench.probe ARGS` and return the JSON it prints last."""
    done = subprocess.run([sys.executable, "-m", "bench.probe", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.probe {' '.join(args)} failed ({done.returncode}):\n"
                           f"{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def time_to_first_frame(env: dict[str, str], command: list[str], timeout: float = 60) -> float:
    """Seconds from starting `command` to its "first frame on screen" line (on stderr)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    seen: list[str] = []
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([process.stderr], [], [], 1.0)
            if not ready:
                continue
            line = process.stderr.readline()
            if not line:
                break
            seen.append(line)
            if "first frame on screen" in line:
                return time.perf_counter() - started
        raise RuntimeError(f"no first frame from {command}:\n{''.join(seen[-20:])}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_figures(env: dict[str, str], pack: Path, rounds: int) -> list[Figure]:
    """(a) Start to first frame, the kiosk on `pack` full screen against a bare window with one
    Text, both started as `python ...` from the same virtual environment, turn about.

    As at a booth, Python's compiled bytecode is kept (here in a folder of the bench's own,
    not beside the sources) and each is started once first, unmeasured: the bench itself runs
    with PYTHONDONTWRITEBYTECODE, under which each start would compile the kiosk's modules
    anew (~0.1 s), which an installed kiosk does at its first start only."""
    bare_command = [sys.executable, "-m", "bench.probe", "bare-start"]
    kiosk_command = [sys.executable, "main.py", "run", "--content", str(pack)]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-pycache-") as pycache:
        env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        time_to_first_frame(env, bare_command)
        time_to_first_frame(env, kiosk_command)
        return _start_rounds(env, bare_command, kiosk_command, pack, rounds)


def _start_rounds(env: dict[str, str], bare_command: list[str], kiosk_command: list[str],
                  pack: Path, rounds: int) -> list[Figure]:
    bare, kiosk = [], []
    for _ in range(rounds):
        bare.append(time_to_first_frame(env, bare_command))
        kiosk.append(time_to_first_frame(env, kiosk_command))
    return [Figure("a", f"start to first slide frame ({pack.name})", median(kiosk) * 1000,
                   "ms", median(bare) * 1000, "bare window, one Text", 1.3, of_baseline=True)]


def key_figures(env: dict[str, str], pack: Path, tour: Path, steps: int) -> list[Figure]:
    """(b) Key press to the first frame showing the next slide (and its pictures): photo
    slides, and the default tour's slides of text and SVG drawings."""
    bare = probe(env, "bare-keys", str(steps))["latencies_ms"]

    def kiosk(on: Path) -> list[float]:
        found = probe(env, "kiosk-keys", str(on), str(steps))["latencies_ms"]
        return [value for value in found if not math.isnan(value)]

    photos, drawings = kiosk(pack), kiosk(tour)
    name = "bare window, Text changes"
    return [
        Figure("b", "key to next slide's first frame (median)", median(photos), "ms",
               median(bare), name, 17.0),
        Figure("b", "key to next slide's first frame (p95)", percentile(photos, 0.95), "ms",
               percentile(bare, 0.95), name),
        Figure("b", "  (the default tour, median)", median(drawings), "ms", median(bare), name),
        Figure("b", "  (the default tour, p95)", percentile(drawings, 0.95), "ms",
               percentile(bare, 0.95), name),
    ]


def transition_figures(env: dict[str, str], pack: Path, picture: Path,
                       transitions: int) -> list[Figure]:
    """(c) Frame intervals while slides slide in at 1920x1080."""
    bare = probe(env, "bare-transitions", str(picture), str(transitions))["intervals_ms"]
    kiosk = probe(env, "kiosk-transitions", str(pack), str(transitions))["intervals_ms"]
    name = "two full-screen pictures sliding"
    return [
        Figure("c", "frame interval in transitions, median", median(kiosk), "ms",
               median(bare), name),
        Figure("c", "frame interval in transitions, p95", percentile(kiosk, 0.95), "ms",
               percentile(bare, 0.95), name, 17.5),
        Figure("c", "frame interval in transitions, max", max(kiosk), "ms", max(bare), name,
               33.0),
    ]


def memory_figures(env: dict[str, str], pack: Path) -> tuple[list[Figure], dict[str, Any]]:
    """(e) Peak RSS stepping once through every slide of `pack`, its pictures not yet cached."""
    bare_peak = start_peak(env)
    result = probe(env, "kiosk-memory", str(pack))
    count = len(result["step_ms"]) + 1
    figure = Figure("e", f"peak RSS through {count} slides of photos", result["peak_mb"], "MB",
                    bare_peak, "bare window's peak", 300.0)
    return [figure], result


def start_peak(env: dict[str, str]) -> float:
    """The bare window's peak RSS at its first frame."""
    process = subprocess.Popen([sys.executable, "-m", "bench.probe", "bare-start"], cwd=REPO,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    try:
        line = process.stdout.readline()
        return float(json.loads(line)["peak_mb"])
    finally:
        process.terminate()
        process.wait(timeout=20)


def soak_figures(env: dict[str, str], pack: Path, warmup: int,
                 steps: int) -> tuple[list[Figure], dict[str, Any]]:
    """(f) Memory drift over `steps` transitions (transition none, as fast as frames come)."""
    result = probe(env, "kiosk-soak", str(pack), str(warmup), str(steps), timeout=3600)
    return [
        Figure("f", f"RSS drift over {steps:,} transitions (trend)",
               result["fitted_drift_mb"], "MB", result["before_mb"], "RSS after warm-up", 5.0),
        Figure("f", "  (last reading minus first)", result["after_mb"] - result["before_mb"],
               "MB"),
    ], result
