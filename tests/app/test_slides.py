"""Slides as a visitor sees them: counting figures, map pins, theme colours, pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.harness import Kiosk, open_kiosk
from tests.packs import write_pack

STATS = """
format: 1
title: Stats
slides:
  - type: stats
    title: Figures
    items:
      - {value: 6.24, prefix: "$", suffix: " billion", label: investment}
      - {value: 40.0, label: written with one decimal}
      - {value: 202, suffix: " km²", label: area}
"""

MAP = """
format: 1
title: Map
languages: [en, zh]
slides:
  - type: map
    title: Where
    image: images/map.png
    credit: Map data
    pins:
      - {x: 0.25, y: 0.5, label: {en: West, zh: 西}, text: {en: The west pin, zh: 西边}}
      - {x: 0.75, y: 0.5, label: East, text: The east pin}
"""


def test_stats_count_up_from_zero_and_keep_decimals_as_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "stats", STATS)
    with open_kiosk(qtbot, pack) as kiosk:
        first = kiosk.slide_text("figure")
        assert first != "$6.24 billion"                      # still counting
        assert first.startswith("$") and first.endswith(" billion")
        assert float(first[1:].split()[0]) < 6.24
        qtbot.waitUntil(lambda: kiosk.slide_text("figure") == "$6.24 billion", timeout=5000)
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        boxes = [b["text"] for b in kiosk_texts(kiosk) if b["name"] == "figure"]
        assert boxes == ["$6.24 billion", "40.0", "202 km²"]


def kiosk_texts(kiosk: Kiosk) -> list[dict[str, object]]:
    from tests.app.harness import text_boxes

    render_settled(kiosk.window)
    return text_boxes(kiosk.window)


def test_clicking_a_pin_shows_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "map", MAP, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        render_settled(kiosk.window)
        assert kiosk.slide_text("pinTitle") == ""
        assert kiosk.slide_text("pinHint") == "Tap a place on the map to learn more"
        east = kiosk.slide_rect("pin1").center().toPoint()
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, east)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "East", timeout=2000)
        assert kiosk.slide_text("pinText") == "The east pin"
        assert kiosk.shown_index() == 0


def test_tapping_a_pin_by_touch_shows_its_text_in_the_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = write_pack(tmp_path / "map", MAP, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, language="zh", animate=False) as kiosk:
        render_settled(kiosk.window)
        west: QPoint = kiosk.slide_rect("pin0").center().toPoint()
        screen = QTest.createTouchDevice()
        QTest.touchEvent(kiosk.window, screen).press(0, west, kiosk.window)
        QTest.touchEvent(kiosk.window, screen).release(0, west, kiosk.window)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "西", timeout=2000)
        assert kiosk.slide_text("pinText") == "西边"
        # A second tap on the same pin closes its text again.
        QTest.touchEvent(kiosk.window, screen).press(0, west, kiosk.window)
        QTest.touchEvent(kiosk.window, screen).release(0, west, kiosk.window)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "", timeout=2000)


def test_the_places_list_opens_a_pin_too(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "map", MAP, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        render_settled(kiosk.window)
        row = kiosk.slide_rect("place1").center().toPoint()
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, row)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "East", timeout=2000)
        assert kiosk.slide_text("pinText") == "The east pin"


def test_theme_and_slide_background_colours_are_painted(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "theme", """
        format: 1
        title: Colours
        theme: {background: "#123456", foreground: "#FFFFFF", accent: "#FF8800"}
        kiosk: {transition: none}
        slides:
          - {type: text, title: Plain, body: Some words}
          - {type: text, title: Red, body: Some words, background: "#AA0000"}
    """)
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        image = render_settled(kiosk.window)
        assert image.pixelColor(8, 540).name() == "#123456"
        kiosk.session.navigator.next()
        image = render_settled(kiosk.window)
        assert image.pixelColor(8, 540).name() == "#aa0000"


def test_a_picture_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "picture", """
        format: 1
        title: Picture
        slides:
          - {type: image, image: images/photo.png, caption: A caption}
    """, pictures=("images/photo.png",))
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        image = render_settled(kiosk.window)
        # write_picture paints (40, 110, 160); cover fit fills the slide with it.
        assert image.pixelColor(960, 400).name() == "#286ea0"
        assert kiosk.slide_text("caption") == "A caption"


def test_every_pin_of_the_default_map_opens_its_own_place(qtbot: QtBot) -> None:
    from tests.app.harness import SHANDONG

    for size in ((1920, 1080), (1080, 1920), (1280, 800)):
        with open_kiosk(qtbot, SHANDONG, size, animate=False) as kiosk:
            kiosk.session.navigator.goTo(2)
            render_settled(kiosk.window)
            assert kiosk.slide_text("title") == "Two stops in Shandong"
            labels = ["Qingdao", "Huangdao (West Coast New Area)", "Weifang"]
            for index, label in enumerate(labels):
                for target in (f"pin{index}", f"pinLabel{index}"):
                    point = kiosk.slide_rect(target).center().toPoint()
                    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier, point)
                    qtbot.waitUntil(lambda label=label: kiosk.slide_text("pinTitle") == label,
                                    timeout=2000)
                    # tap the same place again to close it
                    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier, point)
                    qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "", timeout=2000)


def test_a_slide_starts_fresh_each_time_it_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    deck = MAP.replace("slides:", "kiosk: {transition: none}\nslides:") + """
  - type: map
    title: Second
    image: images/map.png
    pins:
      - {x: 0.25, y: 0.5, label: A}
      - {x: 0.75, y: 0.5, label: B}
"""
    pack = write_pack(tmp_path / "maps", deck, pictures=("images/map.png",))
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        render_settled(kiosk.window)
        point = kiosk.slide_rect("pin1").center().toPoint()
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)
        qtbot.waitUntil(lambda: kiosk.slide_text("pinTitle") == "East", timeout=2000)
        kiosk.session.navigator.next()
        render_settled(kiosk.window)
        assert kiosk.slide_text("title") == "Second"
        assert kiosk.slide_text("pinTitle") == ""      # nothing carried over from the first
