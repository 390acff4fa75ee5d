"""What a visit looks like in the analytics file: the tracker's events through the real store
into a real SQLite file, with clocks moved by hand."""

from __future__ import annotations

from pathlib import Path

from kiosk.analytics.events import JUMP, NEXT, PREVIOUS, Slide
from kiosk.analytics.store import EventStore
from kiosk.analytics.tracker import VisitTracker, move_between
from tests.analytics.clock import MAY_DAY_10H, Clock, rows


def slide(number: int, language: str = "en") -> Slide:
    return Slide("shandong", f"s{number}" if number != 3 else None, number, language)


def test_moves_between_slides() -> None:
    assert move_between(0, 1, 5, 1) == NEXT
    assert move_between(4, 0, 5, 1) == NEXT          # wrapping round, forward
    assert move_between(2, 1, 5, -1) == PREVIOUS
    assert move_between(0, 4, 5, -1) == PREVIOUS     # wrapping round, back
    assert move_between(0, 4, 5, 1) == JUMP          # End, or the overview
    assert move_between(3, 0, 5, -1) == JUMP         # Home, or attract's first slide
    assert move_between(0, 1, 2, 1) == NEXT


def test_a_day_at_the_booth_becomes_rows(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    store = EventStore(path)
    clock = Clock()
    tracker = VisitTracker(store.record, wall=clock.wall, steady=clock.steady)
    tracker.slide_shown(slide(1), move="jump", new_deck=True)
    clock.advance(600)                                 # nobody for ten minutes
    tracker.press("touch")                             # a visitor touches: a session begins
    clock.advance(0.2)
    tracker.slide_shown(slide(2), move=NEXT)           # ... and the touch was a swipe
    clock.advance(8)
    tracker.press("key")
    tracker.slide_shown(slide(3), move=NEXT)
    clock.advance(20)
    tracker.press("key")
    tracker.language_chosen("zh")
    clock.advance(5)
    tracker.idle_state("countdown")                    # "still there?"
    clock.advance(4)
    tracker.press("touch")
    tracker.idle_state("active")                       # still there: the same session
    clock.advance(1)
    tracker.slide_shown(slide(5, "zh"), move=JUMP)
    clock.advance(60)
    tracker.idle_state("countdown")
    clock.advance(10)
    tracker.idle_state("attract")                      # the countdown ran out: idle reset
    tracker.slide_shown(slide(1), move=JUMP)           # back to the start, playing
    clock.advance(12)
    tracker.slide_shown(slide(2), move=NEXT)
    clock.advance(3)
    tracker.press("wheel")
    tracker.idle_state("active")                       # woken: a new session
    clock.advance(15)
    tracker.press("key")
    tracker.slide_shown(slide(3), move=NEXT, autoplay_step=True)
    clock.advance(2)
    tracker.stopped()
    store.close()

    first, second = 3, 16      # row ids of the two `visit` rows
    assert rows(path) == [
        ("start", None, None, None, None, None),
        ("view", None, "s1", "deck", "deck", 600.0),
        ("visit", first, None, "touch", None, None),
        ("view", first, "s1", "touch", "same", 0.2),
        ("view", first, "s2", "touch", "next", 8.0),
        ("view", first, None, "key", "next", 30.0),      # slide 3 has no id
        ("language", first, None, "key", None, None),
        ("idle", first, None, None, None, None),
        ("wake", first, None, "touch", "countdown", None),
        ("view", first, "s5", "touch", "jump", None),     # the visitor left during it
        ("idle", first, None, None, None, None),
        ("attract", None, None, None, "countdown", None),
        ("view", None, "s1", "attract", "jump", 12.0),
        ("view", None, "s2", "attract", "next", 3.0),
        ("wake", None, None, "wheel", "attract", None),
        ("visit", second, None, "wheel", None, None),
        ("view", second, "s2", "wheel", "same", 15.0),
        ("view", second, None, "autoplay", "next", 2.0),
        ("stop", None, None, None, None, None),
    ]
    found = rows(path, "kind, visit, slide, slide_number, language, input, detail, dwell")
    assert [row for row in found if row[0] == "view"][2:4] == [
        ("view", first, "s2", 2, "en", "touch", "next", 8.0),
        ("view", first, None, 3, "en", "key", "next", 30.0)]


def test_dwell_does_not_jump_with_the_system_clock(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite"
    store = EventStore(path)
    clock = Clock()
    tracker = VisitTracker(store.record, wall=clock.wall, steady=clock.steady)
    tracker.press("touch")
    tracker.slide_shown(slide(1), move=JUMP, new_deck=True)
    clock.advance(7)
    clock.set_wall(clock.wall() - 3600)       # NTP, or a time zone set, puts it back an hour
    clock.advance(5)
    tracker.slide_shown(slide(2), move=NEXT)
    store.close()
    assert rows(path, "kind, slide, dwell, at")[-2:] == [
        ("view", "s1", 12.0, MAY_DAY_10H), ("view", "s2", None, MAY_DAY_10H + 12 - 3600)]
