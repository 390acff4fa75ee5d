"""Pydantic validation errors as problems at the line and column an author wrote them."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from kiosk.deck import schema
from kiosk.deck.model import SLIDE_TYPES
from kiosk.deck.problems import KeyPath, Problem, format_key
from kiosk.deck.suggest import closest, hint
from kiosk.deck.values import describe
from kiosk.deck.yaml_source import Position, YamlDocument

_MAPPING_TYPES = {"model_type", "model_attributes_type", "dict_type", "dataclass_type"}
_LIST_TYPES = {"list_type", "tuple_type", "iterable_type", "set_type", "frozen_set_type"}
_LENGTH_TYPES = {"too_short", "too_long"}


def strip_tag(loc: tuple[int | str, ...]) -> KeyPath:
    """Drop the slide type pydantic adds: (slides, 1, text, title) -> (slides, 1, title)."""
    if len(loc) >= 3 and loc[0] == "slides" and isinstance(loc[1], int) and loc[2] in SLIDE_TYPES:
        return (*loc[:2], *loc[3:])
    return tuple(loc)


def validation_problems(error: ValidationError, doc: YamlDocument) -> list[Problem]:
    """Every error pydantic found, once, without the noise that follows from another."""
    problems: list[Problem] = []
    lists: dict[KeyPath, tuple[int | None, int | None]] = {}
    for details in error.errors(include_url=False):
        loc = strip_tag(details["loc"])
        if any(loc[: len(path)] == path for path in doc.poisoned):
            continue
        if details["type"].startswith("union_tag") and (*loc, "type") in doc.poisoned:
            continue
        for k, part in enumerate(loc):
            if isinstance(part, int):
                lists.setdefault(loc[:k], (None, None))
        if details["type"] in _LENGTH_TYPES:
            ctx = details.get("ctx", {})
            lists[loc] = (ctx.get("min_length"), ctx.get("max_length"))
            continue
        problems.append(_problem(doc, loc, details))
    for path, fallback in lists.items():
        problems.extend(_length_problems(doc, path, fallback))
    return list(dict.fromkeys(problems))


def _at(doc: YamlDocument, position: Position, path: KeyPath, message: str) -> Problem:
    return Problem("deck.yaml", *position, format_key(path), message)


def _length_problems(
    doc: YamlDocument, path: KeyPath, fallback: tuple[int | None, int | None]
) -> list[Problem]:
    """List lengths checked on what was written (pydantic counts only the valid items)."""
    items = schema.value_at(path, doc.data)
    if not isinstance(items, list):
        return []
    least, most = schema.length_limits(path, doc.data)
    least = fallback[0] if least is None else least
    most = fallback[1] if most is None else most
    where = doc.where.value_at(path)
    if least is not None and len(items) < least:
        noun = "item" if least == 1 else "items"
        return [_at(doc, where, path, f"needs at least {least} {noun}")]
    if most is not None and len(items) > most:
        return [_at(doc, where, path, f"has {len(items)} items; at most {most} are allowed")]
    return []


def _problem(doc: YamlDocument, loc: KeyPath, details: ErrorDetails) -> Problem:
    kind, value = details["type"], details["input"]
    where = doc.where
    if kind == "missing":
        return _at(doc, where.value_at(loc[:-1]), loc[:-1], f"missing required key {loc[-1]!r}")
    if kind == "extra_forbidden":
        allowed = schema.keys_at(loc[:-1], doc.data)
        message = f"unknown key {loc[-1]!r}" + hint(loc[-1], allowed, "allowed keys are")
        return _at(doc, where.key_at(loc), loc[:-1], message)
    if kind == "union_tag_invalid":
        tag = schema.value_at((*loc, "type"), doc.data)
        message = f"unknown slide type {describe(tag)}" + hint(tag, SLIDE_TYPES)
        return _at(doc, where.value_at((*loc, "type")), (*loc, "type"), message)
    if kind == "union_tag_not_found":
        message = f"missing required key 'type' (one of {', '.join(SLIDE_TYPES)})"
        if not isinstance(value, dict):
            message = f"expected a mapping (key: value), got {describe(value)}"
        return _at(doc, where.value_at(loc), loc, message)
    ctx: dict[str, Any] = dict(details.get("ctx", {}))
    lang = ctx.get("lang")
    if isinstance(lang, str) and (*loc, lang) in where.values:
        loc = (*loc, lang)
    return _at(doc, where.value_at(loc), loc, _message(doc, loc, kind, value, details["msg"]))


def _message(doc: YamlDocument, loc: KeyPath, kind: str, value: Any, default: str) -> str:
    if kind == "literal_error":
        choices = schema.choices_at(loc, doc.data)
        if not choices:
            return default
        message = f"expected one of {', '.join(choices)}; got {describe(value)}"
        match = closest(value, choices) if isinstance(value, str) else None
        return message + (f"; did you mean {match!r}?" if match else "")
    if kind in _MAPPING_TYPES and not loc:
        return f"deck.yaml must be a mapping (format: 1, title: ..., ...), got {describe(value)}"
    if kind in _MAPPING_TYPES:
        return f"expected a mapping (key: value), got {describe(value)}"
    if kind in _LIST_TYPES:
        return f"expected a list, got {describe(value)}"
    if kind == "value_error":
        return default.removeprefix("Value error, ")
    return default
