"""The store: memory first, each picture made once however many ask, small pictures from the
screen-sized one, memory bounded, failures logged once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image

from kiosk.media.cache import DiskCache
from kiosk.media.memory import MemoryLru
from kiosk.media.plan import Target
from kiosk.media.prepare import PictureError
from kiosk.media.store import PictureStore
from tests.media.samples import close, quadrant_colours, quadrants, save_jpeg


def pixels(image: Image.Image) -> int:
    return image.width * image.height * 4


def test_memory_answers_before_the_disk(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((600, 400)), tmp_path / "a.jpg")
    store = PictureStore(DiskCache(tmp_path / "cache"), lambda i: i, pixels, 10**8)
    first = store.get(path, Target((300, 200)))
    assert store.holds(path, Target((300, 200)))
    assert store.get(path, Target((300, 200))) is first


def test_threads_asking_at_once_share_one_making(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((1200, 800)), tmp_path / "a.jpg")
    store = PictureStore(None, lambda i: i, pixels, 10**8)
    start = threading.Barrier(4)
    got: list[Image.Image] = []

    def ask() -> None:
        start.wait()
        got.append(store.get(path, Target((300, 200))))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.made == 1 and len(got) == 4


def test_a_small_picture_is_made_from_the_screen_sized_one(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((1200, 800)), tmp_path / "a.jpg")
    store = PictureStore(DiskCache(tmp_path / "cache"), lambda i: i, pixels, 10**8)
    small = store.get(path, Target((90, 60), (600, 400)))
    assert small.size == (90, 60) and close(quadrant_colours(small))
    assert store.made == 1
    store.get(path, Target((600, 400)))   # the screen-sized one was made and kept on disk
    assert store.made == 1


def test_memory_stays_within_its_budget() -> None:
    memory: MemoryLru[bytes] = MemoryLru(100, len)
    for key in range(10):
        memory.put(key, bytes(30))
    assert memory.total <= 100 and 9 in memory and 0 not in memory
    memory.get(7)
    memory.put(10, bytes(30))
    assert 7 in memory and 8 not in memory
    memory.put("huge", bytes(500))
    assert "huge" not in memory
    memory.set_limit(40)
    assert memory.total <= 40


def test_a_picture_that_cannot_be_shown_is_logged_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "broken.jpg"
    whole = save_jpeg(Image.effect_noise((400, 300), 60).convert("RGB"), tmp_path / "w.jpg")
    path.write_bytes(whole.read_bytes()[:20000])
    store = PictureStore(DiskCache(tmp_path / "cache"), lambda i: i, pixels, 10**8)
    for size in ((60, 40), (60, 40), (30, 20)):
        with pytest.raises(PictureError, match="damaged or cut short"):
            store.get(path, Target(size))
    assert caplog.text.count("broken.jpg is damaged") == 1
