"""Which slides to prepare ahead of the visitor, and the pictures each slide shows."""

from __future__ import annotations

from pathlib import Path

from kiosk.deck.model import Deck
from kiosk.deck.walk import shown_values

PICTURES = (".jpg", ".jpeg", ".png", ".webp", ".svg")
"""Pictures prepared ahead: photos by the Pillow pipeline, SVG drawings drawn by Qt."""


def slide_pictures(deck: Deck) -> list[tuple[Path, ...]]:
    """For each slide, the pictures it shows (background, images, gallery items, a video's
    poster), in the order written, each once."""
    pictures: list[dict[Path, None]] = [{} for _ in deck.slides]
    for found in shown_values(deck):
        value = found.value
        if (found.path[:1] == ("slides",) and isinstance(value, Path)
                and value.suffix.lower() in PICTURES):
            index = found.path[1]
            if isinstance(index, int) and 0 <= index < len(pictures):
                pictures[index][value] = None
    return [tuple(found) for found in pictures]


def slides_ahead(index: int, count: int, loop: bool) -> list[int]:
    """The slides a visitor may see next from slide `index`: the next, the previous, and the
    first (where attract mode and Home go), each once and never `index` itself."""
    if count <= 0:
        return []
    wanted = [index + 1, index - 1, 0]
    if loop:
        wanted = [slide % count for slide in wanted]
    return list(dict.fromkeys(s for s in wanted if 0 <= s < count and s != index))
