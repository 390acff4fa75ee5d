"""What slides hand to QML: safe rich text, localised values, map labels that don't collide."""

from __future__ import annotations

from pathlib import Path

from kiosk.app.slide_data import labels_to_the_left, slide_content
from kiosk.deck.loader import load_pack
from kiosk.deck.model import MapSlide
from tests.packs import write_pack


def test_pins_close_together_put_one_label_to_the_left() -> None:
    slide = MapSlide.model_validate({
        "type": "map", "image": "m.png", "pins": [
            {"x": 0.59, "y": 0.64, "label": "Qingdao"},
            {"x": 0.57, "y": 0.68, "label": "Huangdao"},
            {"x": 0.43, "y": 0.45, "label": "Weifang"},
            {"x": 0.90, "y": 0.10, "label": "Far east"},
        ]})
    assert labels_to_the_left(slide) == [False, True, False, True]


def test_slide_content_is_in_the_language_asked_with_fallback(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "p", """
        format: 1
        title: T
        languages: [en, zh, de]
        slides:
          - {type: quote, text: {en: Hello, zh: 你好}, author: Someone}
    """)
    result = load_pack(pack)
    assert result.pack is not None
    slide = result.pack.deck.slides[0]
    assert slide_content(slide, "zh", "en")["text"] == "你好"
    assert slide_content(slide, "de", "en")["text"] == "Hello"       # falls back to the first
    assert slide_content(slide, "de", "en")["author"] == "Someone"
