"""Resampling a picture in horizontal bands on several threads, as one call would.

Pillow releases Python's lock while it resamples, and a band's output rows depend only on the
source rows under its filter; so bands resampled side by side, each from those rows, and
pasted together are the pixels of one `resize`, but for the rounding of the filter's weights
(a band's rows are placed from its own start): at most one level apart (two with alpha,
premultiplied), in one or two pixels in a thousand. Each band copies its source rows out,
so a banded picture briefly holds one more copy of the decoded picture.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from PIL import Image
from PIL import _imaging as pillow_core  # Image.core: Pillow's block allocator

Size = tuple[int, int]
Box = tuple[float, float, float, float]

MOST_BANDS = 4
"""Threads one picture is resampled on at most: beyond four, memory bandwidth, not the
filter, sets the pace."""
BANDED_FROM = 1_000_000
"""Output pixels from which banding pays (each band costs a thread hand-over and a paste)."""
FILTER_SUPPORT = {Image.Resampling.NEAREST: 0.5, Image.Resampling.BOX: 0.5,
                  Image.Resampling.BILINEAR: 1.0, Image.Resampling.HAMMING: 1.0,
                  Image.Resampling.BICUBIC: 2.0, Image.Resampling.LANCZOS: 3.0}
"""How far each filter reaches, in source pixels at scale 1 (Pillow's Resample.c)."""
PREMULTIPLIED = {"RGBA": "RGBa", "LA": "La"}
"""Modes Pillow resamples with premultiplied alpha (as `Image.resize` does), so colours of
see-through pixels don't bleed into their neighbours."""

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def usable_bands() -> int:
    """How many bands a picture someone waits for is resampled in: one per CPU this process
    may run on (its affinity, which containers and `taskset` narrow), up to four."""
    return max(1, min(MOST_BANDS, len(os.sched_getaffinity(0))))


def resized(image: Image.Image, size: Size, resample: Image.Resampling,
            reducing_gap: float | None, bands: int = 1) -> Image.Image:
    """`image.resize(size, resample, reducing_gap=reducing_gap)`: for a picture large enough
    to gain, in `bands` horizontal bands on as many threads (see the module's docstring)."""
    if (bands <= 1 or size[0] * size[1] < BANDED_FROM or size[1] < 2 * bands
            or not _uniform(image.size, size)):
        return image.resize(size, resample, reducing_gap=reducing_gap)
    # As Image.resize: alpha premultiplied, then shrunk by a whole factor while far larger.
    mode = image.mode
    working = image.convert(PREMULTIPLIED[mode]) if mode in PREMULTIPLIED else image
    box: Box = (0.0, 0.0, float(image.width), float(image.height))
    if reducing_gap is not None:
        factor = (int(image.width / size[0] / reducing_gap) or 1,
                  int(image.height / size[1] / reducing_gap) or 1)
        if factor != (1, 1):
            working = working.reduce(factor)
            box = (0.0, 0.0, box[2] / factor[0], box[3] / factor[1])
    rows = _band_rows(size[1], bands)
    later = [_threads().submit(_band, working, size[0], box, size[1], resample, top, bottom)
             for top, bottom in rows[1:]]
    parts = [_band(working, size[0], box, size[1], resample, *rows[0])]
    parts += [future.result() for future in later]
    out = Image.new(working.mode, size, None)   # every pixel is pasted over: not cleared
    for (top, _), part in zip(rows, parts, strict=True):
        out.paste(part, (0, top))
    return out.convert(mode) if mode in PREMULTIPLIED else out


def _band(image: Image.Image, width: int, box: Box, height: int,
          resample: Image.Resampling, top: int, bottom: int) -> Image.Image:
    """Rows `top` to `bottom` of `box` of `image` resampled to `width` x `height`: the source
    rows under the filter (copied out, margins included) resampled across, then down. Pillow
    would do both in one call, but it chooses the order of its passes by their cost, which
    differs for a band; the bands must all go as the whole picture would (the 8-bit
    rounding between the passes differs with the order)."""
    scale = (box[3] - box[1]) / height
    first, last = box[1] + top * scale, box[1] + bottom * scale
    reach = FILTER_SUPPORT[resample] * max(scale, 1.0) + 1
    above = max(0, math.floor(first - reach))
    below = min(image.height, math.ceil(last + reach))
    rows = image.crop((0, above, image.width, below))
    across = rows.resize((width, below - above), resample,
                         box=(box[0], 0, box[2], below - above))
    return across.resize((width, bottom - top), resample,
                         box=(0, first - above, width, last - above))


def _uniform(source: Size, size: Size) -> bool:
    """Whether both sides are scaled alike (within 1 %), as every picture the kiosk prepares
    is: Pillow then goes across first, as the bands do. For other shapes it may go down
    first, and the 8-bit rounding between its two passes would differ from the bands'."""
    across, down = source[0] / size[0], source[1] / size[1]
    return abs(across - down) <= 0.01 * max(across, down)


def _band_rows(height: int, bands: int) -> list[tuple[int, int]]:
    edges = [height * part // bands for part in range(bands + 1)]
    return list(itertools.pairwise(edges))


def _threads() -> ThreadPoolExecutor:
    """The helper threads, made on first use: one fewer than the most bands (the caller's
    own thread resamples a band too)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(MOST_BANDS - 1, thread_name_prefix="kiosk-resample")
        return _pool


def keep_pillow_blocks(blocks: int = 1) -> None:
    """Let Pillow keep `blocks` freed blocks of picture memory (up to 16 MB each) for the next
    picture, instead of handing each back to the system at once: a picture decoded into fresh
    memory pays a page fault per 4 KB. Measured (bench/, part d and e): loading a cached
    1920x1080 derivative took 33 ms with none kept and 14 ms with one; more blocks gain a
    millisecond or two more but raise the peak memory through 100 photos (part e) from 273 MB
    to 294 MB with one, 303 MB with four and 312 MB with eight, against a target of 300."""
    pillow_core.set_blocks_max(blocks)
