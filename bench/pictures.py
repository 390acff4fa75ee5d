"""(d) Preparing a 24-megapixel JPEG for a 1920x1080 screen, against naive Pillow and a bare
reduced decode; and loading a derivative already in the disk cache."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from bench.report import Figure, median
from kiosk.media.cache import DiskCache
from kiosk.media.plan import Target, screen_size
from kiosk.media.prepare import prepare_picture
from kiosk.media.resample import keep_pillow_blocks, usable_bands
from kiosk.media.store import PictureStore

SCREEN = (1920, 1080)


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def picture_figures(photo: Path, cache_folder: Path, rounds: int = 5) -> list[Figure]:
    """Each way timed in turn, `rounds` times over, so drift in a noisy machine's speed falls
    on all of them alike; the medians are compared."""
    from kiosk.app.images import to_qimage  # QImage needs no application

    keep_pillow_blocks()   # as the kiosk's picture service does, for every way alike
    bands = usable_bands()
    with Image.open(photo) as image:
        full = screen_size(image.size, SCREEN)   # 1920x1280 for a 3:2 photo

    def naive() -> None:
        with Image.open(photo) as image:
            image.load()
            image.resize(full, Image.Resampling.LANCZOS)

    def draft() -> None:
        with Image.open(photo) as image:
            image.draft("RGB", SCREEN)
            image.load()

    def reduced_then(resample: Image.Resampling) -> Callable[[], object]:
        def run() -> None:
            with Image.open(photo) as image:
                image.draft("RGB", full)
                image.load()
                image.resize(full, resample)
        return run

    def cached(size: tuple[int, int]) -> Callable[[], object]:
        """A new store (nothing in memory) loading the derivative from the disk cache, to a
        QImage, as the picture thread does."""
        PictureStore(DiskCache(cache_folder), to_qimage, lambda _: 1, 0).get(photo, Target(size))

        def run() -> None:
            store: PictureStore[object] = PictureStore(DiskCache(cache_folder), to_qimage,
                                                       lambda _: 1, memory_limit=0)
            store.get(photo, Target(size))
        return run

    ways: dict[str, Callable[[], object]] = {
        "naive": naive, "draft": draft,
        "pipeline": lambda: prepare_picture(photo, full, bands=bands),
        "ahead": lambda: prepare_picture(photo, full),
        "lanczos": reduced_then(Image.Resampling.LANCZOS),
        "hamming": reduced_then(Image.Resampling.HAMMING),
        "cached": cached(SCREEN), "cached full": cached(full)}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(rounds):
        for name, run in ways.items():
            times[name].append(_timed(run))
    for _ in range(10):
        times["cached"].append(_timed(ways["cached"]))
        times["cached full"].append(_timed(ways["cached full"]))
    naive_ms, draft_ms = median(times["naive"]), median(times["draft"])
    pipeline_ms, ahead_ms = median(times["pipeline"]), median(times["ahead"])
    megapixels = f"{photo_pixels(photo) / 1e6:.0f} MP"
    size = f"{full[0]}x{full[1]}"
    return [
        Figure("d", f"prepare {megapixels} JPEG -> {size} vs naive", pipeline_ms, "ms",
               naive_ms, "full decode + LANCZOS", 0.35, of_baseline=True),
        Figure("d", f"prepare {megapixels} JPEG -> {size} vs draft", pipeline_ms, "ms",
               draft_ms, "bare reduced decode", 1.5, of_baseline=True),
        Figure("d", f"  (the same on one thread, preloading; {bands} when waited for)",
               ahead_ms, "ms", draft_ms, "bare reduced decode"),
        Figure("d", "  (reduced decode + LANCZOS, for comparison)", median(times["lanczos"]),
               "ms", draft_ms, "bare reduced decode"),
        Figure("d", "  (reduced decode + HAMMING, for comparison)", median(times["hamming"]),
               "ms", draft_ms, "bare reduced decode"),
        Figure("d", "load a cached 1920x1080 derivative (QImage)", median(times["cached"]),
               "ms", limit=15.0),
        Figure("d", f"  (the same for the photo's {size})", median(times["cached full"]),
               "ms"),
    ]


def photo_pixels(photo: Path) -> int:
    with Image.open(photo) as image:
        return image.width * image.height
