"""The disk cache: hits and misses, eviction of the least recently used, damaged entries,
atomic writes shared by two processes, and where it lives."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk.media.cache import DiskCache, cache_folder, derivative_key
from kiosk.media.plan import Target
from kiosk.media.store import PictureStore
from tests.media.samples import close, quadrant_colours, quadrants, save_jpeg

REPO = Path(__file__).resolve().parents[2]


def store_on(cache: DiskCache) -> PictureStore[Image.Image]:
    return PictureStore(cache, lambda image: image, lambda image: 1, memory_limit=0)


def test_the_cache_folder_follows_the_platform_and_the_override(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KIOSK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert cache_folder() == tmp_path / "xdg" / "exhibition-kiosk"
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_folder() == tmp_path / "mine"


def test_a_miss_makes_the_picture_and_a_hit_reads_it_back(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((600, 400)), tmp_path / "a.jpg")
    store = store_on(DiskCache(tmp_path / "cache"))
    first = store.get(path, Target((150, 100)))
    assert store.made == 1
    again = store_on(DiskCache(tmp_path / "cache")).get(path, Target((150, 100)))  # new process
    assert again.size == first.size == (150, 100)
    assert close(quadrant_colours(again))
    assert store.made == 1


def test_the_key_is_the_content_not_the_name(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "cache")
    one = save_jpeg(quadrants(), tmp_path / "one.jpg")
    two = tmp_path / "two.jpg"
    two.write_bytes(one.read_bytes())
    assert cache.content_id(one) == cache.content_id(two)
    store = store_on(cache)
    store.get(one, Target((60, 40)))
    other = store_on(cache)
    other.get(two, Target((60, 40)))
    assert other.made == 0
    save_jpeg(quadrants().rotate(180), one)   # the same name, new content
    assert cache.content_id(one) != cache.content_id(two)


def test_size_and_pipeline_version_are_part_of_the_key() -> None:
    keys = {derivative_key("c", (10, 10), None, 1), derivative_key("c", (10, 11), None, 1),
            derivative_key("c", (10, 10), (20, 20), 1), derivative_key("c", (10, 10), None, 2)}
    assert len(keys) == 4


def test_opaque_pictures_from_jpegs_are_stored_as_jpeg_others_as_png(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "cache")
    cache.save("a" * 64, quadrants(), lossy=True)
    cache.save("b" * 64, quadrants(mode="RGBA"), lossy=True)
    cache.save("c" * 64, quadrants(), lossy=False)
    assert [cache.entry(key * 64).suffix for key in "abc"] == [".jpg", ".png", ".png"]  # type: ignore[union-attr]


def test_the_least_recently_used_go_first_when_the_cache_is_full(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "cache", limit=10**9)
    noise = [Image.effect_noise((200, 200), 80).convert("RGB") for _ in range(4)]
    for index, image in enumerate(noise):
        cache.save(f"{index}" * 64, image, lossy=False)
        os.utime(cache.entry(f"{index}" * 64), (1000 + index, 1000 + index))  # type: ignore[arg-type]
    assert cache.load("0" * 64, (200, 200)) is not None   # used now: the most recent
    sizes = [cache.entry(f"{i}" * 64).stat().st_size for i in range(4)]  # type: ignore[union-attr]
    cache.limit = sum(sizes) + 100
    cache.save("4" * 64, noise[0], lossy=False)   # over the limit: evict down to 9/10
    left = [i for i in range(5) if cache.entry(f"{i}" * 64) is not None]
    assert 1 not in left and 0 in left and 4 in left
    total = sum(path.stat().st_size for path in (tmp_path / "cache").rglob("*") if path.is_file())
    assert total <= cache.limit


def test_a_damaged_entry_is_ignored_and_made_again(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((600, 400)), tmp_path / "a.jpg")
    cache = DiskCache(tmp_path / "cache")
    store_on(cache).get(path, Target((150, 100)))
    [entry] = (tmp_path / "cache" / "pictures").rglob("*.jpg")
    entry.write_bytes(entry.read_bytes()[:200])   # cut short, as by a crash mid-write
    store = store_on(DiskCache(tmp_path / "cache"))
    assert close(quadrant_colours(store.get(path, Target((150, 100)))))
    assert store.made == 1
    assert len(entry.read_bytes()) > 200          # written whole again


def test_an_entry_of_the_wrong_size_is_damaged_too(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "cache")
    cache.save("d" * 64, quadrants((30, 20)), lossy=True)
    assert cache.load("d" * 64, (60, 40)) is None
    assert cache.entry("d" * 64) is None


def test_a_cache_that_cannot_be_written_is_worked_around(tmp_path: Path,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    path = save_jpeg(quadrants(), tmp_path / "a.jpg")
    store = store_on(DiskCache(blocker))
    assert store.get(path, Target((60, 40))).size == (60, 40)
    assert store.get(path, Target((30, 20))).size == (30, 20)
    assert caplog.text.count("cannot write to the picture cache") == 1


def test_leftover_temporary_files_are_swept_when_old(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "cache", limit=1)
    folder = tmp_path / "cache" / "pictures" / "ab"
    folder.mkdir(parents=True)
    old, new = folder / ".tmp-old.jpg", folder / ".tmp-new.jpg"
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    cache.save("ab" + "0" * 62, quadrants((20, 20)), lossy=True)
    assert not old.exists() and new.exists()


TWO_PROCESSES = """
import sys
from pathlib import Path
from kiosk.media.cache import DiskCache
from kiosk.media.plan import Target
from kiosk.media.store import PictureStore
cache = DiskCache(Path(sys.argv[1]), limit=int(sys.argv[3]))
store = PictureStore(cache, lambda image: image, lambda image: 1, memory_limit=0)
pictures = sorted(Path(sys.argv[2]).glob("*.jpg"))
for round in range(3):
    for path in pictures:
        for width in (90, 120, 150):
            picture = store.get(path, Target((width, width * 2 // 3)))
            assert picture.size == (width, width * 2 // 3), picture.size
            assert picture.getpixel((1, 1))[0] > 200, path
print("ok", store.made)
"""


def test_two_kiosks_share_one_cache(tmp_path: Path) -> None:
    """Two processes reading, writing and evicting the same entries at once: every picture
    either of them gets is whole (writes are atomic; a vanished entry is made again)."""
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    for index in range(6):
        save_jpeg(quadrants((600 + index * 6, 400)), pictures / f"{index}.jpg")
    limit = "60000"   # small: both keep evicting what the other wrote
    runs = [subprocess.Popen([sys.executable, "-c", TWO_PROCESSES, str(tmp_path / "cache"),
                              str(pictures), limit], cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert out.startswith("ok")
    leftovers = list((tmp_path / "cache").rglob(".tmp-*"))
    assert leftovers == []
