"""The display kept awake: org.freedesktop.ScreenSaver over a real dbus-daemon (the service is
a stand-in, tests/fake_screensaver.py), the X server's screen saver on a real Xvfb, and what
happens with neither."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from kiosk.app import display_awake
from kiosk.app.display_awake import NOTHING, keep_display_awake, suspend_x11_screen_saver
from tests.xserver import SCREEN_SAVER_OFF, SCREEN_SAVER_ON, XClient, require, xvfb

REPO = Path(__file__).resolve().parents[2]
FAKE_SCREENSAVER = REPO / "tests" / "fake_screensaver.py"
LOGGER = "kiosk.app.display_awake"


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def finish(process: subprocess.Popen[str], timeout: float = 30) -> str:
    """Wait for a process to end (killed if it will not) and return its stderr."""
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    return str(stderr)


@dataclass
class Bus:
    address: str
    folder: Path       # holds the socket, called "bus" as in $XDG_RUNTIME_DIR


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[Bus]:
    """A real `dbus-daemon --session` of the test's own, on which nothing can be activated."""
    require("dbus-daemon")
    no_services = tmp_path / "xdg-data"        # no dbus-1/services: nothing is auto-started
    no_services.mkdir()
    # A short folder: a socket path must fit in 108 bytes.
    with tempfile.TemporaryDirectory(prefix="kiosk-bus-") as folder:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", f"--address=unix:path={folder}/bus",
             "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "XDG_DATA_HOME": str(no_services),
                 "XDG_DATA_DIRS": str(no_services)})
        try:
            assert daemon.stdout is not None
            address = daemon.stdout.readline().strip()
            assert address.startswith("unix:path="), "dbus-daemon did not start"
            yield Bus(address, Path(folder))
        finally:
            daemon.terminate()
            daemon.wait(timeout=10)


class ScreenSaverService:
    """tests/fake_screensaver.py running on a bus; `calls` are what it was asked."""

    def __init__(self, address: str, record: Path, path: str) -> None:
        self.record = record
        self.process = subprocess.Popen([sys.executable, str(FAKE_SCREENSAVER), address,
                                         str(record), path], cwd=REPO,
                                        stderr=subprocess.PIPE, text=True)
        wait_for(lambda: ("ready",) in self.lines() or self.process.poll() is not None,
                 "the fake screen saver service")
        assert self.process.poll() is None, finish(self.process)

    def lines(self) -> list[tuple[str, ...]]:
        if not self.record.exists():
            return []
        return [tuple(line.split("\t")) for line in self.record.read_text().splitlines()]

    @property
    def calls(self) -> list[tuple[str, ...]]:
        return [line for line in self.lines() if line != ("ready",)]

    def stop(self) -> None:
        self.process.terminate()
        stderr = finish(self.process, timeout=10)
        assert "Traceback" not in stderr, stderr


@pytest.fixture
def screensaver(session_bus: Bus, tmp_path: Path) -> Iterator[ScreenSaverService]:
    service = ScreenSaverService(session_bus.address, tmp_path / "calls.tsv",
                                 "/org/freedesktop/ScreenSaver")
    yield service
    service.stop()


@pytest.fixture
def no_session_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A session bus address whose socket does not exist, and no bus in XDG_RUNTIME_DIR."""
    address = f"unix:path={tmp_path}/no-such-bus"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    return address


# The session bus ----------------------------------------------------------------------------

def test_inhibit_on_the_session_bus_and_uninhibit_on_release(
        qtbot: QtBot, session_bus: Bus, screensaver: ScreenSaverService,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
    caplog.set_level(logging.INFO, logger=LOGGER)

    awake = keep_display_awake("showing the tour", application="kiosk")

    assert screensaver.calls == [("Inhibit", "kiosk", "showing the tour", "7")]
    assert awake.method == "org.freedesktop.ScreenSaver inhibit (cookie 7)"
    assert awake.kept_awake
    assert "display kept awake: org.freedesktop.ScreenSaver inhibit (cookie 7)" in caplog.text
    # The service's UnInhibit takes a uint32 and refuses anything else, as real ones do.
    awake.release()
    assert screensaver.calls[1:] == [("UnInhibit", "7")]
    assert "UnInhibit(7) failed" not in caplog.text
    awake.release()                 # once only
    assert len(screensaver.calls) == 2


def bus_names(address: str) -> set[str]:
    """The names on the bus, as the bus itself lists them (from a connection of the test's)."""
    bus = QDBusConnection.connectToBus(address, "test-observer")
    call = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "ListNames")
    reply = bus.call(call, QDBus.CallMode.Block, 5000)
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
    return set(reply.arguments()[0])


