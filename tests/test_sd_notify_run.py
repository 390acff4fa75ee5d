"""`kiosk run` under a service manager, played by the test: it opens the socket named in
NOTIFY_SOCKET and reads what the kiosk sends (READY=1 after start, WATCHDOG=1 pings from
the GUI thread that stop while that thread is frozen, STOPPING=1 on SIGTERM)."""

from __future__ import annotations

import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.packs import numbered_deck, write_pack

REPO = Path(__file__).resolve().parents[1]
WATCHDOG_USEC = 400_000          # pings every 0.2 s
FREEZE_S = 3.0


class ServiceManager:
    """The receiving end of sd_notify: every datagram with the time it arrived."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.messages: list[tuple[float, list[str]]] = []

    def receive(self, seconds: float) -> None:
        """Collect what arrives during `seconds`."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                return
            self.messages.append((time.monotonic(), data.decode().split("\n")))

    def wait_for(self, field: str, process: subprocess.Popen[str], timeout: float = 40) -> float:
        """The time `field` (e.g. READY=1) arrives; fails if the kiosk quits first."""
        deadline = time.monotonic() + timeout
        while True:
            for at, fields in self.messages:
                if field in fields:
                    return at
            assert process.poll() is None, f"the kiosk quit before {field}"
            assert time.monotonic() < deadline, f"no {field} within {timeout} s: {self.messages}"
            self.receive(0.2)

    def pings(self, after: float = 0.0) -> list[float]:
        return [at for at, fields in self.messages if "WATCHDOG=1" in fields and at > after]


@contextmanager
def notify_socket(folder: Path, abstract: bool = False) -> Iterator[tuple[str, ServiceManager]]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if abstract:
        name = f"kiosk-test-{os.getpid()}-{time.monotonic_ns()}"
        sock.bind("\0" + name)
        address = "@" + name
    else:
        address = str(folder / "notify")
        sock.bind(address)
    try:
        yield address, ServiceManager(sock)
    finally:
        sock.close()


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_ready_watchdog_pings_a_frozen_gui_thread_and_stopping(tmp_path: Path,
                                                               abstract: bool) -> None:
    pack = write_pack(tmp_path / "pack", numbered_deck(3))
    with notify_socket(tmp_path, abstract) as (address, manager):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": address,
               "WATCHDOG_USEC": str(WATCHDOG_USEC), "KIOSK_TEST_FREEZE_S": str(FREEZE_S)}
        log_file = tmp_path / "stderr.log"
        with log_file.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.kiosk_hooks", "run", "--content", str(pack),
                 "--windowed", "--no-status-file"],
                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            ready = manager.wait_for("READY=1", process)
            ready_message = next(f for _, f in manager.messages if "READY=1" in f)
            assert any(f.startswith("STATUS=") for f in ready_message), ready_message
            manager.receive(2.0)
            assert len(manager.pings(after=ready)) >= 3, manager.messages  # repeatedly

            frozen_at = time.monotonic()
            process.send_signal(signal.SIGUSR1)
            manager.receive(FREEZE_S + 2.0)
            pings = [frozen_at, *manager.pings(after=frozen_at)]
            gaps = [later - earlier for earlier, later in itertools.pairwise(pings)]
            # While the GUI thread sleeps no ping comes (a thread of its own would go on
            # pinging); afterwards they come again.
            assert gaps and max(gaps) >= FREEZE_S - 0.5, gaps
            resumed = pings[gaps.index(max(gaps)) + 1]
            assert len(manager.pings(after=resumed)) >= 2, manager.messages

            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=20) == 0, log_file.read_text()
            manager.receive(0.5)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    output = log_file.read_text()
    last = manager.messages[-1][1]
    assert "STOPPING=1" in last, manager.messages[-3:]
    assert "STATUS=stopped" in last
    assert "test hook: freezing the GUI thread" in output
    assert "watchdog pings every 0.2 s" in output
    assert "Traceback" not in output


def test_without_a_service_manager_nothing_is_sent_and_files_go_to_the_state_folder(
        tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", numbered_deck(2))
    state = tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WATCHDOG_USEC": "400000",
           "KIOSK_STATE_DIR": str(state)}
    env.pop("NOTIFY_SOCKET", None)
    process = subprocess.Popen([sys.executable, "main.py", "--content", str(pack),
                                "--windowed"], cwd=REPO, env=env, stderr=subprocess.PIPE,
                               text=True)
    try:
        deadline = time.monotonic() + 40
        while not (state / "kiosk.log").exists() or \
                "first frame on screen" not in (state / "kiosk.log").read_text():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    assert "service manager" not in stderr and "watchdog" not in stderr, stderr
    # The defaults: the log, the status and visitor analytics in the state folder, no metrics.
    assert sorted(p.name for p in state.iterdir()) == ["kiosk.log", "status.json",
                                                       "visits.sqlite"]
    assert f"INFO kiosk.app.logs: log file: {state / 'kiosk.log'}" in stderr
    assert (state / "kiosk.log").read_text() in stderr     # the same lines as stderr
    assert '"process": "stopped"' in (state / "status.json").read_text()


def test_the_watchdogs_abort_of_a_frozen_kiosk_leaves_where_it_hung(tmp_path: Path) -> None:
    """systemd's watchdog kills a kiosk whose pings stopped with SIGABRT: the journal then
    has the Python stack of every thread, the GUI thread's showing where it hung."""
    pack = write_pack(tmp_path / "pack", numbered_deck(2))
    with notify_socket(tmp_path) as (address, manager):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": address,
               "WATCHDOG_USEC": str(WATCHDOG_USEC), "KIOSK_TEST_FREEZE_S": "30"}
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.kiosk_hooks", "run", "--content", str(pack),
             "--windowed", "--no-status-file", "--no-log-file"],
            cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
        try:
            ready = manager.wait_for("READY=1", process)
            manager.receive(0.5)
            frozen_at = time.monotonic()
            process.send_signal(signal.SIGUSR1)
            manager.receive(1.5)
            assert not manager.pings(after=frozen_at + 0.5), "pings during the freeze"
            assert manager.pings(after=ready)
            process.send_signal(signal.SIGABRT)          # what WatchdogSec= does
            _, stderr = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == -signal.SIGABRT
    assert "Fatal Python error: Aborted" in stderr, stderr
    assert re.search(r'File ".*kiosk_hooks.py", line \d+ in freeze', stderr), stderr
