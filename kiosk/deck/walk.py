"""Every value a validated deck shows, with its key path in deck.yaml, for the pack's warnings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from kiosk.deck.model import Deck
from kiosk.deck.problems import KeyPath
from kiosk.deck.values import Background, DisplayNumber, Text

HIDDEN = frozenset({"notes"})
"""Keys never shown to visitors: no translation, font or fit advice for them."""


@dataclass(frozen=True)
class Found:
    """A value in the deck and where it is: ("slides", 3, "items", 0, "label")."""

    path: KeyPath
    value: Text | Path | str | DisplayNumber

    @property
    def field(self) -> str:
        """The key path inside its slide (or from the top), without list indices: items.label."""
        parts = self.path[2:] if self.path[:1] == ("slides",) else self.path
        return ".".join(part for part in parts if isinstance(part, str))


def shown_values(deck: Deck) -> Iterator[Found]:
    """Every Text, picture path, label and number of the deck, in the order written."""
    yield from _walk(deck, ())


def _walk(value: object, path: KeyPath) -> Iterator[Found]:
    if isinstance(value, Text | Path | DisplayNumber):
        yield Found(path, value)
    elif isinstance(value, Background):
        if value.image is not None:
            yield Found(path, value.image)
    elif isinstance(value, BaseModel):
        for name, field in value:
            if name not in HIDDEN:
                yield from _walk(field, (*path, name))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))
    elif isinstance(value, str) and path[-1:] == ("date",):
        yield Found(path, value)