def test_release_closes_the_kiosks_bus_connection(
        qtbot: QtBot, session_bus: Bus, screensaver: ScreenSaverService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Services also end the inhibits of a client that leaves the bus, so the connection is
    # the kiosk's own, and goes when released.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
    before = bus_names(session_bus.address)
    awake = keep_display_awake("showing the tour", application="kiosk")
    during = bus_names(session_bus.address)
    awake.release()
    wait_for(lambda: len(during - bus_names(session_bus.address)) == 1,
             "the kiosk's connection to close")
    # At most one more stays: Qt's default session bus connection, which PySide opens (once
    # per process) when it builds a QDBusInterface, whatever connection it is given.
    assert len(bus_names(session_bus.address) - before) <= 1
    QDBusConnection.disconnectFromBus("test-observer")


def test_a_second_inhibit_gets_its_own_cookie(
        qtbot: QtBot, session_bus: Bus, screensaver: ScreenSaverService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
    first = keep_display_awake("one", application="kiosk")
    second = keep_display_awake("two", application="kiosk")
    second.release()
    first.release()
    assert screensaver.calls == [("Inhibit", "kiosk", "one", "7"),
                                 ("Inhibit", "kiosk", "two", "8"),
                                 ("UnInhibit", "8"), ("UnInhibit", "7")]


def test_the_older_screensaver_path_is_tried_too(
        qtbot: QtBot, session_bus: Bus, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    service = ScreenSaverService(session_bus.address, tmp_path / "calls.tsv", "/ScreenSaver")
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
        awake = keep_display_awake("showing the tour", application="kiosk")
        awake.release()
        assert service.calls == [("Inhibit", "kiosk", "showing the tour", "7"),
                                 ("UnInhibit", "7")]
    finally:
        service.stop()


def test_the_bus_systemd_starts_in_the_runtime_dir_is_found(
        qtbot: QtBot, session_bus: Bus, screensaver: ScreenSaverService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(session_bus.folder))
    awake = keep_display_awake("showing the tour", application="kiosk")
    awake.release()
    assert [call[0] for call in screensaver.calls] == ["Inhibit", "UnInhibit"]


def test_a_bus_without_a_screensaver_service(
        qtbot: QtBot, session_bus: Bus, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
    awake = keep_display_awake("showing the tour")
    assert awake.method == NOTHING and not awake.kept_awake
    awake.release()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith("could not keep the display awake: "
                                  "no org.freedesktop.ScreenSaver service on the session bus; "
                                  "not on X11 (Qt platform offscreen)")


# No session bus -----------------------------------------------------------------------------

def test_no_session_bus_and_no_x11_returns_with_a_warning(
        qtbot: QtBot, no_session_bus: str, caplog: pytest.LogCaptureFixture) -> None:
    awake = keep_display_awake("showing the tour")
    assert awake.method == NOTHING
    awake.release()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        f"could not keep the display awake: the session bus at {no_session_bus} does not "
        "answer; not on X11 (Qt platform offscreen); the screen saver or power saving may "
        "blank the booth"]


def test_no_bus_address_at_all(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                               caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert keep_display_awake("showing the tour").method == NOTHING
    assert "could not keep the display awake: no session bus;" in caplog.text


def test_a_bus_socket_that_never_answers_does_not_hang_the_start(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Accepts connections (the listen backlog) but never says a word: Qt's own connection
    # would wait for ever on it.
    with tempfile.TemporaryDirectory(prefix="kiosk-bus-") as folder, \
            socket.socket(socket.AF_UNIX) as silent:
        silent.bind(f"{folder}/bus")
        silent.listen(8)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={folder}/bus")
        awake = keep_display_awake("showing the tour")
    assert awake.method == NOTHING
    assert "does not answer" in caplog.text


def test_an_error_in_one_way_is_logged_not_raised(
        qtbot: QtBot, no_session_bus: str, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(_app: str, _reason: str) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(display_awake, "_inhibit_over_dbus", broken)
    assert keep_display_awake("showing the tour").method == NOTHING
    assert "keeping the display awake through org.freedesktop.ScreenSaver failed: " \
        "RuntimeError('boom')" in caplog.text
    assert "could not keep the display awake: org.freedesktop.ScreenSaver failed; not on " \
        "X11" in caplog.text


# X11 ----------------------------------------------------------------------------------------

HOLDER = """
import sys
from PySide6.QtGui import QGuiApplication
from kiosk.app.display_awake import keep_display_awake
app = QGuiApplication(sys.argv[:1])
awake = keep_display_awake("testing")
print(awake.method, flush=True)
sys.stdin.readline()
awake.release()
print("released", flush=True)
sys.stdin.readline()
"""


def test_on_x11_without_a_session_bus_the_x_screen_saver_is_suspended_until_release(
        tmp_path: Path) -> None:
    require("Xvfb")
    with xvfb() as display:
        client = XClient(display)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-such-bus",
               "XDG_RUNTIME_DIR": str(tmp_path)}
        holder = subprocess.Popen([sys.executable, "-c", HOLDER], cwd=REPO, env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "X11 screen saver suspended"
            # A screen saver due after 1 s of no input (and there is none on Xvfb) does
            # not start while the kiosk holds the suspension...
            client.set_screen_saver_timeout(1)
            time.sleep(2.5)
            assert client.screen_saver_state() == SCREEN_SAVER_OFF
            # ...and does start once it lets go.
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "released"
            wait_for(lambda: client.screen_saver_state() == SCREEN_SAVER_ON,
                     "the screen saver to start after release", timeout=10)
            holder.stdin.write("\n")
            holder.stdin.flush()
        finally:
            stderr = finish(holder)
            client.close()
    assert holder.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_without_libxss_the_x_screen_saver_is_switched_off_and_back(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    with xvfb() as display:
        client = XClient(display)
        try:
            client.set_screen_saver_timeout(321)
            held = suspend_x11_screen_saver(display, xss_names=("libXss-not-here.so.1",))
            assert not isinstance(held, str), held
            description, release = held
            assert description == "X11 screen saver off"     # Xvfb has no DPMS
            assert client.screen_saver_settings()[0] == 0
            release()
            assert client.screen_saver_settings()[0] == 321
        finally:
            client.close()
    assert "libXss is missing, so the X11 screen saver is switched off instead" in caplog.text


def test_an_x_display_that_cannot_be_opened() -> None:
    assert suspend_x11_screen_saver(":4242") == "could not open the X display :4242"


# The kiosk process --------------------------------------------------------------------------

def test_the_kiosk_keeps_the_display_awake_until_sigterm(
        session_bus: Bus, screensaver: ScreenSaverService) -> None:
    require("Xvfb")
    with xvfb() as display:
        client = XClient(display)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "DBUS_SESSION_BUS_ADDRESS": session_bus.address}
        kiosk = subprocess.Popen([sys.executable, "main.py", "--windowed"], cwd=REPO, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            wait_for(lambda: bool(screensaver.calls) or kiosk.poll() is not None,
                     "the kiosk to inhibit the screen saver", timeout=60)
            assert screensaver.calls == [("Inhibit", "kiosk", screensaver.calls[0][2], "7")]
            client.set_screen_saver_timeout(1)
            time.sleep(2.5)
            assert client.screen_saver_state() == SCREEN_SAVER_OFF
        finally:
            kiosk.send_signal(signal.SIGTERM)
            stderr = finish(kiosk)
        wait_for(lambda: client.screen_saver_state() == SCREEN_SAVER_ON,
                 "the screen saver to start after the kiosk quit", timeout=10)
        client.close()
    assert kiosk.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert screensaver.calls[1:] == [("UnInhibit", "7")]
    assert "display kept awake: org.freedesktop.ScreenSaver inhibit (cookie 7)" in stderr
    assert "display kept awake: X11 screen saver suspended" in stderr
