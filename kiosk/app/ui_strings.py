"""The kiosk's own words on slides (hints), in the languages it knows; English otherwise."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "mapHint": {
        "en": "Tap a place on the map to learn more",
        "zh": "点击地图上的地点，了解更多",
    },
}


def ui_strings(language: str) -> dict[str, str]:
    """Every string in `language`, falling back to English."""
    return {key: texts.get(language, texts["en"]) for key, texts in STRINGS.items()}
