"""Visitor analytics through the real window: keys, touches, the wheel, languages, autoplay,
idle resets and wake-ups arrive in the analytics file as the rows they mean."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from pytestqt.qtbot import QtBot

from kiosk.analytics.writer import EventWriter
from kiosk.app.visits import VisitRecorder
from tests.analytics.clock import rows
from tests.app.gestures import swipe, tap
from tests.app.harness import Kiosk, open_kiosk
from tests.packs import write_pack

W, H = 1280, 800
DECK = """
format: 1
title: {{en: Visits, zh: 参观}}
languages: [en, zh]
kiosk: {{idle_timeout: {idle}, autoplay: 0.3, transition: none}}
slides:
  - {{type: title, id: welcome, title: {{en: One, zh: 一}}}}
  - {{type: title, id: coast, title: {{en: Two, zh: 二}}}}
  - {{type: title, title: {{en: Three, zh: 三}}}}
  - {{type: title, id: food, title: {{en: Four, zh: 四}}}}
"""


def deck(tmp_path: Path, idle: float = 600) -> Path:
    return write_pack(tmp_path / "visits", DECK.format(idle=idle))


@contextmanager
def recording(qtbot: QtBot, pack: Path, database: Path) -> Iterator[tuple[Kiosk, EventWriter]]:
    with open_kiosk(qtbot, pack, (W, H), animate=False) as kiosk:
        writer = EventWriter(database)
        recorder = VisitRecorder(kiosk.session, writer)
        try:
            yield kiosk, writer
        finally:
            recorder.finish()


def shown(kiosk: Kiosk) -> int:
    return kiosk.session.navigation.position


def turn_wheel(kiosk: Kiosk, delta: int) -> None:
    at = QPointF(W / 2, H / 2)
    event = QWheelEvent(at, QPointF(kiosk.window.mapToGlobal(at)), QPoint(0, 0),
                        QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QCoreApplication.sendEvent(kiosk.window, event)


def without_dwell(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [row[:-1] for row in found]


def test_keys_touch_wheel_and_languages_become_views_of_one_visit(
        qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite"
    with recording(qtbot, deck(tmp_path), database) as (kiosk, _writer):
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        assert shown(kiosk) == 1
        tap(kiosk.window, QPoint(W - 40, H // 2))              # the right edge: next
        qtbot.waitUntil(lambda: shown(kiosk) == 2)
        turn_wheel(kiosk, -120)
        qtbot.waitUntil(lambda: shown(kiosk) == 3)
        swipe(qtbot, kiosk.window, QPoint(300, 400), QPoint(1000, 400))   # back by a finger
        qtbot.waitUntil(lambda: shown(kiosk) == 2)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_L)             # Chinese, on the same slide
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Home)
        assert shown(kiosk) == 0
    found = rows(database, "kind, visit, slide, slide_number, language, input, detail, dwell")
    visit = found[2][1]
    assert without_dwell(found) == [
        ("start", None, None, None, None, None, None),
        ("view", None, "welcome", 1, "en", "deck", "deck"),
        ("visit", visit, None, None, None, "key", None),
        ("view", visit, "welcome", 1, "en", "key", "same"),
        ("view", visit, "coast", 2, "en", "key", "next"),
        ("view", visit, None, 3, "en", "touch", "next"),
        ("view", visit, "food", 4, "en", "wheel", "next"),
        ("view", visit, None, 3, "en", "touch", "previous"),
        ("language", visit, None, None, "zh", "key", None),
        ("view", visit, "welcome", 1, "zh", "key", "jump"),
        ("stop", None, None, None, None, None, None),
    ]
    views = [row for row in found if row[0] == "view"]
    # Each view's dwell is known once the next slide showed, or the kiosk quit.
    assert all(row[-1] is not None and row[-1] >= 0 for row in views), views


def test_an_idle_reset_ends_the_visit_and_a_touch_in_attract_mode_begins_the_next(
        qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite"
    with recording(qtbot, deck(tmp_path, idle=1.5), database) as (kiosk, writer):
        idle = kiosk.session.idle_watch
        idle.countdown_ms = 300
        qtbot.keyClick(kiosk.window, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: idle.current_state == "attract", timeout=10000)
        qtbot.waitUntil(lambda: shown(kiosk) == 2, timeout=10000)   # the tour plays
        tap(kiosk.window, QPoint(W // 2, H // 2))               # only wakes the kiosk
        assert idle.current_state == "active"
        assert not kiosk.session.autoplayer.is_playing         # the tour stops for the visitor
        on_screen = shown(kiosk)
        assert writer.flush()
    found = without_dwell(rows(database))
    first, second = (row[1] for row in found if row[0] == "visit")
    attract = found.index(("attract", None, None, None, "countdown"))
    assert found[:attract] == [
        ("start", None, None, None, None),
        ("view", None, "welcome", "deck", "deck"),
        ("visit", first, None, "key", None),
        ("view", first, "welcome", "key", "same"),
        ("view", first, "food", "key", "jump"),
        ("idle", first, None, None, None),
    ]
    wake = found.index(("wake", None, None, "touch", "attract"))
    # Back to the first slide, then the tour by itself, outside any visit.
    assert found[attract + 1:attract + 4] == [
        ("view", None, "welcome", "attract", "jump"),
        ("view", None, "coast", "attract", "next"),
        ("view", None, None, "attract", "next")]
    assert all(row[1] is None and row[3] == "attract" for row in found[attract + 1:wake])
    slide_ids = ["welcome", "coast", None, "food"]
    assert found[wake + 1:] == [
        ("visit", second, None, "touch", None),
        ("view", second, slide_ids[on_screen], "touch", "same"),   # what the visitor saw
        ("stop", None, None, None, None),
    ]
    dwell = dict(((row[0], row[1], row[2]), row[5]) for row in rows(database)
                 if row[0] == "view" and row[1] == first)
    assert dwell[("view", first, "food")] is None       # the visitor left: unknown dwell


def test_autoplay_started_by_a_visitor_counts_in_the_visit(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    database = tmp_path / "visits.sqlite"
    with recording(qtbot, deck(tmp_path), database) as (kiosk, _writer):
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: shown(kiosk) == 2, timeout=5000)
        qtbot.keyClick(kiosk.window, Qt.Key.Key_A)
    found = without_dwell(rows(database))
    visit = found[2][1]
    assert found[2:6] == [
        ("visit", visit, None, "key", None),
        ("view", visit, "welcome", "key", "same"),
        ("view", visit, "coast", "autoplay", "next"),
        ("view", visit, None, "autoplay", "next"),
    ]


def test_a_reload_that_keeps_the_slide_is_no_new_view(qtbot: QtBot, tmp_path: Path) -> None:
    from kiosk.app.opening import reload_pack

    database = tmp_path / "visits.sqlite"
    pack = deck(tmp_path)
    with recording(qtbot, pack, database) as (kiosk, _writer):
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        (pack / "deck.yaml").write_text((pack / "deck.yaml").read_text().replace(
            "Two", "Two again"), encoding="utf-8")
        reload_pack(kiosk.session, pack, windowed=True)
        assert shown(kiosk) == 1
        (pack / "deck.yaml").write_text("format: 1\nslides: [", encoding="utf-8")
        reload_pack(kiosk.session, pack, windowed=True)   # its problems
    kinds = [(row[0], row[2]) for row in rows(database)]
    assert kinds[-3:] == [("view", "coast"), ("no-pack", None), ("stop", None)]


def test_an_unusable_analytics_file_does_not_stop_the_kiosk(
        qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the state folder should be\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING), \
            recording(qtbot, deck(tmp_path), blocker / "visits.sqlite") as (kiosk, writer):
        for expected in (1, 2, 3):
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
            assert shown(kiosk) == expected
        assert writer.flush()
        assert writer.written == 0 and writer.lost >= 5
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "visitor analytics: cannot open" in warnings[0], warnings
