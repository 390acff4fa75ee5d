"""`kiosk schema`: deck.yaml's JSON Schema (draft 2020-12) for editors, from the deck models."""

from __future__ import annotations

import json
from typing import Any

from kiosk.deck.model import Deck
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
