"""Fuzzing the deck loader with hypothesis: any YAML text, any bytes, and any structure shaped
like a deck (the real keys and slide types, values of random types) end in a Deck or in a
LoadResult with problems, never another exception, and every problem says where and what.

The suite runs the "kiosk-fuzz" profile (250 examples a test, about 10 s in all); set
KIOSK_FUZZ=long for the "kiosk-fuzz-long" profile (10,000 examples a test) when changing
the loader."""

from __future__ import annotations

import os
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from kiosk.deck.loader import LoadResult, load_deck_bytes
from kiosk.deck.model import SLIDE_TYPES, Deck
from tests.hostile.catalogue import picture

settings.register_profile("kiosk-fuzz", max_examples=250, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("kiosk-fuzz-long", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings.get_profile("kiosk-fuzz-long" if os.environ.get("KIOSK_FUZZ") == "long"
                            else "kiosk-fuzz")
PYDANTIC_WORDS = ("Input should", "Field required", "[type=", "validation error")
"""pydantic's own wording: a problem that says it was not put in authors' words."""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A pack folder with a few real files for paths to name (deck.yaml is never read)."""
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "images").mkdir()
    (folder / "images/a.png").write_bytes(picture())
    (folder / "images/b.jpg").write_bytes(picture("JPEG"))
    (folder / "images/empty.png").write_bytes(b"")
    (folder / "clip.mp4").write_bytes(b"not a video")
    (folder / "images/out.png").symlink_to("/etc/hostname")
    yield folder


def assert_ends_well(result: LoadResult) -> None:
    """A Deck, or problems that each say where (line, column) and what, in authors' words."""
    assert isinstance(result, LoadResult)
    if result.pack is not None:
        assert isinstance(result.pack.deck, Deck)
        assert not result.errors
    else:
        assert result.errors, "refused without saying why"
    for problem in result.problems:
        assert problem.file == "deck.yaml"
        assert problem.line >= 1 and problem.column >= 1
        assert problem.message
        assert not any(word in problem.message for word in PYDANTIC_WORDS), problem
        str(problem)


# --- any text -------------------------------------------------------------------------

YAML_PIECES = st.sampled_from([
    "\n", "  ", "    ", "\t", "- ", ": ", "? ", ",", "[", "]", "{", "}", "'", '"', "#", "&a ",
    "*a", "&b ", "*b", "!!python/object:os.system ", "!!str ", "!!int ", "!custom ", "<<: ",
    "---\n", "...\n", "%YAML 1.2\n", "|\n", ">-\n", "\\", "\ufeff", "\x00", "\x1b", "@", "`",
    "format", "title", "slides", "type", "images/a.png", "1", "0.5", "1e400", ".nan", "true",
    "null", "~", "山东", "é",
])


@FUZZ
@given(text=st.lists(YAML_PIECES | st.text(max_size=8), max_size=60).map("".join))
def test_any_yaml_like_text(pack: Path, text: str) -> None:
    assert_ends_well(load_deck_bytes(text.encode("utf-8", "surrogatepass"), pack))


@FUZZ
@given(raw=st.binary(max_size=400))
def test_any_bytes(pack: Path, raw: bytes) -> None:
    assert_ends_well(load_deck_bytes(raw, pack))


# --- any structure shaped like a deck -------------------------------------------------------

SCALARS = (
    st.none() | st.booleans() | st.integers() | st.integers(-10, 10).map(lambda n: n / 4)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
    | st.sampled_from([
        "images/a.png", "images/b.jpg", "images/empty.png", "images/out.png", "images/none.png",
        "../images/a.png", "/etc/passwd", "clip.mp4", "#112233", "#AA112233", "red", "en",
        "zh", "EN", "qingdao", "left", "right", "cover", "contain", "slide", "fade", "none",
        "yes", "", " ", "a" * 600,
    ])
)
JUNK = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=6) | st.sampled_from(["en", "zh", "x-note"]), inner,
                      max_size=3),
    max_leaves=6)


def _models_in(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The model an annotation holds (None for a plain value), and whether in a list."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _models_in(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        found = [_models_in(arg) for arg in get_args(annotation) if arg is not type(None)]
        return next((model for model in found if model[0] is not None), (None, False))
    if origin is tuple:
        model, _ = _models_in(get_args(annotation)[0])
        return model, True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None, False


def shaped(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A mapping with some of `model`'s keys (and now and then a misspelt one), each holding
    a value of its kind or of any other."""
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        if name == "slides" and model is Deck:
            value: st.SearchStrategy[Any] = st.lists(slides(depth + 1), max_size=4)
        else:
            inner, listed = _models_in(field.annotation)
            value = SCALARS if inner is None or depth > 2 else (
                st.lists(shaped(inner, depth + 1), max_size=3) if listed
                else shaped(inner, depth + 1))
        optional[name] = value | JUNK if name != "type" else st.just(None)
    return st.fixed_dictionaries({}, optional=optional).flatmap(
        lambda found: st.dictionaries(st.sampled_from([*model.model_fields, "titel", "x-a"]),
                                      JUNK, max_size=1).map(lambda extra: {**found, **extra}))


def typed(name: str, model: type[BaseModel], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """A slide shaped like `model`, its `type` set to `name`."""
    def with_type(found: dict[str, Any]) -> dict[str, Any]:
        return {**found, "type": name}
    return shaped(model, depth).map(with_type)


def slides(depth: int) -> st.SearchStrategy[Any]:
    """A slide of each type, a misspelt type, or anything at all."""
    return (st.one_of(*(typed(name, model, depth) for name, model in SLIDE_TYPES.items()))
            | typed("titel", SLIDE_TYPES["title"], depth) | JUNK)


def deck_shaped() -> st.SearchStrategy[dict[str, Any]]:
    return shaped(Deck).map(lambda found: {"format": 1, **found})


@FUZZ
@given(deck=deck_shaped())
def test_any_structure_shaped_like_a_deck(pack: Path, deck: dict[str, Any]) -> None:
    text = yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)
    assert_ends_well(load_deck_bytes(text.encode("utf-8", "surrogatepass"), pack,
                                     with_warnings=True))


@FUZZ
@given(deck=deck_shaped())
def test_the_same_structures_in_flow_style(pack: Path, deck: dict[str, Any]) -> None:
    """Flow style puts many values on one line: positions are columns, not just lines."""
    text = yaml.safe_dump(deck, allow_unicode=True, default_flow_style=True, width=10_000)
    assert_ends_well(load_deck_bytes(text.encode("utf-8", "surrogatepass"), pack))
