"""The pack's logo, its title background and the closing picture."""

from __future__ import annotations

import math

from pictures.svg import (
    BLUE,
    GOLD,
    LIGHT,
    NAVY,
    NAVY_2,
    TEAL,
    arc,
    circle,
    document,
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
