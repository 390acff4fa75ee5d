"""SVG building blocks for the pack's pictures: the palette, shapes, gradients, documents."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

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


def document(width: int, height: int, defs: Sequence[str], body: Sequence[str], title: str,
             made_by: str = "tools/make_pictures.py") -> str:
    """A complete SVG Tiny 1.2 document; `made_by` names the script that draws it."""
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<!-- {title}. Drawn by {made_by}; re-run it, do not edit by hand. -->",
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
