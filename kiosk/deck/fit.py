"""Texts too long for their place at the smallest supported screen: a heuristic, by length.

The limits were measured by rendering slides with ever longer texts at 1280x800 (English and
Chinese, with the Shandong pack's font): each is the longest text still drawn at about 70% of
its full size or more, without being cut off. Lengths count a wide (CJK) character as two.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.deck.model import Deck, StatsSlide, TextSlide, TimelineSlide
from kiosk.deck.problems import KeyPath
from kiosk.deck.values import Text
from kiosk.deck.walk import Found

SCREEN = "1280x800"
_MARKDOWN = re.compile(r"[*`\\]|^\s*(?:[-+]|\d+[.)])\s", re.MULTILINE)

# (slide type, key path inside the slide): the most width units that fit. Keys without an
# entry (names, credits that wrap freely) are not measured.
LIMITS: dict[tuple[str, str], int] = {
    ("title", "title"): 100,
    ("title", "subtitle"): 350,
    ("text", "title"): 100,
    ("image", "caption"): 350,
    ("image", "credit"): 400,
    ("gallery", "title"): 55,
    ("gallery", "images.caption"): 200,
    ("gallery", "images.credit"): 320,
    ("video", "caption"): 350,
    ("stats", "title"): 120,
    ("quote", "text"): 700,
    ("quote", "author"): 230,
    ("quote", "role"): 460,
    ("timeline", "title"): 120,
    ("map", "title"): 120,
    ("map", "pins.text"): 600,
    ("profile", "name"): 70,
    ("profile", "tagline"): 230,
    ("profile", "facts.label"): 100,
    ("profile", "facts.value"): 100,
    ("profile", "body"): 1000,
    ("profile", "quote.text"): 600,
    ("profile", "quote.author"): 160,
}
TEXT_BODY = {True: 1000, False: 1600}
"""A text slide's body, with and without a picture beside it."""
STATS = {1: (50, 140), 2: (50, 140), 3: (30, 70), 4: (50, 70), 5: (30, 40), 6: (30, 40)}
"""Label and note of a stats item, by the number of items (they share the slide)."""
TIMELINE = ((3, (100, 300)), (5, (60, 160)), (7, (35, 60)))
"""Event title and text, by the most events; more than 7 are measured as 7."""
DATE = 50
CHAPTER = 90
"""A chapter's title, at the top left of its slides (cut with "…" where it meets the logo)."""
PIN_LABEL = 40
"""Map pin labels are never shrunk: a long one runs off the map or over other labels."""


def width_units(text: str) -> int:
    """The length of `text` as drawn: wide (CJK) characters count two, spaces runs one."""
    text = " ".join(text.split())
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def limit_for(deck: Deck, path: KeyPath) -> int | None:
    """The most width units the text at `path` may have, if it was measured."""
    if path[:1] == ("chapters",) and path[2:] == ("title",):
        return CHAPTER
    if path[:1] != ("slides",) or len(path) < 3 or not isinstance(path[1], int):
        return None
    slide = deck.slides[path[1]]
    field = ".".join(part for part in path[2:] if isinstance(part, str))
    if isinstance(slide, TextSlide) and field == "body":
        return TEXT_BODY[slide.image is not None]
    if isinstance(slide, StatsSlide) and field in ("items.label", "items.note"):
        label, note = STATS[len(slide.items)]
        return label if field == "items.label" else note
    if isinstance(slide, TimelineSlide) and field in ("events.title", "events.text"):
        count = len(slide.events)
        title, text = next((limits for most, limits in TIMELINE if count <= most),
                           TIMELINE[-1][1])
        return title if field == "events.title" else text
    if isinstance(slide, TimelineSlide) and field == "events.date":
        return DATE
    if slide.type == "map" and field == "pins.label":
        return PIN_LABEL
    return LIMITS.get((slide.type, field))


def _about(limit: int, text: str) -> int:
    """The limit in this text's own characters, rounded to a round number."""
    characters = len(" ".join(text.split())) or 1
    count = limit * characters / max(width_units(text), 1)
    step = 5 if count < 100 else 10
    return max(step, int(count // step * step))


def fit_warnings(deck: Deck, found: list[Found]) -> list[tuple[KeyPath, str]]:
    """One warning per text (and language) longer than its place fits on small screens."""
    advice: list[tuple[KeyPath, str]] = []
    for item in found:
        if not isinstance(item.value, Text):
            continue
        limit = limit_for(deck, item.path)
        if limit is None:
            continue
        for language, text in item.value.translations:
            shown = _MARKDOWN.sub("", text) if item.path[-1:] == ("body",) else text
            if width_units(shown) <= limit:
                continue
            path = (*item.path, language) if language else item.path
            length = len(" ".join(shown.split()))
            advice.append((path, _message(item.field, length, _about(limit, shown))))
    return advice


def _message(field: str, length: int, about: int) -> str:
    if field == "pins.label":
        return (f"a {length}-character pin label is drawn at one size beside its pin and may "
                f"run off the map or over other labels; keep it to a place name, about "
                f"{about} characters")
    return (f"this text ({length} characters) may be shrunk to fit or cut off on small "
            f"screens ({SCREEN}); shorten it to about {about} characters (a rough guide, "
            "measured for this key)")
