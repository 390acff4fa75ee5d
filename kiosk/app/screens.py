"""Keep the kiosk on its screen: to the primary while that screen is unplugged, back after."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow
from PySide6.QtQuick import QQuickWindow

from kiosk.app.navigator import Navigator
from kiosk.app.window import show_full_screen, show_windowed

log = logging.getLogger(__name__)


def describe_screens() -> str:
    """The screens as `--screen` numbers them, e.g. "0: HDMI-1 1920x1080+0+0 (primary)"."""
    primary = QGuiApplication.primaryScreen()
    return ", ".join(
        f"{number}: {screen.name() or '(no name)'} {_geometry(screen.geometry())}"
        + (" (primary)" if screen is primary else "")
        for number, screen in enumerate(QGuiApplication.screens())
    )


def _geometry(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}{rect.x():+d}{rect.y():+d}"


class ScreenKeeper(QObject):
    """Moves `window` when screens come and go, without touching what it shows.

    The screen wanted is remembered by name: screen number `wanted` (`--screen`) as numbered
    at start, or the screen the window was first shown on. While it is missing the window is
    on the primary screen; when it returns the window goes back. A screen whose resolution
    changes is covered again. Each move keeps the window's current mode (full screen or a
    window, whichever the F key last chose), and the slide shown does not change.
    """

    def __init__(self, window: QQuickWindow, wanted: int | None,
                 navigator: Navigator | None = None) -> None:
        super().__init__(window)
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("ScreenKeeper needs a QGuiApplication")
        self._window = window
        self._navigator = navigator
        self._wanted_number = wanted
        self._wanted_name: str | None = None
        self._moving = False
        self._watched: QScreen | None = None
        screens = QGuiApplication.screens()
        if wanted is None:
            self._wanted_name = window.screen().name()
        elif 0 <= wanted < len(screens):
            self._wanted_name = screens[wanted].name()
        log.info("screens: %s", describe_screens())
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        app.primaryScreenChanged.connect(self._primary_changed)
        window.screenChanged.connect(self._window_screen_changed)
        self._watch(window.screen())

    @property
    def wanted_name(self) -> str | None:
        """The name of the screen the kiosk belongs on; None until screen `wanted` exists."""
        return self._wanted_name

    # --- what Qt tells us -------------------------------------------------------------

    def _screen_added(self, screen: QScreen) -> None:
        log.info("screen %s plugged in; screens now: %s", screen.name(), describe_screens())
        first_time = False
        if self._wanted_name is None and self._wanted_number is not None:
            # Screen N was not there at start (a projector switched on after the computer).
            screens = QGuiApplication.screens()
            if self._wanted_number < len(screens):
                self._wanted_name = screens[self._wanted_number].name()
                first_time = True
        wanted = self._wanted_screen()
        if wanted is not None and wanted is not self._window.screen():
            self._move(wanted, f"screen {wanted.name()} is here; showing there" if first_time
                       else f"screen {wanted.name()} is back; showing there again")

    def _screen_removed(self, screen: QScreen) -> None:
        # Qt is about to move the window to the primary screen itself, but it leaves it
        # there unplaced: the window's own screen is done here first.
        if screen is self._watched:
            self._watch(None)
        log.info("screen %s unplugged; screens now: %s", screen.name(), describe_screens())
        if self._window.screen() is screen:
            self._go_to_fallback(f"screen {screen.name()} unplugged")

    def _primary_changed(self, primary: QScreen) -> None:
        # Without the wanted screen, the kiosk shows on whichever screen is primary now.
        # (A screen being unplugged is left to _screen_removed, which Qt calls next.)
        current = self._window.screen()
        if current not in QGuiApplication.screens():
            return
        if self._wanted_screen() is None and current is not primary:
            self._go_to_fallback(f"the primary screen is now {primary.name()}")

    def _window_screen_changed(self, screen: QScreen | None) -> None:
        self._watch(screen)
        if self._moving or screen is None or screen is self._wanted_screen():
            return
        if self._window.visibility() == QWindow.Visibility.Windowed:
            # An author moved the window to another screen: that one is wanted now.
            log.info("window moved to screen %s; keeping it there", screen.name())
            self._wanted_name = screen.name()

    def _geometry_changed(self, geometry: QRect) -> None:
        screen = self._watched
        if screen is None or self._moving:
            return
        if self._full_screen():
            self._move(screen, f"screen {screen.name()} is now {_geometry(geometry)}; "
                               "covering it again")
        elif not screen.availableGeometry().contains(self._window.frameGeometry()):
            self._move(screen, f"screen {screen.name()} is now {_geometry(geometry)}; "
                               "placing the window on it again")

    # --- deciding and moving ----------------------------------------------------------

    def _wanted_screen(self) -> QScreen | None:
        if self._wanted_name is None:
            return None
        return next((screen for screen in QGuiApplication.screens()
                     if screen.name() == self._wanted_name), None)

    def _go_to_fallback(self, reason: str) -> None:
        primary = QGuiApplication.primaryScreen()
        if primary is None or primary is self._window.screen():
            log.info("%s; no other screen to show on", reason)
            return
        self._move(primary, f"{reason}; showing on {primary.name()}")

    def _full_screen(self) -> bool:
        return self._window.visibility() == QWindow.Visibility.FullScreen

    def _move(self, screen: QScreen, reason: str) -> None:
        self._moving = True
        try:
            if not self._window.isVisible():
                self._window.setScreen(screen)
            elif self._full_screen():
                show_full_screen(self._window, screen)
            else:
                show_windowed(self._window, screen)
        finally:
            self._moving = False
        self._watch(screen)
        log.info("%s%s", reason, self._place())

    def _place(self) -> str:
        if self._navigator is None or self._navigator.slide_count == 0:
            return ""
        index = int(self._navigator.property("index"))
        return f" (still on slide {index + 1} of {self._navigator.slide_count})"

    def _watch(self, screen: QScreen | None) -> None:
        """Follow the resolution of the screen the window is on, and only that one."""
        if screen is self._watched:
            return
        if self._watched is not None:
            self._watched.geometryChanged.disconnect(self._geometry_changed)
        self._watched = screen
        if screen is not None:
            screen.geometryChanged.connect(self._geometry_changed)


def hold_full_screen(window: QQuickWindow) -> None:
    """Locked mode: whatever takes the window out of full screen (a window manager's
    shortcut, a minimise), it goes back, on the screen it is on."""
    def check(visibility: QWindow.Visibility) -> None:
        if visibility in (QWindow.Visibility.Windowed, QWindow.Visibility.Maximized,
                          QWindow.Visibility.Minimized):
            log.info("the window left full screen (%s) while locked; back to full screen",
                     visibility.name)
            QTimer.singleShot(0, window, lambda: show_full_screen(
                window, window.screen() or QGuiApplication.primaryScreen()))

    window.visibilityChanged.connect(check)
