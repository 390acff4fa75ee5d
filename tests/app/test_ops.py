"""The pieces of kiosk/app/ops in one process: sd_notify against a real socket, the counters,
exceptions from slots, threads and destructors logged and counted, the status and metrics
files written on change (and only then), the rotating log file."""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from pytestqt.qtbot import QtBot

from kiosk.app.logs import add_log_file
from kiosk.app.opening import connect_operator, open_pack
from kiosk.app.ops.crash import ExceptionHooks
from kiosk.app.ops.health import CountingHandler, Health
from kiosk.app.ops.metrics import metrics_text
from kiosk.app.ops.paths import state_folder, write_atomically
from kiosk.app.ops.reporter import Reporter
from kiosk.app.ops.sd_notify import Notifier, socket_address, watchdog_seconds
from kiosk.app.ops.status import Snapshot, status_document, summary
from kiosk.app.run import quit_on_signals
from kiosk.app.session import KioskSession
from tests.packs import numbered_deck, write_pack
from tests.test_operations_run import metric, parse_metrics

# --- sd_notify ------------------------------------------------------------------------


def test_notify_socket_addresses() -> None:
    assert socket_address("/run/user/1000/systemd/notify") == "/run/user/1000/systemd/notify"
    assert socket_address("@/org/freedesktop/systemd1/notify/1") == (
        b"\0/org/freedesktop/systemd1/notify/1")
    assert socket_address("relative/notify") is None
    assert socket_address("vsock:2:1234") is None
    assert socket_address("@") is None


def test_watchdog_time_from_the_environment() -> None:
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000"}) == 30.0
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}) \
        == 30.0
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    assert watchdog_seconds({"WATCHDOG_USEC": "0"}) is None
    assert watchdog_seconds({"WATCHDOG_USEC": "soon"}) is None
    assert watchdog_seconds({}) is None


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_notifier_sends_one_datagram_per_message(tmp_path: Path, abstract: bool) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as manager:
        if abstract:
            name = f"kiosk-unit-{os.getpid()}"
            manager.bind("\0" + name)
            value = "@" + name
        else:
            value = str(tmp_path / "notify")
            manager.bind(value)
        manager.settimeout(5)
        notifier = Notifier.from_environment({"NOTIFY_SOCKET": value})
        assert notifier.enabled
        assert notifier.send("READY=1", "STATUS=showing\nslide 2")
        assert notifier.send("WATCHDOG=1")
        assert manager.recv(4096) == b"READY=1\nSTATUS=showing slide 2"
        assert manager.recv(4096) == b"WATCHDOG=1"
        notifier.close()


def test_a_notify_socket_nobody_listens_on_is_said_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert not notifier.send("READY=1")
    assert not notifier.send("WATCHDOG=1")
    assert [r.getMessage() for r in caplog.records].count(
        "could not notify the service manager (READY=1): [Errno 2] No such file or directory"
    ) == 1, caplog.text
    assert len(caplog.records) == 1
    assert not Notifier.from_environment({}).send("READY=1")


# --- counters and exceptions ----------------------------------------------------------


@pytest.fixture
def health() -> Iterator[Health]:
    found = Health()
    counter = CountingHandler(found)
    logging.getLogger().addHandler(counter)
    yield found
    logging.getLogger().removeHandler(counter)


@pytest.fixture
def hooks(health: Health) -> Iterator[ExceptionHooks]:
    installed = ExceptionHooks(health)
    installed.install()
    yield installed
    installed.uninstall()


def test_warnings_and_errors_are_counted(health: Health) -> None:
    log = logging.getLogger("kiosk.test")
    log.info("not counted")
    log.warning("a warning")
    log.error("first line\nsecond line")
    log.critical("the end")
    counts = health.counts()
    assert (counts.warnings, counts.errors, counts.exceptions) == (1, 2, 0)
    assert counts.last_error is not None and counts.last_error.text == "the end"
    health.record_reload("live", "failed", "1 problem")
    health.record_reload("operator", "reloaded", "pack reloaded")
    counts = health.counts()
    assert counts.reloads == {"reloaded": 1, "unchanged": 0, "failed": 1}
    assert counts.last_reload is not None and counts.last_reload.trigger == "operator"


