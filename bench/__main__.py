"""`python -m bench`: generate the inputs, measure every part, print each figure with its
baseline from the same run, its ratio and PASS/MISS against its target; exit 1 only on errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import inputs, machine, runner
from bench.deck_load import deck_figures
from bench.display import display
from bench.pictures import picture_figures
from bench.report import Figure, header

PARTS = "abcdefg"
REPO = Path(__file__).resolve().parent.parent


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: fewer rounds, smaller packs, a short soak")
    parser.add_argument("--only", default=PARTS, metavar="PARTS",
                        help="the parts to run, e.g. 'dg' (default: all of abcdefg)")
    parser.add_argument("--renderer", choices=("software", "gl"), default="software",
                        help="Qt Quick's renderer for the windowed parts (default: software)")
    parser.add_argument("--soak", type=int, default=None, metavar="STEPS",
                        help="transitions in part f (default 10000; 300 with --quick)")
    parser.add_argument("--work", type=Path, default=None, metavar="DIR",
                        help="where to generate the inputs (default: a temporary folder)")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write the figures as JSON")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = arguments(argv)
    if args.work is not None:
        return measure(args, args.work)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as work:   # a 100-photo pack: 1 GB
        return measure(args, Path(work))


def measure(args: argparse.Namespace, work: Path) -> int:
    only = set(args.only) & set(PARTS)
    quick = args.quick
    for line in machine.describe():
        print(line)
    print(f"inputs in {work}")
    started = time.perf_counter()
    made = prepare_inputs(inputs.fresh(work), quick, only)
    print(f"inputs made in {time.perf_counter() - started:.0f} s\n")
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    failures = 0

    def part(name: str, measure: Callable[[], list[Figure]]) -> None:
        nonlocal failures
        if name not in only:
            return
        began = time.perf_counter()
        try:
            found = measure()
        except Exception:
            failures += 1
            print(f"{name}: ERROR\n{traceback.format_exc()}", flush=True)
            return
        for figure in found:
            print(figure.line(), flush=True)
        print(f"   ({time.perf_counter() - began:.0f} s)", flush=True)
        figures.extend(found)

    rounds = 2 if quick else 5
    print(header())
    part("d", lambda: picture_figures(made["photo"], work / "cache-d", rounds))
    part("g", lambda: deck_figures(made["deck"], 3 if quick else 7))
    if only & set("abcef"):
        with display(args.renderer) as (env, described):
            print(f"   display: {described}", flush=True)
            env["KIOSK_CACHE_DIR"] = str(work / "cache")
            cold = dict(env, KIOSK_CACHE_DIR=str(work / "cache-cold"))
            part("a", lambda: runner.start_figures(env, REPO / "content" / "shandong", rounds))
            part("b", lambda: runner.key_figures(env, made["steps"], made["tour"],
                                                 10 if quick else 30))
            part("c", lambda: runner.transition_figures(
                env, made["slides"], made["screen_picture"], 6 if quick else 20))

            def memory() -> list[Figure]:
                found, details["e"] = runner.memory_figures(cold, made["photos"])
                return found

            def soak() -> list[Figure]:
                steps = args.soak or (300 if quick else 10_000)
                found, details["f"] = runner.soak_figures(env, made["soak"],
                                                          50 if quick else 500, steps)
                return found

            part("e", memory)
            part("f", soak)
    print(f"\n{header()}")
    for figure in figures:
        print(figure.line())
    print(f"\nall done in {time.perf_counter() - started:.0f} s; "
          f"{failures} part{'s' if failures != 1 else ''} failed")
    if args.json:
        args.json.write_text(json.dumps(
            {"machine": machine.describe(), "figures": [asdict(f) | {"ratio": f.ratio,
             "met": f.met} for f in figures], "details": details}, indent=2), encoding="utf-8")
    return 1 if failures else 0


def prepare_inputs(work: Path, quick: bool, only: set[str]) -> dict[str, Path]:
    """Only what the chosen parts need: photos are slow to make."""
    made: dict[str, Path] = {}
    size = (4000, 3000) if quick else inputs.PHOTO_SIZE
    made["photo"] = photo = inputs.make_photo(work / "photo.jpg", size)
    if "g" in only:
        made["deck"] = inputs.big_deck(work / "deck", 100 if quick else 500)
    if "e" in only:
        made["photos"] = inputs.photo_pack(work / "photos", photo, 20 if quick else 100,
                                           transition="none")
    if "b" in only:
        made["steps"] = inputs.photo_pack(work / "steps", photo, 8, transition="none")
        made["tour"] = inputs.tour_without_transitions(REPO / "content" / "shandong",
                                                       work / "tour")
    if "c" in only:
        made["slides"] = inputs.photo_pack(work / "slides", photo, 8, transition="slide")
        made["screen_picture"] = screen_picture(photo, work / "screen-picture.jpg")
    if "f" in only:
        made["soak"] = inputs.soak_pack(work / "soak", photo)
    return made


def screen_picture(photo: Path, path: Path) -> Path:
    """The photo as the kiosk shows it on a 1920x1080 screen, for the bare window to slide."""
    from PIL import Image

    from kiosk.media.plan import screen_size
    from kiosk.media.prepare import prepare_picture
    with Image.open(photo) as image:
        size = screen_size(image.size, (1920, 1080))
    prepare_picture(photo, size).save(path, quality=90)
    return path


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main(sys.argv[1:]))
