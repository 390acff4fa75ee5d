"""The showcase pack: no problems nor warnings, every slide type and every key of the format
used somewhere, its figures and quotations true, its files all made by scripts in the repo."""

from __future__ import annotations

import re
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel

from kiosk.deck.loader import load_pack
from kiosk.deck.model import (
    SLIDE_TYPES,
    Deck,
    KioskSettings,
    MapSlide,
    ProfileSlide,
    QuoteSlide,
    SlideBase,
    StatsSlide,
)
from kiosk.deck.values import Background, Text

REPO = Path(__file__).resolve().parents[1]
SHOWCASE = REPO / "content" / "showcase"
TOOLS = REPO / "tools"

ONE_PER_DECK = {(KioskSettings, "transition")}
"""Choices a deck can make only once: the test cannot ask for each of them."""


def showcase() -> Deck:
    result = load_pack(SHOWCASE, with_warnings=True)
    assert result.problems == (), "\n".join(str(problem) for problem in result.problems)
    assert result.pack is not None
    return result.pack.deck


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The deck models a field's annotation may hold (through unions, tuples, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in models_in(arg)]


def every_model() -> list[type[BaseModel]]:
    """Every model reachable from Deck, found by walking the fields' annotations."""
    found: list[type[BaseModel]] = []
    todo: list[type[BaseModel]] = [Deck]
    while todo:
        model = todo.pop()
        if model in found:
            continue
        found.append(model)
        for field in model.model_fields.values():
            todo += models_in(field.annotation)
    return found


def owner(model: type[BaseModel], name: str) -> type[BaseModel]:
    """SlideBase for the keys every slide may have, else the model itself."""
    return SlideBase if issubclass(model, SlideBase) and name in SlideBase.model_fields else model


def written(value: object, out: dict[tuple[type[BaseModel], str], list[object]]) -> None:
    """Every key written in the deck (not left to its default), with the values written."""
    if isinstance(value, BaseModel):
        for name in value.model_fields_set:
            field_value = getattr(value, name)
            out.setdefault((owner(type(value), name), name), []).append(field_value)
            written(field_value, out)
    elif isinstance(value, tuple):
        for item in value:
            written(item, out)


def choices(annotation: Any) -> tuple[object, ...]:
    """The values a Literal field allows (empty for other fields)."""
    if typing.get_origin(annotation) is Literal:
        return typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(v for arg in typing.get_args(annotation) for v in choices(arg))
    return ()


