"""Pictures on screen through the image provider: shown, thumbnails at thumbnail size, the
neighbours prepared ahead (seen in the cache), memory bounded, hostile files a placeholder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlExpression
from pytestqt.qtbot import QtBot

from kiosk.app.images import PictureService, pictures_of
from kiosk.app.screenshot import render_settled, settle
from kiosk.deck.pictures import read_picture
from kiosk.media.cache import derivative_key
from kiosk.media.plan import Target, screen_size
from kiosk.media.prepare import PIPELINE_VERSION
from tests.app.harness import REPO, Kiosk, open_kiosk
from tests.media.samples import save_jpeg

COLOURS = [(200, 40, 40), (40, 160, 60), (40, 70, 200), (230, 200, 40), (150, 60, 160),
           (40, 170, 170), (240, 120, 30), (120, 120, 120)]
SIZE = (960, 540)


def make_pack(root: Path, count: int = len(COLOURS), *, transition: str = "none") -> Path:
    """Image slides of flat colours (3:2 JPEGs, the second turned by EXIF), no captions."""
    (root / "images").mkdir(parents=True)
    slides = []
    for index in range(count):
        colour = COLOURS[index % len(COLOURS)]
        picture = Image.new("RGB", (1500, 1000), colour)
        picture.paste((255, 255, 255), (0, 0, 50, 50))   # a corner, so each file differs
        picture.paste(colour, (index, 0, index + 1, 1))
        save_jpeg(picture, root / f"images/p{index}.jpg")
        slides.append(f"  - {{type: image, image: images/p{index}.jpg}}")
    (root / "deck.yaml").write_text(
        f"format: 1\ntitle: Photos\nkiosk: {{transition: {transition}}}\nslides:\n"
        + "\n".join(slides) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    return make_pack(tmp_path / "photos")


@pytest.fixture
def kiosk(qtbot: QtBot, photos: Path) -> Iterator[Kiosk]:
    with open_kiosk(qtbot, photos, SIZE, animate=False) as opened:
        yield opened


def service(kiosk: Kiosk) -> PictureService:
    found = pictures_of(kiosk.engine)
    assert found is not None
    return found


def colour_at(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def near(got: tuple[int, int, int], want: tuple[int, int, int], tolerance: int = 10) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(got, want, strict=True))


PICTURE_STATES = """(function() {
    const found = []
    function walk(item) {
        if (item.isPicture === true && item.prepared)
            found.push({request: item.request, failed: item.failed, boxWidth: item.boxWidth,
                        boxHeight: item.boxHeight})
        for (let i = 0; i < item.children.length; ++i)
            walk(item.children[i])
    }
    walk(contentItem)
    return JSON.stringify(found)
})()"""


def pictures(kiosk: Kiosk) -> list[dict[str, Any]]:
    """Every Picture in the window with what it asked the provider for, read in QML (Python
    wrappers of items that QML deletes are not safe to walk)."""
    expression = QQmlExpression(kiosk.engine.rootContext(), kiosk.window, PICTURE_STATES)
    value, _undefined = expression.evaluate()
    found: list[dict[str, Any]] = json.loads(str(value))
    return found


def test_a_photo_is_on_the_first_frame_taken(kiosk: Kiosk) -> None:
    image = render_settled(kiosk.window)
    assert near(colour_at(image, 480, 300), COLOURS[0])
    kiosk.session.navigation.next()
    settle()
    assert near(colour_at(render_settled(kiosk.window), 480, 300), COLOURS[1])


def test_the_next_previous_and_first_slides_are_prepared_ahead(kiosk: Kiosk) -> None:
    pictures_service = service(kiosk)
    kiosk.session.navigation.goTo(4)
    settle()
    assert pictures_service.wait_prepared(30)
    store, cache = pictures_service.store, pictures_service.store.cache
    assert cache is not None
    root = kiosk.session.pack.root  # type: ignore[union-attr]

    def prepared(index: int) -> bool:
        path = root / f"images/p{index}.jpg"
        target = Target(screen_size(read_picture(path).upright_size, SIZE))
        key = derivative_key(cache.content_id(path), target.size, None, PIPELINE_VERSION)
        return cache.entry(key) is not None and store.holds(path, target)

    assert [prepared(index) for index in (5, 3, 0, 4)] == [True, True, True, True]
    # 1 and 7 were the neighbours of the first slide; 2 and 6 were never wanted.
    assert not prepared(2) and not prepared(6)
    # Stepping on needs no decoding: the slide's picture is ready and comes from memory.
    made = store.made
    kiosk.session.navigation.next()
    settle()
    assert near(colour_at(render_settled(kiosk.window), 480, 300), COLOURS[5])
    assert store.made == made + 1 or store.made == made   # only slide 6, ahead, may be made


def test_a_picture_waited_for_uses_every_cpu_and_preloading_one(
        kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    """A slide jumped to before its picture was prepared makes the visitor wait: its photo
    is resampled on all CPUs. The neighbours prepared ahead leave the others to the slide."""
    monkeypatch.setattr("kiosk.app.images.usable_bands", lambda: 3)
    pictures_service = service(kiosk)
    assert pictures_service.wait_prepared(30)
    calls: list[tuple[str, int]] = []
    prepare = pictures_service.store.prepare

    def spying(path: Path, target: Target, *, bands: int = 1) -> None:
        calls.append((path.name, bands))
        prepare(path, target, bands=bands)

    monkeypatch.setattr(pictures_service.store, "prepare", spying)
    kiosk.session.navigation.goTo(5)      # neither a neighbour of slide 1 nor the first
    settle()
    assert pictures_service.wait_prepared(30)
    assert near(colour_at(render_settled(kiosk.window), 480, 300), COLOURS[5])
    assert ("p5.jpg", 3) in calls
    ahead = {name: bands for name, bands in calls if name != "p5.jpg"}
    assert ahead == {"p6.jpg": 1, "p4.jpg": 1, "p0.jpg": 1}   # next, previous, first
    assert Image.core.get_blocks_max() >= 1   # pictures reuse Pillow's freed memory


def test_memory_for_pictures_stays_within_about_five_slides(kiosk: Kiosk) -> None:
    pictures_service = service(kiosk)
    held = pictures_service.store.screen_sized
    one_picture = 960 * 640 * 4
    for _ in range(len(COLOURS) * 2):
        kiosk.session.navigation.next()
        settle()
        assert pictures_service.wait_prepared(30)
        assert held.total <= held.limit
    assert held.limit <= 6.5 * one_picture
    assert held.total >= 3 * one_picture   # the neighbours are there


def test_overview_thumbnails_ask_for_thumbnail_sized_pictures(kiosk: Kiosk) -> None:
    kiosk.session.navigation.openPanel("overview")
    settle()
    shown = pictures(kiosk)
    thumbnails = [p for p in shown if p["boxWidth"] < SIZE[0] / 2]
    assert len(thumbnails) >= 4
    assert all(f"w={p['boxWidth']}&" in p["request"] and not p["failed"] for p in thumbnails)
    assert service(kiosk).store.small.total > 0
    image = render_settled(kiosk.window)
    assert image.width() == SIZE[0]


@pytest.mark.parametrize(("name", "content"), [
    ("zero-byte", b""),
    ("not-a-picture", b"<html>a web page saved as .jpg</html>"),
    ("truncated", None),
    ("bomb", "bomb"),
])
def test_a_picture_spoiled_while_the_kiosk_runs_shows_a_placeholder(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str,
        content: bytes | str | None) -> None:
    pack = make_pack(tmp_path / "pack", 3)
    spoiled = pack / "images/p1.jpg"
    with open_kiosk(qtbot, pack, SIZE, animate=False) as kiosk:
        if content is None:
            spoiled.write_bytes(spoiled.read_bytes()[:3000])
        elif content == "bomb":
            Image.new("L", (12000, 8000)).save(spoiled, format="JPEG", quality=1)
        else:
            assert isinstance(content, bytes)
            spoiled.write_bytes(content)
        for _ in range(2):   # there and back: logged once, shown calmly both times
            kiosk.session.navigation.goTo(1)
            settle()
            [shown] = pictures(kiosk)
            assert shown["failed"], name
            kiosk.session.navigation.goTo(0)
            settle()
        kiosk.session.navigation.goTo(1)
        image = render_settled(kiosk.window)
        assert not near(colour_at(image, 480, 300), COLOURS[1], 40)
    assert caplog.text.count("p1.jpg") == 1, caplog.text


def test_the_provider_shows_only_the_pack_s_pictures(kiosk: Kiosk, tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    outside = save_jpeg(Image.new("RGB", (30, 20)), tmp_path / "outside.jpg")
    request = f"{str(outside).lstrip('/')}?w=30&h=20&fit=cover&sw=960&sh=540"
    assert service(kiosk).answer(request).size().width() == 1
    assert service(kiosk).answer("x.jpg?w=huge").size().width() == 1
    assert "not in the pack shown" in caplog.text


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90">'
       '<rect width="80" height="90" fill="#c82828"/><rect x="80" width="80" height="90" '
       'fill="#2846c8"/></svg>')


def test_an_svg_drawing_is_drawn_off_the_gui_thread_and_shown(qtbot: QtBot, tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    pack = make_pack(tmp_path / "pack", 2)
    (pack / "images/d.svg").write_text(SVG, encoding="utf-8")
    deck = (pack / "deck.yaml").read_text(encoding="utf-8")
    (pack / "deck.yaml").write_text(deck + "  - {type: image, image: images/d.svg}\n",
                                    encoding="utf-8")
    with open_kiosk(qtbot, pack, SIZE, animate=False) as kiosk:
        kiosk.session.navigation.goTo(2)
        settle()
        image = render_settled(kiosk.window)
        assert near(colour_at(image, 240, 300), (200, 40, 40))
        assert near(colour_at(image, 720, 300), (40, 70, 200))
        assert service(kiosk).store.holds(pack / "images/d.svg", Target(SIZE))
        (pack / "images/d.svg").write_text("<svg", encoding="utf-8")   # spoiled meanwhile
        kiosk.session.navigation.goTo(0)
        settle()
        kiosk.session.navigation.goTo(2)
        settle()
        [shown] = pictures(kiosk)
        assert shown["failed"]
    assert caplog.text.count("d.svg") == 1


def test_switching_packs_asks_nothing_of_the_pack_left(qtbot: QtBot, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    """Found by the soak (bench/soak.py): the operator switched from the showcase, on its picture
    slide of a drawing, to Shandong, and the slide going away asked for its drawing again at the
    new theme's sizes once the new pack was the session's: six "not in the pack shown"
    warnings in the log for every such switch."""
    import shutil

    from kiosk.app.opening import reload_pack
    for name in ("showcase", "shandong"):
        shutil.copytree(REPO / "content" / name, tmp_path / name)
    with open_kiosk(qtbot, tmp_path / "showcase", windowed=False, animate=False) as kiosk:
        kiosk.session.navigation.goTo(7)            # a picture slide: images/landscape.svg
        render_settled(kiosk.window)
        caplog.clear()
        assert reload_pack(kiosk.session, tmp_path / "shandong", windowed=False,
                           keep_place=False)
        render_settled(kiosk.window)
        assert kiosk.session.property("packName") == "shandong"
        assert "not in the pack shown" not in caplog.text, caplog.text
