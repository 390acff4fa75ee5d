"""The kiosk's side of a systemd service: READY=1 once the first frame is on screen,
WATCHDOG=1 from the GUI thread, STATUS= lines, and STOPPING=1 when it quits."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtQuick import QQuickWindow

from kiosk.app.ops.sd_notify import Notifier

log = logging.getLogger(__name__)

READY_ANYWAY_MS = 20_000
"""Ready without a frame after this long in the event loop (a window nobody can see, e.g.
on a screen that is off, may never be drawn; the start-up time-out would restart it)."""
MIN_PING_MS = 50


class ServiceWatch(QObject):
    """Tells the service manager how the kiosk is, through `notifier`.

    The watchdog's pings come from a timer on the GUI thread, at half the watchdog time: a
    GUI thread that hangs (a slide that never finishes, a deadlock) stops them, and systemd
    kills and restarts the kiosk. A ping from any other thread would keep a frozen screen
    alive.
    """

    def __init__(self, notifier: Notifier, watchdog_s: float | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._ready = False
        self._status = ""
        self._window: QQuickWindow | None = None
        self._pinger = QTimer(self, timerType=Qt.TimerType.PreciseTimer)
        self._pinger.timeout.connect(self.ping)
        if notifier.enabled and watchdog_s:
            self._pinger.setInterval(max(MIN_PING_MS, round(watchdog_s * 1000 / 2)))
            self._pinger.start()
        if notifier.enabled:
            log.info("service manager: notified at the first frame%s",
                     f"; watchdog pings every {self._pinger.interval() / 1000:g} s"
                     if self._pinger.isActive() else "")

    @property
    def ping_interval_ms(self) -> int | None:
        return self._pinger.interval() if self._pinger.isActive() else None

    def ping(self) -> None:
        self._notifier.send("WATCHDOG=1")

    def ready_on_first_frame(self, window: QQuickWindow) -> None:
        if not self._notifier.enabled:
            return
        # frameSwapped comes from the render thread; queued, it is handled on this thread.
        self._window = window
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(READY_ANYWAY_MS, self._ready_anyway)

    def _first_frame(self) -> None:
        if self._window is not None:
            self._window.frameSwapped.disconnect(self._first_frame)
            self._window = None
        self.ready()

    def _ready_anyway(self) -> None:
        if not self._ready:
            log.warning("no frame on screen %d s after start; telling the service manager the "
                        "kiosk is ready anyway", READY_ANYWAY_MS // 1000)
            self.ready()

    def ready(self) -> None:
        if not self._ready:
            self._ready = True
            self._notifier.send("READY=1", f"STATUS={self._status or 'running'}")

    def status(self, text: str) -> None:
        """The line `systemctl status` shows; sent when it changes."""
        if text != self._status:
            self._status = text
            if self._ready:
                self._notifier.send(f"STATUS={text}")

    def stopping(self, text: str) -> None:
        self._pinger.stop()
        self._notifier.send("STOPPING=1", f"STATUS={text}")
        self._notifier.close()
