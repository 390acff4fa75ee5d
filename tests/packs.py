"""Write small but real content packs (deck.yaml and pictures made with Pillow) for tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image


def write_picture(path: Path, size: tuple[int, int] = (640, 400),
                  colour: tuple[int, int, int] = (40, 110, 160)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


def write_pack(folder: Path, deck_yaml: str, pictures: tuple[str, ...] = ()) -> Path:
    """A pack folder holding `deck_yaml` (dedented) and the named pictures."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deck.yaml").write_text(textwrap.dedent(deck_yaml).lstrip(), encoding="utf-8")
    for name in pictures:
        write_picture(folder / name)
    return folder


def numbered_deck(count: int, transition: str = "slide") -> str:
    """A deck of `count` title slides whose titles are "Slide 1", "Slide 2", ..."""
    slides = "\n".join(
        f"  - {{type: title, id: s{n}, title: 'Slide {n}'}}" for n in range(1, count + 1)
    )
    return f"format: 1\ntitle: Numbers\nkiosk: {{transition: {transition}}}\nslides:\n{slides}\n"
