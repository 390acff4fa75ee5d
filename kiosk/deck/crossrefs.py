"""Deck-wide checks on the written data: unique slide and chapter ids, known chapters."""

from __future__ import annotations

from typing import Any

from kiosk.deck.problems import KeyPath, Problem, format_key
from kiosk.deck.suggest import hint
from kiosk.deck.values import IDENTIFIER
from kiosk.deck.yaml_source import YamlDocument


def _ids(doc: YamlDocument, section: str, key: str) -> list[tuple[KeyPath, str]]:
    """(path, value) of each well-formed `key` id in the list `section`."""
    entries = doc.data.get(section) if isinstance(doc.data, dict) else None
    if not isinstance(entries, list):
        return []
    found: list[tuple[KeyPath, str]] = []
    for index, entry in enumerate(entries):
        value: Any = entry.get(key) if isinstance(entry, dict) else None
        if isinstance(value, str) and IDENTIFIER.match(value):
            found.append(((section, index, key), value))
    return found


def _at(doc: YamlDocument, path: KeyPath, message: str) -> Problem:
    return Problem("deck.yaml", *doc.where.value_at(path), format_key(path), message)


def _duplicates(doc: YamlDocument, section: str, noun: str) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for path, value in _ids(doc, section, "id"):
        line = doc.where.value_at(path)[0]
        if value in first:
            message = f"duplicate {noun} id {value!r} (first used on line {first[value]})"
            problems.append(_at(doc, path, message))
        else:
            first[value] = line
    return problems


def reference_problems(doc: YamlDocument) -> list[Problem]:
    """Duplicate slide and chapter ids (at the second one), and chapters no chapter defines."""
    problems = _duplicates(doc, "chapters", "chapter") + _duplicates(doc, "slides", "slide")
    chapters = doc.data.get("chapters", []) if isinstance(doc.data, dict) else None
    if not isinstance(chapters, list):
        return problems  # already an error of its own; every reference would be noise
    known = list(dict.fromkeys(value for _, value in _ids(doc, "chapters", "id")))
    for path, value in _ids(doc, "slides", "chapter"):
        if value in known:
            continue
        if known:
            message = f"unknown chapter {value!r}" + hint(value, known, "chapters are")
        else:
            message = f"unknown chapter {value!r}; add it under chapters: (with an id and title)"
        problems.append(_at(doc, path, message))
    return problems
