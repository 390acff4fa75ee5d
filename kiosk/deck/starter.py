"""`kiosk new DIR`: a small working pack to start from: commented deck.yaml and its picture."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from PIL import Image, ImageDraw

from kiosk.deck.json_schema import EDITOR_LINE, FILE_NAME, schema_text

REPO_SCHEMA = Path(__file__).resolve().parents[2] / "schema" / FILE_NAME
"""The committed schema of a source checkout (absent from an installed kiosk)."""
PICTURE = "images/harbour.png"
PICTURE_SIZE = (1920, 1080)

DECK = """\
{editor_line}
# A starter pack made by `kiosk new`. Change it step by step; after each change, check it:
#   kiosk check FOLDER          (FOLDER: the folder this file is in)
# The authors' guide (docs/authoring.md in the kiosk's repository) explains every key.
# Text after # is a comment; keys starting with x- are ignored too: use them for sources.

format: 1                       # the version of the content format: always 1
title: {{en: "My Region", zh: "我的地区"}}   # the tour's name (the window title)
languages: [en, zh]             # the first is the language the kiosk starts in

theme:                          # every key is optional
  background: "#0B1F33"         # colours in quotes: "#RRGGBB"
  foreground: "#FFFFFF"         # the text colour
  accent: "#E8A33D"             # figures, bars and the chapter mark
  # font: "Noto Sans CJK SC"    # a font family with every character you use (see the guide)
  # logo: images/logo.svg       # a small picture at the top right of every slide

kiosk:
  idle_timeout: 90              # seconds without a touch, then back to the first slide
  autoplay: 12                  # seconds per slide when nobody is using the kiosk
  transition: slide             # slide, fade or none

chapters:                       # optional parts of the tour, shown at the top left
  - id: region
    title: {{en: "My Region", zh: "我的地区"}}

slides:
  # A title slide: a large title and subtitle over a picture that fills the screen.
  - type: title
    id: welcome                 # a name for the slide: lower-case letters, digits and -
    chapter: region             # this slide and the ones after it belong to this chapter
    title: {{en: "Welcome to My Region", zh: "欢迎来到我的地区"}}
    subtitle: {{en: "Innovation and cooperation", zh: "创新与合作"}}
    image: {picture}
    notes: {{en: "Notes are never shown to visitors.", zh: "备注不会向观众显示。"}}

  # A text slide: a title, a body in Markdown, and a picture beside them.
  - type: text
    id: about
    title: {{en: "What makes us different", zh: "我们的特色"}}
    body:
      en: |-
        Write **two or three short sentences** here, or a short list:

        - a first point
        - a second point
      zh: |-
        在这里写**两三句简短的话**，或者一个简短的列表：

        - 第一点
        - 第二点
    image: {picture}
    image_side: right           # left or right

  # An image slide: one picture filling the screen, with a caption and a credit.
  - type: image
    id: harbour
    image: {picture}            # pictures: .jpg .jpeg .png .webp .svg inside this folder
    fit: cover                  # cover fills the screen; contain shows the whole picture
    caption: {{en: "A harbour at dawn", zh: "黎明时分的港口"}}
    credit: {{en: "Picture: drawn by kiosk new", zh: "图片：由 kiosk new 绘制"}}
"""


def new_pack(folder: Path, out: TextIO, err: TextIO) -> int:
    """Write the starter pack into `folder` (new or empty): 0, or 1 with a message why not."""
    if folder.exists() and not folder.is_dir():
        print(f"kiosk new: {folder} is a file; give a new folder's name", file=err)
        return 1
    try:
        if folder.is_dir() and any(folder.iterdir()):
            print(f"kiosk new: {folder} is not empty; give a new or empty folder, so nothing "
                  "is overwritten", file=err)
            return 1
        written = write_starter(folder)
    except OSError as error:
        print(f"kiosk new: cannot write {folder}: {error.strerror or error}", file=err)
        return 1
    print(f"kiosk new: wrote {', '.join(written)} in {folder}", file=out)
    print(f"next: kiosk check {folder}", file=out)
    print(f"      kiosk run --windowed --content {folder}", file=out)
    return 0


def schema_reference(folder: Path) -> str | None:
    """The schema path for the editor line when `folder` is inside the kiosk's source checkout
    (so it follows the code); None elsewhere, where the pack gets its own copy."""
    if not REPO_SCHEMA.is_file():
        return None
    target = folder.resolve()
    if not target.is_relative_to(REPO_SCHEMA.parents[1]):
        return None
    return Path(os.path.relpath(REPO_SCHEMA, target)).as_posix()


def write_starter(folder: Path) -> list[str]:
    """Write deck.yaml, its picture and (outside the checkout) the schema; the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    reference = schema_reference(folder)
    written = ["deck.yaml", PICTURE]
    if reference is None:
        reference = FILE_NAME
        (folder / FILE_NAME).write_text(schema_text(), encoding="utf-8")
        written.append(FILE_NAME)
    deck = DECK.format(editor_line=EDITOR_LINE + reference, picture=PICTURE)
    (folder / "deck.yaml").write_text(deck, encoding="utf-8")
    draw_harbour(folder / PICTURE)
    return written


def draw_harbour(path: Path) -> None:
    """A calm picture without words: sky, sun, sea, a quay and cranes (PNG, 1920x1080)."""
    width, height = PICTURE_SIZE
    image = Image.new("RGB", PICTURE_SIZE)
    draw = ImageDraw.Draw(image)
    horizon = height * 62 // 100
    for y in range(height):
        if y < horizon:
            t = y / horizon
            colour = (int(24 + 200 * t), int(52 + 110 * t), int(96 + 60 * t))
        else:
            t = (y - horizon) / (height - horizon)
            colour = (int(20 + 20 * t), int(70 - 30 * t), int(110 - 40 * t))
        draw.line([(0, y), (width, y)], fill=colour)
    for y in range(horizon + 8, height, 36):
        draw.line([(0, y), (width, y)], fill=(60, 110, 150), width=2)
    draw.ellipse([1240, horizon - 250, 1480, horizon - 10], fill=(250, 200, 120))
    quay = horizon + 40
    draw.rectangle([0, quay, width * 45 // 100, quay + 70], fill=(30, 36, 48))
    orange = (232, 163, 61)
    for x in (160, 430, 700):
        draw.rectangle([x, quay - 300, x + 16, quay], fill=orange)  # tower
        draw.rectangle([x - 70, quay - 300, x + 190, quay - 284], fill=orange)  # jib
        draw.line([(x + 8, quay - 340), (x + 190, quay - 292)], fill=orange, width=4)
        draw.line([(x + 8, quay - 340), (x - 70, quay - 292)], fill=orange, width=4)
        draw.line([(x + 170, quay - 284), (x + 170, quay - 150)], fill=(40, 40, 48), width=3)
        draw.rectangle([x + 158, quay - 150, x + 182, quay - 124], fill=(40, 40, 48))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=True)
