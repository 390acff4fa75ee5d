"""`kiosk new`'s starter pack: where its deck points editors for the schema, and what it holds."""

from __future__ import annotations

import io
import json
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from jsonschema import Draft202012Validator

from kiosk.deck import load_pack, read_deck_yaml
from kiosk.deck.json_schema import schema_text
from kiosk.deck.model import SLIDE_TYPES, MapSlide
from kiosk.deck.starter import REPO_SCHEMA, VIDEO_FILES, new_pack, schema_reference
from kiosk.deck.starter_pictures import MAP_PLACES, PICTURES

REPO = Path(__file__).resolve().parents[2]


def test_inside_the_checkout_the_deck_points_at_the_committed_schema() -> None:
    assert REPO_SCHEMA == REPO / "schema" / "deck.schema.json"
    assert schema_reference(REPO / "content" / "new-region") == "../../schema/deck.schema.json"
    assert schema_reference(REPO / "content" / "a" / "b") == "../../../schema/deck.schema.json"


def test_elsewhere_the_pack_carries_its_own_copy(tmp_path: Path) -> None:
    assert schema_reference(tmp_path / "pack") is None
    out, err = io.StringIO(), io.StringIO()
    assert new_pack(tmp_path / "pack", out, err) == 0
    assert (tmp_path / "pack" / "deck.schema.json").read_text(encoding="utf-8") == schema_text()


def test_the_starter_pack_is_valid_bilingual_and_commented(tmp_path: Path) -> None:
    assert new_pack(tmp_path / "pack", io.StringIO(), io.StringIO()) == 0
    result = load_pack(tmp_path / "pack", with_warnings=True)
    assert result.problems == ()
    assert result.pack is not None
    deck = result.pack.deck
    assert [slide.type for slide in deck.slides] == [
        "title", "text", "image", "gallery", "map", "video", "stats", "timeline", "profile",
        "quote"]
    assert set(SLIDE_TYPES) == {slide.type for slide in deck.slides}
    assert deck.languages == ("en", "zh")
    raw = (tmp_path / "pack" / "deck.yaml").read_text(encoding="utf-8")
    data = read_deck_yaml(raw.encode()).data
    schema = json.loads(schema_text())
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    commented = [line for line in raw.splitlines() if "#" in line]
    assert len(commented) > 60
    for slide_type in SLIDE_TYPES:     # each slide comes after a comment that names its type
        assert f"# --- {slide_type}: " in raw


def test_the_starter_pictures_are_all_used_and_the_pins_stand_on_their_places(
        tmp_path: Path) -> None:
    assert new_pack(tmp_path / "pack", io.StringIO(), io.StringIO()) == 0
    raw = (tmp_path / "pack" / "deck.yaml").read_text(encoding="utf-8")
    for name in [*PICTURES, *(f"videos/{name}" for name in VIDEO_FILES)]:
        assert (tmp_path / "pack" / name).is_file()
        assert f" {name}" in raw, f"{name} is drawn but not used"
    result = load_pack(tmp_path / "pack")
    assert result.pack is not None
    pins = next(s for s in result.pack.deck.slides if isinstance(s, MapSlide)).pins
    assert [(pin.x, pin.y) for pin in pins] == list(MAP_PLACES.values())


def test_the_clip_is_shipped_with_the_kiosk_and_is_the_showcase_sample() -> None:
    shipped = REPO / "kiosk" / "deck" / "starter_video"
    for name in VIDEO_FILES:
        showcase = REPO / "content" / "showcase" / "media" / name
        assert (shipped / name).read_bytes() == showcase.read_bytes(), name
    # Package data, so an installed kiosk (not only a source checkout) has it.
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kiosk"]
    for name in VIDEO_FILES:
        assert any(fnmatch(f"deck/starter_video/{name}", pattern) for pattern in patterns)


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert new_pack(tmp_path / "empty", io.StringIO(), io.StringIO()) == 0
    assert (tmp_path / "empty" / "images" / "harbour.png").is_file()
    assert (tmp_path / "empty" / "videos" / "sample.mp4").is_file()