class Raiser(QObject):
    poke = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poke.connect(self.explode)

    @Slot()
    def explode(self) -> None:
        raise KeyError("in a slot")


def test_an_exception_in_a_slot_is_logged_with_its_traceback_and_counted(
        hooks: ExceptionHooks, health: Health, caplog: pytest.LogCaptureFixture) -> None:
    raiser = Raiser()
    raiser.poke.emit()                     # Qt calls the slot; PySide6 hands on the exception
    assert health.counts().exceptions == 1
    record = next(r for r in caplog.records if r.name == "kiosk.crash")
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "an exception nobody caught (the kiosk goes on)" in record.getMessage()
    assert "in explode" in caplog.text and "KeyError: 'in a slot'" in caplog.text

    for _ in range(11):
        raiser.poke.emit()
    assert health.counts().exceptions == 12
    again = [r.getMessage() for r in caplog.records if "again" in r.getMessage()]
    assert [m.split(" times")[0].rsplit(" ", 1)[1] for m in again] == ["2", "3", "10"]
    assert caplog.text.count("Traceback") == 1


def test_exceptions_in_threads_and_destructors_are_logged_and_counted(
        hooks: ExceptionHooks, health: Health, caplog: pytest.LogCaptureFixture) -> None:
    def work() -> None:
        raise RuntimeError("in a thread")

    thread = threading.Thread(target=work, name="picture-maker")
    thread.start()
    thread.join()

    class Leaky:
        def __del__(self) -> None:
            raise OSError("in a destructor")

    Leaky()
    gc.collect()
    assert health.counts().exceptions == 2
    assert "an exception ended thread picture-maker" in caplog.text
    assert "RuntimeError: in a thread" in caplog.text
    assert "OSError: in a destructor" in caplog.text


# --- status and metrics ---------------------------------------------------------------


def test_summary_line_for_systemctl_status() -> None:
    snap = Snapshot(started_at=0, now=1, uptime=1, state="showing", pack_name="shandong",
                    slides=18, slide_number=5, slide_id="zone-numbers", language="zh")
    assert summary(snap) == "shandong: slide 5 of 18 (id zone-numbers), zh"
    assert summary(Snapshot(started_at=0, now=1, uptime=1, state="updating",
                            pack_name="jiangsu", idle="attract")) == (
        "jiangsu: updating, attract")
    assert status_document(snap)["slide"] == {"number": 5, "of": 18, "id": "zone-numbers",
                                              "type": ""}


def test_metrics_escape_label_values() -> None:
    name = 'a "quoted"\\pack\nname'
    snap = Snapshot(started_at=1.5, now=2, uptime=0.5, pack_name=name,
                    pack_path=f"/srv/packs/{name}")
    samples = parse_metrics(metrics_text(snap))
    escaped = 'a \\"quoted\\"\\\\pack\\nname'          # as written in the file
    assert metric(samples, "kiosk_info", version="0.1.0", pack=escaped, release=escaped,
                  language="") == 1
    assert metric(samples, "kiosk_start_time_seconds") == 1.5


def test_atomic_writes_leave_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "status.json"
    write_atomically(target, "one")
    write_atomically(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing" / "status.json", "three")
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]


def test_the_state_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.delenv("KIOSK_STATE_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert state_folder() == tmp_path / "exhibition-kiosk"
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "mine"))
    assert state_folder() == tmp_path / "mine"


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[KioskSession]:
    shown = KioskSession(animate=False)
    open_pack(shown, write_pack(tmp_path / "pack", numbered_deck(4)), language=None,
              windowed=True)
    yield shown
    shiboken6.delete(shown)


