"""`kiosk screenshot`: one PNG per slide, rendered offscreen by the real view; the offscreen
rendering `kiosk export --pdf` shares."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickWindow

from kiosk.app.images import wait_for_pictures
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, dispose, use_software_rendering_when_headless
from kiosk.deck.loader import Pack, PackUnreadable, load_pack

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


def each_slide(window: QQuickWindow, session: KioskSession) -> Iterator[QImage]:
    """Every slide of the shown deck as an image of the window, in order, one at a time."""
    for index in range(session.navigation.slide_count):
        session.navigation.goTo(index)
        settle()
        yield render_settled(window)


def slide_file_name(number: int, slide_id: str, slide_type: str, language: str) -> str:
    return f"{number:02d}-{slide_id or slide_type}.{language}.png"


MAX_SIDE = 16384


def size_refused(command: str, width: int, height: int) -> bool:
    """Whether the window size is beyond what Qt renders (said on stderr)."""
    if 0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE:
        return False
    print(f"kiosk {command}: --size must be at most {MAX_SIDE}x{MAX_SIDE}", file=sys.stderr)
    return True


def load_to_render(command: str, content: Path, nothing: str) -> Pack | int:
    """The pack in `content`, or the exit status once stderr says why it cannot be rendered:
    2 when the folder or its deck.yaml cannot be read, 1 with its errors as `kiosk check`
    words them (`nothing` says what was not written)."""
    try:
        result = load_pack(content)
    except PackUnreadable as error:
        print(f"kiosk {command}: {error}", file=sys.stderr)
        return 2
    if result.pack is None:
        for problem in result.errors:
            print(problem, file=sys.stderr)
        count = len(result.errors)
        print(f"kiosk {command}: {content} has {count} error{'s' * (count != 1)}; {nothing}",
              file=sys.stderr)
        return 1
    return result.pack


@contextmanager
def offscreen_view(pack: Pack, language: str | None, width: int, height: int, *,
                   controls: bool = True) -> Iterator[tuple[QQuickWindow, KioskSession]]:
    """The real kiosk window on `pack`, offscreen, still (no animations, never idle), at
    width x height; `controls=False` leaves out the on-screen buttons."""
    _app = QGuiApplication.instance()          # lives until the end
    if _app is None:   # else its first window has chosen the graphics API (in tests)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        use_software_rendering_when_headless()
        _app = QGuiApplication(sys.argv[:1])
    session = KioskSession(animate=False, controls=controls)
    session.show_pack(pack, language)
    session.idle_watch.set_idle_seconds(0)   # a long run never turns into "still there?"
    engine, window = create_window(session)
    try:
        window.setGeometry(0, 0, width, height)
        window.show()
        settle()
        yield window, session
    finally:
        dispose(engine, window)


def take_screenshots(options: ScreenshotOptions) -> int:
    """Write one PNG per slide into options.out; 0 on success, 1 on a broken pack, 2 when the
    pack or the output folder cannot be used."""
    if size_refused("screenshot", options.width, options.height):
        return 2
    pack = load_to_render("screenshot", options.content, "nothing written")
    if isinstance(pack, int):
        return pack
    try:
        options.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"kiosk screenshot: cannot write to {options.out}: {error.strerror}",
              file=sys.stderr)
        return 2
    with offscreen_view(pack, options.language, options.width, options.height) as (window,
                                                                                 session):
        for index, image in enumerate(each_slide(window, session)):
            slide = pack.deck.slides[index]
            path = options.out / slide_file_name(index + 1, slide.id or "", slide.type,
                                                  session.current_language)
            if not image.save(str(path)):
                print(f"kiosk screenshot: could not write {path}", file=sys.stderr)
                return 2
            print(path)
    return 0
