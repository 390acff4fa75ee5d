"""Render the Shandong background map (SVG) and its pin fractions from Natural Earth geojson."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GEOJSON = REPO_ROOT.parent / "shared" / "data" / "shandong-region.geojson"
DEFAULT_SVG = REPO_ROOT / "content" / "shandong" / "images" / "map-shandong.svg"
DEFAULT_PINS = REPO_ROOT / "tools" / "map_pins.txt"

# Picture size (16:9) and the geographic frame: lon 116.0-123.4 E, centred on 36.55 N.
# The latitude extent follows from the width, the aspect and the cos(mean latitude) correction.
WIDTH = 1920
HEIGHT = 1080
LON_MIN = 116.0
LON_MAX = 123.4
LAT_CENTRE = 36.55

# Style for the dark kiosk theme.
SEA_TOP = "#0A1A2F"
SEA_BOTTOM = "#0F2640"
LAND_FILL = "#16385C"
COAST_STROKE = "#2E6A9E"
COAST_WIDTH = 2.0
GRATICULE_OPACITY = 0.05

MIN_STEP_PX = 1.0  # drop vertices closer than this to the previous kept vertex
CLIP_MARGIN_PX = 12.0  # clip land to the picture plus this margin (keeps clip seams off-screen)

CREDIT = "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com"

Point = tuple[float, float]


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection scaled by cos(mean latitude), mapping lon/lat to picture px."""

    lon_min: float
    lat_max: float
    px_per_deg_lon: float
    px_per_deg_lat: float

    @classmethod
    def framed(cls) -> Projection:
        """Build the projection for the fixed frame and picture size."""
        px_per_deg_lon = WIDTH / (LON_MAX - LON_MIN)
        px_per_deg_lat = px_per_deg_lon / math.cos(math.radians(LAT_CENTRE))
        lat_span = HEIGHT / px_per_deg_lat
        return cls(LON_MIN, LAT_CENTRE + lat_span / 2, px_per_deg_lon, px_per_deg_lat)

    @property
    def lat_min(self) -> float:
        return self.lat_max - HEIGHT / self.px_per_deg_lat

    @property
    def lon_max(self) -> float:
        return self.lon_min + WIDTH / self.px_per_deg_lon

    def __call__(self, lon: float, lat: float) -> Point:
        return (
            (lon - self.lon_min) * self.px_per_deg_lon,
            (self.lat_max - lat) * self.px_per_deg_lat,
        )


def clip_ring(ring: Sequence[Point], x0: float, y0: float, x1: float, y1: float) -> list[Point]:
    """Clip a closed ring to an axis-aligned rectangle (Sutherland-Hodgman)."""

    def clip_edge(
        pts: list[Point], inside: Callable[[Point], bool], cross: Callable[[Point, Point], Point]
    ) -> list[Point]:
        out: list[Point] = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        return out

    def at_x(x: float) -> Callable[[Point, Point], Point]:
        def f(a: Point, b: Point) -> Point:
            t = (x - a[0]) / (b[0] - a[0])
            return (x, a[1] + t * (b[1] - a[1]))

        return f

    def at_y(y: float) -> Callable[[Point, Point], Point]:
        def f(a: Point, b: Point) -> Point:
            t = (y - a[1]) / (b[1] - a[1])
            return (a[0] + t * (b[0] - a[0]), y)

        return f

    pts = list(ring)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    pts = clip_edge(pts, lambda p: p[0] >= x0, at_x(x0))
    pts = clip_edge(pts, lambda p: p[0] <= x1, at_x(x1))
    pts = clip_edge(pts, lambda p: p[1] >= y0, at_y(y0))
    pts = clip_edge(pts, lambda p: p[1] <= y1, at_y(y1))
    return pts


def simplify(pts: Sequence[Point], min_step: float) -> list[Point]:
    """Round to 0.1 px and drop vertices closer than min_step to the last kept one."""
    out: list[Point] = []
    for x, y in pts:
        p = (round(x, 1), round(y, 1))
        if out and math.hypot(p[0] - out[-1][0], p[1] - out[-1][1]) < min_step:
            continue
        out.append(p)
    # The closing vertex may sit on top of the first one.
    while len(out) > 2 and math.hypot(out[0][0] - out[-1][0], out[0][1] - out[-1][1]) < min_step:
        out.pop()
    return out


