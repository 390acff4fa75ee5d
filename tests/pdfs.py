"""Read a PDF back for tests with Qt's own PDF reader (QtPdf, PDFium): pages, metadata, and
pages rendered to pictures that Pillow compares."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer, QIODevice, QSize, QSizeF
from PySide6.QtPdf import QPdfDocument


@dataclass
class PdfBack:
    """A PDF as a reader sees it; call close() when done."""

    document: QPdfDocument

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def meta(self, field: QPdfDocument.MetaDataField) -> str:
        return str(self.document.metaData(field))

    def render(self, page: int, size: tuple[int, int]) -> Image.Image:
        """The page drawn by PDFium at `size` pixels, as an RGB picture."""
        image = self.document.render(page, QSize(*size))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        assert image.save(buffer, "PNG"), f"page {page} did not render"
        return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")

    def close(self) -> None:
        self.document.close()


def open_pdf(path: Path) -> PdfBack:
    document = QPdfDocument()
    error = document.load(str(path))
    assert error == QPdfDocument.Error.None_, f"{path} does not open as a PDF: {error}"
    return PdfBack(document)


def differences(a: Image.Image, b: Image.Image, box: tuple[int, int, int, int]) -> tuple[float,
                                                                                         float]:
    """Within `box`: the mean difference of the two pictures (0-255, grey) and the share of
    pixels that differ by more than 40 (more than compression changes)."""
    grey = ImageChops.difference(a.crop(box), b.crop(box)).convert("L")
    histogram = grey.histogram()
    return ImageStat.Stat(grey).mean[0], sum(histogram[41:]) / sum(histogram)
