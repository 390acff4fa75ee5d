"""What slides hand to QML: safe rich text, localised values, map labels that don't collide, and
long texts shortened and broken (the Markdown before it becomes rich text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument, QTextFragment

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


def body_document(tmp_path: Path, body: str) -> QTextDocument:
    """The rich text a text slide hands QML for `body`, read back into a document."""
    pack = write_pack(tmp_path / "p", "format: 1\ntitle: T\nslides:\n  - type: text\n"
                      "    title: T\n    body: |-\n      " + body + "\n")
    result = load_pack(pack)
    assert result.pack is not None
    document = QTextDocument()
    document.setHtml(slide_content(result.pack.deck.slides[0], "en", "en")["body"])
    return document


def test_a_long_markdown_body_is_cut_before_it_becomes_rich_text(tmp_path: Path) -> None:
    """Character 20,000 falls between the two stars that open a bold word: the Markdown is
    cut there, and what Qt makes of it is whole rich text (the stars shown as written)."""
    document = body_document(tmp_path, "**bold** " * 3000)
    shown = document.toPlainText()
    assert shown == "bold " * 2222 + "**\u2026"
    bold = [fragment for fragment in fragments(document) if fragment.charFormat().fontWeight()
            == QFont.Weight.Bold]
    assert [fragment.text() for fragment in bold] == ["bold"] * 2222


def test_breaks_in_a_long_markdown_word_keep_its_emphasis(tmp_path: Path) -> None:
    document = body_document(tmp_path, "**" + "Ω" * 600 + "** done")
    [bold, rest] = [fragment.text() for fragment in fragments(document)]
    assert bold.replace("\u200b", "") == "Ω" * 600          # the stars made it bold
    assert max(len(piece) for piece in bold.split("\u200b")) <= 20
    assert rest == " done"


def fragments(document: QTextDocument) -> list[QTextFragment]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found.append(it.fragment())
            it += 1
        block = block.next()
    return found
