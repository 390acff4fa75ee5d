"""`python -m bench.soak`: the kiosk's real window, offscreen, driven through N transitions by
a seeded random visitor; memory, live objects, files and threads read every K transitions;
a table, CSV and JSON, and a verdict on whether each measure stays bounded after the warm-up.

Exit status 0 when every measure is bounded and nothing was logged at WARNING or above (Qt's
messages included) and no exception went uncaught; 1 otherwise; 2 for bad arguments."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PACKS = ("showcase", "shandong")


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--transitions", type=int, default=20_000, metavar="N",
                        help="slide changes to drive the kiosk through (default 20000)")
    parser.add_argument("--every", type=int, default=None, metavar="K",
                        help="a reading every K transitions (default N/40, at least 20)")
    parser.add_argument("--warmup", type=int, default=None, metavar="W",
                        help="transitions left out of the verdict (default N/10, at least K)")
    parser.add_argument("--walk-away", type=int, default=None, metavar="M",
                        help="every M transitions nobody touches the kiosk until it has "
                             "gone to attract mode (default K)")
    parser.add_argument("--minutes", type=float, default=None, metavar="T",
                        help="stop after T minutes of driving even if N is not reached")
    parser.add_argument("--seed", type=int, default=1, help="the random visitor's seed")
    parser.add_argument("--pack", choices=PACKS, default=PACKS[0],
                        help="the pack shown at the start and at every reading; the operator "
                             "switches to the other now and then (default showcase)")
    parser.add_argument("--no-animate", action="store_true",
                        help="transitions without animation (faster; fewer paths covered)")
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="where to write soak.csv, soak.json and soak.log "
                             "(default: a new folder soak-<time> in the current one)")
    parser.add_argument("--plant-leak", action="store_true",
                        help="keep a Qt object and some Python data for every slide shown: "
                             "the leak tests/test_soak.py shows the verdict catches")
    args = parser.parse_args(argv)
    if args.transitions < 1:
        parser.error("--transitions must be at least 1")
    args.every = args.every or max(20, args.transitions // 40)
    args.warmup = args.warmup if args.warmup is not None else max(args.every,
                                                                  args.transitions // 10)
    args.walk_away = args.walk_away or args.every
    if min(args.every, args.walk_away) < 1:
        parser.error("--every and --walk-away must be at least 1")
    return args


def main(argv: list[str]) -> int:
    args = arguments(argv)
    out: Path = args.out or Path(f"soak-{time.strftime('%Y%m%d-%H%M%S')}")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_QUICK_BACKEND"] = "software"
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as work:
        os.environ["KIOSK_CACHE_DIR"] = str(Path(work) / "cache")   # not the user's cache
        for name in PACKS:       # copies side by side: the operator's pack list shows both
            shutil.copytree(REPO / "content" / name, Path(work) / "packs" / name)
        return soak(args, Path(work) / "packs" / args.pack, out)


def soak(args: argparse.Namespace, pack: Path, out: Path) -> int:
    from PySide6.QtGui import QGuiApplication

    from bench.machine import describe
    from bench.soak_driver import SoakKiosk
    from bench.soak_samples import table, trends, verdict_lines, write_csv
    from kiosk.app.immortal import keep_none_alive
    from kiosk.app.logs import setup_logging
    from kiosk.app.ops.crash import ExceptionHooks
    from kiosk.app.ops.health import CountingHandler, Health
    from kiosk.app.window import use_software_rendering_when_headless

    keep_none_alive()
    setup_logging(log_file=out / "soak.log")
    for handler in logging.getLogger().handlers:   # the kiosk's info lines: the file only
        if type(handler) is logging.StreamHandler:
            handler.setLevel(logging.WARNING)
    health = Health()
    logging.getLogger().addHandler(CountingHandler(health))
    hooks = ExceptionHooks(health)
    hooks.install()
    use_software_rendering_when_headless()
    app = QGuiApplication(sys.argv[:1])
    machine = describe()
    print("\n".join(machine))
    print(f"soak: {args.transitions:,} transitions from {pack.name}, a reading every "
          f"{args.every}, warm-up {args.warmup}, walk-away every {args.walk_away}, seed "
          f"{args.seed}{', animations off' if args.no_animate else ''}"
          f"{', WITH A PLANTED LEAK' if args.plant_leak else ''}; results in {out}", flush=True)
    kiosk = SoakKiosk(pack, animate=not args.no_animate, seed=args.seed, leak=args.plant_leak)
    started = time.monotonic()
    samples = [kiosk.sample(0.0)]
    header, *_ = table(samples)
    print(header)
    print(table(samples)[-1], flush=True)
    next_sample, next_walk, idle_actions = args.every, args.walk_away, 0
    deadline = started + 60 * args.minutes if args.minutes else float("inf")
    while kiosk.transitions < args.transitions and time.monotonic() < deadline:
        before = kiosk.transitions
        kiosk.act()
        idle_actions = 0 if kiosk.transitions > before else idle_actions + 1
        if idle_actions > 500:
            logging.getLogger("bench.soak").error(
                "500 actions in a row changed no slide: the kiosk is stuck")
            break
        if kiosk.transitions >= next_walk:
            kiosk.walk_away()
            next_walk = kiosk.transitions + args.walk_away
        if kiosk.transitions >= next_sample:
            samples.append(kiosk.sample(time.monotonic() - started))
            print(table(samples)[-1], flush=True)
            next_sample = kiosk.transitions + args.every
    seconds = time.monotonic() - started
    if kiosk.transitions >= samples[-1].transitions + args.every // 2:
        samples.append(kiosk.sample(seconds))       # the end of a run cut short by --minutes
        print(table(samples)[-1], flush=True)
    kiosk.close()
    hooks.uninstall()
    counts = health.counts()
    try:
        found = trends(samples, args.warmup)
    except ValueError as error:           # a run cut short by --minutes or a stuck kiosk
        print(f"\nno verdict: {error}")
        found = []
    bounded = bool(found) and all(t.bounded for t in found)
    clean = counts.exceptions == counts.errors == counts.warnings == 0
    if found:
        print("\n" + "\n".join(verdict_lines(found)))
    print(f"\n{kiosk.transitions:,} transitions in {seconds:.0f} s; actions: "
          + ", ".join(f"{name} {count}" for name, count in kiosk.actions.most_common()))
    print(f"logged: {counts.warnings} warnings, {counts.errors} errors, {counts.exceptions} "
          f"exceptions nobody caught (see {out / 'soak.log'})")
    growing = ", ".join(t.measure for t in found if not t.bounded)
    judged = "bounded" if bounded else f"GROWING: {growing}"
    if not found:
        judged = "none (too few readings)"
    print(f"verdict: {judged}"
          f"{'' if clean else '; something was logged at WARNING or above'}")
    write_csv(samples, out / "soak.csv")
    result: dict[str, Any] = {
        "machine": machine, "arguments": {k: str(v) for k, v in vars(args).items()},
        "transitions": kiosk.transitions, "seconds": round(seconds, 1),
        "actions": dict(kiosk.actions), "samples": [asdict(s) for s in samples],
        "trends": [asdict(t) for t in found], "bounded": bounded,
        "warnings": counts.warnings, "errors": counts.errors,
        "exceptions": counts.exceptions,
    }
    (out / "soak.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    del app
    return 0 if bounded and clean else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
