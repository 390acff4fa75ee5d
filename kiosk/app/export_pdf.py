"""`kiosk export PACK --pdf FILE`: a handout, one PDF page per slide as the real view draws it."""

from __future__ import annotations

import errno
import os
import secrets
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk import __version__
from kiosk.app.screenshot import each_slide, load_to_render, offscreen_view, size_refused

# The page's long side in points: 13.33 in, so a 16:9 deck gets 960 x 540 pt, the size of
# presentation programs' widescreen slides; the short side follows the window's aspect.
PAGE_LONG_SIDE_PT = 960.0
CREATOR = f"exhibition-kiosk {__version__} (kiosk export)"


@dataclass(frozen=True)
class ExportOptions:
    content: Path
    pdf: Path
    width: int = 1920
    height: int = 1080
    language: str | None = None


def page_size(width: int, height: int) -> QPageSize:
    """A page of the window's aspect, its long side PAGE_LONG_SIDE_PT points."""
    scale = PAGE_LONG_SIDE_PT / max(width, height)
    return QPageSize(QSizeF(width * scale, height * scale), QPageSize.Unit.Point, "Slide",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def write_pages(path: Path, frames: Iterable[QImage], title: str, page: QPageSize) -> int:
    """Write each frame as a page filling `page` into the PDF at `path`; the pages written
    (0 when Qt could not start the file)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter()
    if not painter.begin(writer):
        return 0
    pages = 0
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        for frame in frames:
            if pages:
                writer.newPage()
            # Opaque pixels: Qt's PDF engine then stores the frame as one JPEG, no alpha mask.
            painter.drawImage(area, frame.convertToFormat(QImage.Format.Format_RGB32))
            pages += 1
    finally:
        painter.end()
    return pages


def reserve_beside(target: Path) -> Path:
    """A new, empty, hidden file in `target`'s folder: the PDF is written there and takes
    `target`'s name only when whole, so FILE is never half-written."""
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    return part


def ends_whole(path: Path) -> bool:
    """Whether the file ends as a finished PDF does (Qt does not report a full disk)."""
    with path.open("rb") as file:
        file.seek(max(0, path.stat().st_size - 64))
        return b"%%EOF" in file.read()


def cannot_write(target: Path, error: OSError) -> int:
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        why = f"the folder {target.parent} does not exist"
    else:
        why = error.strerror or str(error)
    print(f"kiosk export: cannot write {target}: {why}; no PDF written", file=sys.stderr)
    return 1


def export_pdf(options: ExportOptions) -> int:
    """Write the handout; 0 when written, 1 for a broken pack or an output that cannot be
    written, 2 for an unreadable pack, an unknown language or a size Qt cannot render."""
    if size_refused("export", options.width, options.height):
        return 2
    pack = load_to_render("export", options.content, "no PDF written")
    if isinstance(pack, int):
        return pack
    deck = pack.deck
    if options.language is not None and options.language not in deck.languages:
        print(f"kiosk export: --lang {options.language}: this deck is in "
              f"{', '.join(deck.languages)}; choose one of these", file=sys.stderr)
        return 2
    target = options.pdf
    try:
        part = reserve_beside(target)
    except OSError as error:
        return cannot_write(target, error)
    try:
        with offscreen_view(pack, options.language, options.width, options.height,
                            controls=False) as (window, session):
            language = session.current_language
            title = deck.title.get(language, deck.default_language)
            pages = write_pages(part, each_slide(window, session), title,
                                page_size(options.width, options.height))
        if pages != len(deck.slides) or not ends_whole(part):
            print(f"kiosk export: cannot write {target}: the PDF could not be written whole "
                  "(is the disk full?); no PDF written", file=sys.stderr)
            return 1
        part.replace(target)
    except OSError as error:
        return cannot_write(target, error)
    finally:
        part.unlink(missing_ok=True)
    print(f"{target}: {pages} page{'s' * (pages != 1)}, {language}")
    return 0
