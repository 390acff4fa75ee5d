"""Draw the illustrations of the Shandong content pack as SVG files (SVG Tiny 1.2).

Every picture is flat and geometric, in the pack's palette, without any words or letters
(the tour is shown in two languages). Only shapes, paths, linear and radial gradients and
opacity are used, so Qt's SVG renderer draws them exactly as a browser does.

    python tools/make_pictures.py            # writes content/shandong/images/*.svg
    python tools/make_pictures.py --out DIR  # writes them somewhere else

The map (map-shandong.svg) is not drawn here: tools/render_map.py makes it.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "content" / "shandong" / "images"

# The palette of the pack.
NAVY = "#0A1A2F"
NAVY_2 = "#12304F"
BLUE = "#1D4E7A"
GOLD = "#E8A33D"
TEAL = "#2BB5A5"
LIGHT = "#F4F6F8"

Point = tuple[float, float]


# --- small SVG helpers -------------------------------------------------------------------


def f(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing '.0'."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def attrs(**kwargs: object) -> str:
    """SVG attributes from keyword arguments (fill_opacity -> fill-opacity)."""
    parts = []
    for key, value in kwargs.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        text = f(value) if isinstance(value, float) else str(value)
        parts.append(f'{name}="{text}"')
    return " ".join(parts)


def rect(x: float, y: float, w: float, h: float, **kw: object) -> str:
    return f"<rect {attrs(x=float(x), y=float(y), width=float(w), height=float(h), **kw)}/>"


def circle(cx: float, cy: float, r: float, **kw: object) -> str:
    return f"<circle {attrs(cx=float(cx), cy=float(cy), r=float(r), **kw)}/>"


def line(x1: float, y1: float, x2: float, y2: float, **kw: object) -> str:
    return f"<line {attrs(x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), **kw)}/>"


def path(d: str, **kw: object) -> str:
    return f"<path {attrs(d=d, **kw)}/>"


def poly(points: Iterable[Point], closed: bool = True) -> str:
    """Path data through `points`."""
    pts = list(points)
    d = "M" + " L".join(f"{f(x)} {f(y)}" for x, y in pts)
    return d + ("Z" if closed else "")


def smooth(points: Sequence[Point]) -> str:
    """Path data for a smooth curve through `points` (Catmull-Rom as cubic Béziers)."""
    d = f"M{f(points[0][0])} {f(points[0][1])}"
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += f" C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}"
    return d


def ring(cx: float, cy: float, r: float) -> str:
    """Path data for a full circle (to cut holes with fill-rule evenodd)."""
    return (
        f"M{f(cx + r)} {f(cy)} A{f(r)} {f(r)} 0 1 0 {f(cx - r)} {f(cy)}"
        f" A{f(r)} {f(r)} 0 1 0 {f(cx + r)} {f(cy)}Z"
    )


def arc(cx: float, cy: float, r: float, a0: float, a1: float) -> str:
    """Path data for an arc from angle a0 to a1 (degrees, clockwise from east)."""
    x0, y0 = cx + r * math.cos(math.radians(a0)), cy + r * math.sin(math.radians(a0))
    x1, y1 = cx + r * math.cos(math.radians(a1)), cy + r * math.sin(math.radians(a1))
    large = 1 if abs(a1 - a0) > 180 else 0
    sweep = 1 if a1 > a0 else 0
    return f"M{f(x0)} {f(y0)} A{f(r)} {f(r)} 0 {large} {sweep} {f(x1)} {f(y1)}"


def gradient_stops(stops: Sequence[tuple[float, str, float]]) -> str:
    """<stop> elements for (offset, colour, opacity) triples."""
    return "".join(
        f'<stop offset="{f(o)}" stop-color="{c}"'
        + (f' stop-opacity="{op:.2f}"' if op < 1 else "")
        + "/>"
        for o, c, op in stops
    )


def linear(
    gid: str,
    stops: Sequence[tuple[float, str, float]],
    x2: float = 0,
    y2: float = 1,
    x1: float = 0,
    y1: float = 0,
) -> str:
    """A linear gradient (objectBoundingBox units); stops are (offset, colour, opacity)."""
    body = gradient_stops(stops)
    return (
        f'<linearGradient id="{gid}" x1="{f(x1)}" y1="{f(y1)}" x2="{f(x2)}" y2="{f(y2)}">'
        f"{body}</linearGradient>"
    )


def radial(
    gid: str, cx: float, cy: float, r: float, stops: Sequence[tuple[float, str, float]]
) -> str:
    """A radial gradient in user space (cx, cy, r in picture units)."""
    body = gradient_stops(stops)
    return (
        f'<radialGradient id="{gid}" gradientUnits="userSpaceOnUse" cx="{f(cx)}" cy="{f(cy)}"'
        f' r="{f(r)}">{body}</radialGradient>'
    )


def document(width: int, height: int, defs: Sequence[str], body: Sequence[str], title: str) -> str:
    """A complete SVG Tiny 1.2 document."""
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<!-- {title}. Drawn by tools/make_pictures.py; re-run it, do not edit by hand. -->",
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"'
            f' width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
            "<defs>",
            *defs,
            "</defs>",
            *body,
            "</svg>",
            "",
        ]
    )


# --- shared pieces -----------------------------------------------------------------------


def panel_background(w: int, h: int, glow: Point) -> tuple[list[str], list[str]]:
    """Dark panel with a soft blue glow and a faint grid: the ground of every illustration."""
    defs = [
        linear("bg", [(0, NAVY_2, 1), (1, NAVY, 1)]),
        radial(
            "glow",
            glow[0],
            glow[1],
            max(w, h) * 0.62,
            [(0, BLUE, 0.55), (0.55, BLUE, 0.16), (1, BLUE, 0)],
        ),
    ]
    body = [rect(0, 0, w, h, fill="url(#bg)"), rect(0, 0, w, h, fill="url(#glow)")]
    step = 60
    grid = [line(x, 0, x, h) for x in range(step, w, step)]
    grid += [line(0, y, w, y) for y in range(step, h, step)]
    body.append(f'<g stroke="{LIGHT}" stroke-width="1" stroke-opacity="0.045">')
    body += grid
    body.append("</g>")
    return defs, body


def wave_points(
    x0: float, x1: float, y: float, amp: float, length: float, phase: float, steps: int = 24
) -> list[Point]:
    return [
        (
            x0 + (x1 - x0) * i / steps,
            y + amp * math.sin(phase + 2 * math.pi * (x0 + (x1 - x0) * i / steps) / length),
        )
        for i in range(steps + 1)
    ]


def gear_path(
    cx: float,
    cy: float,
    teeth: int,
    pitch_r: float,
    depth: float,
    angle: float,
    hole: float,
    windows: int = 0,
    window_r: float = 0,
    window_at: float = 0,
) -> str:
    """Path data of a spur gear (evenodd: the hub hole and round windows are cut out)."""
    tip, root = pitch_r + depth / 2, pitch_r - depth / 2
    pitch = 2 * math.pi / teeth
    pts: list[Point] = []
    for k in range(teeth):
        a = angle + k * pitch
        for frac, r in ((-0.5, root), (-0.27, root), (-0.13, tip), (0.13, tip), (0.27, root)):
            t = a + frac * pitch
            pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
    d = poly(pts) + " " + ring(cx, cy, hole)
    for k in range(windows):
        t = angle + 2 * math.pi * k / windows + pitch / 2
        d += " " + ring(cx + window_at * math.cos(t), cy + window_at * math.sin(t), window_r)
    return d


# --- the pictures ------------------------------------------------------------------------


def logo() -> str:
    """A compass rose over two waves in a gold ring: the sea, the coast and a sense of direction."""
    s = 512
    c = s / 2
    defs = [
        linear("disc", [(0, BLUE, 1), (1, NAVY, 1)]),
        linear("gold", [(0, "#F3C46F", 1), (1, GOLD, 1)]),
    ]
    body = [
        circle(c, c, 236, fill="url(#disc)"),
        circle(c, c, 226, fill="none", stroke="url(#gold)", stroke_width=20),
    ]
    # Compass star: short east-west arms under a long north-south needle (north in gold).
    sx, sy = c, c - 52
    body.append(
        path(poly([(sx - 112, sy), (sx, sy - 22), (sx + 112, sy), (sx, sy + 22)]), fill=LIGHT)
    )
    body.append(path(poly([(sx - 112, sy), (sx, sy + 22), (sx + 112, sy)]), fill="#C9D3DE"))
    body.append(path(poly([(sx, sy + 96), (sx + 30, sy), (sx - 30, sy)]), fill="#8FA3B8"))
    body.append(path(poly([(sx, sy + 96), (sx, sy), (sx - 30, sy)]), fill="#6F86A0"))
    body.append(path(poly([(sx, 58), (sx + 30, sy), (sx - 30, sy)]), fill="url(#gold)"))
    body.append(path(poly([(sx, 58), (sx, sy), (sx - 30, sy)]), fill="#C98A2A"))
    body.append(circle(sx, sy, 13, fill=NAVY))
    # Two waves under the star, clipped to the disc by staying inside it.
    for y, colour, width in ((c + 62, TEAL, 30), (c + 128, LIGHT, 24)):
        half = math.sqrt(226**2 - (y - c) ** 2) - 34
        phase = math.pi / 2 - 2 * math.pi * c / half  # symmetric about the centre
        pts = wave_points(c - half, c + half, y, 16, half, phase, 20)
        body.append(
            path(
                smooth(pts), fill="none", stroke=colour, stroke_width=width, stroke_linecap="round"
            )
        )
    return document(s, s, defs, body, "Logo of the Shandong tour: compass over waves")


def title_background() -> str:
    """Quiet dark field with a glow in the centre, long waves and coastline contours."""
    w, h = 1920, 1080
    cx, cy = w / 2, h / 2
    hy = cy + 290  # the horizon: low, below where titles and subtitles sit
    defs = [
        linear("bg", [(0, "#0D2238", 1), (1, NAVY, 1)]),
        radial("glow", cx, cy + 40, 760, [(0, BLUE, 0.55), (0.5, NAVY_2, 0.35), (1, NAVY, 0)]),
        radial("sun", cx, hy, 360, [(0, GOLD, 0.30), (0.45, GOLD, 0.08), (1, GOLD, 0)]),
        radial("vignette", cx, cy, 1150, [(0.55, NAVY, 0), (1, NAVY, 0.85)]),
    ]
    body = [
        rect(0, 0, w, h, fill="url(#bg)"),
        rect(0, 0, w, h, fill="url(#glow)"),
        rect(0, 0, w, h, fill="url(#sun)"),
    ]
    # Faint lattice of dots, denser towards nothing: plain and calm.
    body.append(f'<g fill="{LIGHT}" fill-opacity="0.09">')
    for gy in range(60, h, 80):
        for gx in range(40 + (gy // 80 % 2) * 40, w, 80):
            body.append(circle(gx, gy, 2))
    body.append("</g>")
    # Concentric contour arcs around the centre, like depth lines off a coast.
    for i, r in enumerate((220, 300, 390, 490, 600)):
        body.append(
            path(
                arc(cx, hy, r, 192, 348),
                fill="none",
                stroke=LIGHT,
                stroke_width=1.5,
                stroke_opacity=f"{0.11 - i * 0.015:.3f}",
            )
        )
    # Long sea waves across the lower half; brighter in the centre column.
    for i in range(9):
        y = hy + i * 26
        amp = 14 + i * 3
        length = 820 - i * 30
        colour = GOLD if i == 1 else (TEAL if i in (3, 6) else LIGHT)
        opacity = 0.55 if i == 1 else (0.30 if colour == TEAL else 0.12 - i * 0.006)
        pts = wave_points(-40, w + 40, y, amp, length, i * 0.9, 48)
        body.append(
            path(
                smooth(pts),
                fill="none",
                stroke=colour,
                stroke_width=2 if i == 1 else 1.5,
                stroke_opacity=f"{opacity:.3f}",
            )
        )
    # A thin horizon line, brightest at the centre, where the sun's glow sits.
    body.append(
        line(cx - 420, hy, cx + 420, hy, stroke=LIGHT, stroke_width=1, stroke_opacity="0.18")
    )
    body.append(line(cx - 90, hy, cx + 90, hy, stroke=GOLD, stroke_width=2, stroke_opacity="0.6"))
    body.append(rect(0, 0, w, h, fill="url(#vignette)"))
    return document(w, h, defs, body, "Title background: a calm sea at night, 16:9")


def cooperation_zone() -> str:
    """An industrial park on the coast, linked to partners abroad (flags as colour bars)."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 400))
    defs += [
        linear("ground", [(0, BLUE, 1), (1, NAVY_2, 1)]),
        linear("hall", [(0, "#2A6596", 1), (1, BLUE, 1)]),
        linear("hall2", [(0, "#1F4F7C", 1), (1, "#153B61", 1)]),
        linear("sea", [(0, TEAL, 0.35), (1, TEAL, 0.05)]),
        radial("halo", 600, 418, 120, [(0, GOLD, 0.35), (1, GOLD, 0)]),
    ]
    ground = 680
    hub = (600.0, 418.0)
    # Partners on an arc above the hub; two-bar fields in the palette, deliberately no real
    # country's flag.
    bars = [(GOLD, LIGHT), ("#3A6E9E", TEAL), (LIGHT, "#3A6E9E"), (TEAL, GOLD), (LIGHT, TEAL)]
    partners = [
        (hub[0] + 178 * math.cos(math.radians(a)), hub[1] + 178 * math.sin(math.radians(a)))
        for a in (-165, -127.5, -90, -52.5, -15)
    ]
    # Faint outer ring: the wider world.
    body.append(
        path(
            arc(hub[0], hub[1], 300, 190, 350),
            fill="none",
            stroke=LIGHT,
            stroke_width=1.5,
            stroke_opacity="0.12",
            stroke_dasharray="3 9",
        )
    )
    for px, py in partners:
        body.append(
            line(
                px,
                py,
                hub[0],
                hub[1],
                stroke=LIGHT,
                stroke_width=2,
                stroke_opacity="0.35",
                stroke_dasharray="2 9",
                stroke_linecap="round",
            )
        )
        body.append(circle((px + hub[0]) / 2, (py + hub[1]) / 2, 4.5, fill=GOLD))
    for (px, py), (c1, c2) in zip(partners, bars, strict=True):
        body.append(
            circle(px, py, 20, fill=NAVY, stroke=LIGHT, stroke_width=2, stroke_opacity="0.5")
        )
        body.append(circle(px, py, 7, fill=TEAL))
        top = py - 20 - 58
        body.append(
            line(
                px,
                py - 20,
                px,
                top,
                stroke=LIGHT,
                stroke_width=3,
                stroke_opacity="0.7",
                stroke_linecap="round",
            )
        )
        body.append(rect(px + 1, top, 46, 16, fill=c1))
        body.append(rect(px + 1, top + 16, 46, 16, fill=c2))
    # The hub: a glowing node above the park, tied to its tower.
    body.append(circle(hub[0], hub[1], 110, fill="url(#halo)"))
    body.append(circle(hub[0], hub[1], 34, fill=NAVY, stroke=GOLD, stroke_width=4))
    body.append(circle(hub[0], hub[1], 14, fill=GOLD))
    body.append(
        line(
            hub[0],
            hub[1] + 34,
            hub[0],
            540,
            stroke=GOLD,
            stroke_width=3,
            stroke_opacity="0.6",
            stroke_dasharray="4 8",
        )
    )
    # Sea and quay.
    body.append(rect(0, ground + 30, w, h - ground - 30, fill="url(#sea)"))
    for i in range(4):
        pts = wave_points(0, w, ground + 66 + i * 30, 5, 180, i * 1.3, 30)
        body.append(
            path(
                smooth(pts),
                fill="none",
                stroke=LIGHT,
                stroke_width=1.5,
                stroke_opacity=f"{0.22 - i * 0.04:.2f}",
            )
        )
    body.append(rect(230, ground, 740, 34, fill="url(#ground)"))
    body.append(rect(230, ground, 740, 4, fill=LIGHT, fill_opacity="0.25"))

    def hall(x: float, width: float, height: float, teeth: int, fill: str) -> None:
        top = ground - height
        tooth = width / teeth
        pts: list[Point] = [(x, ground), (x, top)]
        for k in range(teeth):
            pts += [(x + k * tooth, top - 24), (x + (k + 1) * tooth, top)]
        pts += [(x + width, ground)]
        body.append(path(poly(pts), fill=fill))
        for k in range(teeth):  # glazed north lights on each roof tooth
            left = x + k * tooth
            glazing = [(left + 4, top - 19), (left + 4, top - 3), (left + 18, top - 3)]
            body.append(path(poly(glazing), fill=TEAL, fill_opacity="0.55"))
        for k in range(int((width - 20) // 40)):  # a band of windows
            body.append(
                rect(
                    x + 14 + k * 40,
                    ground - height * 0.55,
                    22,
                    10,
                    fill=LIGHT,
                    fill_opacity="0.55",
                    rx=2,
                )
            )

    hall(270, 230, 96, 4, "url(#hall2)")
    hall(700, 230, 104, 4, "url(#hall2)")
    # Central research tower.
    body.append(rect(548, 540, 104, 140, fill="url(#hall)"))
    body.append(rect(548, 540, 104, 8, fill=GOLD))
    for row in range(4):
        for col in range(3):
            body.append(
                rect(
                    562 + col * 29,
                    562 + row * 27,
                    18,
                    11,
                    fill=LIGHT,
                    fill_opacity="0.75" if (row + col) % 3 else "0.35",
                    rx=2,
                )
            )
    hall(470, 78, 60, 2, "url(#hall)")
    hall(652, 60, 50, 2, "url(#hall)")
    # Wind turbine at the right end of the quay.
    tx, ty = 945, 520
    body.append(
        path(
            poly([(tx - 4, ground), (tx - 2, ty), (tx + 2, ty), (tx + 4, ground)]),
            fill=LIGHT,
            fill_opacity="0.85",
        )
    )
    for a in (-90, 30, 150):
        t = math.radians(a)
        tip = (tx + 64 * math.cos(t), ty + 64 * math.sin(t))
        side = (tx + 10 * math.cos(t + 1.2), ty + 10 * math.sin(t + 1.2))
        body.append(path(poly([(tx, ty), side, tip]), fill=LIGHT, fill_opacity="0.85"))
    body.append(circle(tx, ty, 5, fill=GOLD))
    # Crane at the left end of the quay.
    body.append(rect(252, 540, 7, ground - 540, fill=LIGHT, fill_opacity="0.7"))
    body.append(rect(236, 540, 130, 7, fill=LIGHT, fill_opacity="0.7"))
    body.append(line(350, 547, 350, 590, stroke=LIGHT, stroke_width=2, stroke_opacity="0.6"))
    body.append(rect(338, 590, 24, 16, fill=GOLD))
    return document(w, h, defs, body, "International Economic Cooperation Zone: park and partners")


def passive_house() -> str:
    """A passive house: thick insulated shell, triple glazing, the sun, warmth kept inside."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (560, 420))
    defs += [
        radial("sunglow", 920, 200, 300, [(0, GOLD, 0.45), (0.4, GOLD, 0.12), (1, GOLD, 0)]),
        linear("wall", [(0, "#2A6596", 1), (1, BLUE, 1)]),
        linear("insul", [(0, "#F7F8FA", 1), (1, "#C9D3DE", 1)]),
        radial("warm", 480, 620, 300, [(0, GOLD, 0.45), (1, GOLD, 0.04)]),
        linear("glass", [(0, "#8FD8CE", 1), (1, TEAL, 1)]),
    ]
    body.append(rect(0, 0, w, h, fill="url(#sunglow)"))
    ground = 740
    # Sun with rays.
    sx, sy = 920, 200
    body.append(circle(sx, sy, 62, fill=GOLD))
    for k in range(12):
        t = math.radians(k * 30 + 15)
        body.append(
            line(
                sx + 86 * math.cos(t),
                sy + 86 * math.sin(t),
                sx + 122 * math.cos(t),
                sy + 122 * math.sin(t),
                stroke=GOLD,
                stroke_width=8,
                stroke_linecap="round",
                stroke_opacity="0.8",
            )
        )
    # Ground.
    body.append(rect(0, ground, w, h - ground, fill=NAVY, fill_opacity="0.55"))
    body.append(line(60, ground, 1140, ground, stroke=LIGHT, stroke_width=2, stroke_opacity="0.4"))
    # The building: outer insulation shell (light, thick, hatched), structure, warm inside.
    x0, y0, x1, y1 = 190, 320, 770, ground
    t_ins, t_wall = 44, 14
    body.append(rect(x0 - 36, y0 - 28, x1 - x0 + 72, 28, fill=LIGHT, fill_opacity="0.92"))
    body.append(rect(x0 - 36, y0 - 36, x1 - x0 + 72, 8, fill=TEAL))  # green roof
    body.append(rect(x0, y0, x1 - x0, y1 - y0, fill="url(#insul)"))
    body.append(f'<g stroke="{BLUE}" stroke-width="2" stroke-opacity="0.28">')
    for yy in range(y0 + 56, y1 - 8, 22):
        body.append(line(x0 + 8, yy + 14, x0 + t_ins - 8, yy))
        body.append(line(x1 - t_ins + 8, yy + 14, x1 - 8, yy))
    for xx in range(x0 + 10, x1 - 24, 22):
        body.append(line(xx, y0 + t_ins - 8, xx + 14, y0 + 8))
    body.append("</g>")
    ix0, iy0, ix1, iy1 = x0 + t_ins, y0 + t_ins, x1 - t_ins, y1
    body.append(rect(ix0, iy0, ix1 - ix0, iy1 - iy0, fill="url(#wall)"))
    inner = (ix0 + t_wall, iy0 + t_wall, ix1 - ix0 - 2 * t_wall, iy1 - iy0 - t_wall)
    body.append(rect(*inner, fill=NAVY_2))
    body.append(rect(*inner, fill="url(#warm)"))
    mid = (iy0 + iy1) / 2 + 6
    body.append(rect(ix0, mid, ix1 - ix0, 14, fill="url(#wall)"))

    def window(x: float, y: float, ww: float, wh: float) -> None:
        """A window with a deep frame and three panes (drawn as three offset glass edges)."""
        body.append(rect(x - 10, y - 10, ww + 20, wh + 20, fill=LIGHT, rx=4))
        for k in range(3):
            body.append(
                rect(
                    x + k * 5,
                    y + k * 5,
                    ww - k * 10,
                    wh - k * 10,
                    fill="url(#glass)",
                    fill_opacity=f"{0.45 + k * 0.25:.2f}",
                    stroke=LIGHT,
                    stroke_width=2,
                    stroke_opacity="0.9",
                )
            )
        body.append(
            path(
                poly(
                    [
                        (x + ww * 0.58, y + 12),
                        (x + ww * 0.8, y + 12),
                        (x + ww * 0.46, y + wh - 12),
                        (x + ww * 0.24, y + wh - 12),
                    ]
                ),
                fill=LIGHT,
                fill_opacity="0.22",
            )
        )

    window(ix0 + 56, iy0 + 56, 160, 106)
    window(ix1 - 56 - 160, iy0 + 56, 160, 106)
    window(ix1 - 56 - 160, mid + 56, 160, 100)
    # Door.
    body.append(rect(ix0 + 70, mid + 62, 86, iy1 - mid - 62, fill=NAVY, rx=4))
    body.append(circle(ix0 + 140, mid + 136, 5, fill=GOLD))
    # Sunbeams reaching the south-facing glazing.
    for k in (-1, 0, 1):
        body.append(
            line(
                852 + k * 26,
                276 + k * 30,
                668 + k * 26,
                436 + k * 30,
                stroke=GOLD,
                stroke_width=5,
                stroke_linecap="round",
                stroke_opacity="0.75",
                stroke_dasharray="16 14",
            )
        )
    # Trees.
    for tx, r in ((960, 74), (1070, 54)):
        body.append(rect(tx - 5, ground - r * 1.1, 10, r * 1.1, fill=LIGHT, fill_opacity="0.6"))
        body.append(circle(tx, ground - r * 1.6, r, fill=TEAL, fill_opacity="0.85"))
        body.append(
            path(
                arc(tx, ground - r * 1.6, r * 0.6, 200, 290),
                fill="none",
                stroke=LIGHT,
                stroke_width=4,
                stroke_linecap="round",
                stroke_opacity="0.35",
            )
        )
    for gx in range(80, 190, 28):
        body.append(
            path(
                poly([(gx, ground), (gx + 8, ground - 28), (gx + 16, ground)]),
                fill=TEAL,
                fill_opacity="0.6",
            )
        )
    return document(w, h, defs, body, "Passive house in the Sino-German Ecopark")


def research() -> str:
    """A laboratory of ideas: a flask, a molecule, a circuit and orbiting rings."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 430))
    defs += [
        linear("liquid", [(0, "#5FD3C4", 1), (1, TEAL, 1)]),
        linear("glassfill", [(0, LIGHT, 0.16), (1, LIGHT, 0.05)]),
        radial("halo", 600, 470, 300, [(0, GOLD, 0.28), (1, GOLD, 0)]),
    ]
    body.append(rect(0, 0, w, h, fill="url(#halo)"))
    cx = 600
    # Orbits behind the flask.
    for rx, ry, rot, op in ((330, 120, -18, 0.3), (330, 120, 18, 0.3), (390, 150, 0, 0.16)):
        body.append(
            f"<ellipse {attrs(cx=cx, cy=470, rx=rx, ry=ry, fill='none', stroke=LIGHT)}"
            f' stroke-width="2" stroke-opacity="{op}"'
            f' transform="rotate({rot} {cx} 470)"/>'
        )
    for ang, rx, ry, rot, colour in ((200, 330, 120, -18, GOLD), (20, 330, 120, 18, TEAL)):
        t = math.radians(ang)
        px, py = rx * math.cos(t), ry * math.sin(t)
        r = math.radians(rot)
        body.append(
            circle(
                cx + px * math.cos(r) - py * math.sin(r),
                470 + px * math.sin(r) + py * math.cos(r),
                12,
                fill=colour,
            )
        )
    # The flask (Erlenmeyer): neck, shoulders, flat base.
    neck_w, neck_top, neck_bot = 90, 210, 400
    base_y, base_w = 720, 400
    outline = [
        (cx - neck_w / 2, neck_top),
        (cx - neck_w / 2, neck_bot),
        (cx - base_w / 2, base_y - 30),
        (cx - base_w / 2 + 20, base_y),
        (cx + base_w / 2 - 20, base_y),
        (cx + base_w / 2, base_y - 30),
        (cx + neck_w / 2, neck_bot),
        (cx + neck_w / 2, neck_top),
    ]
    body.append(path(poly(outline), fill="url(#glassfill)"))
    # Liquid in the lower part: cut the triangle at a level.
    level = 560
    frac = (level - neck_bot) / (base_y - 30 - neck_bot)
    lx = neck_w / 2 + (base_w / 2 - neck_w / 2) * frac
    liquid = [
        (cx - lx, level),
        (cx - base_w / 2, base_y - 30),
        (cx - base_w / 2 + 20, base_y),
        (cx + base_w / 2 - 20, base_y),
        (cx + base_w / 2, base_y - 30),
        (cx + lx, level),
    ]
    body.append(path(poly(liquid), fill="url(#liquid)"))
    surface = wave_points(cx - lx, cx + lx, level, 5, 120, 0, 16)
    body.append(
        path(smooth(surface), fill="none", stroke=LIGHT, stroke_width=3, stroke_opacity="0.6")
    )
    body.append(
        path(
            poly(outline, closed=False),
            fill="none",
            stroke=LIGHT,
            stroke_width=8,
            stroke_linejoin="round",
        )
    )
    body.append(rect(cx - neck_w / 2 - 18, neck_top - 16, neck_w + 36, 20, fill=LIGHT, rx=8))
    # Bubbles rising out of the flask.
    for bx, by, br in (
        (590, 640, 10),
        (640, 600, 7),
        (560, 590, 6),
        (610, 330, 9),
        (585, 270, 6),
        (625, 160, 12),
        (580, 110, 8),
        (640, 70, 6),
    ):
        body.append(
            circle(
                bx,
                by,
                br,
                fill="none" if by < 500 else LIGHT,
                stroke=LIGHT if by < 500 else "none",
                stroke_width=3 if by < 500 else None,
                fill_opacity="0.7" if by >= 500 else None,
                stroke_opacity="0.7" if by < 500 else None,
            )
        )
    # A molecule on the left: hexagon ring with atoms.
    mx, my, mr = 335, 275, 54
    hexa = [
        (
            mx + mr * math.cos(math.radians(60 * k + 30)),
            my + mr * math.sin(math.radians(60 * k + 30)),
        )
        for k in range(6)
    ]
    body.append(path(poly(hexa), fill="none", stroke=LIGHT, stroke_width=5, stroke_opacity="0.8"))
    body.append(
        line(
            hexa[5][0],
            hexa[5][1],
            hexa[5][0] + 46,
            hexa[5][1] - 40,
            stroke=LIGHT,
            stroke_width=5,
            stroke_opacity="0.8",
        )
    )
    for k, (hx, hy) in enumerate(hexa):
        body.append(circle(hx, hy, 12, fill=GOLD if k % 2 else TEAL))
    body.append(circle(hexa[5][0] + 46, hexa[5][1] - 40, 18, fill=LIGHT))
    # A circuit on the right: traces ending in pads.
    traces = [
        [(800, 250), (840, 250), (870, 220), (925, 220)],
        [(800, 290), (890, 290), (915, 315), (945, 315)],
        [(800, 330), (835, 330), (865, 360), (905, 360)],
    ]
    for tr in traces:
        body.append(
            path(
                poly(tr, closed=False),
                fill="none",
                stroke=TEAL,
                stroke_width=5,
                stroke_linejoin="round",
                stroke_opacity="0.9",
            )
        )
        body.append(circle(tr[-1][0], tr[-1][1], 11, fill=NAVY, stroke=TEAL, stroke_width=5))
    body.append(
        rect(760, 228, 40, 124, fill=BLUE, stroke=LIGHT, stroke_width=3, stroke_opacity="0.6", rx=6)
    )
    for k in range(4):
        body.append(
            line(
                748,
                246 + k * 30,
                760,
                246 + k * 30,
                stroke=LIGHT,
                stroke_width=4,
                stroke_opacity="0.6",
            )
        )
    # Base line (the bench).
    body.append(rect(180, 720, 840, 10, fill=LIGHT, fill_opacity="0.35", rx=5))
    # A gold spark above the flask: the idea.
    sx, sy = 700, 190
    star = []
    for k in range(8):
        r = 40 if k % 2 == 0 else 11
        t = math.radians(k * 45 - 90)
        star.append((sx + r * math.cos(t), sy + r * math.sin(t)))
    body.append(path(poly(star), fill=GOLD))
    return document(w, h, defs, body, "Research and development institutes")


def goertek_vr() -> str:
    """A VR headset seen from the front, with sound waves from its built-in speakers."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 450))
    defs += [
        linear("shell", [(0, "#F7F8FA", 1), (1, "#C6D0DB", 1)]),
        linear("visor", [(0, "#214F7C", 1), (0.55, NAVY_2, 1), (1, NAVY, 1)]),
        linear("sheen", [(0, LIGHT, 0.35), (1, LIGHT, 0)], x2=1, y2=1),
        radial("halo", 600, 450, 420, [(0, TEAL, 0.22), (1, TEAL, 0)]),
        linear("strap", [(0, "#3A6E9E", 1), (1, BLUE, 1)]),
    ]
    body.append(rect(0, 0, w, h, fill="url(#halo)"))
    body.append('<g transform="translate(0 36)">')  # centre the headset with its top strap
    cx, cy = 600, 450
    # Sound waves on both sides (gold on the left, teal on the right).
    for side, colour in ((-1, GOLD), (1, TEAL)):
        ex = cx + side * 350
        for k in range(4):
            r = 70 + k * 50
            a0, a1 = (140, 220) if side < 0 else (-40, 40)
            body.append(
                path(
                    arc(ex, cy + 20, r, a0, a1),
                    fill="none",
                    stroke=colour,
                    stroke_width=10 - k * 1.5,
                    stroke_linecap="round",
                    stroke_opacity=f"{0.95 - k * 0.2:.2f}",
                )
            )
    # Strap behind the headset.
    body.append(
        path(
            f"M{cx - 300} {cy - 30} C{cx - 380} {cy - 40} {cx - 390} {cy + 70}"
            f" {cx - 330} {cy + 90} L{cx + 330} {cy + 90} C{cx + 390} {cy + 70}"
            f" {cx + 380} {cy - 40} {cx + 300} {cy - 30}Z",
            fill="url(#strap)",
        )
    )
    # Speakers on the strap.
    for side in (-1, 1):
        ex = cx + side * 350
        body.append(circle(ex, cy + 20, 46, fill=NAVY_2, stroke=LIGHT, stroke_width=6))
        body.append(circle(ex, cy + 20, 18, fill=GOLD if side < 0 else TEAL))
    # Top strap.
    body.append(
        path(
            f"M{cx - 120} {cy - 150} C{cx - 100} {cy - 260} {cx + 100} {cy - 260}"
            f" {cx + 120} {cy - 150}",
            fill="none",
            stroke="url(#strap)",
            stroke_width=40,
            stroke_linecap="round",
        )
    )
    # Body of the headset: a rounded shell, then the dark visor.
    body.append(rect(cx - 300, cy - 170, 600, 330, rx=110, fill="url(#shell)"))
    body.append(rect(cx - 270, cy - 145, 540, 280, rx=92, fill="url(#visor)"))
    # Lens glints behind the visor.
    for side in (-1, 1):
        body.append(circle(cx + side * 130, cy - 5, 78, fill=BLUE, fill_opacity="0.45"))
        body.append(
            circle(
                cx + side * 130,
                cy - 5,
                78,
                fill="none",
                stroke=TEAL,
                stroke_width=3,
                stroke_opacity="0.6",
            )
        )
        body.append(circle(cx + side * 130, cy - 5, 40, fill=TEAL, fill_opacity="0.22"))
    # Nose cut-out at the bottom of the shell.
    body.append(
        path(
            f"M{cx - 70} {cy + 160} C{cx - 60} {cy + 90} {cx + 60} {cy + 90} {cx + 70} {cy + 160}Z",
            fill=NAVY,
        )
    )
    # Sheen across the visor and tracking sensors.
    body.append(
        path(
            poly(
                [
                    (cx - 120, cy - 145),
                    (cx - 40, cy - 145),
                    (cx - 118, cy + 133),
                    (cx - 196, cy + 133),
                ]
            ),
            fill="url(#sheen)",
        )
    )
    for sx, sy in ((-200, -100), (200, -100), (-200, 90), (200, 90), (0, -118)):
        body.append(circle(cx + sx, cy + sy, 6, fill=LIGHT, fill_opacity="0.7"))
    # A small horizon line with a sail in the visor: the virtual tour of the sailing city.
    body.append(
        path(
            poly([(cx - 20, cy + 40), (cx - 20, cy - 60), (cx + 40, cy + 40)]),
            fill=GOLD,
            fill_opacity="0.9",
        )
    )
    body.append(
        path(
            poly([(cx - 30, cy + 40), (cx - 30, cy - 30), (cx - 75, cy + 40)]),
            fill=LIGHT,
            fill_opacity="0.85",
        )
    )
    body.append(
        path(
            poly([(cx - 85, cy + 50), (cx + 55, cy + 50), (cx + 40, cy + 64), (cx - 70, cy + 64)]),
            fill=LIGHT,
            fill_opacity="0.85",
        )
    )
    for k in range(2):
        pts = wave_points(cx - 140, cx + 140, cy + 82 + k * 16, 4, 70, k * 1.5, 14)
        body.append(
            path(
                smooth(pts),
                fill="none",
                stroke=TEAL,
                stroke_width=3,
                stroke_opacity=f"{0.8 - k * 0.3:.2f}",
                stroke_linecap="round",
            )
        )
    body.append("</g>")
    return document(w, h, defs, body, "Goertek: VR headset with sound waves")


def shengrui_gears() -> str:
    """Interlocking gears of an automatic transmission, ringed by eight steps: eight speeds."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 450))
    defs += [
        linear("g1", [(0, "#F3C46F", 1), (1, "#C9851F", 1)]),
        linear("g2", [(0, "#5FD3C4", 1), (1, "#1E8C80", 1)]),
        linear("g3", [(0, "#F7F8FA", 1), (1, "#AEBBCA", 1)]),
        linear("g4", [(0, "#3A6E9E", 1), (1, BLUE, 1)]),
    ]
    module = 14.0
    n1, n2, n3, n4 = 26, 16, 12, 18
    r1, r2, r3, r4 = (module * n / 2 for n in (n1, n2, n3, n4))
    c1 = (590.0, 500.0)

    def beside(centre: tuple[float, float], ra: float, rb: float, deg: float) -> Point:
        t = math.radians(deg)
        return (centre[0] + (ra + rb) * math.cos(t), centre[1] + (ra + rb) * math.sin(t))

    def mesh(p_a: float, n_a: int, n_b: int, deg: float) -> float:
        """Phase of gear b (n_b teeth) meshing with gear a (phase p_a, n_a teeth) at `deg`."""
        t = math.radians(deg)
        pitch_a = 2 * math.pi / n_a
        off = ((t - p_a) / pitch_a - math.floor((t - p_a) / pitch_a)) * pitch_a
        return t + math.pi + math.pi / n_b + off * n_a / n_b

    a12, a23, a14 = -35.0, 55.0, 160.0
    c2 = beside(c1, r1, r2, a12)
    c3 = beside(c2, r2, r3, a23)
    c4 = beside(c1, r1, r4, a14)
    p1 = 0.0
    p2 = mesh(p1, n1, n2, a12)
    p3 = mesh(p2, n2, n3, a23)
    p4 = mesh(p1, n1, n4, a14)
    depth = module * 2.1
    gears = [
        (c4, n4, r4, p4, "url(#g4)", 24, 5, 15, r4 * 0.56),
        (c2, n2, r2, p2, "url(#g2)", 26, 5, 15, r2 * 0.56),
        (c3, n3, r3, p3, "url(#g3)", 20, 0, 0, 0),
        (c1, n1, r1, p1, "url(#g1)", 44, 6, 28, r1 * 0.58),
    ]
    # Fit the cluster into the middle band of the picture, which every crop of it keeps.
    boxes = [(g[0][0], g[0][1], g[2] + depth / 2 + 14) for g in gears]
    x0 = min(x - e for x, _, e in boxes)
    x1 = max(x + e for x, _, e in boxes)
    y0 = min(y - e for _, y, e in boxes)
    y1 = max(y + e for _, y, e in boxes)
    scale = min(860 / (x1 - x0), 500 / (y1 - y0), 1.3)
    dx, dy = 600 - scale * (x0 + x1) / 2, 450 - scale * (y0 + y1) / 2
    body.append(f'<g transform="translate({f(dx)} {f(dy)}) scale({scale:.3f})">')
    # Eight rising steps around the big gear (a gear selector): eight speeds, dim to bright.
    ring_r = r1 + depth / 2 + 44
    for k in range(8):
        a0 = 30 + k * 12.5
        colour = GOLD if k == 7 else (TEAL if k >= 4 else LIGHT)
        opacity = "1" if k == 7 else f"{0.35 + k * 0.08:.2f}"
        body.append(
            path(
                arc(c1[0], c1[1], ring_r, a0, a0 + 9),
                fill="none",
                stroke=colour,
                stroke_width=8 + k * 2.5,
                stroke_opacity=opacity,
            )
        )
    for (gx, gy), _n, r, *_ in gears:  # soft shadows first, so no gear shades another
        body.append(circle(gx + 8, gy + 14, r + depth / 2, fill=NAVY, fill_opacity="0.45"))
    for (gx, gy), n, r, p, fill, hole, win, win_r, win_at in gears:
        body.append(
            path(
                gear_path(gx, gy, n, r, depth, p, hole, win, win_r, win_at),
                fill=fill,
                fill_rule="evenodd",
            )
        )
        body.append(
            circle(
                gx,
                gy,
                r - depth / 2 - 10,
                fill="none",
                stroke=NAVY,
                stroke_width=3,
                stroke_opacity="0.25",
            )
        )
        body.append(
            circle(
                gx, gy, hole + 12, fill="none", stroke=NAVY, stroke_width=6, stroke_opacity="0.35"
            )
        )
    body.append("</g>")
    return document(w, h, defs, body, "Shengrui: the gears of an 8-speed automatic transmission")


def created_in_china() -> str:
    """Abstract rising light: a sun coming up over the sea, with columns of light rising."""
    w, h = 1200, 900
    defs, body = panel_background(w, h, (600, 600))
    horizon = 600
    cx = 600
    defs += [
        radial("dawn", cx, horizon, 620, [(0, GOLD, 0.55), (0.3, GOLD, 0.2), (1, GOLD, 0)]),
        linear("pillar", [(0, "#FFE3A8", 0.95), (0.35, GOLD, 0.5), (1, GOLD, 0)]),
        linear("pillart", [(0, "#8FE3D8", 0.9), (0.4, TEAL, 0.4), (1, TEAL, 0)]),
        linear("sun", [(0, "#FFE3A8", 1), (1, GOLD, 1)]),
        linear("sea", [(0, NAVY_2, 0.9), (1, NAVY, 1)]),
        radial("spark", cx, horizon - 430, 60, [(0, "#FFE3A8", 0.5), (1, GOLD, 0)]),
    ]
    body.append(rect(0, 0, w, horizon, fill="url(#dawn)"))
    # Columns of light rising from the horizon, tallest in the middle.
    for k in range(-9, 10):
        x = cx + k * 46
        height = 40 + 300 * math.exp(-(((k * 46) / 300) ** 2)) + (37 * (k * k % 5)) % 50
        width = 12 if k % 3 else 16
        fill = "url(#pillart)" if k % 4 == 1 else "url(#pillar)"
        top = horizon - height
        body.append(rect(x - width / 2, top, width, height, fill=fill, rx=width / 2))
        body.append(circle(x, top + width / 2, width * 0.42, fill=LIGHT, fill_opacity="0.9"))
    # Rings of light around the rising sun.
    for i, r in enumerate((170, 235, 310, 395)):
        colour = TEAL if i % 2 else GOLD
        body.append(
            path(
                arc(cx, horizon, r, 180, 360),
                fill="none",
                stroke=colour,
                stroke_width=3,
                stroke_opacity=f"{0.7 - i * 0.15:.2f}",
            )
        )
    # The sun: a half disc on the horizon.
    body.append(
        path(f"M{cx - 120} {horizon} A120 120 0 0 1 {cx + 120} {horizon}Z", fill="url(#sun)")
    )
    # A spark at the top of the tallest column.
    sx, sy = cx, horizon - 430
    star = []
    for k in range(8):
        r = 30 if k % 2 == 0 else 8
        t = math.radians(k * 45 - 90)
        star.append((sx + r * math.cos(t), sy + r * math.sin(t)))
    body.append(circle(sx, sy, 60, fill="url(#spark)"))
    body.append(path(poly(star), fill="#FFE3A8"))
    # The sea below the horizon, with the sun's reflection as short bright strokes.
    body.append(rect(0, horizon, w, h - horizon, fill="url(#sea)"))
    body.append(
        line(40, horizon, w - 40, horizon, stroke=GOLD, stroke_width=3, stroke_opacity="0.9")
    )
    for i in range(6):
        y = horizon + 26 + i * 34
        half = 150 - i * 20
        body.append(
            line(
                cx - half,
                y,
                cx + half,
                y,
                stroke=GOLD,
                stroke_width=6 - i * 0.7,
                stroke_linecap="round",
                stroke_opacity=f"{0.75 - i * 0.11:.2f}",
            )
        )
        for side in (-1, 1):
            x = cx + side * (half + 90 + i * 26)
            body.append(
                line(
                    x - 40,
                    y,
                    x + 40,
                    y,
                    stroke=LIGHT,
                    stroke_width=2,
                    stroke_linecap="round",
                    stroke_opacity=f"{0.3 - i * 0.04:.2f}",
                )
            )
    return document(w, h, defs, body, "Created in China: rising light")


PICTURES: dict[str, Callable[[], str]] = {
    "logo.svg": logo,
    "title-background.svg": title_background,
    "cooperation-zone.svg": cooperation_zone,
    "passive-house.svg": passive_house,
    "research.svg": research,
    "goertek-vr.svg": goertek_vr,
    "shengrui-gears.svg": shengrui_gears,
    "created-in-china.svg": created_in_china,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write to")
    parser.add_argument("names", nargs="*", help="only these pictures (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or PICTURES:
        text = PICTURES[name]()
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(text.encode()) / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
