"""YAML 1.2 core-schema scalars: numbers that remember how they were written, and tags."""

from __future__ import annotations

import re
from typing import Any

YAML_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = (YAML_TAG + name for name in ("str", "int", "float", "bool", "null"))
MAP, SEQ = YAML_TAG + "map", YAML_TAG + "seq"
PLAIN = "tag:kiosk.invalid,2024:plain"
"""Stands for "a plain scalar without a tag", to be resolved by the 1.2 core schema."""

_NULL = re.compile(r"^(?:null|Null|NULL|~|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT_DEC = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


class ScalarError(ValueError):
    """A scalar does not fit its explicit tag (e.g. `!!int ten`)."""


class SourceInt(int):
    """An int that keeps the text it was written as in `.source`."""

    source: str

    def __new__(cls, value: int, source: str) -> SourceInt:
        number = super().__new__(cls, value)
        number.source = source
        return number


class SourceFloat(float):
    """A float that keeps the text it was written as in `.source` (so 6.20 stays 6.20)."""

    source: str

    def __new__(cls, value: float, source: str) -> SourceFloat:
        number = super().__new__(cls, value)
        number.source = source
        return number


def short_tag(tag: str) -> str:
    """`tag:yaml.org,2002:int` as `!!int`, other tags unchanged."""
    return "!!" + tag[len(YAML_TAG) :] if tag.startswith(YAML_TAG) else tag


def _int(text: str) -> SourceInt | None:
    try:
        if _INT_DEC.match(text):
            return SourceInt(int(text, 10), text)
        if _INT_OCT.match(text):
            return SourceInt(int(text[2:], 8), text)
        if _INT_HEX.match(text):
            return SourceInt(int(text[2:], 16), text)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        raise ScalarError(f"the number {text[:20]}... is too long") from None
    return None


def _float(text: str) -> SourceFloat | None:
    if _FLOAT.match(text) or _INF.match(text):
        return SourceFloat(float(text.replace(".", "", 1) if _INF.match(text) else text), text)
    if _NAN.match(text):
        return SourceFloat(float("nan"), text)
    return None


def resolve_plain(text: str) -> Any:
    """A plain (unquoted, untagged) scalar by the YAML 1.2 core schema.

    Only true/false are booleans (yes, no, on, off stay text); dates stay text.
    """
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    number = _int(text)
    if number is not None:
        return number
    decimal = _float(text)
    return text if decimal is None else decimal


def resolve_tagged(tag: str, text: str) -> Any:
    """A scalar with an explicit standard tag; raises ScalarError when it does not fit."""
    if tag == STR:
        return text
    if tag == INT:
        number = _int(text)
        if number is None:
            raise ScalarError(f"{text!r} is not an integer, but it is tagged !!int")
        return number
    if tag == FLOAT:
        decimal = _float(text)
        if decimal is None:
            integer = _int(text)
            if integer is None:
                raise ScalarError(f"{text!r} is not a number, but it is tagged !!float")
            return SourceFloat(float(integer), text)
        return decimal
    if tag == BOOL:
        if text not in _BOOL:
            raise ScalarError(f"{text!r} is not true or false, but it is tagged !!bool")
        return _BOOL[text]
    if tag == NULL:
        if not _NULL.match(text):
            raise ScalarError(f"{text!r} is not null, but it is tagged !!null")
        return None
    raise ScalarError(f"the tag {short_tag(tag)} does not fit a single value")
