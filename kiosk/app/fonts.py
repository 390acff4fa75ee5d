"""Load a pack's own fonts and choose the family the theme asks for, or a sensible fallback."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")


_registered: dict[str, tuple[tuple[int, int, int], int]] = {}
"""Font file path -> (its size, time and inode when registered, Qt's font id)."""


def load_pack_fonts(root: Path) -> list[str]:
    """Register every .ttf/.otf under the pack's fonts/ folder; the families they provide.

    A reload registers only what is new or changed: a font file replaced since (an author's
    edit, or a symbolic link switched to another release) is removed from Qt's font
    database and added again, so the new file is the one drawn; unchanged files are kept.
    Fonts registered for another pack (one shown before), or since deleted, are removed: two
    packs often carry subsets of the same family made for different texts, and Qt would draw
    one pack's text with the other's subset, its missing characters as empty boxes.
    """
    folder = root / "fonts"
    families: list[str] = []
    kept: set[str] = set()
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        if path.suffix.lower() not in FONT_SUFFIXES or not path.is_file():
            continue
        font_id = _register(path)
        if font_id < 0:
            log.warning("could not load font %s", path.relative_to(root))
            continue
        kept.add(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    for key in [key for key in _registered if key not in kept]:
        QFontDatabase.removeApplicationFont(_registered.pop(key)[1])
    return sorted(set(families))


def _register(path: Path) -> int:
    """Qt's id for the font in `path`, registering it when it is new or changed (-1: failed)."""
    try:
        stat = path.stat()
    except OSError:
        return -1
    version = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    key = str(path)
    known = _registered.get(key)
    if known is not None:
        if known[0] == version:
            return known[1]
        QFontDatabase.removeApplicationFont(known[1])
        del _registered[key]
    font_id = QFontDatabase.addApplicationFont(key)
    if font_id >= 0:
        _registered[key] = (version, font_id)
    return font_id


def choose_family(requested: str | None) -> str:
    """The theme's family when it is available, else the system's general font."""
    fallback = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    if not requested:
        return fallback
    if requested in QFontDatabase.families():
        return requested
    log.warning("font %r is not in the pack's fonts/ nor installed; using %r", requested, fallback)
    return fallback
