"""Author Markdown as safe rich text: parsed by Qt with HTML off, pictures and links removed."""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

log = logging.getLogger(__name__)

_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_BODY_STYLE = re.compile(r"<body[^>]*>")
_FORBIDDEN = re.compile(r"<img|<a\s|href=|src=", re.IGNORECASE)


def safe_rich_text(markdown: str) -> str:
    """HTML for a QML Text (textFormat: Text.RichText) showing `markdown` as an author means.

    Paragraphs, bold, italic, lists and line breaks render; raw HTML shows as the literal
    text it is; a link shows its text and cannot be followed; a picture shows its alt text,
    so nothing is ever loaded. The kiosk's own font and size apply (the body style is
    dropped).
    """
    if not markdown:
        return ""
    document = QTextDocument()
    document.setMarkdown(markdown, _FEATURES)
    _remove_pictures_and_links(document)
    result = _BODY_STYLE.sub("<body>", document.toHtml())
    if _FORBIDDEN.search(result.split("<body>", 1)[-1]):
        # Cannot happen with the parser above; never hand over anything that could load.
        log.error("rich text still held a picture or a link; showing it as plain text")
        return "<p>" + html.escape(markdown).replace("\n", "<br>") + "</p>"
    return result


def _remove_pictures_and_links(document: QTextDocument) -> None:
    """Replace pictures by their alt text and make links plain text, in place."""
    edits: list[tuple[int, int, QTextCharFormat, str | None]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                alt = char_format.property(QTextFormat.Property.ImageAltText)
                edits.append((fragment.position(), fragment.length(), QTextCharFormat(),
                              str(alt) if alt else ""))
            elif char_format.isAnchor():
                plain = QTextCharFormat(char_format)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setAnchorNames([])
                plain.clearForeground()
                plain.setFontUnderline(False)
                edits.append((fragment.position(), fragment.length(), plain, None))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, char_format, replacement in reversed(edits):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        if replacement is None:
            cursor.setCharFormat(char_format)
        else:
            cursor.insertText(replacement, char_format)
