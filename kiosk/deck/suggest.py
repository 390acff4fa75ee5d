"""'Did you mean' hints for misspelt keys, slide types, choices and chapter ids."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` most likely misspells, if one is close enough."""
    options = list(choices)
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not matches:
        lowered = {option.lower(): option for option in options}
        matches = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
        matches = [lowered[match] for match in matches]
    return matches[0] if matches else None


def hint(word: object, choices: Iterable[str], listing: str = "use one of") -> str:
    """`; did you mean 'title'?` when one choice is close, else `; use one of a, b, c`."""
    options = list(choices)
    match = closest(word, options) if isinstance(word, str) else None
    if match is not None:
        return f"; did you mean {match!r}?"
    return f"; {listing} {', '.join(options)}" if options else ""
