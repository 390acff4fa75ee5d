"""The showcase pack's pictures: emblems, a slide's plan, a landscape, four seasons, a map."""

from __future__ import annotations

import math
from collections.abc import Sequence

from pictures.svg import (
    BLUE,
    GOLD,
    LIGHT,
    NAVY,
    NAVY_2,
    TEAL,
    Point,
    circle,
    f,
    line,
    linear,
    panel_background,
    path,
    poly,
    radial,
    rect,
    smooth,
    wave_points,
)
from pictures.svg import document as svg_document

CORAL = "#E8705A"
PINK = "#F2A7B8"
GREEN = "#4FA36B"
LEAF = "#2F7D4F"
BARK = "#3A2E2A"
SNOW = "#E9EEF3"
MADE_BY = "tools/make_showcase.py"

# Where the map's pins stand (x, y as shares of the picture), all on land; the deck copies them.
MAP_PLACES: dict[str, Point] = {
    "harbour": (0.3125, 0.6574),
    "lake": (0.4792, 0.4537),
    "summit": (0.5990, 0.3426),
    "islet": (0.8073, 0.7130),
}
MAP_SIZE = (1920, 1080)


def document(width: int, height: int, defs: Sequence[str], body: Sequence[str],
             title: str) -> str:
    return svg_document(width, height, defs, body, title, made_by=MADE_BY)


def closed_smooth(points: Sequence[Point]) -> str:
    """Path data for a smooth closed curve through `points` (Catmull-Rom as cubic Béziers)."""
    n = len(points)
    d = f"M{f(points[0][0])} {f(points[0][1])}"
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += f" C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}"
    return d + "Z"


