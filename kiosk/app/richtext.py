"""Make an author's Markdown safe for Qt's Markdown renderer: no HTML, no links, no fetching."""

from __future__ import annotations

import re

# [text](target) and ![alt](target), with an optional "title"; reference-style [text][ref].
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"(?<!\\)\[([^\]]+)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"(?<!\\)\[([^\]]+)\]\[[^\]]*\]")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto|file):[^>\s]*)>", re.IGNORECASE)


def safe_markdown(text: str) -> str:
    """Markdown that renders as the author wrote it, with links and pictures as plain text.

    Raw HTML is escaped so it shows literally; `[text](url)` keeps only its text; `![alt](src)`
    keeps only its alt text, so nothing is ever loaded from a file or the network.
    """
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1), text)
    # Escape what would start HTML or an entity, so it is shown literally.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Undo the escaping of Markdown block quotes at line starts ("> quote").
    return re.sub(r"^( {0,3})&gt;", r"\1>", text, flags=re.MULTILINE)
