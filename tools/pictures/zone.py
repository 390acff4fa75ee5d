"""The cooperation zone and the Sino-German Ecopark's passive house."""

from __future__ import annotations

import math

from pictures.svg import (
    BLUE,
    GOLD,
    LIGHT,
    NAVY,
    NAVY_2,
    TEAL,
    Point,
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
