"""Value types of content format 1 (Text, Colour, Seconds, pack paths) as pydantic types."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import PlainValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from kiosk.deck.paths import PathRuleError, resolve_pack_path
from kiosk.deck.pictures import read_picture

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
IDENTIFIER = re.compile(r"^[a-z0-9-]+$")
COLOUR = re.compile(r"^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".svg")
VIDEO_SUFFIXES = (".mp4", ".webm")


def describe(value: Any) -> str:
    """A short, author-readable rendering of a YAML value for error messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "a mapping" if value else "an empty mapping"
    if isinstance(value, list | tuple):
        return "a list" if value else "an empty list"
    text = getattr(value, "source", None) or str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return repr(text) if isinstance(value, str) else text


@dataclass(frozen=True)
class Text:
    """A text in one or more languages; a plain string is the same in every language."""

    translations: tuple[tuple[str, str], ...]
    """(language, text) pairs; the language "" means every language."""

    @classmethod
    def plain(cls, text: str) -> Text:
        return cls((("", text),))

    def get(self, language: str, default_language: str) -> str:
        """The text in `language`, else in the deck's first language, else the first given."""
        table = dict(self.translations)
        for key in (language, "", default_language):
            if key in table:
                return table[key]
        return self.translations[0][1] if self.translations else ""

    def languages(self) -> frozenset[str]:
        return frozenset(lang for lang, _ in self.translations if lang)


def _parse_text(value: Any) -> Text:
    if isinstance(value, str):
        return Text.plain(value)
    if isinstance(value, Mapping) and value:
        pairs: list[tuple[str, str]] = []
        for lang, text in value.items():
            if not isinstance(lang, str) or not LANGUAGE_CODE.match(lang):
                raise PydanticCustomError(
                    "text_language",
                    "{lang} is not a language code (use codes such as en, zh, de)",
                    {"lang": describe(lang)},
                )
            if not isinstance(text, str):
                raise PydanticCustomError(
                    "text_type",
                    "the {lang} text must be a string, got {got}",
                    {"lang": lang, "got": describe(text)},
                )
            pairs.append((lang, text))
        return Text(tuple(pairs))
    raise PydanticCustomError(
        "text_type",
        "expected a text or a mapping of language to text (en: ..., zh: ...), got {got}",
        {"got": describe(value)},
    )


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "propertyNames": {"pattern": LANGUAGE_CODE.pattern},
            "additionalProperties": {"type": "string"},
            "minProperties": 1,
        },
    ]
}

TextValue = Annotated[Text, PlainValidator(_parse_text), WithJsonSchema(_TEXT_SCHEMA)]
"""Text: a string, or a mapping from language code to string."""

RichTextValue = Annotated[
    Text,
    PlainValidator(_parse_text),
    WithJsonSchema({**_TEXT_SCHEMA, "description": "Markdown text"}),
]
"""Rich text (keys named `body`): Text in Markdown."""


def _parse_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise PydanticCustomError(
        "string_type", "expected a string, got {got}", {"got": describe(value)}
    )


def _parse_identifier(value: Any) -> str:
    text = _parse_string(value)
    if not IDENTIFIER.match(text):
        raise PydanticCustomError(
            "identifier",
            "{got} is not a valid id: use lower-case letters, digits and '-'",
            {"got": describe(value)},
        )
    return text


def _parse_language(value: Any) -> str:
    text = _parse_string(value)
    if not LANGUAGE_CODE.match(text):
        raise PydanticCustomError(
            "language_code",
            "{got} is not a language code (use codes such as en, zh, de)",
            {"got": describe(value)},
        )
    return text


def _parse_colour(value: Any) -> str:
    if isinstance(value, str) and COLOUR.match(value):
        return value.upper()
    raise PydanticCustomError(
        "colour",
        "expected a colour as \"#RRGGBB\" or \"#AARRGGBB\", got {got}",
        {"got": describe(value)},
    )


