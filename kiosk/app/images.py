"""Pictures for QML: the `image://pack/` provider, which answers from memory at once and has
the rest prepared off the GUI thread, and the preloading of the slides a visitor may see next."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from urllib.parse import parse_qs

from PIL import Image
from PySide6.QtCore import (
    Q_RETURN_ARG,
    QCoreApplication,
    QEventLoop,
    QMetaObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickImageProvider, QQuickWindow

from kiosk.app.drawings import draw_svg, drawing_size
from kiosk.app.session import KioskSession
from kiosk.deck.model import Deck
from kiosk.deck.pictures import read_picture
from kiosk.media.cache import DiskCache, cache_folder
from kiosk.media.neighbours import slide_pictures, slides_ahead
from kiosk.media.plan import Fit, Target, screen_size, target_for
from kiosk.media.preload import Job, Preloader
from kiosk.media.prepare import PictureError
from kiosk.media.resample import keep_pillow_blocks, usable_bands
from kiosk.media.store import PictureStore

log = logging.getLogger(__name__)

PROVIDER = "pack"
PRELOAD_AFTER_MS = 150
"""Preparing the next slides waits this long after a step, so the slide coming in has the
machine (and Python's lock) for its first frames; fast presses are followed once."""
SLIDES_HELD = 6
"""Screens' worth of screen-sized pictures held in memory: the slide shown, the next, the
previous and the first, and one coming in, with a little room for larger pictures."""
MAX_SIDE = 16384
_FORMATS = {"RGB": (QImage.Format.Format_RGB888, 3),
            "RGBA": (QImage.Format.Format_RGBA8888, 4),
            "L": (QImage.Format.Format_Grayscale8, 1)}


def to_qimage(picture: Image.Image) -> QImage:
    """A Pillow picture (L, RGB or RGBA) as a QImage that owns its pixels, in a format the
    scene graph takes as it is (RGB as RGBX: Pillow's own fourth byte is not always 255)."""
    image_format, depth = _FORMATS[picture.mode]
    width, height = picture.size
    image = QImage(picture.tobytes(), width, height, width * depth, image_format)
    if picture.mode == "RGB":
        return image.convertToFormat(QImage.Format.Format_RGBX8888)   # a copy, 3 ms at 1080p
    return image.copy()


def mark(width: int, height: int) -> QImage:
    """A clear image of a size no prepared picture has (kiosk.media.plan.scaled)."""
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    image.fill(0)
    return image


def failed_image() -> QImage:
    """What the provider answers for a picture it cannot show: 1x1, which Picture.qml shows as
    its placeholder (a null image would make Qt warn on every Image that asks)."""
    return mark(1, 1)


def pending_image() -> QImage:
    """What the provider answers for a picture being prepared: 1x2, which Picture.qml asks for
    again shortly (and counts as loading)."""
    return mark(1, 2)


class PictureService:
    """The pictures of one window: a store (memory, disk cache, pipeline), the provider QML
    asks, and the preloader that follows the navigator."""

    def __init__(self, session: KioskSession, cache: DiskCache | None = None) -> None:
        self.session = session
        self.window: QQuickWindow | None = None
        keep_pillow_blocks()
        self.store: PictureStore[QImage] = PictureStore(
            cache if cache is not None else DiskCache(cache_folder()), to_qimage,
            lambda image: image.sizeInBytes(), memory_limit=0)
        self.preloader = Preloader(self.prepare)
        self._first_frame = False
        self._pictures: tuple[Deck | None, list[tuple[Path, ...]]] = (None, [])
        self._soon = QTimer(singleShot=True, interval=PRELOAD_AFTER_MS)
        self._soon.timeout.connect(self.preload)
        session.navigation.indexChanged.connect(self._soon.start)
        session.deckChanged.connect(self._soon.start)
        # The packs whose slides may still ask while another pack is put on screen.
        self._shown_root: Path | None = session.pack.root.resolve() if session.pack else None
        self._left_root: Path | None = None
        session.deckChanged.connect(self._deck_changed)

    def attach(self, window: QQuickWindow) -> None:
        """Follow `window`'s size: screen-sized pictures cover it. Until its first frame is
        on screen pictures are prepared before they are answered, so that frame is whole."""
        self.window = window
        window.widthChanged.connect(self._screen_changed)
        window.heightChanged.connect(self._screen_changed)
        window.frameSwapped.connect(self._shown, Qt.ConnectionType.QueuedConnection)
        self._screen_changed()

    def _shown(self) -> None:
        self._first_frame = True

    def _deck_changed(self) -> None:
        pack = self.session.pack
        root = pack.root.resolve() if pack is not None else None
        if root != self._shown_root:
            self._left_root, self._shown_root = self._shown_root, root

    def prepare(self, path: Path, target: Target, waited_for: bool = True) -> None:
        """Make the picture ready in memory (the picture thread, or the GUI thread before the
        first frame): photos by the Pillow pipeline, SVG drawings by Qt. A photo someone is
        waiting for is resampled on every CPU; one prepared ahead on one, leaving the others
        to the slide being shown."""
        if path.suffix.lower() != ".svg":
            self.store.prepare(path, target, bands=usable_bands() if waited_for else 1)
            return
        try:
            self.store.keep(path, target, draw_svg(path, target.size))
        except PictureError as error:
            self.store.complain(path, str(error))

    # --- the provider's side (the GUI thread) -------------------------------------------

    def answer(self, request: str) -> QImage:
        """The picture `request` names: "<file URL path>?[v=&]w=&h=&fit=&sw=&sh=&n=[&thumb=1]"
        (the box, how the picture fills it, and the window, in device pixels; whether it is
        drawn scaled down, as in the overview; see Picture.qml).

        On the GUI thread: from memory (where preloading put the neighbours' pictures) at
        once, so a step shows its picture in its first frame; prepared here before the first
        frame and for small drawings (`_draw_now`); else a mark that it is being prepared, and
        the picture thread takes it next. Never waits for a photo to be decoded.
        """
        parsed = self._parse(request)
        if parsed is None:
            return failed_image()
        path, box, fit, screen, thumbnail = parsed
        header = read_picture(path)
        if header.error is not None:
            self.store.complain(path, header.error)
            return failed_image()
        target = self._target(path, box, fit, screen)
        found = self.store.peek(path, target)
        if (found is None and self._draw_now(path, target, screen, thumbnail)
                and not self.store.has_failed(path)):
            self.prepare(path, target)
            found = self.store.peek(path, target)
        if found is not None:
            return found
        if self.store.has_failed(path):
            return failed_image()
        self.preloader.urgent((path, target))
        return pending_image()

    def _draw_now(self, path: Path, target: Target, screen: tuple[int, int],
                  thumbnail: bool) -> bool:
        """Whether to prepare the picture here and now, on the GUI thread: everything before
        the first frame (so it is whole), and a small drawing on a slide (a logo, an icon:
        drawn in a few milliseconds, where waiting for the picture thread costs a frame
        without it); never a photo after the first frame, nor a thumbnail."""
        if not self._first_frame:
            return True
        small = target.size[0] * target.size[1] * 4 <= screen[0] * screen[1]
        return path.suffix.lower() == ".svg" and small and not thumbnail

    def _target(self, path: Path, box: tuple[int, int], fit: Fit,
                screen: tuple[int, int]) -> Target:
        header = read_picture(path)
        if path.suffix.lower() == ".svg":
            return target_for(drawing_size(path, header), box, fit, screen, vector=True)
        return target_for(header.upright_size, box, fit, screen)

    def _parse(self, request: str
               ) -> tuple[Path, tuple[int, int], Fit, tuple[int, int], bool] | None:
        encoded, _, query = request.partition("?")   # a "?" in a file name is %3F
        path = Path(QUrl("file:///" + encoded.lstrip("/")).toLocalFile())
        values = {key: items[-1] for key, items in parse_qs(query).items()}
        try:
            box = (int(values["w"]), int(values["h"]))
            screen = (int(values["sw"]), int(values["sh"]))
        except (KeyError, ValueError):
            log.warning("picture request %r is not one Picture.qml makes", request)
            return None
        fit: Fit = "contain" if values.get("fit") == "contain" else "cover"
        if not all(0 < side <= MAX_SIDE for side in (*box, *screen)):
            return None
        pack = self.session.pack
        resolved = path.resolve()
        if pack is None or not resolved.is_relative_to(pack.root.resolve()):
            # A slide of the pack being replaced, laid out once more for the new pack's
            # theme before it goes, is no cause for a warning; anything else is.
            if not any(root is not None and resolved.is_relative_to(root)
                       for root in (self._shown_root, self._left_root)):
                log.warning("picture %s is not in the pack shown; not shown", path)
            return None
        return path, box, fit, screen, values.get("thumb") == "1"

    # --- preloading (GUI thread) ----------------------------------------------------------

    def screen(self) -> tuple[int, int]:
        """The window's size in device pixels, which screen-sized pictures cover."""
        if self.window is None:
            return (0, 0)
        ratio = self.window.devicePixelRatio()
        return round(self.window.width() * ratio), round(self.window.height() * ratio)

    def preload(self) -> None:
        """Prepare the pictures of the next, previous and first slides, in that order."""
        pack = self.session.pack
        screen = self.screen()
        if pack is None or min(screen) <= 0:
            self.preloader.want([])
            return
        if self._pictures[0] is not pack.deck:
            self._pictures = (pack.deck, slide_pictures(pack.deck))
        pictures = self._pictures[1]
        navigator = self.session.navigation
        jobs: list[Job] = []
        for slide in slides_ahead(navigator.position, len(pictures), pack.deck.kiosk.loop):
            for path in pictures[slide]:
                header = read_picture(path)
                if header.error is not None:
                    continue
                if path.suffix.lower() == ".svg":
                    size = screen_size(drawing_size(path, header), screen, vector=True)
                elif min(header.upright_size) > 0:
                    size = screen_size(header.upright_size, screen)
                else:
                    continue
                jobs.append((path, Target(size)))
        self.preloader.want(jobs)

    def wait_prepared(self, timeout: float) -> bool:
        """Start the preloading due now and wait until it is done (tests, bench)."""
        if self._soon.isActive():
            self._soon.stop()
            self.preload()
        return self.preloader.wait_idle(timeout)

    def _screen_changed(self) -> None:
        self._fit_memory()
        self.preload()

    def _fit_memory(self) -> None:
        width, height = self.screen()
        self.store.screen_sized.set_limit(SLIDES_HELD * width * height * 4)

    def close(self) -> None:
        self._soon.stop()
        self.preloader.close()
        self.window = None   # the engine keeps this service past the window (its provider)


class PictureProvider(QQuickImageProvider):
    """`image://pack/...`: asked on the GUI thread (Picture.qml loads synchronously), answered
    without waiting for a photo (PictureService.answer)."""

    def __init__(self, service: PictureService) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.service = service

    def requestImage(self, request: str, size: QSize, _requested: QSize) -> QImage:
        image = self.service.answer(request)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


def install_pictures(engine: QQmlEngine, session: KioskSession) -> PictureService:
    """Give `engine` the image provider for `session`'s pictures (before QML is loaded)."""
    service = PictureService(session)
    engine.addImageProvider(PROVIDER, PictureProvider(service))
    return service


def pictures_of(engine: QQmlEngine) -> PictureService | None:
    """The picture service `install_pictures` gave `engine`."""
    provider = engine.imageProvider(PROVIDER)
    return provider.service if isinstance(provider, PictureProvider) else None


def pictures_loading(window: QQuickWindow) -> int:
    """How many Pictures (Picture.qml) in `window` are still loading: read from the items, so
    one whose request has not yet reached the provider counts too."""
    # Counted in QML (Main.qml): walking the items' Python wrappers here met stale wrappers of
    # items a reload had deleted. Windows that are not the kiosk's have nothing to wait for.
    if window.metaObject().indexOfMethod("picturesLoading()") < 0:
        return 0
    loading = QMetaObject.invokeMethod(window, "picturesLoading", Q_RETURN_ARG("QVariant"))
    return int(loading) if isinstance(loading, int | float) else 0


def wait_for_pictures(timeout: float = 20.0) -> bool:
    """Process events until no window has an image loading; False if `timeout` passes first
    (a huge picture on a slow machine): tests and screenshots then show what there is."""
    deadline = time.monotonic() + timeout
    windows = [window for window in QGuiApplication.topLevelWindows()
               if isinstance(window, QQuickWindow) and window.isVisible()]
    while any(pictures_loading(window) for window in windows):
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.sendPostedEvents()
    return True
