"""SVG drawings drawn off the GUI thread: QSvgRenderer into a QImage, at the size asked for."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.deck.pictures import Picture
from kiosk.media.plan import Size
from kiosk.media.prepare import PictureError

BROKEN = ("is not an SVG drawing Qt can draw; open it in a drawing program and save it again "
          "as SVG")


@lru_cache(maxsize=256)
def drawing_size(path: Path, header: Picture) -> Size:
    """The drawing's size from its viewBox (or width and height), else as Qt measures it
    (once per version of the file: `header` changes with it)."""
    width, height = header.upright_size
    if width > 0 and height > 0:
        return width, height
    measured: QSize = QSvgRenderer(str(path)).defaultSize()
    return max(1, measured.width()), max(1, measured.height())


def draw_svg(path: Path, size: Size) -> QImage:
    """The drawing at `path` drawn into `size` pixels (its proportions kept, transparent
    around them if `size` has others); raises PictureError when Qt cannot read it."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise PictureError(BROKEN)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image
