"""Everything `kiosk run` does for an operator who is not there: exception hooks, counters,
the status and metrics files, systemd's notifications, and fatal states ending the process."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtQuick import QQuickWindow

from kiosk.app.live_reload import LiveReload
from kiosk.app.ops.crash import EXIT_FATAL, ExceptionHooks, log_fatal, on_fatal
from kiosk.app.ops.health import CountingHandler, Health
from kiosk.app.ops.reporter import Reporter
from kiosk.app.ops.sd_notify import Notifier, watchdog_seconds
from kiosk.app.ops.service import ServiceWatch
from kiosk.app.ops.status import FATAL, STOPPED
from kiosk.app.session import KioskSession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpsOptions:
    """Where the kiosk reports; None turns a file off."""

    status_file: Path | None = None
    metrics_file: Path | None = None


class Operations(QObject):
    """Set up for one `kiosk run`, from just after its session exists until it quits."""

    def __init__(self, session: KioskSession, options: OpsOptions) -> None:
        super().__init__(session)
        self.health = Health()
        self._counter = CountingHandler(self.health)
        logging.getLogger().addHandler(self._counter)
        self._hooks = ExceptionHooks(self.health)
        self._hooks.install()
        # A crash, or the watchdog's SIGABRT on a frozen GUI thread, leaves every thread's
        # Python stack on stderr (the journal): where it hung.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            faulthandler.enable(sys.stderr, all_threads=True)
        self._fatal = ""
        self.service = ServiceWatch(Notifier.from_environment(), watchdog_seconds(), self)
        self.reporter = Reporter(session, self.health, status_file=options.status_file,
                                 metrics_file=options.metrics_file, service=self.service,
                                 parent=self)
        self._forget_last_words = on_fatal(self._last_words)
        for what, path in (("status", options.status_file), ("metrics", options.metrics_file)):
            if path is not None:
                log.info("%s file: %s", what, path)

    def reloaded(self, trigger: str, result: str, detail: str) -> None:
        """A reload by `trigger` ("live" or "operator") ended `result`."""
        self.health.record_reload(trigger, result, detail)
        self.reporter.check()

    def watch_reloads(self, live: LiveReload) -> None:
        live.finished.connect(lambda result, detail: self.reloaded("live", result, detail))
        self.reporter.real_path = lambda: live.shown_release

    def watch_window(self, window: QQuickWindow) -> None:
        """READY=1 at its first frame; a scene graph that cannot start is fatal (without a
        receiver for sceneGraphError, Qt itself would abort, with a core dump)."""
        self.service.ready_on_first_frame(window)
        window.sceneGraphError.connect(self._scene_graph_error,
                                       Qt.ConnectionType.QueuedConnection)

    def fatal(self, reason: str) -> None:
        """A state the kiosk cannot recover from while the event loop still runs: quit it
        with EXIT_FATAL, after the log and status say why."""
        if not self._fatal:
            self._fatal = reason
            log_fatal(reason)
        QCoreApplication.exit(EXIT_FATAL)

    def fatal_before_start(self, reason: str) -> int:
        """A fatal state before the event loop runs; the exit status to return."""
        self._fatal = reason
        log_fatal(reason)
        return EXIT_FATAL

    def _scene_graph_error(self, _error: object, message: str) -> None:
        self.fatal(f"the window cannot be drawn: {message.strip().rstrip('.')}")

    def finish(self, status: int) -> None:
        """The kiosk quits with `status`: last status write, STOPPING=1, hooks removed."""
        reason = self._fatal or (f"exit status {status}" if status else "")
        final = self.reporter.finish(FATAL if self._fatal or status else STOPPED, reason)
        self.service.stopping(f"{final.process}: {reason}" if reason else final.process)
        self._forget_last_words()
        self._hooks.uninstall()
        logging.getLogger().removeHandler(self._counter)

    def _last_words(self, reason: str) -> None:
        """The process ends at once (crash.exit_now): the status file says why."""
        self.reporter.finish(FATAL, reason)
