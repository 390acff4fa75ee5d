"""Create the kiosk's Qt Quick window from the QML module and place it on a screen."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.app.images import install_pictures, pictures_of
from kiosk.app.input_guard import InputGuard
from kiosk.app.offline import OfflineNetworkFactory
from kiosk.app.session import KioskSession
from kiosk.app.touch_target import screen_target_px
from kiosk.app.wrappers import live_wrapper

log = logging.getLogger(__name__)

QML_IMPORT_PATH = Path(__file__).resolve().parent.parent / "qml"
WINDOWED_SIZE = (1280, 800)
# Network factories must outlive their engines; they are tiny, so keep them all.
_FACTORIES: list[OfflineNetworkFactory] = []


class QmlNotLoadedError(RuntimeError):
    """Kiosk/Main.qml gave no window: the kiosk cannot show anything (a fatal state)."""


def use_software_rendering_when_headless() -> None:
    """The offscreen platform has no GPU: render with Qt Quick's software renderer there."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


def create_window(session: KioskSession) -> tuple[QQmlApplicationEngine, QQuickWindow]:
    """Load Kiosk/Main.qml for `session`; the engine must be kept alive with the window."""
    engine = QQmlApplicationEngine()
    factory = OfflineNetworkFactory()
    engine.setNetworkAccessManagerFactory(factory)
    _FACTORIES.append(factory)
    engine.addImportPath(str(QML_IMPORT_PATH))
    pictures = install_pictures(engine, session)   # image://pack/, before QML asks for it
    engine.setInitialProperties({"session": session})
    messages: list[str] = []
    engine.warnings.connect(lambda errors: messages.extend(e.toString() for e in errors))
    engine.loadFromModule("Kiosk", "Main")
    window = live_wrapper(_first_root(engine), QQuickWindow)
    if window is None:
        roots = engine.rootObjects()
        found = type(roots[0]).__name__ if roots else "nothing"
        raise QmlNotLoadedError(
            f"the kiosk's QML module did not load (it gave {found}, not a window); QML said: "
            + ("; ".join(messages) or "nothing (see the messages above)"))
    pictures.attach(window)

    def corner_size() -> float:
        # Style.qml's `control` (a touch target, or 76 px at 1080 lines) and a quarter more.
        unit = max(0.25, min(window.width(), window.height()) / 1080)
        return 1.25 * max(session.touch_target, 76 * unit)

    InputGuard(window, session.idle_watch, corner_hold=session.operator_menu.request,
               corner_size=corner_size)     # owned by the window

    def measure_touch_target(screen: QScreen | None) -> None:
        pixels = screen_target_px(screen)
        session.set_touch_target(pixels)
        if screen is not None:
            size = screen.physicalSize()
            log.info("touch targets at least %.0f px: 9 mm on %s (%.0f x %.0f mm reported)",
                     pixels, screen.name() or "the screen", size.width(), size.height())

    window.screenChanged.connect(measure_touch_target)
    measure_touch_target(window.screen())
    return engine, window


def _first_root(engine: QQmlApplicationEngine) -> Callable[[], object]:
    def first() -> object:
        roots = engine.rootObjects()
        return roots[0] if roots else None
    return first


def dispose(engine: QQmlApplicationEngine, window: QQuickWindow) -> None:
    """Close the window and delete the QML engine now, before the objects QML reads go away.

    The window's Python wrapper is forgotten first: QML made the window, and shiboken is not
    told when such an object is deleted, so the wrapper would live on pointing at freed
    memory (a use would write into it; a new object at that address would be handed out
    under it). Forgotten, any later use is a clear RuntimeError instead. Wrappers PySide
    hung on the window go with it, among them the QScreen from `window.screen()` (the one
    wrapper of that screen): ask `QGuiApplication` for screens afresh after this.
    """
    pictures = pictures_of(engine)
    if pictures is not None:
        pictures.close()   # the preloading thread, and its hold on the window
    window.hide()           # not close(): a locked window refuses that, and logs it
    window.deleteLater()
    engine.deleteLater()
    shiboken6.invalidate(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def choose_screen(index: int | None) -> QScreen:
    """Screen number `index` (0-based, as --screen takes it), else the primary screen."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if index is None:
        return primary
    if 0 <= index < len(screens):
        return screens[index]
    log.warning("there is no screen %d (screens: %d); using the primary screen",
                index, len(screens))
    return primary


def show_full_screen(window: QQuickWindow, screen: QScreen) -> None:
    """Cover the whole `screen`, frameless, also where no window manager honours full screen."""
    window.setScreen(screen)
    window.setFlag(Qt.WindowType.FramelessWindowHint, True)
    geometry: QRect = screen.geometry()
    window.setGeometry(geometry)
    window.showFullScreen()
    # Without a window manager the request above changes nothing: set the geometry again.
    if window.geometry() != geometry:
        window.setGeometry(geometry)
    log.info("full screen on %s at %dx%d+%d+%d", screen.name(), geometry.width(),
             geometry.height(), geometry.x(), geometry.y())


def show_windowed(window: QQuickWindow, screen: QScreen) -> None:
    """A normal, framed window centred on `screen`."""
    window.setScreen(screen)
    window.setFlag(Qt.WindowType.FramelessWindowHint, False)
    available = screen.availableGeometry()
    width = min(WINDOWED_SIZE[0], available.width())
    height = min(WINDOWED_SIZE[1], available.height())
    window.setGeometry(
        available.x() + (available.width() - width) // 2,
        available.y() + (available.height() - height) // 2,
        width,
        height,
    )
    window.showNormal()


def toggle_full_screen(window: QQuickWindow) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if window.visibility() == QQuickWindow.Visibility.FullScreen:
        show_windowed(window, screen)
    else:
        show_full_screen(window, screen)
