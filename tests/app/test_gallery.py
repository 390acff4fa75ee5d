"""Gallery slides as a visitor uses them: swipes and taps by touch move between the pictures
and leave the slide alone; dots are touch targets; keys still step slides; every picture's
words fit at every screen size in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled, settle
from kiosk.app.slide_data import slide_content
from kiosk.deck.loader import load_pack
from tests.app.gestures import swipe, tap
from tests.app.harness import SHANDONG, Kiosk, layout_faults, open_kiosk
from tests.packs import write_pack, write_picture

W, H = 1280, 800
CAPTIONS = ["Red", "Green", "Blue", "Gold"]


@pytest.fixture
def gallery_pack(tmp_path: Path) -> Path:
    """Before (slide 1), a gallery of four pictures (slide 2), After (slide 3)."""
    colours = [(170, 40, 40), (40, 140, 60), (40, 70, 170), (200, 160, 40)]
    for name, colour in zip(CAPTIONS, colours, strict=True):
        write_picture(tmp_path / "gallery" / "images" / f"{name.lower()}.png", (800, 500), colour)
    items = "".join(
        f"      - {{image: images/{name.lower()}.png, caption: {name}, credit: 'Photo {n}'}}\n"
        for n, name in enumerate(CAPTIONS, start=1))
    deck = ("format: 1\ntitle: Gallery\nslides:\n"
            "  - {type: title, id: before, title: Before}\n"
            "  - type: gallery\n    id: pictures\n    title: Four colours\n    images:\n"
            f"{items}"
            "  - {type: title, id: after, title: After}\n")
    return write_pack(tmp_path / "gallery", deck)


def test_the_slide_gets_its_pictures_words_in_the_language_shown(tmp_path: Path) -> None:
    write_picture(tmp_path / "p" / "wide.png", (900, 300))
    pack = write_pack(tmp_path / "p", """
        format: 1
        title: T
        languages: [en, zh]
        slides:
          - type: gallery
            title: {en: Pictures, zh: 图片}
            images:
              - {image: wide.png, caption: {en: Wide, zh: 宽}, credit: {en: Someone}}
              - {image: wide.png}
    """)
    result = load_pack(pack)
    assert result.pack is not None
    content = slide_content(result.pack.deck.slides[0], "zh", "en")
    assert content["title"] == "图片"
    first, second = content["images"]
    assert (first["caption"], first["credit"]) == ("宽", "Someone")   # a missing zh: the en
    assert (second["caption"], second["credit"]) == ("", "")
    assert first["image"].startswith((tmp_path / "p" / "wide.png").as_uri())
    assert first["ratio"] == pytest.approx(3.0)       # sizes the viewport to the pictures


def caption(kiosk: Kiosk) -> str:
    return kiosk.slide_text("caption")


def on_gallery(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.session.navigator.goTo(1)
    qtbot.waitUntil(lambda: kiosk.shown_index() == 1
                    and not kiosk.stage.property("transitioning"), timeout=3000)
    render_settled(kiosk.window)
    assert caption(kiosk) == "Red"


def still_on_gallery(qtbot: QtBot, kiosk: Kiosk, expected: str) -> None:
    """The gallery shows the picture captioned `expected`, settled in its place, and the
    tour has not moved."""
    qtbot.waitUntil(lambda: caption(kiosk) == expected, timeout=2000)
    qtbot.wait(600)                                    # the strip and any stray page settle
    assert kiosk.session.navigation.position == 1
    assert kiosk.shown_index() == 1
    assert not kiosk.stage.property("transitioning")
    index = CAPTIONS.index(expected)
    viewport = kiosk.slide_rect("galleryViewport")
    assert abs(kiosk.slide_rect(f"picture{index}").x() - viewport.x()) < 1.5


def wait_slide(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    qtbot.waitUntil(lambda: kiosk.shown_index() == index
                    and not kiosk.stage.property("transitioning"), timeout=3000)
    assert kiosk.session.navigation.position == index


def viewport_centre(kiosk: Kiosk) -> QPoint:
    return kiosk.slide_rect("galleryViewport").center().toPoint()


def test_a_swipe_on_the_picture_moves_the_gallery_not_the_tour(
    qtbot: QtBot, gallery_pack: Path
) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        centre = viewport_centre(kiosk)
        swipe(qtbot, kiosk.window, centre + QPoint(250, 0), centre - QPoint(250, 0),
              rest_ms=150)
        still_on_gallery(qtbot, kiosk, "Green")
        assert kiosk.stage.property("swipesCommitted") == 0
        swipe(qtbot, kiosk.window, centre + QPoint(250, 0), centre - QPoint(250, 0),
              rest_ms=150)
        still_on_gallery(qtbot, kiosk, "Blue")
        swipe(qtbot, kiosk.window, centre - QPoint(250, 0), centre + QPoint(250, 0),
              rest_ms=150)
        still_on_gallery(qtbot, kiosk, "Green")
        assert kiosk.slide_text("credit") == "Photo 2"


def test_the_pictures_follow_the_finger_and_a_short_slow_swipe_goes_back(
    qtbot: QtBot, gallery_pack: Path
) -> None:
    from PySide6.QtTest import QTest

    from tests.app.gestures import touch_screen

    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        centre = viewport_centre(kiosk)
        left = kiosk.slide_rect("picture0").x()
        screen = touch_screen()
        QTest.touchEvent(kiosk.window, screen).press(0, centre, kiosk.window)
        for dx in range(20, 180, 20):
            qtbot.wait(16)
            QTest.touchEvent(kiosk.window, screen).move(0, centre - QPoint(dx, 0), kiosk.window)
        render_settled(kiosk.window)
        moved = kiosk.slide_rect("picture0").x() - left
        assert -180 < moved < -120                     # the picture is under the finger
        assert abs(kiosk.slide_rect("picture1").x() - (left + moved
                   + kiosk.slide_rect("galleryViewport").width())) < 1.5
        assert not kiosk.stage.property("swiping")     # the slide itself stays put
        qtbot.wait(300)                                # held still: no flick
        QTest.touchEvent(kiosk.window, screen).move(0, centre - QPoint(160, 0), kiosk.window)
        QTest.touchEvent(kiosk.window, screen).release(0, centre - QPoint(160, 0),
                                                       kiosk.window)
        still_on_gallery(qtbot, kiosk, "Red")          # under a quarter of the width: back


def test_a_quick_flick_moves_one_picture(qtbot: QtBot, gallery_pack: Path) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        centre = viewport_centre(kiosk)
        swipe(qtbot, kiosk.window, centre, centre - QPoint(160, 0), steps=4, step_ms=12)
        still_on_gallery(qtbot, kiosk, "Green")


def test_taps_on_the_dots_choose_a_picture(qtbot: QtBot, gallery_pack: Path) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        minimum = kiosk.session.property("touchTarget")
        for index in range(len(CAPTIONS)):
            dot = kiosk.slide_rect(f"dot{index}")
            assert dot.width() >= minimum - 0.5 and dot.height() >= minimum - 0.5
        tap(kiosk.window, kiosk.slide_rect("dot3").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Gold")
        tap(kiosk.window, kiosk.slide_rect("dot1").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Green")


def test_taps_on_the_picture_and_its_arrows_step_through_it_even_in_the_edge_zones(
    qtbot: QtBot, gallery_pack: Path
) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        viewport = kiosk.slide_rect("galleryViewport")
        right_edge = QPoint(int(viewport.right()) - 20, int(viewport.bottom()) - 20)
        assert right_edge.x() > W * 4 / 5               # where a tap would turn the page
        tap(kiosk.window, right_edge)
        still_on_gallery(qtbot, kiosk, "Green")
        left_edge = QPoint(int(viewport.left()) + 20, int(viewport.bottom()) - 20)
        assert left_edge.x() < W / 5
        tap(kiosk.window, left_edge)
        still_on_gallery(qtbot, kiosk, "Red")
        # At the first picture a tap on its left half does nothing, and turns no page.
        tap(kiosk.window, left_edge)
        still_on_gallery(qtbot, kiosk, "Red")
        tap(kiosk.window, kiosk.slide_rect("galleryNext").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Green")
        tap(kiosk.window, kiosk.slide_rect("galleryPrevious").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Red")


def test_keys_still_step_slides(qtbot: QtBot, gallery_pack: Path) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        tap(kiosk.window, kiosk.slide_rect("dot2").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Blue")
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_slide(qtbot, kiosk, 2)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Left)
        wait_slide(qtbot, kiosk, 1)
        assert caption(kiosk) == "Red"                  # a fresh gallery, from the start


def test_past_the_last_picture_a_swipe_turns_the_page(qtbot: QtBot, gallery_pack: Path) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        tap(kiosk.window, kiosk.slide_rect("dot3").center().toPoint())
        still_on_gallery(qtbot, kiosk, "Gold")
        centre = viewport_centre(kiosk)
        swipe(qtbot, kiosk.window, centre + QPoint(250, 0), centre - QPoint(250, 0),
              rest_ms=150)
        wait_slide(qtbot, kiosk, 2)
        assert kiosk.slide_text("title") == "After"
        assert kiosk.stage.property("swipesCommitted") == 1


def test_before_the_first_picture_a_swipe_turns_back_and_a_short_one_springs_back(
    qtbot: QtBot, gallery_pack: Path
) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        centre = viewport_centre(kiosk)
        swipe(qtbot, kiosk.window, centre, centre + QPoint(150, 0), rest_ms=250)
        still_on_gallery(qtbot, kiosk, "Red")           # not far enough: the slide stays
        swipe(qtbot, kiosk.window, centre - QPoint(250, 0), centre + QPoint(250, 0),
              rest_ms=150)
        wait_slide(qtbot, kiosk, 0)
        assert kiosk.slide_text("title") == "Before"


def test_swipes_beside_the_pictures_and_vertical_drags(qtbot: QtBot, gallery_pack: Path) -> None:
    with open_kiosk(qtbot, gallery_pack, (W, H)) as kiosk:
        on_gallery(qtbot, kiosk)
        centre = viewport_centre(kiosk)
        swipe(qtbot, kiosk.window, centre - QPoint(0, 150), centre + QPoint(0, 150), steps=4,
              step_ms=12)
        still_on_gallery(qtbot, kiosk, "Red")
        # The title is the stage's: a swipe there turns the page at any picture.
        title = kiosk.slide_rect("title").center().toPoint()
        swipe(qtbot, kiosk.window, QPoint(900, title.y()), QPoint(300, title.y()), rest_ms=150)
        wait_slide(qtbot, kiosk, 2)


def test_a_gallery_of_one_picture_is_a_plain_slide(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "one", """
        format: 1
        title: One
        slides:
          - type: gallery
            images: [{image: images/only.png, caption: Only}]
          - {type: title, title: Next}
    """, pictures=("images/only.png",))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        render_settled(kiosk.window)
        assert kiosk.slide_text("caption") == "Only"
        assert kiosk.rect("galleryDots").width() == 0          # no dots, no arrows
        assert kiosk.rect("galleryNext").width() == 0
        tap(kiosk.window, QPoint(W - 40, H // 2))               # an edge tap steps
        wait_slide(qtbot, kiosk, 1)
        tap(kiosk.window, QPoint(40, H // 2))
        wait_slide(qtbot, kiosk, 0)
        centre = kiosk.slide_rect("galleryViewport").center().toPoint()
        swipe(qtbot, kiosk.window, centre + QPoint(250, 0), centre - QPoint(250, 0),
              rest_ms=150)
        wait_slide(qtbot, kiosk, 1)


def test_many_pictures_show_a_count_instead_of_dots(qtbot: QtBot, tmp_path: Path) -> None:
    names = [f"images/p{n}.png" for n in range(24)]
    items = "".join(f"      - {{image: {name}}}\n" for name in names)
    deck = "format: 1\ntitle: Many\nslides:\n  - type: gallery\n    images:\n" + items
    pack = write_pack(tmp_path / "many", deck, pictures=tuple(names))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        render_settled(kiosk.window)
        assert kiosk.rect("galleryDots").width() == 0
        assert kiosk.slide_text("galleryCounter") == "1 / 24"
        tap(kiosk.window, kiosk.slide_rect("galleryNext").center().toPoint())
        qtbot.waitUntil(lambda: kiosk.slide_text("galleryCounter") == "2 / 24", timeout=2000)


# --- layout -------------------------------------------------------------------------------

SIZES = [(1920, 1080), (1080, 1920), (3840, 2160), (1280, 800)]


@pytest.fixture(scope="module")
def layout_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gallery with the default pack's pictures, fonts and its longest caption."""
    folder = tmp_path_factory.mktemp("layout") / "pack"
    shutil.copytree(SHANDONG / "fonts", folder / "fonts")
    for name in ("passive-house.svg", "research.svg", "goertek-vr.svg"):
        (folder / "images").mkdir(parents=True, exist_ok=True)
        shutil.copy(SHANDONG / "images" / name, folder / "images" / name)
    return write_pack(folder, """
        format: 1
        title: {en: Layout, zh: 山东}
        languages: [en, zh]
        theme: {font: "Noto Sans CJK SC"}
        slides:
          - type: gallery
            title: {en: "Research meets industry", zh: "研发与产业融合"}
            images:
              - image: images/passive-house.svg
                caption:
                  en: >-
                    A passive house technology centre in the Sino-German Ecopark. A passive
                    house is a rigorous, voluntary standard for energy efficiency in a
                    building, which reduces the building's ecological footprint.
                  zh: >-
                    中德生态园内的被动房技术中心。被动房是一种严格的、自愿采用的建筑能效标准，可减少建筑的生态足迹。
                credit: {en: "Illustration", zh: "示意图"}
              - image: images/research.svg
                caption: {en: "Research meets industry", zh: "研发与产业融合"}
              - image: images/goertek-vr.svg
                credit: {en: "Illustration", zh: "示意图"}
    """)


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_picture_of_a_gallery_fits_every_screen(
    qtbot: QtBot, layout_pack: Path, size: tuple[int, int], language: str
) -> None:
    faults: list[str] = []
    with open_kiosk(qtbot, layout_pack, size, language=language, animate=False) as kiosk:
        render_settled(kiosk.window)
        minimum = kiosk.session.property("touchTarget")
        for index in range(3):
            dot = kiosk.slide_rect(f"dot{index}")
            assert dot.width() >= minimum - 0.5
            tap(kiosk.window, dot.center().toPoint())
            settle()
            render_settled(kiosk.window)
            faults += [f"picture {index + 1}: {fault}" for fault in layout_faults(kiosk.window)]
            # The picture shown lies inside the slide, clear of the chrome's bands.
            picture = kiosk.slide_rect(f"picture{index}")
            assert picture.left() >= 0 and picture.right() <= size[0] + 0.5
            dots = kiosk.slide_rect("galleryDots")
            assert dots.bottom() <= size[1] and dots.right() <= size[0]
    assert not faults, "\n".join(faults)
