"""The preloader: jobs in order, replaced when the visitor moves on; neighbours chosen right."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image

from kiosk.deck.loader import load_pack
from kiosk.media.neighbours import slide_pictures, slides_ahead
from kiosk.media.plan import Target
from kiosk.media.preload import Preloader


def test_the_next_previous_and_first_slides_are_wanted() -> None:
    assert slides_ahead(4, 10, loop=True) == [5, 3, 0]
    assert slides_ahead(0, 10, loop=True) == [1, 9]
    assert slides_ahead(9, 10, loop=True) == [0, 8]
    assert slides_ahead(9, 10, loop=False) == [8, 0]
    assert slides_ahead(0, 1, loop=True) == []
    assert slides_ahead(0, 0, loop=True) == []


def test_jobs_run_in_order_and_a_new_wish_replaces_the_waiting_ones() -> None:
    release = threading.Event()
    done: list[str] = []

    def prepare(path: Path, _target: Target, _waited_for: bool) -> None:
        if path.name == "a":
            release.wait(5)
        done.append(path.name)

    preloader = Preloader(prepare)
    target = Target((1, 2))
    preloader.want([(Path("a"), target), (Path("b"), target), (Path("c"), target)])
    preloader.want([(Path("d"), target), (Path("d"), target), (Path("e"), target)])
    assert not preloader.idle
    release.set()
    assert preloader.wait_idle(5)
    assert done in (["a", "d", "e"], ["d", "e"])   # "a" may not have started before the change
    preloader.close()
    preloader.want([(Path("f"), target)])           # after closing: nothing more
    assert preloader.wait_idle(1) and "f" not in done


def test_pictures_asked_for_now_go_first_newest_first() -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []
    waited_for: dict[str, bool] = {}

    def prepare(path: Path, _target: Target, waited: bool) -> None:
        if path.name == "busy":
            started.set()
            release.wait(5)
        done.append(path.name)
        waited_for[path.name] = waited

    preloader = Preloader(prepare)
    target = Target((1, 2))
    preloader.urgent((Path("busy"), target))
    assert started.wait(5)
    preloader.want([(Path("ahead-1"), target), (Path("ahead-2"), target)])
    preloader.urgent((Path("asked-1"), target))
    preloader.urgent((Path("asked-2"), target))
    preloader.urgent((Path("asked-1"), target))   # already waiting: not twice
    release.set()
    assert preloader.wait_idle(5)
    assert done == ["busy", "asked-2", "asked-1", "ahead-1", "ahead-2"]
    # Pictures asked for are someone's wait (all CPUs); pictures wanted ahead are not.
    assert waited_for == {"busy": True, "asked-2": True, "asked-1": True,
                          "ahead-1": False, "ahead-2": False}
    preloader.close()


def test_the_pictures_of_each_slide_are_found(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    Image.new("RGB", (4, 4)).save(tmp_path / "images/a.jpg")
    Image.new("RGB", (4, 4)).save(tmp_path / "images/b.png")
    (tmp_path / "images/c.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>')
    (tmp_path / "deck.yaml").write_text(
        "format: 1\ntitle: T\nslides:\n"
        "  - {type: title, title: A, image: images/a.jpg, background: images/b.png}\n"
        "  - {type: text, title: B, body: b}\n"
        "  - {type: image, image: images/c.svg}\n"
        "  - {type: image, image: images/a.jpg}\n")
    pack = load_pack(tmp_path).pack
    assert pack is not None
    images = tmp_path / "images"
    assert slide_pictures(pack.deck) == [(images / "b.png", images / "a.jpg"), (),
                                         (images / "c.svg",), (images / "a.jpg",)]


def test_a_failing_job_does_not_stop_the_thread(caplog: pytest.LogCaptureFixture) -> None:
    done: list[str] = []

    def prepare(path: Path, _target: Target, _waited_for: bool) -> None:
        if path.name == "bug":
            raise RuntimeError("a bug")
        done.append(path.name)

    preloader = Preloader(prepare)
    preloader.want([(Path("bug"), Target((1, 2))), (Path("after"), Target((1, 2)))])
    assert preloader.wait_idle(5)
    assert done == ["after"]
    assert "preparing bug failed" in caplog.text
    preloader.close()
