"""`kiosk run` as an operator who is not there sees it: the status file, the metrics file
and the log file of a kiosk on a real X server (Xvfb, keys sent with xdotool) through a
slide change, a live reload, a broken pack and exceptions in a Qt slot; and fatal states
(the QML module missing, no display, a window that cannot be drawn, the display gone)
ending the process with status 3 rather than a hang, a dialog or an abort."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.kiosk_hooks import SLOT_ERROR
from tests.packs import numbered_deck, write_pack
from tests.xserver import require, xvfb

REPO = Path(__file__).resolve().parents[1]
EXIT_FATAL = 3
PIN = "2468"

_SAMPLE = re.compile(
    r'(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?P<labels>[^}]*)\})? (?P<value>\S+)$')
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse_metrics(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Prometheus' text format 0.0.4, strictly: every family has HELP and TYPE before its
    samples, every line parses, no sample is given twice."""
    assert text.endswith("\n")
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
    typed: dict[str, str] = {}
    helped: set[str] = set()
    for line in text.splitlines():
        if line.startswith("# HELP "):
            helped.add(line.split()[2])
        elif line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            assert kind in ("counter", "gauge"), line
            assert name in helped and name not in typed, line
            typed[name] = kind
        else:
            match = _SAMPLE.match(line)
            assert match, f"not a sample: {line!r}"
            name = match["name"]
            assert name in typed, f"{name} has no TYPE line before it"
            assert typed[name] != "counter" or name.endswith("_total"), name
            labels = match["labels"] or ""
            pairs = _LABEL.findall(labels)
            assert ",".join(f'{k}="{v}"' for k, v in pairs) == labels, line
            key = (name, frozenset(pairs))
            assert key not in samples, f"{line} given twice"
            samples[key] = float(match["value"])
    return samples


def metric(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str,
           **labels: str) -> float:
    return samples[(name, frozenset(labels.items()))]


