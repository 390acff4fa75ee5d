"""Load a pack's own fonts and choose the family the theme asks for, or a sensible fallback."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")


def load_pack_fonts(root: Path) -> list[str]:
    """Register every .ttf/.otf under the pack's fonts/ folder; the families they provide."""
    folder = root / "fonts"
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in FONT_SUFFIXES or not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.relative_to(root))
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def choose_family(requested: str | None) -> str:
    """The theme's family when it is available, else the system's general font."""
    fallback = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    if not requested:
        return fallback
    if requested in QFontDatabase.families():
        return requested
    log.warning("font %r is not in the pack's fonts/ nor installed; using %r", requested, fallback)
    return fallback
