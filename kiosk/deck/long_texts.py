"""Texts too long for the screen to lay out quickly: shortened and given line breaks on screen,
and a warning of `kiosk check` saying so.

Qt lays a text out again for every size it tries while fitting it, at a cost that grows with
its length and with the square of a run of letters it cannot break onto lines: a 1 MB title
held the kiosk for minutes. The content format sets no limit, so a pack with such a text is
shown, with the text cut at MAX_TEXT characters and a zero-width space every BREAK_EVERY
letters of a run longer than MAX_WORD (Chinese, Japanese and Korean lines break between
characters, so their texts are never touched).
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.deck.problems import KeyPath
from kiosk.deck.values import Text
from kiosk.deck.walk import Found

MAX_TEXT = 20_000
"""Characters of one text shown: ten times what fits on any slide."""
MAX_WORD = 500
"""Characters in a row without a break that are shown as written (a long compound word)."""
BREAK_EVERY = 20
"""Letters between the zero-width spaces put into a longer run. Measured (docs/authoring.md,
section 3): the layout's cost grows with the spacing (a 20,000-letter body reached the first
frame in 1.4 s with breaks every 10 letters, 1.6 s every 20, 1.9 s every 80, 4.7 s every 500,
40 s with none; a short pack in 1.0 s); and a line ends at a break where it can, so closer
breaks fill lines better (with 80, a body line that holds 95 letters showed 80)."""
ELLIPSIS = "\u2026"
BREAK = "\u200b"
"""ZERO WIDTH SPACE: a place Qt may break a line, drawn as nothing."""

_UNBROKEN = re.compile(f"[!-~\u00a1-\u052f]{{{MAX_WORD + 1},}}")
"""A run Qt cannot break: Latin, Greek or Cyrillic letters, digits and signs, no space."""
_LOOK_AHEAD = BREAK_EVERY // 2
"""How far past each BREAK_EVERY a break looks for a place between two letters or digits."""


def on_screen(text: str) -> str:
    """`text` as the kiosk shows it: cut at MAX_TEXT characters with an ellipsis, and breaks
    in runs of more than MAX_WORD letters. Short texts are returned as they are."""
    if len(text) > MAX_TEXT:
        text = _cut(text, MAX_TEXT) + ELLIPSIS
    if len(text) <= MAX_WORD:
        return text
    return _UNBROKEN.sub(lambda run: _with_breaks(run.group()), text)


def _cut(text: str, length: int) -> str:
    """The first `length` characters or fewer, never splitting a letter from the accents and
    joiners that follow it (nor a pair of surrogates, which a str does not hold)."""
    end = length
    while end > 0 and _joins_previous(text[end]):
        end -= 1
    return text[:end] if end > 0 else text[:length]


def _joins_previous(char: str) -> bool:
    """A combining mark, variation selector or zero-width joiner: part of the character
    before it."""
    return (unicodedata.combining(char) != 0 or unicodedata.category(char) == "Me"
            or "\ufe00" <= char <= "\ufe0f" or char in "\u200d\u200c")


def _with_breaks(run: str) -> str:
    """`run` with a BREAK about every BREAK_EVERY characters, placed between two letters or
    digits where one is near (so Markdown's `**`, `__` and `\\*` stay whole)."""
    pieces: list[str] = []
    start = 0
    while len(run) - start > BREAK_EVERY:
        at = start + BREAK_EVERY
        between_letters = next((i for i in range(at, min(at + _LOOK_AHEAD, len(run)))
                                if run[i - 1].isalnum() and run[i].isalnum()), None)
        if between_letters is not None:
            at = between_letters
        elif run[at - 1] == "\\":
            at += 1                             # not between a backslash and what it escapes
        pieces.append(run[start:at])
        start = at
    pieces.append(run[start:])
    return BREAK.join(pieces)


def longest_run(text: str) -> int:
    """The most characters in a row the screen could not break onto lines (0: none too many)."""
    return max((len(run.group()) for run in _UNBROKEN.finditer(text)), default=0)


def long_text_advice(text: str) -> list[str]:
    """What the kiosk does to `text` on screen and what the author should do, if anything."""
    advice: list[str] = []
    if len(text) > MAX_TEXT:
        advice.append(f"this text is {len(text):,} characters long, so it is shortened to "
                      f"{MAX_TEXT:,} characters on screen, ending in '{ELLIPSIS}' (a slide shows "
                      "a few hundred); split it over several slides or shorten it")
    run = longest_run(text)
    if run:
        advice.append(f"this text has {run:,} characters in a row without a space, so breaks "
                      f"are inserted every {BREAK_EVERY} letters on screen (a line may end at "
                      "any of them); add spaces where it may break")
    return advice


def long_text_warnings(found: list[Found]) -> list[tuple[KeyPath, str]]:
    """One warning per text (and language) and limit it goes past, at the text."""
    warnings: list[tuple[KeyPath, str]] = []
    for item in found:
        if isinstance(item.value, Text):
            for language, text in item.value.translations:
                path = (*item.path, language) if language else item.path
                warnings += [(path, message) for message in long_text_advice(text)]
        elif isinstance(item.value, str):
            warnings += [(item.path, message) for message in long_text_advice(item.value)]
    return warnings
