"""Test configuration: Qt's offscreen platform and software rendering, so no display is needed."""

import os
import tempfile
from collections.abc import Iterator

import pytest

# Pictures prepared by the tests go to a cache of their own, not the user's.
os.environ["KIOSK_CACHE_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-cache-")
# ... and the log and status files of the kiosks they start go to a state folder of their own.
os.environ["KIOSK_STATE_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-state-")

# Headless on every machine, whatever DISPLAY says; set before Qt is imported anywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


@pytest.fixture(autouse=True)
def _state_folder_per_test(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's kiosks get a state folder of their own: kiosks started by different tests
    writing (and rotating) one log file raced each other's rollover."""
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path_factory.mktemp("state")))


_TERMINAL: list[int] = []


def pytest_configure(config: pytest.Config) -> None:
    """Keep a copy of the real stderr while pytest is not capturing it (as its faulthandler
    plugin does), for the fatal Qt messages below."""
    _TERMINAL.append(os.dup(2))


@pytest.fixture(autouse=True)
def _fatal_qt_messages_reach_the_terminal() -> Iterator[None]:
    """pytest-qt keeps Qt's messages for its report and pytest captures stderr, but a fatal
    message aborts the process before either is shown: write fatal and critical ones to the
    real stderr at once, so an abort says why."""
    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if _TERMINAL and kind in (QtMsgType.QtFatalMsg, QtMsgType.QtCriticalMsg):
            where = f"{context.file}:{context.line}" if context.file else "Qt"
            os.write(_TERMINAL[0], f"\n{kind.name} from {where}: {message}\n".encode(
                errors="replace"))
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)


# The real kiosk process on Xvfb (tests/kiosk_on_x.py), for the tests that take these fixtures.
from tests.kiosk_on_x import start_kiosk, x_server  # noqa: E402, F401