def _is_number(value: Any) -> bool:
    """An int or float, not a bool, and finite (.inf, .nan and huge ints are not numbers here)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _parse_format(value: Any) -> Literal[1]:
    if isinstance(value, int) and not isinstance(value, bool) and value == 1:
        return 1
    raise PydanticCustomError(
        "format_version", "this kiosk reads format 1; got {got}", {"got": describe(value)}
    )


def _not_a_number(value: Any) -> PydanticCustomError:
    """The error for a value that is no number to show: not one, or too large for one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return PydanticCustomError(
            "number", "the number {got} is too large to show", {"got": describe(value)})
    return PydanticCustomError("number", "expected a number, got {got}", {"got": describe(value)})


def _parse_number(value: Any) -> float:
    if _is_number(value):
        return float(value)
    raise _not_a_number(value)


def _parse_seconds(value: Any) -> float:
    if _is_number(value) and value > 0:
        return float(value)
    raise PydanticCustomError(
        "seconds", "expected a positive number of seconds, got {got}", {"got": describe(value)}
    )


def _parse_seconds_or_off(value: Any) -> float:
    if _is_number(value) and value >= 0:
        return float(value)
    raise PydanticCustomError(
        "seconds",
        "expected a number of seconds (0 turns it off), got {got}",
        {"got": describe(value)},
    )


def _parse_fraction(value: Any) -> float:
    if _is_number(value) and 0 <= value <= 1:
        return float(value)
    raise PydanticCustomError(
        "fraction",
        "expected a number from 0 to 1 (a share of the picture's size), got {got}",
        {"got": describe(value)},
    )


_YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    note = ""
    if isinstance(value, str) and value.lower() in _YAML11_BOOLS:
        note = " (yes/no/on/off are plain words in YAML 1.2; write true or false)"
    raise PydanticCustomError(
        "bool", "expected true or false, got {got}{note}", {"got": describe(value), "note": note}
    )


@dataclass(frozen=True)
class DisplayNumber:
    """A number to show, with the text it was written as (so 6.24 keeps its decimals)."""

    value: float
    written: str

    @property
    def decimals(self) -> int:
        digits = self.written.lstrip("+-")
        if "e" in digits.lower() or "." not in digits:
            return 0
        return len(digits.split(".", 1)[1])


def _parse_display_number(value: Any) -> DisplayNumber:
    if _is_number(value):
        return DisplayNumber(float(value), getattr(value, "source", None) or repr(value))
    raise _not_a_number(value)


def _parse_label(value: Any) -> str:
    """A string or a number, shown as written (timeline dates such as 2011 or "April 21")."""
    if isinstance(value, str):
        return value
    if _is_number(value):
        return str(getattr(value, "source", None) or value)
    raise PydanticCustomError(
        "label", "expected a string or a number, got {got}", {"got": describe(value)}
    )


def _pack_file(kind: str, suffixes: tuple[str, ...]) -> Any:
    def parse(value: Any, info: ValidationInfo) -> Path:
        text = _parse_string(value)
        suffix = Path(text).suffix.lower()
        if suffix not in suffixes:
            raise PydanticCustomError(
                "file_suffix",
                "{got} is not {kind} the kiosk can show; use one of {suffixes}",
                {"got": describe(text), "kind": kind, "suffixes": " ".join(suffixes)},
            )
        context = info.context or {}
        root = context.get("pack_root")
        if root is None:
            return Path(text)
        files: dict[str, Path | tuple[str, str]] = context.setdefault("files", {})
        found = files.get(text)
        if found is None:  # each file once per load, however often aliases repeat it
            found = files[text] = _checked_file(Path(root), text, suffixes)
        if isinstance(found, tuple):
            raise PydanticCustomError(found[0], "{message}", {"message": found[1]})
        return found

    return parse


