"""`kiosk check PACK`: print every problem in a content pack and a summary; exit 0, 1 or 2."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kiosk.deck.loader import PackUnreadable, load_pack

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def check_pack(folder: Path, out: TextIO, err: TextIO, *, strict: bool = False) -> int:
    """Check the pack in `folder`: 0 without errors (warnings allowed), 1 with errors (or,
    `strict`, with warnings), 2 when the folder or its deck.yaml cannot be read."""
    try:
        result = load_pack(folder, with_warnings=True)
    except PackUnreadable as error:
        print(f"kiosk check: {error}", file=err)
        return EXIT_UNREADABLE
    for problem in result.problems:
        print(problem, file=out)
    warnings = _count(len(result.warnings), "warning")
    if result.pack is None or result.errors:
        summary = _count(len(result.errors), "error")
        if result.warnings:
            summary += f", {warnings}"
        print(f"{folder}: {summary}", file=out)
        return EXIT_ERRORS
    deck = result.pack.deck
    about = f"{_count(len(deck.slides), 'slide')}, languages {', '.join(deck.languages)}"
    if strict and result.warnings:
        print(f"{folder}: {warnings}, counted as errors by --strict ({about})", file=out)
        return EXIT_ERRORS
    verdict = f"no errors, {warnings}" if result.warnings else "no problems"
    print(f"{folder}: {verdict} ({about})", file=out)
    return EXIT_OK
