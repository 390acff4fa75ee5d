"""`kiosk run`: the kiosk itself, full screen or in a window."""

from __future__ import annotations

import logging
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtQuick import QQuickWindow

from kiosk.app.display_awake import DisplayAwake, keep_display_awake
from kiosk.app.live_reload import LiveReload
from kiosk.app.logs import setup_logging
from kiosk.app.opening import connect_operator, open_pack
from kiosk.app.ops.operations import Operations, OpsOptions
from kiosk.app.screens import ScreenKeeper, hold_full_screen
from kiosk.app.session import KioskSession
from kiosk.app.visits import VisitRecorder, start_visit_analytics
from kiosk.app.window import (
    QmlNotLoadedError,
    choose_screen,
    create_window,
    dispose,
    show_full_screen,
    show_windowed,
    toggle_full_screen,
    use_software_rendering_when_headless,
)

log = logging.getLogger(__name__)

APP_ICON = Path(__file__).resolve().parents[2] / "assets" / "kiosk-icon.svg"


@dataclass(frozen=True)
class RunOptions:
    content: Path
    windowed: bool = False
    screen: int | None = None
    language: str | None = None
    verbose: bool = False
    pin: str = ""
    log_file: Path | None = None
    status_file: Path | None = None
    metrics_file: Path | None = None
    analytics_file: Path | None = None
    """Where the kiosk logs, reports and records visits; None: not at all (`kiosk run` gives
    defaults)."""


def quit_on_signals(app: QCoreApplication) -> QTimer:
    """Quit cleanly on Ctrl+C and on SIGTERM (systemd's stop), instead of a traceback.

    Python handles signals only while Python code runs, so a timer lets it run now and then.
    """
    def stop(signum: int, _frame: object) -> None:
        log.info("%s received; quitting", signal.Signals(signum).name)
        # Not quit(): in Qt 6 that first asks each window to close, which locked mode refuses.
        # Through a timer, not exit() at once: exit() before exec() has started is lost, and a
        # SIGTERM during start-up would leave the kiosk running.
        QTimer.singleShot(0, lambda: app.exit(0))

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    timer = QTimer(app, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def log_first_frame(window: QQuickWindow, started: float) -> None:
    seen = False

    def first_frame() -> None:
        # Emitted by the render thread; several may be queued before this runs.
        nonlocal seen
        if not seen:
            seen = True
            log.info("first frame on screen %.2f s after start", time.perf_counter() - started)

    window.frameSwapped.connect(first_frame, Qt.ConnectionType.QueuedConnection)


def run_kiosk(options: RunOptions, started: float | None = None) -> int:
    """Start the kiosk and return its exit status when it quits: 0 when asked to (the
    operator's Quit, SIGTERM), EXIT_FATAL in a fatal state, 1 on an error nobody caught.

    `started` is a `time.perf_counter()` reading from when the process began its work; the
    time to the first frame on screen is logged against it.
    """
    started = time.perf_counter() if started is None else started
    setup_logging(options.verbose, options.log_file)
    use_software_rendering_when_headless()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Exhibition kiosk")
        if APP_ICON.is_file():
            app.setWindowIcon(QIcon(str(APP_ICON)))
    quit_on_signals(app)

    # Full screen is locked: quit, full-screen toggle and close only through the operator.
    session = KioskSession(locked=not options.windowed, pin=options.pin)
    # From here exceptions in slots are logged and counted, and the status file is kept.
    ops = Operations(session, OpsOptions(options.status_file, options.metrics_file))
    visits: VisitRecorder | None = None
    status = 1
    try:
        if options.analytics_file is not None:
            visits = start_visit_analytics(session, options.analytics_file)
        status = _show(app, session, ops, options, started)
    except QmlNotLoadedError as error:
        status = ops.fatal_before_start(str(error))
    except Exception:
        log.exception("the kiosk stopped on an error nobody caught")
    finally:
        if visits is not None:
            visits.finish()
        ops.finish(status)
    log.info("quit" if status == 0 else f"quit with exit status {status}")
    return status


def _show(app: QCoreApplication, session: KioskSession, ops: Operations, options: RunOptions,
          started: float) -> int:
    """Open the pack, show the window and run the event loop; its exit status."""
    log.info("%s; operator menu: Ctrl+Alt+Shift+Q or a 3-second press on the top-left corner"
             "%s", "locked" if not options.windowed else "unlocked (windowed)",
             ", PIN required" if options.pin else "")
    if not options.windowed and not options.pin:
        log.warning("locked without an operator PIN: anyone who holds the top-left corner for "
                    "3 s reaches the operator menu (quit, another pack); set KIOSK_PIN")
    # Watching starts before the first load, so a change made meanwhile is not missed.
    live = LiveReload(session, options.content, windowed=options.windowed,
                      language=options.language)
    ops.watch_reloads(live)
    open_pack(session, options.content, language=options.language, windowed=options.windowed)
    connect_operator(session, windowed=options.windowed,
                     reloaded=lambda result, detail: ops.reloaded("operator", result, detail))
    engine, window = create_window(session)
    held: list[DisplayAwake] = []
    try:
        # exit(), not quit(): quit() asks the windows first, and a locked one says no.
        session.operator_menu.quitApproved.connect(lambda: app.exit(0))
        session.operator_menu.fullScreenApproved.connect(lambda: toggle_full_screen(window))
        screen = choose_screen(options.screen)
        if options.windowed:
            show_windowed(window, screen)
        else:
            show_full_screen(window, screen)
        if not options.windowed:
            hold_full_screen(window)
        # Off its screen while it is unplugged, back when it returns (a child of the window).
        ScreenKeeper(window, options.screen, session.navigation)
        window.requestActivate()
        # Kept awake from the event loop on, where a SIGTERM meanwhile still quits.
        QTimer.singleShot(0, lambda: held.append(keep_display_awake("showing the exhibit")))
        log_first_frame(window, started)
        ops.watch_window(window)
        status = app.exec()
    finally:
        for awake in held:
            awake.release()
        dispose(engine, window)
    return int(status)
