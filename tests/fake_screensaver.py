"""A stand-in org.freedesktop.ScreenSaver for tests, run as its own process on a test's bus.

Usage: python tests/fake_screensaver.py BUS_ADDRESS RECORD_FILE [OBJECT_PATH]

Every call is appended to RECORD_FILE as a tab-separated line ("Inhibit", application,
reason, cookie / "UnInhibit", cookie); "ready" once the name is owned. The methods are
exported from typed slots, as Qt-based desktops do, so a call with the wrong argument types
(an int32 cookie for UnInhibit's uint32) is refused just as a real service refuses it.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection


class ScreenSaver(QObject):
    def __init__(self, record: Path) -> None:
        super().__init__()
        self.record = record
        self.next_cookie = 6

    def write(self, *fields: object) -> None:
        with self.record.open("a", encoding="utf-8") as out:
            out.write("\t".join(str(field) for field in fields) + "\n")

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.next_cookie += 1
        self.write("Inhibit", application, reason, self.next_cookie)
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.write("UnInhibit", cookie)


def main() -> int:
    address, record = sys.argv[1], Path(sys.argv[2])
    path = sys.argv[3] if len(sys.argv) > 3 else "/org/freedesktop/ScreenSaver"
    app = QCoreApplication([])
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    timer = QTimer(interval=200)       # runs Python now and then, so it sees SIGTERM
    timer.timeout.connect(lambda: None)
    timer.start()
    bus = QDBusConnection.connectToBus(address, "fake-screensaver")
    service = ScreenSaver(record)
    if not bus.registerObject(path, "org.freedesktop.ScreenSaver", service,
                              QDBusConnection.RegisterOption.ExportAllSlots):
        return 1
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        return 1
    service.write("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
