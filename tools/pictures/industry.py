"""Research meets industry, Goertek's VR headset and Shengrui's gears."""

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
    attrs,
    circle,
    document,
    f,
    gear_path,
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
