"""The JSON Schema for editors: in sync with the models, and agreeing with the loader."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from deck_packs import GOOD_DECK, MakePack
from jsonschema import Draft7Validator, Draft202012Validator

from kiosk.deck import load_pack, read_deck_yaml
from kiosk.deck.json_schema import EDITOR_LINE, deck_schema, schema_text

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "schema" / "deck.schema.json"
PACKS = sorted(path.parent for path in (REPO / "content").glob("*/deck.yaml"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def data_of(text: str) -> Any:
    """deck.yaml as the loader reads it (YAML 1.2, as editors read it too)."""
    doc = read_deck_yaml(text.encode("utf-8"))
    assert doc.problems == (), doc.problems
    return doc.data


def test_the_committed_schema_is_what_kiosk_schema_prints() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/deck.schema.json is out of date with kiosk/deck/model.py; regenerate it with "
        "`kiosk schema > schema/deck.schema.json` (or `python main.py schema > ...`)")


def test_patterns_are_ones_editors_understand() -> None:
    patterns = re.findall(r'"pattern": "([^"]*)"', schema_text())
    assert patterns
    assert not [p for p in patterns if "(?" in p], "ECMA-262 regexes have no inline flags"


@pytest.mark.parametrize("pack", PACKS, ids=lambda pack: pack.name)
def test_every_pack_in_content_is_valid_and_names_the_schema(
    pack: Path, validator: Draft202012Validator
) -> None:
    text = (pack / "deck.yaml").read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith(EDITOR_LINE), f"{pack.name}/deck.yaml must start with {EDITOR_LINE}"
    assert (pack / first.removeprefix(EDITOR_LINE)).resolve() == COMMITTED
    errors = [error.message for error in validator.iter_errors(data_of(text))]
    assert errors == []
    assert load_pack(pack).errors == ()


def test_keys_starting_with_x_are_allowed_everywhere(validator: Draft202012Validator) -> None:
    deck = {
        "format": 1, "x-source": "notes",
        "title": {"en": "T", "x-note": {"any": "thing"}},
        "theme": {"x-why": 1},
        "slides": [{"type": "stats", "x-a": [1], "items": [{"value": 1, "label": "L", "x-b": 2}]}],
    }
    assert list(validator.iter_errors(deck)) == []
    assert not validator.is_valid({**deck, "title": {"x-only": "a note is not a text"}})


GOOD = [
    GOOD_DECK,
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, subtitle: }]\n",
    "format: 1\ntitle: T\nkiosk: {idle_timeout: 0, autoplay: 0.5, transition: none, loop: false}"
    "\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, background: '#80112233'}]\n",
    "format: 1\ntitle: T\nslides: [{type: image, image: images/A.PNG, fit: contain}]\n",
    "format: 1\ntitle: T\nslides: [{type: timeline, events: [{date: 2011, title: x}]}]\n",
    "format: 1\ntitle: T\nslides: [{type: map, image: images/a.png, pins: []}]\n",
    "format: 1\ntitle: T\nlanguages: [en, zh-Hant]\n"
    "slides: [{type: text, title: {en: a, zh-Hant: b}, body: '**x**'}]\n",
]
BAD = [
    "format: 2\ntitle: T\nslides: [{type: title, title: Hi}]\n",
    "format: '1'\ntitle: T\nslides: [{type: title, title: Hi}]\n",
    "format: 1\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nslides: []\n",
    "format: 1\ntitle: T\nslides: [{type: stat, title: Hi}]\n",
    "format: 1\ntitle: T\nslides: [{type: title}]\n",
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, titel: x}]\n",
    "format: 1\ntitle: T\ntheme: {accent: E8A33D}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nkiosk: {loop: yes}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nkiosk: {autoplay: 0}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nkiosk: {transition: fad}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: {EN: T}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: {}\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: 42\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nlanguages: [English]\nslides: [{type: title, title: Hi}]\n",
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, id: Welcome}]\n",
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, duration: -1}]\n",
    "format: 1\ntitle: T\nslides: [{type: image, image: images/a.gif}]\n",
    "format: 1\ntitle: T\nslides: [{type: stats, items: [{value: '202', label: x}]}]\n",
    "format: 1\ntitle: T\nslides: [{type: stats, items: "
    + "[" + ", ".join(["{value: 1, label: x}"] * 7) + "]}]\n",
    "format: 1\ntitle: T\nslides: [{type: map, image: images/a.png, pins: [{x: 59, y: 0.5, "
    "label: A}]}]\n",
    "format: 1\ntitle: T\nslides: [{type: text, title: T, body: B, image_side: top}]\n",
    "format: 1\ntitle: T\nslides: [{type: title, title: Hi, background: '#12345'}]\n",
    "format: 1\ntitle: T\nslides: [{type: gallery, images: []}]\n",
]


@pytest.mark.parametrize("deck", GOOD + BAD)
def test_the_schema_agrees_with_the_loader(
    deck: str, make_pack: MakePack, validator: Draft202012Validator
) -> None:
    root = make_pack(deck, images=("images/a.png", "images/A.PNG", "images/logo.png"))
    loader_ok = load_pack(root).errors == ()
    schema_errors = [error.message for error in validator.iter_errors(data_of(deck))]
    assert loader_ok == (deck in GOOD)
    assert (schema_errors == []) == loader_ok, schema_errors


@pytest.mark.parametrize("deck", GOOD + BAD)
def test_editors_that_implement_draft_7_read_it_the_same(deck: str) -> None:
    """VS Code's YAML extension implements draft 7: the schema uses only keywords that mean
    the same there ($defs is reached by its JSON pointer)."""
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    assert Draft7Validator(schema).is_valid(data_of(deck)) == (deck in GOOD)


def test_what_only_kiosk_check_can_tell(
    make_pack: MakePack, validator: Draft202012Validator
) -> None:
    """Missing files and duplicate ids pass the schema; the loader reports them."""
    deck = ("format: 1\ntitle: T\nslides: [{type: image, image: images/missing.png, id: a},"
            " {type: title, title: x, id: a}]\n")
    assert validator.is_valid(data_of(deck))
    assert len(load_pack(make_pack(deck)).errors) == 2


def test_the_schema_describes_keys_for_editors() -> None:
    schema = deck_schema()
    slide = schema["$defs"]["StatsSlide"]
    assert slide["properties"]["items"]["description"] == "One to six figures."
    assert slide["properties"]["items"]["maxItems"] == 6
    assert slide["properties"]["type"] == {"const": "stats", "type": "string"}
    assert schema["properties"]["slides"]["items"]["oneOf"][0] == {"$ref": "#/$defs/TitleSlide"}
