"""Open the real kiosk window on a pack for a test, and read what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, QRectF
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app.opening import open_pack
from kiosk.app.screenshot import settle
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, dispose

REPO = Path(__file__).resolve().parents[2]
SHANDONG = REPO / "content" / "shandong"


@dataclass
class Kiosk:
    session: KioskSession
    window: QQuickWindow
    engine: QQmlApplicationEngine

    @property
    def stage(self) -> QObject:
        stage = self.window.findChild(QObject, "stage")
        assert stage is not None
        return stage

    def shown_index(self) -> int:
        return int(self.stage.property("shownIndex"))

    def current_slide(self) -> QQuickItem:
        item = self.stage.property("shownSlide")
        assert isinstance(item, QQuickItem)
        return item

    def slide_text(self, object_name: str) -> str:
        """The text of the item called `object_name` on the slide shown ("" if none).

        Looked up in QML: Python wrappers of items that QML deletes and re-creates while
        slides change are not safe to keep.
        """
        result = QMetaObject.invokeMethod(
            self.stage, "textOf", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", object_name))
        return str(result)


@contextmanager
def open_kiosk(qtbot: QtBot, pack: Path = SHANDONG, size: tuple[int, int] = (1920, 1080), *,
               language: str | None = None, animate: bool = True,
               windowed: bool = True) -> Iterator[Kiosk]:
    session = KioskSession(animate=animate)
    open_pack(session, pack, language=language, windowed=windowed)
    engine, window = create_window(session)
    window.setGeometry(0, 0, *size)
    window.show()
    qtbot.waitExposed(window)
    window.requestActivate()
    settle()
    try:
        yield Kiosk(session, window, engine)
    finally:
        dispose(engine, window)


def visible_texts(window: QQuickWindow) -> list[QQuickItem]:
    """Every Text item a visitor can see: visible, opaque enough, with something written."""
    found: list[QQuickItem] = []

    def walk(item: QQuickItem) -> None:
        if not item.isVisible() or item.opacity() <= 0.01:
            return
        if item.metaObject().className().startswith("QQuickText") and item.property("text"):
            found.append(item)
        for child in item.childItems():
            walk(child)

    walk(window.contentItem())
    return found


def painted_rect(text: QQuickItem) -> QRectF:
    """The part of the window a Text item's letters cover."""
    width, height = text.width(), text.height()
    content_w = float(text.property("contentWidth"))
    content_h = float(text.property("contentHeight"))
    h_align = int(text.property("horizontalAlignment"))
    v_align = int(text.property("verticalAlignment"))
    dx = {1: 0.0, 2: width - content_w, 4: (width - content_w) / 2}.get(h_align, 0.0)
    dy = {32: 0.0, 64: height - content_h, 128: (height - content_h) / 2}.get(v_align, 0.0)
    return text.mapRectToScene(QRectF(dx, dy, content_w, content_h))


def describe(text: QQuickItem) -> str:
    name = text.objectName() or text.metaObject().className()
    return f"{name} {str(text.property('text'))[:40]!r}"


def layout_faults(window: QQuickWindow) -> list[str]:
    """Text that is cut off, runs out of its box or off the window, or overlaps other text."""
    faults: list[str] = []
    bounds = QRectF(0, 0, window.width(), window.height())
    texts = visible_texts(window)
    rects = [painted_rect(t) for t in texts]
    for text, rect in zip(texts, rects, strict=True):
        if text.property("truncated"):
            faults.append(f"{describe(text)} is cut off (elided or truncated)")
        if float(text.property("contentHeight")) > text.height() + 1.5:
            faults.append(f"{describe(text)} is taller than its box "
                          f"({text.property('contentHeight'):.0f} > {text.height():.0f})")
        if float(text.property("contentWidth")) > text.width() + 1.5:
            faults.append(f"{describe(text)} is wider than its box")
        if not bounds.contains(rect.adjusted(1, 1, -1, -1)):
            faults.append(f"{describe(text)} lies outside the slide at {rect.getRect()}")
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            overlap = rects[i].intersected(rects[j])
            if overlap.width() > 1 and overlap.height() > 1:
                faults.append(f"{describe(texts[i])} overlaps {describe(texts[j])}")
    return faults
