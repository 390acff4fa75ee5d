"""The default pack: valid, bilingual, carrying fonts that draw every character it uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pydantic import BaseModel
from PySide6.QtGui import QFontDatabase, QGuiApplication

from kiosk.app.session import KioskSession
from kiosk.deck.loader import load_pack
from kiosk.deck.values import Text

REPO = Path(__file__).resolve().parents[1]
SHANDONG = REPO / "content" / "shandong"


def test_default_pack_loads_with_no_problems() -> None:
    result = load_pack(SHANDONG)
    assert result.problems == ()
    assert result.pack is not None
    deck = result.pack.deck
    assert deck.languages == ("en", "zh")
    assert len(deck.slides) >= 14
    assert {slide.type for slide in deck.slides} >= {
        "title", "text", "image", "stats", "quote", "timeline", "profile", "map"}
    assert {chapter.id for chapter in deck.chapters} == {"qingdao", "weifang"}


def texts_in(value: object, path: str) -> list[tuple[str, Text]]:
    """Every Text inside a deck value, with where it is."""
    if isinstance(value, Text):
        return [(path, value)]
    if isinstance(value, BaseModel):
        return [found for name, field in value for found in texts_in(field, f"{path}.{name}")]
    if isinstance(value, tuple):
        return [found for i, item in enumerate(value) for found in texts_in(item, f"{path}[{i}]")]
    return []


def test_every_text_is_given_in_both_languages_or_is_a_name() -> None:
    result = load_pack(SHANDONG)
    assert result.pack is not None
    texts = texts_in(result.pack.deck, "deck")
    assert len(texts) > 80
    for path, text in texts:
        # A plain string (no language) is the same in every language: names, dates.
        assert text.languages() in ({"en", "zh"}, frozenset()), path


def test_pack_fonts_cover_every_character_the_pack_uses() -> None:
    result = subprocess.run([sys.executable, "tools/subset_fonts.py", "--check"], cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_pack_font_is_the_one_the_kiosk_uses(qapp: QGuiApplication) -> None:
    result = load_pack(SHANDONG)
    assert result.pack is not None
    session = KioskSession(animate=False)
    session.show_pack(result.pack)
    assert session.theme.fontFamily == "Noto Sans CJK SC"
    loaded = {family for font_id in range(64)
              for family in QFontDatabase.applicationFontFamilies(font_id)}
    assert "Noto Sans CJK SC" in loaded
