"""Open the real kiosk window on a pack for a test, and read what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, QPoint, QRectF
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app.opening import connect_operator, open_pack
from kiosk.app.screenshot import settle
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, dispose
from kiosk.app.wrappers import live_wrapper

REPO = Path(__file__).resolve().parents[2]
SHANDONG = REPO / "content" / "shandong"
T = TypeVar("T")


@dataclass
class Kiosk:
    session: KioskSession
    window: QQuickWindow
    engine: QQmlApplicationEngine

    def find(self, kind: type[T], name: str = "") -> T:
        """The window's child of type `kind` called `name`, wrapped afresh if a stale
        Python wrapper stood at its address (kiosk/app/wrappers.py)."""
        found = live_wrapper(lambda: self.window.findChild(kind, name), kind)
        assert found is not None, f"no {kind.__name__} {name!r} in the window"
        return found

    @property
    def stage(self) -> QObject:
        return self.find(QObject, "stage")

    def shown_index(self) -> int:
        return int(self.stage.property("shownIndex"))

    def slide_text(self, object_name: str) -> str:
        """The text of the item called `object_name` on the slide shown ("" if none).

        Looked up in QML: Python wrappers of items that QML deletes and re-creates while
        slides change are not safe to keep.
        """
        result = QMetaObject.invokeMethod(
            self.stage, "textOf", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", object_name))
        return str(result)

    def slide_rect(self, object_name: str) -> QRectF:
        """Where the item called `object_name` on the slide shown is, in the window."""
        rect = QMetaObject.invokeMethod(
            self.stage, "rectOf", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", object_name))
        assert isinstance(rect, QRectF) and rect.width() > 0, f"no {object_name!r} shown"
        return rect


    def rect(self, object_name: str) -> QRectF:
        """Where the visible item called `object_name` is anywhere in the window (controls,
        panels); an empty rectangle when there is none."""
        rect = QMetaObject.invokeMethod(
            self.window, "rectOf", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", object_name))
        assert isinstance(rect, QRectF)
        return rect

    def centre(self, object_name: str) -> QPoint:
        rect = self.rect(object_name)
        assert rect.width() > 0, f"no {object_name!r} on screen"
        return rect.center().toPoint()


@contextmanager
def open_kiosk(qtbot: QtBot, pack: Path = SHANDONG, size: tuple[int, int] = (1920, 1080), *,
               language: str | None = None, animate: bool = True,
               windowed: bool = True, locked: bool = False,
               pin: str = "") -> Iterator[Kiosk]:
    session = KioskSession(animate=animate, locked=locked, pin=pin)
    open_pack(session, pack, language=language, windowed=windowed)
    connect_operator(session, windowed=windowed)
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
        # Delete the session here, on the GUI thread: left to Python's garbage collector it
        # may go in whatever thread next runs Python (Qt's image loader), timers and all.
        shiboken6.delete(session)


def text_boxes(window: QQuickWindow) -> list[dict[str, Any]]:
    """Every visible text in the window, with its box and painted size (see Main.qml)."""
    boxes = QMetaObject.invokeMethod(window, "textBoxes", Q_RETURN_ARG("QVariant"))
    return list(boxes.toVariant())


def painted_rect(box: dict[str, Any]) -> QRectF:
    """The part of the window a text's letters cover, from its box and alignment."""
    width, height = box["width"], box["height"]
    content_w, content_h = box["contentWidth"], box["contentHeight"]
    h_align, v_align = int(box["hAlign"]), int(box["vAlign"])
    dx = {1: 0.0, 2: width - content_w, 4: (width - content_w) / 2}.get(h_align, 0.0)
    dy = {32: 0.0, 64: height - content_h, 128: (height - content_h) / 2}.get(v_align, 0.0)
    return QRectF(box["x"] + dx, box["y"] + dy, content_w, content_h)


def describe(box: dict[str, Any]) -> str:
    return f"{box['name'] or 'text'} {box['text'][:40]!r}"


def layout_faults(window: QQuickWindow) -> list[str]:
    """Text that is cut off, runs out of its box or off the window, or overlaps other text."""
    faults: list[str] = []
    bounds = QRectF(0, 0, window.width(), window.height())
    boxes = text_boxes(window)
    rects = [painted_rect(box) for box in boxes]
    for box, rect in zip(boxes, rects, strict=True):
        if box["truncated"]:
            faults.append(f"{describe(box)} is cut off (elided or truncated)")
        if box["contentHeight"] > box["height"] + 1.5:
            faults.append(f"{describe(box)} is taller than its box "
                          f"({box['contentHeight']:.0f} > {box['height']:.0f})")
        if box["contentWidth"] > box["width"] + 1.5:
            faults.append(f"{describe(box)} is wider than its box")
        if not bounds.contains(rect.adjusted(1, 1, -1, -1)):
            faults.append(f"{describe(box)} lies outside the slide at {rect.getRect()}")
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            overlap = rects[i].intersected(rects[j])
            if overlap.width() > 1 and overlap.height() > 1:
                faults.append(f"{describe(boxes[i])} overlaps {describe(boxes[j])}")
    return faults
