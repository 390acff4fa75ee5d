"""`kiosk run`: the kiosk itself, full screen or in a window."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.app.logs import setup_logging
from kiosk.app.opening import open_pack
from kiosk.app.session import KioskSession
from kiosk.app.window import (
    choose_screen,
    create_window,
    dispose,
    show_full_screen,
    show_windowed,
    toggle_full_screen,
    use_software_rendering_when_headless,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    content: Path
    windowed: bool = False
    screen: int | None = None
    language: str | None = None
    verbose: bool = False


def run_kiosk(options: RunOptions) -> int:
    """Start the kiosk and return its exit status when it quits."""
    setup_logging(options.verbose)
    use_software_rendering_when_headless()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Exhibition kiosk")

    session = KioskSession()
    open_pack(session, options.content, language=options.language, windowed=options.windowed)
    engine, window = create_window(session)
    session.navigation.quitRequested.connect(app.quit)
    session.navigation.fullScreenToggleRequested.connect(lambda: toggle_full_screen(window))

    screen = choose_screen(options.screen)
    if options.windowed:
        show_windowed(window, screen)
    else:
        show_full_screen(window, screen)
    window.requestActivate()
    status = app.exec()
    dispose(engine, window)
    return int(status)
