"""The pictures of `kiosk new`'s starter pack, drawn with Pillow: no words, no outside files."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

RGB = tuple[int, int, int]
Point = tuple[float, float]
WIDE = (1920, 1080)
SQUARE = (512, 512)
ORANGE: RGB = (232, 163, 61)
NAVY: RGB = (11, 31, 51)


@dataclass(frozen=True)
class Light:
    """The colours of one time of day over the harbour."""

    sky_top: RGB
    sky_horizon: RGB
    sea_near: RGB
    sea_far: RGB
    sun: RGB
    sun_at: Point  # centre, as shares of the width and of the height above the horizon
    sun_radius: int
    lamps: bool = False  # lit windows and crane lamps, for the night


DAWN = Light((24, 52, 96), (224, 162, 156), (40, 40, 70), (20, 70, 110), (250, 200, 120),
             (0.56, 0.78), 120)
DAY = Light((52, 110, 178), (170, 210, 232), (22, 70, 112), (44, 120, 168), (255, 246, 214),
            (0.64, 0.30), 70)
NIGHT = Light((6, 12, 28), (34, 48, 84), (8, 18, 36), (16, 34, 62), (232, 236, 240),
              (0.80, 0.28), 54, lamps=True)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """The colour a share `t` of the way from `a` to `b`."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def harbour(light: Light) -> Image.Image:
    """A harbour without words: sky, sun or moon, sea, a quay with three cranes (1920x1080).
    The middle third, all a portrait screen shows of a title picture, holds a crane and the sun."""
    width, height = WIDE
    image = Image.new("RGB", WIDE)
    draw = ImageDraw.Draw(image)
    horizon = height * 62 // 100
    for y in range(height):
        if y < horizon:
            colour = mix(light.sky_top, light.sky_horizon, y / horizon)
        else:
            colour = mix(light.sea_far, light.sea_near, (y - horizon) / (height - horizon))
        draw.line([(0, y), (width, y)], fill=colour)
    if light.lamps:
        for k in range(90):  # stars, placed by a fixed rule so every run draws the same
            x, y = (k * 733) % width, (k * 389) % (horizon - 120)
            r = 1 + k % 3
            draw.ellipse([x - r, y - r, x + r, y + r], fill=mix(light.sky_top, (255, 255, 255),
                                                               0.5 + (k % 5) / 10))
    ripple = mix(light.sea_far, light.sun, 0.25)
    for y in range(horizon + 8, height, 36):
        draw.line([(0, y), (width, y)], fill=ripple, width=2)
    cx = width * light.sun_at[0]
    cy = horizon * light.sun_at[1]
    r = light.sun_radius
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=light.sun)
    for k, y in enumerate(range(horizon + 14, height, 36)):  # the sun's path on the water
        half = r * (1.2 - 0.05 * k)
        if half > 8:
            draw.line([(cx - half, y), (cx + half, y)], fill=mix(light.sun, light.sea_far, 0.35),
                      width=4)
    quay = horizon + 40
    draw.rectangle([0, quay, width * 46 // 100, quay + 70], fill=(30, 36, 48))
    steel = (40, 40, 48) if not light.lamps else (70, 76, 96)
    for x in (190, 440, 690):
        draw.rectangle([x, quay - 300, x + 16, quay], fill=ORANGE)  # tower
        draw.rectangle([x - 70, quay - 300, x + 190, quay - 284], fill=ORANGE)  # jib
        draw.line([(x + 8, quay - 340), (x + 190, quay - 292)], fill=ORANGE, width=4)
        draw.line([(x + 8, quay - 340), (x - 70, quay - 292)], fill=ORANGE, width=4)
        draw.line([(x + 170, quay - 284), (x + 170, quay - 150)], fill=steel, width=3)
        draw.rectangle([x + 158, quay - 150, x + 182, quay - 124], fill=steel)
        if light.lamps:
            draw.ellipse([x + 1, quay - 352, x + 15, quay - 338], fill=(255, 90, 70))
    if light.lamps:
        for k in range(24):  # lit windows along the quay
            x = 40 + k * 34
            draw.rectangle([x, quay + 22, x + 14, quay + 34], fill=(255, 214, 140))
    return image


def smooth(draw: Callable[[ImageDraw.ImageDraw, float], None], size: tuple[int, int],
           background: RGB | None) -> Image.Image:
    """Draw at three times `size` and scale down, so curved edges come out smooth."""
    factor = 3
    big = (size[0] * factor, size[1] * factor)
    mode = "RGB" if background is not None else "RGBA"
    image = Image.new(mode, big, background or (0, 0, 0, 0))
    draw(ImageDraw.Draw(image), factor)
    return image.resize(size, Image.Resampling.LANCZOS)


# The island of the starter map, as shares of the picture's width and height (clockwise).
ISLAND: Sequence[Point] = (
    (0.20, 0.42), (0.27, 0.26), (0.38, 0.18), (0.50, 0.20), (0.58, 0.14), (0.70, 0.18),
    (0.78, 0.30), (0.76, 0.44), (0.82, 0.56), (0.78, 0.70), (0.66, 0.80), (0.54, 0.78),
    (0.46, 0.86), (0.34, 0.82), (0.26, 0.70), (0.22, 0.56),
)
MAP_PLACES: dict[str, Point] = {"harbour": (0.35, 0.73), "hill": (0.55, 0.38),
                                "lighthouse": (0.76, 0.30)}
"""Where the starter deck's pins stand on the map (x, y as shares), on land."""


def catmull_rom(p0: float, p1: float, p2: float, p3: float, t: float) -> float:
    """One coordinate of a Catmull-Rom curve from p1 (t = 0) to p2 (t = 1)."""
    return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t
                  + (3 * p1 - p0 - 3 * p2 + p3) * t ** 3)


def curve(points: Sequence[Point], steps: int = 12) -> list[Point]:
    """A closed smooth curve through `points`, as many short straight steps."""
    out: list[Point] = []
    n = len(points)
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        for s in range(steps):
            t = s / steps
            out.append((catmull_rom(p0[0], p1[0], p2[0], p3[0], t),
                        catmull_rom(p0[1], p1[1], p2[1], p3[1], t)))
    return out


def island_map() -> Image.Image:
    """An imaginary island in a dark sea, with contour rings and a river; no names (1920x1080)."""
    width, height = WIDE
    sea = (16, 44, 72)

    def draw_map(draw: ImageDraw.ImageDraw, k: float) -> None:
        w, h = width * k, height * k
        for y in range(0, int(h), int(60 * k)):  # a faint grid of latitude lines
            draw.line([(0, y), (w, y)], fill=(22, 54, 86), width=int(2 * k))
        for x in range(0, int(w), int(60 * k)):
            draw.line([(x, 0), (x, h)], fill=(22, 54, 86), width=int(2 * k))
        outline = [(x * w, y * h) for x, y in curve(ISLAND)]
        shore = [(x * w, y * h + 6 * k) for x, y in curve(ISLAND)]
        draw.polygon(shore, fill=(52, 96, 120))
        draw.polygon(outline, fill=(44, 78, 70))
        cx, cy = MAP_PLACES["hill"]
        for ring, colour in ((0.15, (58, 96, 76)), (0.09, (76, 114, 84)), (0.04, (98, 132, 92))):
            draw.ellipse([(cx - ring * 0.56) * w, (cy - ring) * h, (cx + ring * 0.56) * w,
                          (cy + ring) * h], fill=colour)
        river = [(cx * w, (cy + 0.05) * h), (0.50 * w, 0.52 * h), (0.44 * w, 0.62 * h),
                 (0.37 * w, 0.70 * h), (0.34 * w, 0.80 * h)]
        draw.line(river, fill=(70, 130, 170), width=int(7 * k), joint="curve")

    return smooth(draw_map, WIDE, sea)


def logo() -> Image.Image:
    """A round emblem, a sun over two waves, on a clear ground (512x512 PNG)."""

    def draw_logo(draw: ImageDraw.ImageDraw, k: float) -> None:
        s = 512 * k
        draw.ellipse([8 * k, 8 * k, s - 8 * k, s - 8 * k], fill=NAVY, outline=ORANGE,
                     width=int(22 * k))
        draw.ellipse([s * 0.34, s * 0.24, s * 0.66, s * 0.56], fill=ORANGE)
        for row, y in enumerate((0.62, 0.74)):
            points = [(s * (0.16 + 0.68 * i / 40),
                       s * y + s * 0.025 * math.sin(i / 40 * 4 * math.pi + row))
                      for i in range(41)]
            draw.line(points, fill=(244, 246, 248), width=int(18 * k), joint="curve")

    return smooth(draw_logo, SQUARE, None)


def portrait() -> Image.Image:
    """A placeholder portrait: head and shoulders in a circle, no face (512x512 PNG)."""

    def draw_portrait(draw: ImageDraw.ImageDraw, k: float) -> None:
        s = 512 * k
        draw.ellipse([0, 0, s, s], fill=(29, 78, 122))
        draw.ellipse([s * 0.34, s * 0.18, s * 0.66, s * 0.52], fill=(244, 246, 248))
        draw.pieslice([s * 0.16, s * 0.60, s * 0.84, s * 1.40], 180, 360, fill=(244, 246, 248))
        draw.ellipse([0, 0, s, s], outline=ORANGE, width=int(14 * k))

    image = smooth(draw_portrait, SQUARE, None)
    circle = Image.new("L", (SQUARE[0] * 3, SQUARE[1] * 3), 0)
    ImageDraw.Draw(circle).ellipse([0, 0, SQUARE[0] * 3, SQUARE[1] * 3], fill=255)
    image.putalpha(circle.resize(SQUARE, Image.Resampling.LANCZOS))
    return image


PICTURES: dict[str, Callable[[], Image.Image]] = {
    "images/harbour.png": lambda: harbour(DAWN),
    "images/harbour-day.png": lambda: harbour(DAY),
    "images/harbour-night.png": lambda: harbour(NIGHT),
    "images/map.png": island_map,
    "images/logo.png": logo,
    "images/portrait.png": portrait,
}
"""Every picture of the starter pack, by its path in the pack."""


def draw_pictures(folder: Path) -> list[str]:
    """Draw every picture into `folder`; their paths in the pack."""
    for name, make in PICTURES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        make().save(path, optimize=True)
    return list(PICTURES)