def test_the_showcase_loads_with_no_problems_and_no_warnings() -> None:
    deck = showcase()
    assert deck.languages == ("en", "zh")
    result = subprocess.run([sys.executable, "-m", "kiosk.cli", "check", "--strict",
                             str(SHOWCASE)], cwd=REPO, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout


def test_every_slide_type_and_every_key_of_every_model_is_used() -> None:
    deck = showcase()
    assert {slide.type for slide in deck.slides} == set(SLIDE_TYPES)
    used: dict[tuple[type[BaseModel], str], list[object]] = {}
    written(deck, used)
    models = every_model()
    assert set(SLIDE_TYPES.values()) <= set(models)
    missing = [f"{owner(model, name).__name__}.{name}" for model in models
               for name in model.model_fields
               if (owner(model, name), name) not in used and name != "type"]
    assert not missing, f"keys the showcase never writes: {sorted(set(missing))}"
    # Each choice of a choice key (fit: cover and contain, image_side: left and right...).
    unused = [f"{model.__name__}.{name}: {choice}" for model in models
              for name, field in model.model_fields.items()
              if name != "type" and (model, name) not in ONE_PER_DECK
              for choice in choices(field.annotation)
              if choice not in used.get((owner(model, name), name), [])]
    assert not unused, f"choices the showcase never makes: {unused}"
    backgrounds = [value for value in used[(SlideBase, "background")]
                   if isinstance(value, Background)]
    assert any(b.colour for b in backgrounds) and any(b.image for b in backgrounds)
    # Texts both as one plain string and per language.
    texts = [value for values in used.values() for value in values if isinstance(value, Text)]
    assert any(text.languages() == frozenset() for text in texts)


def test_the_slides_the_authors_guide_names_are_there() -> None:
    guide = (REPO / "docs" / "authoring.md").read_text(encoding="utf-8")
    paragraph = guide.split("To see a type with all its keys", 1)[1].split("\n\n", 1)[0]
    named = [name for name in re.findall(r"`([a-z-]+)`", paragraph) if name != "id"]
    deck = showcase()
    assert len(named) == 16
    for slide_id in named:
        assert deck.index_of(slide_id) is not None, f"docs/authoring.md names {slide_id!r}"


def test_extension_keys_are_shown_at_every_level() -> None:
    raw = (SHOWCASE / "deck.yaml").read_text(encoding="utf-8")
    indents = {len(match.group(1)) for match in re.finditer(r"^( *)x-[a-z-]+:", raw, re.M)}
    assert {0, 4, 6, 8} <= indents      # the deck, a slide, a pin, a profile's quote


def test_every_text_is_given_in_both_languages_or_is_a_name() -> None:
    deck = showcase()
    used: dict[tuple[type[BaseModel], str], list[object]] = {}
    written(deck, used)
    for (model, name), values in used.items():
        for value in values:
            if isinstance(value, Text):
                assert value.languages() in ({"en", "zh"}, frozenset()), f"{model}.{name}"


def test_the_figures_about_this_pack_are_true() -> None:
    deck = showcase()
    slide = deck.slides[deck.index_of("this-pack") or 0]
    assert isinstance(slide, StatsSlide)
    figures = {item.label.get("en", "en"): item.value.value for item in slide.items}
    assert figures == {
        "Slides in this pack": len(deck.slides),
        "Slide types, all used here": len({s.type for s in deck.slides}),
        "Chapters": len(deck.chapters),
        "This slide's duration": slide.duration,
    }
    assert len({s.type for s in deck.slides}) == len(SLIDE_TYPES)
    assert deck.kiosk.idle_timeout == 60 and deck.kiosk.autoplay == 10   # as slides say
    assert deck.kiosk.transition == "fade"


def test_the_quotations_are_sentences_of_the_authors_guide() -> None:
    guide = re.sub(r"[*`]", "", (REPO / "docs" / "authoring.md").read_text(encoding="utf-8"))
    guide = " ".join(guide.split())
    deck = showcase()
    quotes = [s.text for s in deck.slides if isinstance(s, QuoteSlide)]
    quotes += [s.quote.text for s in deck.slides if isinstance(s, ProfileSlide) and s.quote]
    assert len(quotes) == 2
    for quote in quotes:
        assert quote.get("en", "en").rstrip(".") in guide


def test_the_map_pins_stand_where_the_drawing_puts_the_places() -> None:
    sys.path.insert(0, str(TOOLS))
    try:
        from pictures.showcase import MAP_PLACES
    finally:
        sys.path.remove(str(TOOLS))
    deck = showcase()
    pins = next(s for s in deck.slides if isinstance(s, MapSlide)).pins
    assert [(pin.x, pin.y) for pin in pins] == list(MAP_PLACES.values())
    first = pins[0]
    assert first.text is not None
    assert f"x: {first.x}, y: {first.y}" in first.text.get("en", "en")   # what it says is so


def test_the_pictures_are_the_scripts_output(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "tools/make_showcase.py", "--out", str(tmp_path)],
                            cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    made = sorted(path.name for path in tmp_path.iterdir())
    assert made == sorted(path.name for path in (SHOWCASE / "images").glob("*.svg"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (SHOWCASE / "images" / name).read_bytes(), name


def test_every_file_is_used_and_its_origin_stated() -> None:
    raw = (SHOWCASE / "deck.yaml").read_text(encoding="utf-8")
    readme = (SHOWCASE / "README.md").read_text(encoding="utf-8")
    for path in sorted(SHOWCASE.rglob("*")):
        if not path.is_file() or path.name == "deck.yaml":
            continue
        relative = path.relative_to(SHOWCASE).as_posix()
        assert relative in readme or path.name in readme, f"{relative}: origin not stated"
        if path.parent.name in ("images", "media") and path.suffix != ".md":
            assert f" {relative}" in raw, f"{relative} is not used by the deck"


@pytest.mark.parametrize("pack", ["showcase"])
def test_the_font_subset_covers_the_deck_and_the_kiosks_words(pack: str) -> None:
    result = subprocess.run([sys.executable, "tools/subset_fonts.py", "--check", "--pack",
                             f"content/{pack}"], cwd=REPO, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
