"""What the benchmarks run on, generated into a folder: 24-megapixel photos, packs, a big deck."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image

PHOTO_SIZE = (6000, 4000)
"""24 megapixels, a camera's 3:2."""


def make_photo(path: Path, size: tuple[int, int] = PHOTO_SIZE) -> Path:
    """A photo-like JPEG: smooth shapes, gradients and grain, so it compresses and decodes as a
    detailed photograph does (about 2.5 bits a pixel at quality 90), not as flat colour."""
    width, height = size
    shapes = Image.effect_mandelbrot((width // 8, height // 8), (-2.2, -1.2, 1.0, 1.2), 60)
    red = shapes.resize(size, Image.Resampling.BICUBIC)
    green = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    blue = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    grain = Image.effect_noise(size, 40)
    photo = Image.merge("RGB", (Image.blend(red, grain, 0.3), Image.blend(green, grain, 0.2),
                                blue))
    photo.save(path, format="JPEG", quality=90)
    return path


def copy_as_another_file(photo: Path, path: Path, number: int) -> Path:
    """`photo` with a comment naming `number` after its first marker: other bytes (another
    picture to the kiosk and its cache), the same pixels and decoding cost."""
    data = photo.read_bytes()
    comment = f"bench copy {number}".encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    path.write_bytes(data[:2] + segment + data[2:])
    return path


def photo_pack(folder: Path, photo: Path, slides: int, *, transition: str) -> Path:
    """A pack of `slides` image slides, each a different 24-megapixel JPEG covering the screen."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(slides):
        name = f"images/photo-{number:03d}.jpg"
        copy_as_another_file(photo, folder / name, number)
        lines.append(f"  - {{type: image, image: {name}, caption: Photo {number + 1}}}")
    (folder / "deck.yaml").write_text(
        "format: 1\ntitle: Photos\n"
        f"kiosk: {{transition: {transition}, idle_timeout: 3600}}\nslides:\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    return folder


SLIDE_KINDS = (
    "  - type: title\n    id: s{n}\n    title: {{en: Welcome {n}, zh: 欢迎 {n}}}\n"
    "    subtitle: {{en: A region on the coast, zh: 沿海地区}}\n    image: images/a.png\n",
    "  - type: text\n    title: {{en: Text {n}, zh: 文字 {n}}}\n"
    "    body:\n      en: |\n        Some **bold** words and a list:\n\n"
    "        - one\n        - two\n      zh: 一些文字\n",
    "  - type: stats\n    title: Numbers {n}\n    items:\n"
    "      - {{value: 6.24, label: {{en: GDP, zh: 生产总值}}, suffix: \" trillion\"}}\n"
    "      - {{value: 40.0, label: Ports}}\n      - {{value: {n}, label: Slides}}\n",
    "  - type: timeline\n    title: Years {n}\n    events:\n"
    "      - {{date: 2011-04-21, title: {{en: Opened, zh: 开放}}}}\n"
    "      - {{date: 1898, title: Founded}}\n",
    "  - type: quote\n    text: {{en: \"Quality first, number {n}\", zh: 质量第一}}\n"
    "    author: Someone\n",
    "  - type: image\n    image: images/b.png\n    caption: {{en: Picture {n}, zh: 图片 {n}}}\n",
)


def big_deck(folder: Path, slides: int = 500) -> Path:
    """A pack of `slides` slides of six kinds, in two languages, with two small pictures."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 400), (30, 90, 160)).save(folder / "images/a.png")
    Image.new("RGB", (640, 400), (160, 90, 30)).save(folder / "images/b.png")
    body = "".join(SLIDE_KINDS[n % len(SLIDE_KINDS)].format(n=n) for n in range(slides))
    (folder / "deck.yaml").write_text(
        "format: 1\ntitle: {en: A big deck, zh: 大演示}\nlanguages: [en, zh]\nslides:\n" + body,
        encoding="utf-8")
    return folder


def fresh(folder: Path) -> Path:
    """An empty folder at `folder` (emptied if it was there)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def soak_pack(folder: Path, photo: Path) -> Path:
    """Twelve slides, no transitions: four 24-megapixel photos among eight slides of text,
    numbers, dates and quotes, so a long run cycles through every kind of thing shown."""
    big_deck(folder, 8)
    deck = (folder / "deck.yaml").read_text(encoding="utf-8")
    photos = []
    for number in range(4):
        name = f"images/photo-{number}.jpg"
        copy_as_another_file(photo, folder / name, number)
        photos.append(f"  - {{type: image, image: {name}, caption: Photo {number + 1}}}\n")
    deck = deck.replace("slides:\n", "kiosk: {transition: none, idle_timeout: 3600}\nslides:\n"
                        + "".join(photos), 1)
    (folder / "deck.yaml").write_text(deck, encoding="utf-8")
    return folder


def tour_without_transitions(source: Path, folder: Path) -> Path:
    """A copy of a pack (the default tour) with `transition: none` and no idle timeout."""
    shutil.copytree(source, folder)
    deck = (folder / "deck.yaml").read_text(encoding="utf-8")
    deck = deck.replace("transition: slide", "transition: none")
    deck = deck.replace("idle_timeout: 90", "idle_timeout: 3600")
    (folder / "deck.yaml").write_text(deck, encoding="utf-8")
    return folder
