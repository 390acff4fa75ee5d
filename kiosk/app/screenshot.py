"""`kiosk screenshot`: one PNG per slide, rendered offscreen by the real view."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickWindow

from kiosk.app.images import wait_for_pictures
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, dispose, use_software_rendering_when_headless
from kiosk.deck.loader import PackUnreadable, load_pack

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenshotOptions:
    content: Path
    out: Path
    width: int = 1920
    height: int = 1080
    language: str | None = None


def settle(rounds: int = 4) -> None:
    """Let QML finish deferred work (fitting text, loading pictures) before a frame is taken."""
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()
    if not wait_for_pictures():
        log.warning("pictures still loading after 20 s; the frame is taken without them")
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def render_settled(window: QQuickWindow) -> QImage:
    """A frame of `window` once layouts are polished and text fitted to their final sizes.

    Qt Quick layouts settle while a frame is prepared, and text fitting reacts to that on
    the next turn of the event loop, so render, settle, and render again.
    """
    image = window.grabWindow()
    for _ in range(2):
        settle()
        image = window.grabWindow()
    return image


def grab_slides(window: QQuickWindow, session: KioskSession) -> list[QImage]:
    """Every slide of the shown deck as an image of the window, in order."""
    images = []
    for index in range(session.navigation.slide_count):
        session.navigation.goTo(index)
        settle()
        images.append(render_settled(window))
    return images


def slide_file_name(number: int, slide_id: str, slide_type: str, language: str) -> str:
    return f"{number:02d}-{slide_id or slide_type}.{language}.png"


MAX_SIDE = 16384


def take_screenshots(options: ScreenshotOptions) -> int:
    """Write one PNG per slide into options.out; 0 on success, 1 on a broken pack, 2 when the
    pack or the output folder cannot be used."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not (0 < options.width <= MAX_SIDE and 0 < options.height <= MAX_SIDE):
        print(f"kiosk screenshot: --size must be at most {MAX_SIDE}x{MAX_SIDE}", file=sys.stderr)
        return 2
    try:
        result = load_pack(options.content)
    except PackUnreadable as error:
        print(f"kiosk screenshot: {error}", file=sys.stderr)
        return 2
    if result.pack is None:
        for problem in result.errors:
            print(problem, file=sys.stderr)
        print(f"kiosk screenshot: {options.content} has problems; nothing written",
              file=sys.stderr)
        return 1
    try:
        options.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"kiosk screenshot: cannot write to {options.out}: {error.strerror}",
              file=sys.stderr)
        return 2

    use_software_rendering_when_headless()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # lives until return
    session = KioskSession(animate=False)
    session.show_pack(result.pack, options.language)
    engine, window = create_window(session)
    try:
        window.setGeometry(0, 0, options.width, options.height)
        window.show()
        settle()
        deck = result.pack.deck
        for index, image in enumerate(grab_slides(window, session)):
            slide = deck.slides[index]
            path = options.out / slide_file_name(index + 1, slide.id or "", slide.type,
                                                  session.current_language)
            if not image.save(str(path)):
                print(f"kiosk screenshot: could not write {path}", file=sys.stderr)
                return 2
            print(path)
    finally:
        dispose(engine, window)
    return 0
