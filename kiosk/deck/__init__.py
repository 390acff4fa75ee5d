"""Content packs of format 1: the deck model, loading with positioned problems, and checking."""

from kiosk.deck.check import check_pack
from kiosk.deck.loader import LoadResult, Pack, PackUnreadable, load_deck_bytes, load_pack
from kiosk.deck.model import SLIDE_TYPES, Chapter, Deck, KioskSettings, Slide, Theme
from kiosk.deck.problems import Problem, format_key
from kiosk.deck.scalars import SourceFloat, SourceInt
from kiosk.deck.values import Background, DisplayNumber, Text
from kiosk.deck.yaml_source import YamlDocument, read_deck_yaml

__all__ = [
    "SLIDE_TYPES",
    "Background",
    "Chapter",
    "Deck",
    "DisplayNumber",
    "KioskSettings",
    "LoadResult",
    "Pack",
    "PackUnreadable",
    "Problem",
    "Slide",
    "SourceFloat",
    "SourceInt",
    "Text",
    "Theme",
    "YamlDocument",
    "check_pack",
    "format_key",
    "load_deck_bytes",
    "load_pack",
    "read_deck_yaml",
]
