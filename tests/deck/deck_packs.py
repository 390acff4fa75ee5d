"""Shared pieces of the deck tests: a good deck.yaml, tiny PNGs and the fixtures' types."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

MakePack = Callable[..., Path]
Check = Callable[[Path], tuple[int, list[str], str]]
Problems = Callable[[Path], list[str]]

GOOD_DECK = """\
format: 1
title: {en: Shandong, zh: 山东}
languages: [en, zh]
theme:
  logo: images/logo.png
chapters:
  - id: qingdao
    title: {en: Qingdao, zh: 青岛}
slides:
  - type: title
    id: welcome
    chapter: qingdao
    title: {en: Welcome, zh: 欢迎}
    image: images/a.png
  - type: stats
    items:
      - {value: 6.24, label: GDP, suffix: " trillion"}
      - {value: 40.0, label: Ports}
  - type: timeline
    events:
      - {date: 2011-04-21, title: Opened}
      - {date: 1898, title: Founded}
"""


def png(size: tuple[int, int] = (2, 2)) -> bytes:
    """The bytes of a tiny PNG picture."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()
