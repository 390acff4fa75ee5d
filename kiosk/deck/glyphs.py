"""Font warnings: characters no font draws, font files that cannot be read, a missing family."""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.deck.fonts import (
    Charset,
    FontFile,
    fontconfig_available,
    installed_font,
    pack_font_files,
    read_font,
)
from kiosk.deck.model import Deck
from kiosk.deck.problems import KeyPath
from kiosk.deck.suggest import closest
from kiosk.deck.values import DisplayNumber, Text
from kiosk.deck.walk import Found

Advice = tuple[KeyPath, str]
SHOWN_AT_MOST = 10
_NOT_DRAWN = frozenset({"Cc", "Cf", "Zl", "Zp"})


@dataclass(frozen=True)
class Fonts:
    """The characters the fonts the kiosk will use can draw, and how to say which fonts."""

    charset: Container[int]
    lacking: str
    """Who cannot draw a character: "no font in the pack's fonts/ folder can draw"."""
    fallback: str
    remedy: str


def glyph_warnings(deck: Deck, found: list[Found], root: Path) -> list[Advice]:
    """Unreadable pack fonts, a theme font found nowhere, and characters the fonts lack."""
    font_key: KeyPath = ("theme", "font") if deck.theme.font else ()
    files = [read_font(path) for path in pack_font_files(root)]
    advice: list[Advice] = [
        (font_key, f"{font.path.relative_to(root).as_posix()} cannot be read as a font "
                   f"({font.error}); the kiosk skips it: replace it with a working .ttf or .otf")
        for font in files if font.error is not None
    ]
    readable = [font for font in files if font.error is None]
    families = sorted({family for font in readable for family in font.families})
    wanted = deck.theme.font
    known = {family.casefold() for family in families}
    if (wanted and wanted.casefold() not in known and fontconfig_available()
            and installed_font(wanted) is None):
        advice.append((font_key, _no_such_family(wanted, families)))
    fonts = _fonts(readable, wanted)
    if fonts is not None:
        advice += _missing_characters(found, fonts)
    return advice


def _no_such_family(wanted: str, families: list[str]) -> str:
    where = ("neither in the pack's fonts/ folder nor installed" if families
             else "not installed")
    match = closest(wanted, families)
    fix = f"did you mean {match!r}?" if match else (
        "write a family name as the font calls itself" if families
        else "put its .ttf or .otf files in the pack's fonts/ folder")
    return (f"font {wanted!r} is {where} on this computer, so the kiosk uses the system's "
            f"sans serif; {fix}")


def _fonts(pack: list[FontFile], wanted: str | None) -> Fonts | None:
    """The pack's fonts when it has any, else the theme's installed font, else None."""
    if pack:
        points: set[int] = set()
        for font in pack:
            for start, end in zip(font.charset.starts, font.charset.ends, strict=True):
                points.update(range(start, end + 1))
        return Fonts(Charset.of(points), "no font in the pack's fonts/ folder can draw",
                     "the kiosk falls back to a system font, which may not have them either "
                     "(they then show as empty boxes)",
                     "add a font that has them to fonts/, or rebuild the pack's font subset")
    installed = installed_font(wanted) if wanted else None
    if installed is None:
        return None
    return Fonts(installed.charset, f"the theme font {wanted!r} (as installed here) cannot draw",
                 "the kiosk falls back to another installed font, if one has them",
                 "choose a theme font that has them, or put one in the pack's fonts/ folder")


def _drawn(character: str) -> bool:
    """Characters that need a glyph (not spaces, controls or variation selectors)."""
    point = ord(character)
    return not (character.isspace() or unicodedata.category(character) in _NOT_DRAWN
                or 0xFE00 <= point <= 0xFE0F or 0xE0100 <= point <= 0xE01EF)


def _texts(item: Found) -> Iterator[tuple[str, str]]:
    """(language, text) pairs a value shows; "" is every language."""
    value = item.value
    if isinstance(value, Text):
        yield from value.translations
    elif isinstance(value, DisplayNumber):
        yield "", f"{value.value:,.{value.decimals}f}"
    elif isinstance(value, str):
        yield "", value


def _group(path: KeyPath) -> KeyPath:
    """The slide or chapter a value belongs to (or the top-level key)."""
    return path[:2] if path[:1] in (("slides",), ("chapters",)) else path[:1]


def _missing_characters(found: list[Found], fonts: Fonts) -> list[Advice]:
    """One warning per slide (or chapter, or top-level key) and language."""
    missing: dict[tuple[KeyPath, str], tuple[KeyPath, dict[str, None]]] = {}
    for item in found:
        if item.path == ("title",):
            continue  # the window's title, drawn by the system, not in the pack's fonts
        for language, text in _texts(item):
            lacking = [ch for ch in text if _drawn(ch) and ord(ch) not in fonts.charset]
            if lacking:
                key = (_group(item.path), language)
                missing.setdefault(key, (item.path, {}))[1].update(dict.fromkeys(lacking))
    advice: list[Advice] = []
    for (_, language), (path, chars) in missing.items():
        listed = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in list(chars)[:SHOWN_AT_MOST])
        more = f" and {len(chars) - SHOWN_AT_MOST} more" if len(chars) > SHOWN_AT_MOST else ""
        where = f"the {language} text" if language else "text shown in every language"
        place = " of this slide" if path[:1] == ("slides",) else ""
        advice.append((path, f"{fonts.lacking} {listed}{more} in {where}{place}; "
                             f"{fonts.fallback}; {fonts.remedy}"))
    return advice