def fmt(v: float) -> str:
    """Format a coordinate with at most one decimal and no trailing zeros."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def ring_to_path(pts: Sequence[Point]) -> str:
    """Serialise a ring as absolute SVG path commands."""
    head = f"M{fmt(pts[0][0])} {fmt(pts[0][1])}"
    body = " ".join(f"{fmt(x)} {fmt(y)}" for x, y in pts[1:])
    return f"{head}L{body}Z"


def polygons(features: Iterable[dict[str, Any]]) -> Iterable[list[list[list[float]]]]:
    """Yield every polygon (list of rings) of the land features."""
    for feature in features:
        if feature.get("properties", {}).get("kind") != "land":
            continue
        geom = feature["geometry"]
        if geom["type"] == "Polygon":
            yield geom["coordinates"]
        elif geom["type"] == "MultiPolygon":
            yield from geom["coordinates"]


def land_path(data: dict[str, Any], proj: Projection) -> str:
    """Project, clip and simplify every land ring into one SVG path string."""
    m = CLIP_MARGIN_PX
    parts: list[str] = []
    for poly in polygons(data["features"]):
        for ring in poly:
            projected = [proj(lon, lat) for lon, lat, *_ in ring]
            clipped = clip_ring(projected, -m, -m, WIDTH + m, HEIGHT + m)
            pts = simplify(clipped, MIN_STEP_PX)
            if len(pts) >= 3:
                parts.append(ring_to_path(pts))
    return "".join(parts)


def graticule_path(proj: Projection) -> str:
    """Lines every whole degree of longitude and latitude across the picture."""
    parts: list[str] = []
    for lon in range(math.ceil(proj.lon_min), math.floor(proj.lon_max) + 1):
        x, _ = proj(lon, 0.0)
        parts.append(f"M{fmt(x)} 0V{HEIGHT}")
    for lat in range(math.ceil(proj.lat_min), math.floor(proj.lat_max) + 1):
        _, y = proj(0.0, lat)
        parts.append(f"M0 {fmt(y)}H{WIDTH}")
    return "".join(parts)


def build_svg(data: dict[str, Any], proj: Projection) -> str:
    """Compose the full SVG document."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- {CREDIT} -->
<!-- Generated by tools/render_map.py from shandong-region.geojson (Natural Earth 1:10m land).
     Equirectangular, x scaled by cos({LAT_CENTRE} deg);
     frame lon {proj.lon_min:.2f}..{proj.lon_max:.2f} E,
     lat {proj.lat_min:.2f}..{proj.lat_max:.2f} N.
     Do not edit by hand: re-run the script. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{WIDTH}" \
height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">
  <defs>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{SEA_TOP}"/>
      <stop offset="1" stop-color="{SEA_BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="url(#sea)"/>
  <path fill="{LAND_FILL}" fill-rule="evenodd" stroke="{COAST_STROKE}" \
stroke-width="{COAST_WIDTH:g}" stroke-linejoin="round" d="{land_path(data, proj)}"/>
  <path fill="none" stroke="#FFFFFF" stroke-opacity="{GRATICULE_OPACITY:g}" stroke-width="1" \
d="{graticule_path(proj)}"/>
</svg>
"""


def pin_lines(data: dict[str, Any], proj: Projection) -> list[str]:
    """One YAML-ish line per city point with its position as picture fractions."""
    lines: list[str] = []
    for feature in data["features"]:
        props = feature.get("properties", {})
        if props.get("kind") != "city":
            continue
        lon, lat = feature["geometry"]["coordinates"][:2]
        x, y = proj(lon, lat)
        en = props["name_en"]
        zh = props["name_zh"]
        lines.append(
            f"- {{x: {x / WIDTH:.4f}, y: {y / HEIGHT:.4f}, label: {{en: {en}, zh: {zh}}}}}"
        )
    return lines


def rel(path: Path) -> str:
    """Show a path relative to the repo when possible (no machine-specific paths in output)."""
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "geojson",
        nargs="?",
        type=Path,
        default=DEFAULT_GEOJSON,
        help="input geojson (default: ../shared/data/shandong-region.geojson beside the repo)",
    )
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="output SVG")
    parser.add_argument("--pins", type=Path, default=DEFAULT_PINS, help="output pin list")
    args = parser.parse_args(argv)

    data = json.loads(args.geojson.read_text(encoding="utf-8"))
    proj = Projection.framed()

    svg = build_svg(data, proj)
    args.svg.parent.mkdir(parents=True, exist_ok=True)
    args.svg.write_text(svg, encoding="utf-8")

    pins = pin_lines(data, proj)
    header = [
        f"# Pin positions for {rel(args.svg)} as fractions of width (x) and height (y)",
        "# from the top-left corner. Generated by tools/render_map.py; re-run, do not edit.",
    ]
    args.pins.write_text("\n".join([*header, *pins]) + "\n", encoding="utf-8")

    print("\n".join(pins))
    print(
        f"wrote {rel(args.svg)} ({len(svg.encode('utf-8'))} bytes), {rel(args.pins)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
