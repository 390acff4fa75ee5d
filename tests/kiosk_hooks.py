"""`kiosk` with test-only hooks, run as `python -m tests.kiosk_hooks run ...` by process tests.

SIGUSR1 freezes the GUI thread for $KIOSK_TEST_FREEZE_S seconds (Python's signal handlers
run on the main thread, which is Qt's GUI thread; other threads run on). SIGUSR2 makes Qt
call a slot that raises. KIOSK_TEST_NO_QML=1 points the QML import path at an empty folder,
so the kiosk's QML module cannot load. None of this is in the kiosk itself.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, Slot

import kiosk.app.window  # kiosk.app first: see kiosk/app/immortal.py
from kiosk.cli import main

SLOT_ERROR = "test hook: raised in a Qt slot"


class Boom(QObject):
    @Slot()
    def explode(self) -> None:
        raise ValueError(SLOT_ERROR)


def freeze(_signum: int, _frame: object) -> None:
    sys.stderr.write("test hook: freezing the GUI thread\n")
    time.sleep(float(os.environ.get("KIOSK_TEST_FREEZE_S", "3")))
    sys.stderr.write("test hook: the GUI thread goes on\n")


def raise_in_slot(_signum: int, _frame: object) -> None:
    QMetaObject.invokeMethod(BOOM, "explode", Qt.ConnectionType.QueuedConnection)


BOOM = Boom()

if __name__ == "__main__":
    if os.environ.get("KIOSK_TEST_NO_QML") == "1":
        kiosk.app.window.QML_IMPORT_PATH = Path(tempfile.mkdtemp(prefix="no-qml-"))
    signal.signal(signal.SIGUSR1, freeze)
    signal.signal(signal.SIGUSR2, raise_in_slot)
    sys.exit(main(sys.argv[1:]))
