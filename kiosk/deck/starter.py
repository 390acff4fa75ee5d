"""`kiosk new DIR`: a working pack to start from: a commented deck.yaml, its pictures and a clip."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from kiosk.deck.json_schema import EDITOR_LINE, FILE_NAME, schema_text
from kiosk.deck.starter_pictures import draw_pictures

REPO_SCHEMA = Path(__file__).resolve().parents[2] / "schema" / FILE_NAME
"""The committed schema of a source checkout (absent from an installed kiosk)."""
VIDEO_FILES = ("sample.mp4", "sample-poster.jpg")
"""The sample clip and its poster, shipped with the kiosk (package data in starter_video/, the
same files as content/showcase/media/, made by tools/make_sample_video.py) and copied into the
pack's videos/ folder."""

DECK = """\
# A starter pack made by `kiosk new`: one slide of each of the ten slide types, in English
# and Chinese, with pictures and a short video. Change it step by step; after each change:
#   kiosk check FOLDER                      (FOLDER: the folder this file is in)
#   kiosk run --windowed --content FOLDER   (Q quits; ? lists the keys)
# The authors' guide (docs/authoring.md in the kiosk's repository) explains every key, and
# the showcase pack (content/showcase) shows every option.
#
# How to read this file: a line "key: value" sets a key; indented lines belong to the key
# above them; "- " starts an item of a list (each slide is one). Indent with spaces, never
# tabs. Text after " #" is a comment, for you only; keys starting with x- are ignored too:
# use them for sources. Texts: "same in every language", or {en: "English", zh: "中文"}.
# Remove a slide by deleting its lines, from its "- type:" to the next one.

format: 1                       # the version of the content format: always 1
title: {en: "My Region", zh: "我的地区"}   # the tour's name (the window title)
languages: [en, zh]             # the first is the language the kiosk starts in

theme:                          # every key is optional
  background: "#0B1F33"         # colours in quotes: "#RRGGBB"
  foreground: "#FFFFFF"         # the text colour
  accent: "#E8A33D"             # figures, bars and the chapter mark
  logo: images/logo.png         # a small picture at the top right of every slide
  # font: "Noto Sans CJK SC"    # a font family with every character you use (see the guide)

kiosk:
  idle_timeout: 90              # seconds without a touch, then back to the first slide
  autoplay: 12                  # seconds per slide when nobody is using the kiosk
  transition: slide             # slide, fade or none
  loop: true                    # after the last slide, go on to the first

chapters:                       # optional parts of the tour, shown at the top left
  - id: region
    title: {en: "My Region", zh: "我的地区"}
  - id: business
    title: {en: "Business", zh: "企业"}

slides:
  # --- title: a large title and subtitle over a picture that fills the screen -----------
  - type: title
    id: welcome                 # a name for the slide: lower-case letters, digits and -
    chapter: region             # this slide and the ones after it belong to this chapter
    title: {en: "Welcome to My Region", zh: "欢迎来到我的地区"}
    subtitle: {en: "Innovation and cooperation", zh: "创新与合作"}
    image: images/harbour.png   # keep the subject in the middle: portrait screens crop it
    notes: {en: "Notes are never shown to visitors.", zh: "备注不会向观众显示。"}

  # --- text: a title, a body in Markdown, and a picture beside them ----------------------
  - type: text
    id: about
    title: {en: "What makes us different", zh: "我们的特色"}
    body:                       # Markdown: **bold**, *italic*, "- " lists, blank lines
      en: |-
        Write **two or three short sentences** here, or a short list:

        - a first point
        - a second point
      zh: |-
        在这里写**两三句简短的话**，或者一个简短的列表：

        - 第一点
        - 第二点
    image: images/harbour.png   # optional
    image_side: right           # left or right

  # --- image: one picture, with a caption and a credit -----------------------------------
  - type: image
    id: harbour
    image: images/harbour.png   # pictures: .jpg .jpeg .png .webp .svg inside this folder
    fit: cover                  # cover fills the screen; contain shows the whole picture
    caption: {en: "A harbour at dawn", zh: "黎明时分的港口"}
    credit: {en: "Picture: drawn by kiosk new", zh: "图片：由 kiosk new 绘制"}

  # --- gallery: several pictures; visitors swipe or tap through them ---------------------
  - type: gallery
    id: harbour-day
    title: {en: "The harbour through the day", zh: "港口的一天"}
    images:                     # at least one; pictures of the same shape look calmest
      - image: images/harbour.png
        caption: {en: "Dawn", zh: "黎明"}
        credit: {en: "Picture: drawn by kiosk new", zh: "图片：由 kiosk new 绘制"}
      - image: images/harbour-day.png
        caption: {en: "Noon", zh: "正午"}   # caption and credit are optional
      - image: images/harbour-night.png
        caption: {en: "Night", zh: "夜晚"}

  # --- map: a map picture with pins; visitors tap a pin to read its text -----------------
  - type: map
    id: map
    title: {en: "Places to visit", zh: "值得一去的地方"}
    image: images/map.png       # shown whole; leave place names out of the picture
    credit: {en: "Map: drawn by kiosk new", zh: "地图：由 kiosk new 绘制"}   # optional
    pins:
      # x and y: shares of the picture's width and height from its left and top edge
      # (0.5, 0.5 is the middle). Read a place's pixel position in an image editor and
      # divide it by the picture's width and height.
      - x: 0.35
        y: 0.73
        label: {en: "The harbour", zh: "港口"}   # always shown: a place name
        text:                   # shown when the pin is tapped: one to three sentences
          en: "Replace this map with your region's, and these pins with its places."
          zh: "把这张地图换成您所在地区的地图，把这些图钉换成当地的地点。"
      - x: 0.55
        y: 0.38
        label: {en: "The hill", zh: "山丘"}
        text: {en: "A pin's text is optional.", zh: "图钉的文字可以不写。"}
      - x: 0.76
        y: 0.30
        label: {en: "The lighthouse", zh: "灯塔"}

  # --- video: a video that plays while its slide is on screen ----------------------------
  - type: video
    id: video
    source: videos/sample.mp4   # .mp4 (H.264) or .webm (VP9); see the guide for how to convert
    poster: videos/sample-poster.jpg   # shown until the video plays, and if it cannot play
    caption: {en: "A sample clip: put your own video here", zh: "示例视频：换成您自己的视频"}
    loop: true                  # start again at the end; false: stop on the poster
    muted: true                 # false plays its sound

  # --- stats: one to six figures that count up when the slide appears --------------------
  - type: stats
    id: numbers
    chapter: business           # the slides from here on are in the second chapter
    title: {en: "In numbers (examples)", zh: "数据（示例）"}
    items:
      - value: 250              # a number, without quotes
        suffix: " km²"          # shown after the number; write the space yourself
        label: {en: "An area", zh: "面积"}
      - value: 6.25             # decimals stay as written: 6.25
        prefix: "$"             # shown before the number
        suffix: {en: " bn", zh: " 十亿"}
        label: {en: "A sum of money", zh: "金额"}
        note: {en: "A short note, such as its source", zh: "简短的说明，例如来源"}
      - value: 1500             # shown as 1,500
        suffix: "+"
        label: {en: "A count", zh: "数量"}

  # --- timeline: dated events in order ----------------------------------------------------
  - type: timeline
    id: history
    title: {en: "Milestones (examples)", zh: "发展历程（示例）"}
    events:                     # three to five read best
      - date: "2015"            # shown exactly as written, in every language
        title: {en: "A first milestone", zh: "第一个里程碑"}
        text: {en: "One sentence about it.", zh: "用一句话介绍它。"}
      - date: "2019-06"
        title: {en: "A second milestone", zh: "第二个里程碑"}
        text: {en: "The text is optional.", zh: "文字可以不写。"}
      - date: "2024"
        title: {en: "A third milestone", zh: "第三个里程碑"}

  # --- profile: a company or a place --------------------------------------------------------
  - type: profile
    id: company
    name: {en: "A Company", zh: "某公司"}
    logo: images/logo.png       # every key but name is optional
    tagline: {en: "What it does, in one line", zh: "用一句话说明它做什么"}
    facts:                      # a label and a value each
      - label: {en: "Based in", zh: "总部"}
        value: {en: "A town", zh: "某城镇"}
      - label: {en: "Known for", zh: "主要产品"}
        value: {en: "Two or three products", zh: "两三种产品"}
    body:
      en: "Two or three sentences about the company, in **Markdown**."
      zh: "用两三句话介绍这家公司，可以使用 **Markdown**。"
    image: images/harbour-day.png
    quote:
      text: {en: "A short quotation from someone at the company.", zh: "公司里某人的一句简短引言。"}
      author: {en: "A Name", zh: "某人"}
      role: {en: "Their role", zh: "职务"}

  # --- quote: a quotation with its author ---------------------------------------------------
  - type: quote
    id: quote
    text:                       # no quotation marks: the kiosk adds them
      en: "Write the words here, up to about 40 of them."
      zh: "在这里写下引言，八十个字以内为宜。"
    author: {en: "A Name", zh: "某人"}
    role: {en: "Their role and organisation", zh: "职务和单位"}   # optional
    image: images/portrait.png  # optional: a portrait or a logo, square suits best
    x-source: "Where the quotation comes from"   # x- keys: notes for you, never shown
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
    pictures = sum(name.startswith("images/") for name in written)
    parts = ["deck.yaml", f"{pictures} pictures in images/", "a video and its poster in videos/"]
    if FILE_NAME in written:
        parts.append(FILE_NAME)
    print(f"kiosk new: wrote {', '.join(parts)} in {folder}", file=out)
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
    """Write deck.yaml, its pictures, the clip and (outside the checkout) the schema; the names
    written."""
    folder.mkdir(parents=True, exist_ok=True)
    reference = schema_reference(folder)
    written = ["deck.yaml"]
    if reference is None:
        reference = FILE_NAME
        (folder / FILE_NAME).write_text(schema_text(), encoding="utf-8")
        written.append(FILE_NAME)
    (folder / "deck.yaml").write_text(f"{EDITOR_LINE}{reference}\n{DECK}", encoding="utf-8")
    written += draw_pictures(folder)
    (folder / "videos").mkdir(exist_ok=True)
    shipped = files("kiosk.deck").joinpath("starter_video")
    for name in VIDEO_FILES:
        (folder / "videos" / name).write_bytes(shipped.joinpath(name).read_bytes())
        written.append(f"videos/{name}")
    return written