def scaled(points: Sequence[Point], cx: float, cy: float, k: float) -> list[Point]:
    """`points` scaled by `k` about (cx, cy): the rings of a contour map."""
    return [(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in points]


def card(x: float, y: float, w: float, h: float, fill: str = NAVY_2, **kw: object) -> str:
    """A rounded card, the shape of a slide or a page."""
    return rect(x, y, w, h, rx=f(min(w, h) * 0.06), fill=fill, **kw)


def bars(x: float, y: float, widths: Sequence[float], step: float, height: float,
         colour: str = LIGHT, opacity: float = 0.55) -> list[str]:
    """Lines of text drawn as rounded bars (no letters: the pictures serve every language)."""
    return [rect(x, y + i * step, w, height, rx=f(height / 2), fill=colour,
                 fill_opacity=f"{opacity:.2f}") for i, w in enumerate(widths)]


def hills(x: float, y: float, w: float, h: float) -> list[str]:
    """A tiny landscape (sun and two hills) in a box: a picture inside a picture."""
    return [
        rect(x, y, w, h, fill=BLUE),
        circle(x + w * 0.68, y + h * 0.36, h * 0.16, fill=GOLD),
        path(poly([(x, y + h), (x, y + h * 0.7), (x + w * 0.3, y + h * 0.42),
                   (x + w * 0.62, y + h * 0.78), (x + w * 0.62, y + h)]), fill=TEAL),
        path(poly([(x + w * 0.4, y + h), (x + w * 0.76, y + h * 0.58), (x + w, y + h * 0.8),
                   (x + w, y + h)]), fill="#1F8577"),
    ]


# --- emblems ---------------------------------------------------------------------------


def logo() -> str:
    """Four tiles in a teal ring: slides of different kinds, the pack's mark (square)."""
    s, c = 512, 256
    defs = [linear("disc", [(0, BLUE, 1), (1, NAVY, 1)])]
    body = [circle(c, c, 236, fill="url(#disc)"),
            circle(c, c, 226, fill="none", stroke=TEAL, stroke_width=20)]
    size, gap = 104, 18
    colours = [GOLD, TEAL, CORAL, LIGHT]
    for i, colour in enumerate(colours):
        x = c - size - gap / 2 + (i % 2) * (size + gap)
        y = c - size - gap / 2 + (i // 2) * (size + gap)
        body.append(rect(x, y, size, size, rx=18, fill=colour))
    return document(s, s, defs, body, "Showcase logo: four tiles in a ring")


def guide() -> str:
    """An open book in a ring: the authors' guide, the quote slide's picture (square)."""
    s, c = 512, 256
    defs = [linear("disc", [(0, BLUE, 1), (1, NAVY, 1)])]
    body = [circle(c, c, 236, fill="url(#disc)"),
            circle(c, c, 226, fill="none", stroke=GOLD, stroke_width=16)]
    for side in (-1, 1):
        outer = c + side * 150
        page = [(c, 180), (outer, 150), (outer, 350), (c, 380)]
        body.append(path(poly(page), fill=LIGHT))
        for k in range(5):  # lines of text as strokes that follow the page's slant
            y = 210 + k * 34
            inner, outer_end = 24, 118 - (40 if k == 4 else 0)
            body.append(line(c + side * inner, y - 30 * inner / 150, c + side * outer_end,
                             y - 30 * outer_end / 150, stroke=BLUE, stroke_width=8,
                             stroke_linecap="round", stroke_opacity="0.55"))
    body.append(line(c, 180, c, 380, stroke=NAVY, stroke_width=6))
    body.append(path(poly([(c + 40, 168), (c + 70, 168), (c + 70, 250), (c + 55, 232),
                           (c + 40, 250)]), fill=CORAL))
    return document(s, s, defs, body, "An open book with a ribbon")


def folder() -> str:
    """A folder with a picture card peeking out: a content pack, the profile's logo (square)."""
    s = 512
    defs = [linear("front", [(0, "#F3C46F", 1), (1, GOLD, 1)])]
    body = [
        path(poly([(56, 120), (206, 120), (240, 156), (456, 156), (456, 420), (56, 420)]),
             fill="#B97E25"),
        card(96, 110, 320, 220, fill=LIGHT),
        *hills(118, 132, 276, 176),
        path(poly([(40, 214), (472, 214), (444, 436), (68, 436)]), fill="url(#front)"),
        rect(180, 300, 152, 18, rx=9, fill=NAVY, fill_opacity="0.35"),
    ]
    return document(s, s, defs, body, "A folder holding a picture")


# --- big pictures ----------------------------------------------------------------------


def title_background() -> str:
    """A fan of slides over a dark glow, its interest in the centre column (16:9)."""
    w, h = 1920, 1080
    defs, body = panel_background(w, h, (1080, 520))
    defs.append(radial("halo", 1080, 560, 620, [(0, GOLD, 0.22), (0.6, GOLD, 0.05),
                                                (1, GOLD, 0)]))
    body.append(rect(0, 0, w, h, fill="url(#halo)"))
    cw, ch = 400, 225
    pivot = (1160, 1900)
    kinds = ["picture", "bars", "figures", "pin", "quote"]
    for i, kind in enumerate(kinds):
        angle = -24 + i * 12
        x, y = pivot[0] - cw / 2, pivot[1] - 1540
        inner = [card(x, y, cw, ch, fill=NAVY_2, stroke=LIGHT, stroke_opacity="0.35",
                      stroke_width=3)]
        if kind == "picture":
            inner += hills(x + 24, y + 24, cw - 48, ch - 48)
        elif kind == "bars":
            inner += [rect(x + 28, y + 30, 200, 22, rx=11, fill=LIGHT),
                      rect(x + 28, y + 64, 60, 6, rx=3, fill=GOLD)]
            inner += bars(x + 28, y + 92, [340, 300, 320, 180], 30, 12)
        elif kind == "figures":
            for k in range(3):
                inner.append(rect(x + 28 + k * 124, y + 60, 108, 120, rx=8, fill=LIGHT,
                                  fill_opacity="0.08"))
                inner.append(rect(x + 40 + k * 124, y + 80, 70, 30, rx=6, fill=GOLD))
                inner += bars(x + 40 + k * 124, y + 128, [80, 56], 22, 10)
        elif kind == "pin":
            inner.append(rect(x + 24, y + 24, cw - 48, ch - 48, fill=BLUE, fill_opacity="0.6"))
            island = [(x + 90, y + 150), (x + 150, y + 70), (x + 270, y + 60), (x + 340, y + 120),
                      (x + 300, y + 180), (x + 170, y + 190)]
            inner.append(path(closed_smooth(island), fill=TEAL, fill_opacity="0.8"))
            inner.append(circle(x + 230, y + 112, 16, fill=GOLD, stroke=NAVY, stroke_width=5))
        else:
            inner.append(circle(x + 60, y + 84, 20, fill=GOLD))
            inner.append(circle(x + 108, y + 84, 20, fill=GOLD))
            inner += bars(x + 44, y + 130, [320, 260], 34, 16, opacity=0.8)
        # Faint, so the title written over them on the left stays easy to read.
        body.append(f'<g transform="rotate({angle} {pivot[0]} {pivot[1]})" opacity="0.5">')
        body += inner
        body.append("</g>")
    for k in range(3):  # calm waves along the bottom, as in the kiosk's own colours
        pts = wave_points(0, w, 930 + k * 44, 10 + k * 3, 520 - k * 60, k * 1.3, 32)
        body.append(path(smooth(pts), fill="none", stroke=TEAL, stroke_width=3,
                         stroke_opacity=f"{0.25 - k * 0.06:.2f}"))
    return document(w, h, defs, body, "A fan of five slides over a dark glow")


def page() -> str:
    """A page: a title bar, a picture, a list with bullets (4:3, subject in the middle)."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 420))
    x, y, cw, ch = 330, 150, 540, 620
    body.append(card(x + 18, y + 22, cw, ch, fill=NAVY, fill_opacity="0.6"))
    body.append(card(x, y, cw, ch, fill="#1A3A5C", stroke=LIGHT, stroke_opacity="0.3",
                     stroke_width=3))
    body.append(rect(x + 44, y + 44, 300, 34, rx=17, fill=LIGHT))
    body.append(rect(x + 44, y + 98, 80, 10, rx=5, fill=GOLD))
    body += hills(x + 44, y + 140, cw - 88, 200)
    for k, width in enumerate((360, 300, 390)):
        top = y + 384 + k * 64
        body.append(circle(x + 58, top + 11, 9, fill=TEAL))
        body.append(rect(x + 84, top, width, 22, rx=11, fill=LIGHT, fill_opacity="0.55"))
    return document(w, h, defs, body, "A page with a title, a picture and a list")


def landscape() -> str:
    """Mountains over a lake at dusk, filling the frame (16:9), for fit: cover."""
    w, h = 1920, 1080
    defs = [
        linear("sky", [(0, NAVY, 1), (0.5, "#2A4E78", 1), (0.82, CORAL, 1), (1, "#F3B36B", 1)]),
        linear("lake", [(0, "#3B5D80", 1), (1, NAVY, 1)]),
        radial("sun", 1056, 420, 460, [(0, GOLD, 0.55), (1, GOLD, 0)]),
    ]
    horizon = 700
    body = [rect(0, 0, w, horizon, fill="url(#sky)"), rect(0, 0, w, horizon, fill="url(#sun)"),
            circle(1056, 400, 70, fill="#FBD38A")]
    ridges = [
        ([(0, 520), (220, 430), (420, 500), (640, 360), (860, 470), (1080, 400), (1300, 480),
          (1520, 350), (1740, 450), (1920, 400)], "#5A4E78"),
        ([(0, 600), (260, 520), (520, 590), (760, 500), (980, 600), (1240, 540), (1480, 610),
          (1700, 520), (1920, 580)], "#3C3F66"),
        ([(0, 660), (300, 610), (600, 680), (900, 640), (1200, 690), (1500, 630),
          (1920, 670)], "#23304F"),
    ]
    for points, colour in ridges:
        body.append(path(smooth(points) + f" L{w} {horizon} L0 {horizon}Z", fill=colour))
    body.append(rect(0, horizon, w, h - horizon, fill="url(#lake)"))
    for k in range(10):  # the sun's path on the water
        y = horizon + 20 + k * 34
        half = 150 - k * 11
        body.append(line(1056 - half, y, 1056 + half, y, stroke="#FBD38A", stroke_width=5,
                         stroke_opacity=f"{0.7 - k * 0.06:.2f}", stroke_linecap="round"))
    for k in range(6):
        y = horizon + 40 + k * 58
        body.append(line(0, y, w, y, stroke=LIGHT, stroke_width=2, stroke_opacity="0.06"))
    body.append(path(poly([(0, h), (0, 930), (260, 900), (520, 960), (700, h)]), fill=NAVY))
    return document(w, h, defs, body, "Mountains over a lake at dusk")


def anatomy() -> str:
    """The plan of a slide: the top and bottom bands kept for the kiosk, the content between
    (16:9 with a margin), for fit: contain, whose edges matter."""
    w, h = 1760, 1040
    sx, sy, sw, sh = 80, 70, 1600, 900
    u = sh / 1080  # one pixel of a 1920x1080 slide
    defs = [linear("screen", [(0, "#10243A", 1), (1, NAVY, 1)])]
    body = [
        card(sx - 26, sy - 26, sw + 52, sh + 52, fill="#22344C"),
        rect(sx, sy, sw, sh, fill="url(#screen)"),
        # the two bands the kiosk keeps: chapter and logo at the top, controls at the bottom
        rect(sx, sy, sw, 120 * u, fill=TEAL, fill_opacity="0.14"),
        rect(sx, sy + sh - 130 * u, sw, 130 * u, fill=TEAL, fill_opacity="0.14"),
        line(sx, sy + 120 * u, sx + sw, sy + 120 * u, stroke=TEAL, stroke_width=3,
             stroke_opacity="0.7"),
        line(sx, sy + sh - 130 * u, sx + sw, sy + sh - 130 * u, stroke=TEAL, stroke_width=3,
             stroke_opacity="0.7"),
        rect(sx + 112 * u, sy + 54 * u, 6 * u, 24 * u, fill=GOLD),
        rect(sx + 132 * u, sy + 58 * u, 160 * u, 16 * u, rx=f(8 * u), fill=LIGHT,
             fill_opacity="0.75"),
        circle(sx + sw - 126 * u, sy + 66 * u, 28 * u, fill="none", stroke=GOLD,
               stroke_width=4),
        # the content: a title, its bar, lines of text and a picture
        rect(sx + 112 * u, sy + 170 * u, 760 * u, 64 * u, rx=f(32 * u), fill=LIGHT),
        rect(sx + 112 * u, sy + 268 * u, 96 * u, 8 * u, fill=GOLD),
        *bars(sx + 112 * u, sy + 318 * u, [820 * u, 760 * u, 800 * u, 540 * u], 52 * u,
              22 * u),
        *hills(sx + 1130 * u, sy + 170 * u, 678 * u, 580 * u),
    ]
    # the controls: four round buttons, the progress bar, the language pill, the next button
    by = sy + sh - 65 * u
    for k in range(4):
        body.append(circle(sx + (150 + k * 90) * u, by, 37 * u, fill=LIGHT, fill_opacity="0.1",
                           stroke=LIGHT, stroke_opacity="0.3", stroke_width=2))
    body.append(line(sx + 490 * u, by, sx + 1480 * u, by, stroke=LIGHT, stroke_width=4,
                     stroke_opacity="0.25"))
    body.append(line(sx + 490 * u, by, sx + 900 * u, by, stroke=GOLD, stroke_width=4))
    body.append(rect(sx + 1590 * u, by - 37 * u, 130 * u, 74 * u, rx=f(37 * u), fill=LIGHT,
                     fill_opacity="0.1", stroke=LIGHT, stroke_opacity="0.3", stroke_width=2))
    body.append(circle(sx + sw - 150 * u, by, 37 * u, fill=GOLD))
    return document(w, h, defs, body, "The plan of a slide")


def pack_contents() -> str:
    """An open folder with a picture, a video and a page above it: a content pack (4:3)."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 440))
    defs.append(linear("front", [(0, "#F3C46F", 1), (1, GOLD, 1)]))
    body.append(path(poly([(330, 470), (480, 470), (510, 500), (870, 500), (870, 720),
                           (330, 720)]), fill="#B97E25"))
    items = [(-14, 300, 180, "picture"), (0, 480, 150, "page"), (12, 660, 190, "video")]
    for angle, x, y, kind in items:
        cw, ch = 240, 300 if kind == "page" else 180
        body.append(f'<g transform="rotate({angle} {x + cw / 2} {y + ch / 2})">')
        body.append(card(x, y, cw, ch, fill=LIGHT))
        if kind == "picture":
            body += hills(x + 16, y + 16, cw - 32, ch - 32)
        elif kind == "video":
            body.append(rect(x + 16, y + 16, cw - 32, ch - 32, fill=NAVY_2))
            body.append(path(poly([(x + 100, y + 56), (x + 150, y + 90), (x + 100, y + 124)]),
                             fill=TEAL))
        else:
            body.append(rect(x + 24, y + 28, 150, 18, rx=9, fill=NAVY))
            body += bars(x + 24, y + 70, [190, 160, 180, 120, 170, 140], 30, 10, colour=BLUE,
                         opacity=0.6)
        body.append("</g>")
    body.append(path(poly([(300, 560), (900, 560), (872, 760), (328, 760)]),
                     fill="url(#front)"))
    return document(w, h, defs, body, "An open folder with a picture, a page and a video")


def background() -> str:
    """A quiet ground for text: dark, with faint rings at the right and a field of dots (16:9)."""
    w, h = 1920, 1080
    defs = [linear("bg", [(0, "#132B45", 1), (1, "#0B1626", 1)], x2=1, y2=1),
            radial("glow", 1500, 300, 900, [(0, TEAL, 0.16), (1, TEAL, 0)])]
    body = [rect(0, 0, w, h, fill="url(#bg)"), rect(0, 0, w, h, fill="url(#glow)")]
    for k in range(7):
        body.append(circle(1560, 260, 140 + k * 110, fill="none", stroke=LIGHT, stroke_width=2,
                           stroke_opacity=f"{0.07 - k * 0.007:.3f}"))
    body.append(f'<g fill="{LIGHT}" fill-opacity="0.05">')
    body += [circle(x, y, 3) for x in range(60, w, 80) for y in range(60, h, 80)]
    body.append("</g>")
    return document(w, h, defs, body, "A quiet ground of rings and dots")


# --- the four seasons (the gallery) ----------------------------------------------------


def season(name: str) -> str:
    """The same tree in one season (4:3): the gallery's pictures share one shape and frame."""
    w, h = 1200, 900
    skies = {"spring": ("#7FB6E0", "#D9ECF7"), "summer": ("#3F8FD0", "#A9D6F2"),
             "autumn": ("#5E6FA8", "#F0B48A"), "winter": ("#5C7390", "#D5DEE8")}
    grounds = {"spring": "#7CBF6A", "summer": "#4F9A4F", "autumn": "#A8833F",
               "winter": SNOW}
    top, bottom = skies[name]
    defs = [linear("sky", [(0, top, 1), (1, bottom, 1)])]
    body = [rect(0, 0, w, h, fill="url(#sky)")]
    sun = {"spring": (900, 200, "#FFF1B8"), "summer": (930, 170, "#FFE27A"),
           "autumn": (300, 260, "#F7B45C"), "winter": (880, 230, "#F4F6F8")}[name]
    body.append(circle(sun[0], sun[1], 70, fill=sun[2]))
    body.append(path(smooth([(0, 700), (300, 660), (600, 690), (900, 650), (1200, 680)])
                     + f" L{w} {h} L0 {h}Z", fill=grounds[name]))
    # trunk and branches
    body.append(path(poly([(570, 720), (585, 470), (615, 470), (630, 720)]), fill=BARK))
    for x0, y0, x1, y1 in ((600, 520, 470, 380), (600, 500, 740, 360), (600, 470, 600, 300),
                           (520, 430, 430, 400), (690, 410, 790, 390)):
        body.append(line(x0, y0, x1, y1, stroke=BARK, stroke_width=18 if y0 > 480 else 11,
                         stroke_linecap="round"))
    crown = [(600, 330, 150), (470, 390, 110), (740, 380, 115), (540, 280, 100),
             (670, 270, 105), (600, 420, 120)]
    if name in ("spring", "summer", "autumn"):
        colour = {"spring": "#9ED08A", "summer": LEAF, "autumn": "#D9822B"}[name]
        body += [circle(x, y, r, fill=colour, fill_opacity="0.92") for x, y, r in crown]
        accents = {"spring": PINK, "summer": GREEN, "autumn": GOLD}[name]
        for k in range(26):  # blossoms, lighter leaves or golden leaves, at fixed places
            a = k * 2.39996
            r = 40 + (k * 37) % 150
            body.append(circle(600 + r * math.cos(a), 350 + 0.7 * r * math.sin(a),
                               14 + k % 3 * 4, fill=accents))
    if name == "autumn":
        for k in range(14):  # fallen leaves
            body.append(circle(380 + (k * 97) % 460, 730 + (k * 31) % 60, 9, fill=CORAL))
    if name == "winter":
        for x, y, r in crown:  # bare twigs where the crown was
            tip = (x + (x - 600) * 0.3, y - r * 0.55)
            body.append(line(600, 470, tip[0], tip[1], stroke=BARK, stroke_width=6,
                             stroke_linecap="round"))
            body.append(line((600 + tip[0]) / 2, (470 + tip[1]) / 2, tip[0] - 40, tip[1] + 10,
                             stroke=BARK, stroke_width=4, stroke_linecap="round"))
        for k in range(60):
            body.append(circle((k * 211) % w, (k * 137) % 680, 4 + k % 3, fill=SNOW,
                               fill_opacity="0.8"))
    return document(w, h, defs, body, f"A tree in {name}")


# --- the map ---------------------------------------------------------------------------


MAIN_ISLAND: Sequence[Point] = (
    (300, 720), (250, 560), (330, 420), (470, 330), (600, 250), (760, 230), (900, 300),
    (1080, 280), (1260, 330), (1390, 450), (1360, 580), (1220, 660), (1060, 760),
    (880, 820), (700, 800), (520, 830), (380, 800),
)
ISLET: Sequence[Point] = ((1480, 700), (1600, 650), (1700, 720), (1640, 820), (1510, 810))


def island_map() -> str:
    """An imaginary island and an islet in a dark sea, with contours, a lake and a river; no
    names, which the pins carry (16:9). The places of MAP_PLACES are on land."""
    w, h = MAP_SIZE
    defs = [radial("sea", 860, 520, 1100, [(0, "#17395C", 1), (1, "#0B1A2E", 1)])]
    body = [rect(0, 0, w, h, fill="url(#sea)")]
    body.append(f'<g stroke="{LIGHT}" stroke-width="1" stroke-opacity="0.06">')
    body += [line(x, 0, x, h) for x in range(0, w, 96)]
    body += [line(0, y, w, y) for y in range(0, h, 96)]
    body.append("</g>")
    for shape in (MAIN_ISLAND, ISLET):
        body.append(path(closed_smooth(shape), fill="none", stroke=TEAL, stroke_width=14,
                         stroke_opacity="0.18"))
        body.append(path(closed_smooth(shape), fill="#2F5A4A"))
    summit = (MAP_PLACES["summit"][0] * w, MAP_PLACES["summit"][1] * h)
    for k, colour in ((0.62, "#3D6B52"), (0.40, "#4F7D5A"), (0.20, "#688F63")):
        ring = scaled(MAIN_ISLAND, summit[0], summit[1], k)
        body.append(path(closed_smooth(ring), fill=colour))
    islet_top = (1600, 735)
    body.append(path(closed_smooth(scaled(ISLET, *islet_top, 0.5)), fill="#3D6B52"))
    lake = (MAP_PLACES["lake"][0] * w, MAP_PLACES["lake"][1] * h)
    body.append(path(closed_smooth([(lake[0] - 90, lake[1]), (lake[0] - 20, lake[1] - 50),
                                    (lake[0] + 80, lake[1] - 30), (lake[0] + 70, lake[1] + 40),
                                    (lake[0] - 30, lake[1] + 50)]), fill="#3C7DB0"))
    harbour = (MAP_PLACES["harbour"][0] * w, MAP_PLACES["harbour"][1] * h)
    river = [(lake[0] - 60, lake[1] + 30), (lake[0] - 160, lake[1] + 110),
             (harbour[0] + 90, harbour[1] - 10), (harbour[0] - 10, harbour[1] + 90)]
    body.append(path(smooth(river), fill="none", stroke="#3C7DB0", stroke_width=10,
                     stroke_linecap="round"))
    return document(w, h, defs, body, "An imaginary island with a lake, a summit and an islet")
