"""Pack fonts: showing another pack removes the fonts of the one before, so two packs' subsets
of one family (Shandong's and the showcase's) never mix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from kiosk.app import fonts
from kiosk.app.session import KioskSession
from kiosk.deck.loader import load_pack

REPO = Path(__file__).resolve().parents[2]


def registered() -> dict[str, list[str]]:
    """Each registered font file (by pack) with the families Qt has for it."""
    return {str(Path(key).relative_to(REPO / "content")): QFontDatabase.applicationFontFamilies(
        font_id) for key, (_version, font_id) in fonts._registered.items()}


def test_another_pack_replaces_the_fonts_of_the_one_before(qapp: QGuiApplication) -> None:
    session = KioskSession(animate=False)
    for name in ("shandong", "showcase", "shandong"):
        result = load_pack(REPO / "content" / name)
        assert result.pack is not None
        session.show_pack(result.pack)
        assert registered() == {
            f"{name}/fonts/NotoSansCJKsc-Bold.otf": ["Noto Sans CJK SC"],
            f"{name}/fonts/NotoSansCJKsc-Regular.otf": ["Noto Sans CJK SC"],
        }
        assert session.theme.fontFamily == "Noto Sans CJK SC"