def _checked_file(root: Path, text: str, suffixes: tuple[str, ...]) -> Path | tuple[str, str]:
    """The file `text` names, or (error type, message) saying why it cannot be used."""
    try:
        path = resolve_pack_path(root, text)
    except PathRuleError as error:
        return ("pack_path", str(error))
    problem = read_picture(path).error if suffixes == IMAGE_SUFFIXES else None
    if problem is not None:
        return ("picture", f"{text!r} {problem}")
    return path


def _suffix_pattern(suffixes: tuple[str, ...]) -> str:
    """A JSON Schema (ECMA-262) pattern for names ending in one of `suffixes`, in any case."""
    either = ("".join(f"[{c.upper()}{c}]" if c.isalpha() else c for c in suffix[1:])
              for suffix in suffixes)
    return rf"\.({'|'.join(either)})$"


IMAGE_PATTERN = _suffix_pattern(IMAGE_SUFFIXES)
ImagePath = Annotated[
    Path,
    PlainValidator(_pack_file("a picture", IMAGE_SUFFIXES)),
    WithJsonSchema({"type": "string", "pattern": IMAGE_PATTERN}),
]
VideoPath = Annotated[
    Path,
    PlainValidator(_pack_file("a video", VIDEO_SUFFIXES)),
    WithJsonSchema({"type": "string", "pattern": _suffix_pattern(VIDEO_SUFFIXES)}),
]


@dataclass(frozen=True)
class Background:
    """A slide or theme background: a colour, or a picture in the pack."""

    colour: str | None = None
    image: Path | None = None


def _parse_background(value: Any, info: ValidationInfo) -> Background:
    if isinstance(value, str) and value.startswith("#"):
        return Background(colour=_parse_colour(value))
    if isinstance(value, str):
        return Background(image=_pack_file("a picture", IMAGE_SUFFIXES)(value, info))
    raise PydanticCustomError(
        "background",
        "expected a colour (\"#RRGGBB\") or a picture path, got {got}",
        {"got": describe(value)},
    )


String = Annotated[str, PlainValidator(_parse_string), WithJsonSchema({"type": "string"})]
Identifier = Annotated[
    str,
    PlainValidator(_parse_identifier),
    WithJsonSchema({"type": "string", "pattern": IDENTIFIER.pattern}),
]
LanguageCode = Annotated[
    str,
    PlainValidator(_parse_language),
    WithJsonSchema({"type": "string", "pattern": LANGUAGE_CODE.pattern}),
]
Colour = Annotated[
    str,
    PlainValidator(_parse_colour),
    WithJsonSchema({"type": "string", "pattern": COLOUR.pattern}),
]
Number = Annotated[float, PlainValidator(_parse_number), WithJsonSchema({"type": "number"})]
Seconds = Annotated[
    float, PlainValidator(_parse_seconds), WithJsonSchema({"type": "number", "exclusiveMinimum": 0})
]
SecondsOrOff = Annotated[
    float, PlainValidator(_parse_seconds_or_off), WithJsonSchema({"type": "number", "minimum": 0})
]
Fraction = Annotated[
    float,
    PlainValidator(_parse_fraction),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 1}),
]
Flag = Annotated[bool, PlainValidator(_parse_bool), WithJsonSchema({"type": "boolean"})]
ShownNumber = Annotated[
    DisplayNumber, PlainValidator(_parse_display_number), WithJsonSchema({"type": "number"})
]
Label = Annotated[
    str, PlainValidator(_parse_label), WithJsonSchema({"type": ["string", "number"]})
]
BackgroundValue = Annotated[
    Background,
    PlainValidator(_parse_background),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": COLOUR.pattern},
                              {"type": "string", "pattern": "^[^#].*" + IMAGE_PATTERN}]}),
]
FormatVersion = Annotated[
    Literal[1], PlainValidator(_parse_format), WithJsonSchema({"type": "integer", "const": 1})
]
"""The `format` key: exactly the integer 1 (not true, not 1.0, not "1")."""
