"""`kiosk schema`: deck.yaml's JSON Schema (draft 2020-12) for editors, from the deck models."""

from __future__ import annotations

import ast
import functools
import inspect
import json
from collections.abc import Iterator
from typing import Any

from kiosk.deck import model
from kiosk.deck.model import Deck, Model
from kiosk.deck.values import LANGUAGE_CODE

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILE_NAME = "deck.schema.json"
EDITOR_LINE = "# yaml-language-server: $schema="
"""The first line of a deck.yaml that tells the YAML extension of VS Code (and other editors
using the YAML language server) which schema to use."""
X_KEYS = "^x-"

TEXT = "#/$defs/Text"
_DEFS: dict[str, Any] = {
    "Text": {
        "description": (
            "A text: a string shown in every language, or one text per language code "
            "(en: ..., zh: ...); a missing language shows the deck's first language."),
        "anyOf": [{"type": "string"}, {"$ref": "#/$defs/Translations"}],
    },
    "Translations": {
        "description": "One text per language code; use the codes of the deck's languages.",
        "type": "object",
        "patternProperties": {LANGUAGE_CODE.pattern: {"type": "string"}, X_KEYS: True},
        "additionalProperties": False,
        "not": {"propertyNames": {"pattern": X_KEYS}},
    },
}


def deck_schema() -> dict[str, Any]:
    """The JSON Schema of deck.yaml: what the loader accepts, as far as a schema can say."""
    _describe_fields()
    generated = _clean(Deck.model_json_schema())
    defs = {**generated.pop("$defs"), **_DEFS}
    generated.pop("description", None)
    return {
        "$schema": DIALECT,
        "title": "deck.yaml of a kiosk content pack (content format 1)",
        "description": (
            "A content pack's tour: settings, theme, chapters and slides. Every path is "
            "relative to the pack folder. Keys starting with x- are ignored everywhere. "
            "`kiosk check` checks what a schema cannot: that files exist and are pictures, "
            "that ids are unique and chapters known."),
        **generated,
        "$defs": defs,
    }


@functools.cache
def _describe_fields() -> None:
    """Every model field's attribute docstring as its description, as Pydantic's
    use_attribute_docstrings would give it (see kiosk.deck.model.Model); once a process."""
    docstrings = _attribute_docstrings(inspect.getsource(model))
    # Rebuilt in the order written, so each model's schema holds the rebuilt ones it uses.
    for cls in sorted(set(_subclasses(Model)), key=lambda cls: inspect.getsourcelines(cls)[1]):
        for name, field in cls.model_fields.items():
            written = (docstrings.get(base.__name__, {}).get(name) for base in cls.__mro__)
            field.description = field.description or next(filter(None, written), None)
        cls.model_rebuild(force=True)


def _attribute_docstrings(source: str) -> dict[str, dict[str, str]]:
    """Class name -> attribute -> the string written on the line after its annotation."""
    found: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        attributes: dict[str, str] = {}
        for before, after in zip(node.body, node.body[1:], strict=False):
            if (isinstance(before, ast.AnnAssign) and isinstance(before.target, ast.Name)
                    and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)):
                attributes[before.target.id] = inspect.cleandoc(after.value.value)
        found[node.name] = attributes
    return found


def _subclasses(cls: type[Model]) -> Iterator[type[Model]]:
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def schema_text() -> str:
    """The schema as `kiosk schema` prints it and schema/deck.schema.json holds it."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"


def _is_translations(node: Any) -> bool:
    return (isinstance(node, dict) and node.get("type") == "object"
            and node.get("propertyNames") == {"pattern": LANGUAGE_CODE.pattern})


def _clean(node: Any) -> Any:
    """Pydantic's schema made editor-friendly: Text by reference, x- keys allowed, no
    generated titles, no OpenAPI discriminator."""
    if isinstance(node, list):
        return [_clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs", "patternProperties"):
            out[key] = {name: _clean(child) for name, child in value.items()}
        elif key not in ("title", "discriminator"):
            out[key] = _clean(value)
    options = out.get("anyOf")
    if isinstance(options, list) and {"type": "string"} in options and any(
        _is_translations(option) for option in options
    ):
        rest = [o for o in options if o != {"type": "string"} and not _is_translations(o)]
        del out["anyOf"]
        out = {"anyOf": [{"$ref": TEXT}, *rest], **out} if rest else {"$ref": TEXT, **out}
    if out.get("additionalProperties") is False and "properties" in out:
        out["patternProperties"] = {X_KEYS: True}
    return out
