"""Banded resampling: the pixels of one Image.resize (to a rounding), really on other threads."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kiosk.media.prepare import RESAMPLE, prepare_picture
from kiosk.media.resample import BANDED_FROM, resized, usable_bands
from tests.media.samples import save_jpeg


def noise(size: tuple[int, int], mode: str, seed: int = 1) -> Image.Image:
    """Random pixels: every filter tap shows, so a seam between bands could not hide."""
    bands = len(mode)
    data = random.Random(seed).randbytes(size[0] * size[1] * bands)
    return Image.frombytes(mode, size, data)


def same(a: Image.Image, b: Image.Image) -> bool:
    """The same picture but for the rounding of filter weights at band edges: no value more
    than one level apart (two with alpha), and at most one pixel in two hundred apart at
    all. Pictures with alpha are compared as seen (premultiplied): a level in a nearly clear
    pixel is many levels of a colour nobody sees."""
    if a.mode != b.mode or a.size != b.size:
        return False
    levels = 1
    if a.mode == "RGBA":   # and one more for premultiplying again what was undone
        a, b, levels = a.convert("RGBa"), b.convert("RGBa"), 2
    channels = ImageChops.difference(a, b).split()
    if any(channel.getextrema()[1] > levels for channel in channels):  # type: ignore[operator]
        return False
    apart = channels[0]
    for channel in channels[1:]:
        apart = ImageChops.lighter(apart, channel)
    return apart.histogram()[1] * 200 <= a.width * a.height


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L"])
@pytest.mark.parametrize("bands", [2, 3, 4])
def test_bands_give_the_pixels_of_one_resize(mode: str, bands: int) -> None:
    source = noise((2000, 1333), mode)
    size = (1283, 855)     # a scale that puts band edges between source rows
    assert size[0] * size[1] >= BANDED_FROM
    one = source.resize(size, RESAMPLE)
    assert same(resized(source, size, RESAMPLE, None, bands), one)


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_bands_after_a_whole_factor_shrink_match_pillow(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.media.resample.BANDED_FROM", 1000)   # small, to stay quick
    source = noise((1900, 1300), mode)
    size = (300, 205)     # over six times smaller: Pillow first reduces by 2 (gap 3)
    assert int(source.width / size[0] / 3.0) == 2
    one = source.resize(size, RESAMPLE, reducing_gap=3.0)
    assert same(resized(source, size, RESAMPLE, 3.0, 3), one)


def test_pictures_scaled_unevenly_are_resized_by_pillow_in_one_call() -> None:
    """Pillow may take such a shape down first; the bands could not match it."""
    source = noise((1500, 3000), "RGB")
    size = (1200, 1000)
    assert ImageChops.difference(resized(source, size, RESAMPLE, None, 4),
                                 source.resize(size, RESAMPLE)).getbbox() is None


def resize_threads(monkeypatch: pytest.MonkeyPatch, bands: int) -> list[str]:
    """The thread of each Image.resize call while a 2000x1400 picture is resized in
    `bands` bands."""
    calls: list[str] = []
    original = Image.Image.resize

    def spying(self: Image.Image, *args: object, **kwargs: object) -> Image.Image:
        calls.append(threading.current_thread().name)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image.Image, "resize", spying)
    resized(noise((2000, 1400), "RGB"), (1500, 1050), RESAMPLE, None, bands)
    monkeypatch.undo()
    return calls


def test_the_bands_run_on_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = set(resize_threads(monkeypatch, 3))
    assert threading.current_thread().name in seen
    assert len([name for name in seen if name.startswith("kiosk-resample")]) >= 1


def test_one_band_is_one_plain_resize_on_the_calling_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Preloading's way: no copies of the source rows, no other thread."""
    assert resize_threads(monkeypatch, 1) == [threading.current_thread().name]


def test_small_pictures_and_one_band_are_resized_plainly() -> None:
    small = noise((300, 200), "RGB")
    assert same(resized(small, (150, 100), RESAMPLE, None, 4),
                small.resize((150, 100), RESAMPLE))
    assert 1 <= usable_bands() <= 4


def test_a_picture_prepared_on_several_threads_is_the_same(tmp_path: Path) -> None:
    """A turned photo (EXIF 6) through the whole pipeline: decoded reduced, banded, turned."""
    stored = noise((2600, 3900), "RGB").resize((1300, 1950)).resize((2600, 3900))
    path = save_jpeg(stored, tmp_path / "turned.jpg", orientation=6)
    one = prepare_picture(path, (1400, 933))
    assert one.size == (1400, 933)
    assert same(prepare_picture(path, (1400, 933), bands=4), one)