def test_status_is_written_when_something_changes_and_only_then(
        qtbot: QtBot, tmp_path: Path, session: KioskSession, health: Health) -> None:
    status_file, metrics_file = tmp_path / "state" / "status.json", tmp_path / "kiosk.prom"
    reporter = Reporter(session, health, status_file=status_file, metrics_file=metrics_file,
                        check_ms=40, refresh_s=3600, parent=session)
    qtbot.waitUntil(status_file.exists)
    first = status_file.stat().st_ino
    qtbot.wait(300)                                    # several looks, nothing changed
    assert status_file.stat().st_ino == first

    session.navigation.next()
    qtbot.waitUntil(lambda: status_file.stat().st_ino != first)
    assert '"number": 2' in status_file.read_text()
    assert metric(parse_metrics(metrics_file.read_text()), "kiosk_slide_number") == 2

    connect_operator(session, windowed=True,
                     reloaded=lambda result, detail: health.record_reload("operator", result,
                                                                          detail))
    session.operator_menu.reloadRequested.emit()
    qtbot.waitUntil(lambda: '"trigger": "operator"' in status_file.read_text())
    assert '"result": "reloaded"' in status_file.read_text()
    reporter.finish("stopped")
    assert '"process": "stopped"' in status_file.read_text()


def test_uptime_is_refreshed_without_changes(qtbot: QtBot, tmp_path: Path,
                                             session: KioskSession, health: Health) -> None:
    status_file = tmp_path / "status.json"
    Reporter(session, health, status_file=status_file, metrics_file=None, check_ms=40,
             refresh_s=0.2, parent=session)
    qtbot.waitUntil(status_file.exists)
    first = status_file.stat().st_ino
    qtbot.waitUntil(lambda: status_file.stat().st_ino != first)


def test_a_status_file_that_cannot_be_written_is_said_once(
        qtbot: QtBot, tmp_path: Path, session: KioskSession, health: Health,
        caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a-file").write_text("")
    reporter = Reporter(session, health, status_file=tmp_path / "a-file" / "status.json",
                        metrics_file=None, check_ms=40, refresh_s=0.05, parent=session)
    qtbot.wait(300)
    reporter.finish("stopped")
    assert caplog.text.count("could not write the status file") == 1, caplog.text


# --- the log file ---------------------------------------------------------------------


def test_the_log_file_rotates_and_keeps_five(tmp_path: Path) -> None:
    handler = add_log_file(tmp_path / "logs" / "kiosk.log", max_bytes=2000, backups=4)
    assert handler is not None
    try:
        log = logging.getLogger("kiosk.test.rotation")
        for number in range(400):
            log.warning("line %03d of a long night at the booth", number)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3", "kiosk.log.4"]
    assert all(p.stat().st_size <= 2000 for p in (tmp_path / "logs").iterdir())
    assert "line 399 of a long night" in (tmp_path / "logs" / "kiosk.log").read_text()


def test_a_log_file_that_cannot_be_opened_leaves_stderr(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a-file").write_text("")
    assert add_log_file(tmp_path / "a-file" / "kiosk.log") is None
    assert "cannot write the log file" in caplog.text


# --- stopping -------------------------------------------------------------------------


def test_sigterm_before_the_event_loop_runs_still_quits(qapp: QCoreApplication) -> None:
    """systemd may stop the kiosk while it is still starting (before app.exec())."""
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    timer = quit_on_signals(qapp)
    # A safety net that must not outlive the test: left running, it ended the event loops of
    # later tests with exit(1).
    safety = QTimer(qapp, singleShot=True, interval=10_000)
    safety.timeout.connect(lambda: qapp.exit(1))
    try:
        os.kill(os.getpid(), signal.SIGTERM)     # handled here, before any event loop runs
        safety.start()
        assert qapp.exec() == 0
    finally:
        safety.stop()
        safety.deleteLater()
        timer.stop()
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
