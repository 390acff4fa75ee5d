"""Draw the pictures of the showcase pack (content/showcase/images/*.svg, SVG Tiny 1.2).

Like the Shandong pictures (tools/make_pictures.py), every picture is flat and geometric,
without words or letters, built from the blocks in tools/pictures/svg.py; the drawings are in
tools/pictures/showcase.py. Nothing is copied from elsewhere.

    python tools/make_showcase.py            # writes content/showcase/images/*.svg
    python tools/make_showcase.py --out DIR  # writes them somewhere else
    python tools/make_showcase.py --pins     # prints the map's pin positions for the deck

The video clip and its poster (content/showcase/media/) are made by tools/make_sample_video.py,
the fonts (content/showcase/fonts/) by tools/subset_fonts.py --pack content/showcase.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pictures.showcase import (
    MAP_PLACES,
    anatomy,
    background,
    folder,
    guide,
    island_map,
    landscape,
    logo,
    pack_contents,
    page,
    season,
    title_background,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "content" / "showcase" / "images"

PICTURES: dict[str, Callable[[], str]] = {
    "logo.svg": logo,
    "title.svg": title_background,
    "page.svg": page,
    "guide.svg": guide,
    "folder.svg": folder,
    "pack.svg": pack_contents,
    "landscape.svg": landscape,
    "slide-plan.svg": anatomy,
    "spring.svg": lambda: season("spring"),
    "summer.svg": lambda: season("summer"),
    "autumn.svg": lambda: season("autumn"),
    "winter.svg": lambda: season("winter"),
    "island.svg": island_map,
    "background.svg": background,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write to")
    parser.add_argument("--pins", action="store_true", help="print the map's pin positions")
    parser.add_argument("names", nargs="*", help="only these pictures (default: all)")
    args = parser.parse_args(argv)
    if args.pins:
        for place, (x, y) in MAP_PLACES.items():
            print(f"{place}: x: {x}, y: {y}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or PICTURES:
        text = PICTURES[name]()
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(text.encode()) / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
