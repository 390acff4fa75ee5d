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
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pictures.emblems import created_in_china, logo, title_background
from pictures.industry import goertek_vr, research, shengrui_gears
from pictures.zone import cooperation_zone, passive_house

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "content" / "shandong" / "images"

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
