"""Render the README's picture: six slides of the default tour, through `kiosk screenshot`."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
SLIDES = ("01-welcome", "03-map", "05-zone-numbers",
          "07-milestones", "13-goertek", "10-zhao-platform")
TILE = (640, 360)
GAP = 12


def render(language: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "main.py", "screenshot", "content/shandong", "--out",
                        folder, "--lang", language], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
        columns = 3
        rows = (len(SLIDES) + columns - 1) // columns
        sheet = Image.new("RGB", (columns * TILE[0] + (columns + 1) * GAP,
                                  rows * TILE[1] + (rows + 1) * GAP), (6, 16, 29))
        for n, name in enumerate(SLIDES):
            with Image.open(Path(folder) / f"{name}.{language}.png") as shot:
                tile = shot.convert("RGB").resize(TILE, Image.Resampling.LANCZOS)
            x = GAP + (n % columns) * (TILE[0] + GAP)
            y = GAP + (n // columns) * (TILE[1] + GAP)
            sheet.paste(tile, (x, y))
        sheet.save(out, optimize=True)
        print(out.relative_to(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    render(args.lang, REPO / "docs" / "images" / f"tour-{args.lang}.png")


if __name__ == "__main__":
    main()
