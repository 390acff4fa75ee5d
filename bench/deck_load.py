"""(g) Loading and validating a 500-slide deck, against the bare YAML parse of the same file."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from bench.report import Figure, median
from kiosk.deck import pictures
from kiosk.deck.loader import load_pack


def deck_figures(pack: Path, rounds: int = 7) -> list[Figure]:
    text = (pack / "deck.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    bare: list[float] = []
    kiosk: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        yaml.load(text, Loader=loader)  # a safe loader (CSafeLoader or SafeLoader)
        bare.append((time.perf_counter() - started) * 1000)
        pictures._read.cache_clear()   # as at a start: picture headers read afresh
        started = time.perf_counter()
        result = load_pack(pack)
        kiosk.append((time.perf_counter() - started) * 1000)
        if result.pack is None:
            raise RuntimeError(f"the generated deck has problems: {result.problems[:3]}")
    slides = len(result.pack.deck.slides) if result.pack else 0
    return [Figure("g", f"load + validate a {slides}-slide deck", median(kiosk), "ms", median(bare),
                   f"bare YAML parse ({loader.__name__})", 2.0, of_baseline=True)]
