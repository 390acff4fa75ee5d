"""How many pixels a picture is prepared at, from its box on screen, its fit and the screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Size = tuple[int, int]
Fit = Literal["cover", "contain"]

SMALL = 0.5
"""A box needing less than this share of the screen-sized picture gets a picture of its own;
a larger one is given the screen-sized picture, which the renderer scales by at most 2."""


@dataclass(frozen=True)
class Target:
    """The upright size to prepare a picture at, and the screen-sized picture it is made from
    (None: made from the file itself)."""

    size: Size
    source: Size | None = None


def scaled(picture: Size, scale: float, *, vector: bool = False) -> Size:
    """`picture` scaled by `scale` (never up, unless it is a `vector` drawing), never of 2
    pixels or fewer: 1x1 and 1x2 are the image provider's marks for a picture it cannot show
    and one still being prepared."""
    scale = scale if vector else min(scale, 1.0)
    size = (max(1, round(picture[0] * scale)), max(1, round(picture[1] * scale)))
    return (max(2, size[0]), max(2, size[1])) if size[0] * size[1] <= 2 else size


def screen_size(picture: Size, screen: Size, *, vector: bool = False) -> Size:
    """The picture at the size that covers the whole screen (a photo at its own size if
    smaller): any box on a slide needs no more, whether the picture covers it or fits inside."""
    return scaled(picture, max(screen[0] / picture[0], screen[1] / picture[1]), vector=vector)


def target_for(picture: Size, box: Size, fit: Fit, screen: Size, *,
               vector: bool = False) -> Target:
    """What to prepare for a picture of upright size `picture` shown in `box` (device pixels,
    after every scale on the way to the screen) on a `screen` (the window, device pixels);
    a `vector` drawing (SVG) may be drawn larger than its nominal size.

    Boxes between half the screen-sized picture and all of it share that one picture, so
    preparing each picture of a slide once per screen readies every layout of it; smaller
    boxes (thumbnails, small portraits) get their own, made from the screen-sized one.
    """
    if min(picture) <= 0 or min(box) <= 0:
        return Target(scaled(picture, 1.0))
    ratios = (box[0] / picture[0], box[1] / picture[1])
    need = max(ratios) if fit == "cover" else min(ratios)
    full = screen_size(picture, screen, vector=vector)
    full_scale = full[0] / picture[0]
    if need > full_scale:  # a box larger than the screen (or a window larger than it was)
        return Target(scaled(picture, need, vector=vector))
    if need >= full_scale * SMALL:
        return Target(full)
    return Target(scaled(picture, need, vector=vector), full)