class Kiosk:
    """A `kiosk run` process (with the test hooks) whose files the test reads."""

    def __init__(self, folder: Path, env: dict[str, str], *args: str) -> None:
        self.output = folder / "output.log"
        self.status_file = folder / "status.json"
        self.metrics_file = folder / "kiosk.prom"
        self.log_file = folder / "logs" / "kiosk.log"
        with self.output.open("w") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.kiosk_hooks", "run", *args,
                 "--status-file", str(self.status_file), "--metrics-file",
                 str(self.metrics_file), "--log-file", str(self.log_file)],
                cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT)

    def status(self) -> dict[str, Any]:
        try:
            found: dict[str, Any] = json.loads(self.status_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return found

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def wait_for(self, what: str, done: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            assert self.process.poll() is None, (
                f"the kiosk quit while waiting for {what}:\n{self.output.read_text()}")
            assert time.monotonic() < deadline, (
                f"waited for {what}; status {self.status()}\n{self.output.read_text()}")
            time.sleep(0.2)

    def wait_for_status(self, what: str, check: Callable[[dict[str, Any]], bool]) -> None:
        self.wait_for(what, lambda: bool(self.status()) and check(self.status()))

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=20)


@pytest.fixture
def kiosks() -> Iterator[list[Kiosk]]:
    started: list[Kiosk] = []
    yield started
    for kiosk in started:
        if kiosk.process.poll() is None:
            kiosk.process.kill()
            kiosk.process.wait(timeout=10)


def x_env(display: str, **more: str) -> dict[str, str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "KIOSK_PIN": PIN,
           **more}
    env.pop("QT_QUICK_BACKEND", None)
    return env


def slide_of(status: dict[str, Any]) -> tuple[int, str] | None:
    slide = status.get("slide")
    return (slide["number"], slide["id"]) if slide else None


def test_status_metrics_and_log_follow_the_kiosk(tmp_path: Path,
                                                 kiosks: list[Kiosk]) -> None:
    require("xdotool")
    release_1 = write_pack(tmp_path / "release-1", numbered_deck(3))
    release_2 = write_pack(tmp_path / "release-2",
                           numbered_deck(3).replace("Slide 2", "Slide two"))
    current = tmp_path / "current"
    current.symlink_to("release-1")
    with xvfb() as display:
        kiosk = Kiosk(tmp_path, x_env(display), "--content", str(current))
        kiosks.append(kiosk)
        kiosk.wait_for_status("the first slide", lambda s: slide_of(s) == (1, "s1"))
        status = kiosk.status()
        assert status["process"] == "running" and status["state"] == "showing"
        assert status["pack"] == {"name": "current", "path": str(current),
                                  "real_path": str(release_1), "title": "Numbers",
                                  "slides": 3}
        assert status["language"] == "en" and status["mode"] == "active"
        assert status["pid"] == kiosk.process.pid
        assert status["last_reload"] is None
        assert status["errors"] == {"exceptions": 0, "errors_logged": 0, "warnings_logged": 0,
                                    "last_error": None}

        kiosk.wait_for("the first frame", lambda: "first frame on screen" in kiosk.log())
        subprocess.run(["xdotool", "key", "Right"], env=x_env(display), check=True,
                       timeout=20)
        kiosk.wait_for_status("slide 2", lambda s: slide_of(s) == (2, "s2"))

        switch = tmp_path / "current.new"                 # a new release, as a fleet gets it
        switch.symlink_to("release-2")
        switch.replace(current)
        kiosk.wait_for_status("a reload", lambda s: s["reloads"]["reloaded"] == 1)
        status = kiosk.status()
        assert status["pack"]["real_path"] == str(release_2)
        assert status["last_reload"]["trigger"] == "live"
        assert status["last_reload"]["result"] == "reloaded"
        assert status["last_reload"]["detail"] == "3 slides, still on slide 2 (id s2)"
        assert slide_of(status) == (2, "s2")

        (release_2 / "deck.yaml").write_text("format: 1\ntitle: [half written\n")
        kiosk.wait_for_status("a failed reload", lambda s: s["reloads"]["failed"] == 1)
        status = kiosk.status()
        assert status["last_reload"]["result"] == "failed"
        assert status["last_reload"]["detail"].startswith("1 problem, the first: deck.yaml:")
        assert status["errors"]["errors_logged"] == 2      # the problem, and what it means
        assert "pack changed; 1 problem" in status["errors"]["last_error"]["message"]
        assert slide_of(status) == (2, "s2")                 # the good pack stays

        kiosk.process.send_signal(signal.SIGUSR2)            # a slot raises
        kiosk.wait_for_status("an exception", lambda s: s["errors"]["exceptions"] == 1)
        kiosk.process.send_signal(signal.SIGUSR2)
        kiosk.wait_for_status("another", lambda s: s["errors"]["exceptions"] == 2)
        assert kiosk.process.poll() is None                  # the kiosk goes on
        samples = parse_metrics(kiosk.metrics_file.read_text(encoding="utf-8"))
        assert metric(samples, "kiosk_up") == 1
        assert metric(samples, "kiosk_slide_number") == 2
        assert metric(samples, "kiosk_slides") == 3
        assert metric(samples, "kiosk_reloads_total", result="reloaded") == 1
        assert metric(samples, "kiosk_reloads_total", result="failed") == 1
        assert metric(samples, "kiosk_reloads_total", result="unchanged") == 0
        assert metric(samples, "kiosk_exceptions_total") == 2
        assert metric(samples, "kiosk_errors_total") == 4    # two exceptions, two lines
        assert metric(samples, "kiosk_attract_active") == 0
        assert metric(samples, "kiosk_idle_state", state="active") == 1
        assert metric(samples, "kiosk_state", state="showing") == 1
        assert metric(samples, "kiosk_info", version="0.1.0", pack="current",
                      release="release-2", language="en") == 1
        assert metric(samples, "kiosk_rss_bytes") > 10_000_000
        assert metric(samples, "kiosk_uptime_seconds") >= 0
        assert metric(samples, "kiosk_start_time_seconds") > time.time() - 600

        assert kiosk.stop() == 0
    status = kiosk.status()
    assert status["process"] == "stopped" and "reason" not in status
    assert metric(parse_metrics(kiosk.metrics_file.read_text()), "kiosk_up") == 0
    assert not list(tmp_path.glob(".*.tmp")), "temporary files left behind"

    log = kiosk.log()
    # The traceback is in the log, once; the repeat is one line.
    assert log.count("Traceback (most recent call last)") == 1, log
    assert f"ValueError: {SLOT_ERROR}" in log
    assert re.search(r"ERROR kiosk.crash: an exception nobody caught \(the kiosk goes on\)\n"
                     r"Traceback \(most recent call last\):\n.*kiosk_hooks.py", log), log
    assert "again, 2 times so far: ValueError" in log
    assert "first frame on screen" in log and "SIGTERM received; quitting" in log
    # Nothing else went wrong: every warning or error line is one the test caused.
    caused = ("kiosk.crash:", "pack changed; 1 problem", "deck.yaml:3:1: YAML syntax error")
    unexpected = [line for line in log.splitlines()
                  if re.search(r" (WARNING|ERROR|CRITICAL) ", line)
                  and not any(c in line for c in caused)]
    assert not unexpected, log


def test_the_qml_module_missing_is_fatal(tmp_path: Path, kiosks: list[Kiosk]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_TEST_NO_QML": "1"}
    kiosk = Kiosk(tmp_path, env, "--windowed")
    kiosks.append(kiosk)
    assert kiosk.process.wait(timeout=60) == EXIT_FATAL, kiosk.output.read_text()
    log = kiosk.log()
    assert ("CRITICAL kiosk.crash: fatal: the kiosk's QML module did not load (it gave "
            "nothing, not a window); QML said: <Unknown File>: No module named \"Kiosk\" "
            "found; exiting with status 3" in log), log
    assert "Traceback" not in log
    status = kiosk.status()
    assert status["process"] == "fatal"
    assert status["reason"].startswith("the kiosk's QML module did not load")
    assert metric(parse_metrics(kiosk.metrics_file.read_text()), "kiosk_up") == 0


def test_no_display_is_fatal_not_an_abort(tmp_path: Path, kiosks: list[Kiosk]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":4093"}   # nobody there
    kiosk = Kiosk(tmp_path, env, "--windowed")
    kiosks.append(kiosk)
    # Qt's own fatal message would abort (status -6, a core dump); the kiosk exits with 3.
    assert kiosk.process.wait(timeout=60) == EXIT_FATAL, kiosk.output.read_text()
    assert re.search(r"CRITICAL kiosk.crash: fatal: Qt: .*no Qt platform plugin could be "
                     r"initialized", kiosk.log()), kiosk.log()


def test_a_window_that_cannot_be_drawn_is_fatal(tmp_path: Path, kiosks: list[Kiosk]) -> None:
    with xvfb() as display:
        # No OpenGL for Qt's xcb platform, but the OpenGL renderer asked for: the scene graph
        # cannot start (without the kiosk's handler Qt aborts).
        env = x_env(display, QT_XCB_GL_INTEGRATION="none", QSG_RHI_BACKEND="opengl")
        kiosk = Kiosk(tmp_path, env)
        kiosks.append(kiosk)
        assert kiosk.process.wait(timeout=60) == EXIT_FATAL, kiosk.output.read_text()
    log = kiosk.log()
    assert "CRITICAL kiosk.crash: fatal: the window cannot be drawn: " in log, log
    assert kiosk.status()["process"] == "fatal"
    assert "SIGTERM" not in log and "Traceback" not in log


def test_the_display_gone_is_fatal(tmp_path: Path, kiosks: list[Kiosk]) -> None:
    with xvfb() as display:
        kiosk = Kiosk(tmp_path, x_env(display))
        kiosks.append(kiosk)
        kiosk.wait_for("the first frame", lambda: "first frame on screen" in kiosk.log())
    # The X server has gone (the session ended, the server crashed).
    assert kiosk.process.wait(timeout=30) == EXIT_FATAL, kiosk.output.read_text()
    log = kiosk.log()
    assert "CRITICAL kiosk.crash: fatal: the display is gone" in log, log
    status = kiosk.status()
    assert status["process"] == "fatal" and status["reason"].startswith("the display is gone")
