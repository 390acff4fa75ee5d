"""What happened, as events: a slide shown and by what, dwell times, visitor sessions, idle
resets; decided here from plain notifications (kiosk/app/visits.py sends them from Qt).

A visitor session begins with a press that wakes the kiosk from attract mode, or with the
first press while nobody is counted as there (after start, or a countdown without a visit);
a press during the "still there?" countdown keeps the session going. It ends when attract
mode begins (an idle reset, or a presenter's show left playing) or when the kiosk quits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from kiosk.analytics.events import (
    ATTRACT,
    AUTOPLAY,
    BY_ATTRACT,
    DECK,
    IDLE,
    JUMP,
    LANGUAGE,
    NEXT,
    NO_PACK,
    PREVIOUS,
    SAME,
    START,
    STOP,
    UNKNOWN,
    VIEW,
    VISIT,
    WAKE,
    Event,
    Slide,
)

# The idle watch's states (kiosk/app/attract.py).
ACTIVE_STATE = "active"
COUNTDOWN_STATE = "countdown"
ATTRACT_STATE = "attract"


def move_between(old: int, new: int, count: int, direction: int) -> str:
    """"next", "previous" (also wrapping round) or "jump" from slide `old` to `new`."""
    if new == old + 1 or (direction > 0 and old == count - 1 and new == 0 and count > 1):
        return NEXT
    if new == old - 1 or (direction < 0 and old == 0 and new == count - 1 and count > 1):
        return PREVIOUS
    return JUMP


class VisitTracker:
    """Turns what the kiosk does into events for `emit`; clocks injectable for tests (`wall`
    for the time written, `steady` for dwell, so a clock set by NTP changes no dwell)."""

    def __init__(self, emit: Callable[[Event], object], *,
                 wall: Callable[[], float] = time.time,
                 steady: Callable[[], float] = time.monotonic) -> None:
        self._emit = emit
        self._wall = wall
        self._steady = steady
        self._state = ACTIVE_STATE
        self._last_input = UNKNOWN
        self._in_visit = False
        self._slide: Slide | None = None          # on screen now
        self._view_since: float | None = None     # steady time its view began; None: no view
        self._emit(Event(self._wall(), START))

    @property
    def in_visit(self) -> bool:
        return self._in_visit

    # --- notifications ----------------------------------------------------------------

    def press(self, kind: str) -> None:
        """A press of `kind`, before the kiosk acts on it (a wake-up follows as a state)."""
        self._last_input = kind
        if self._state == ACTIVE_STATE and not self._in_visit:
            self._begin_visit(kind)

    def idle_state(self, state: str) -> None:
        """The idle watch's state changed to `state`."""
        old, self._state = self._state, state
        if state == old:
            return
        if state == COUNTDOWN_STATE:
            self._emit(Event(self._wall(), IDLE, self._in_visit))
        elif state == ATTRACT_STATE:
            # Nobody can tell when the visitor walked away: the last view has no dwell.
            dwell = None if self._in_visit else self._dwell()
            self._in_visit = False
            self._view_since = None
            self._emit(Event(self._wall(), ATTRACT, detail=old, ends_view=True, dwell=dwell))
        elif state == ACTIVE_STATE:
            self._emit(Event(self._wall(), WAKE, self._in_visit, input=self._last_input,
                             detail=old))
            if old == ATTRACT_STATE or not self._in_visit:
                self._begin_visit(self._last_input)

    def slide_shown(self, slide: Slide, *, move: str, new_deck: bool = False,
                    autoplay_step: bool = False) -> None:
        """`slide` came on screen: by a new deck, autoplay, attract mode or the last press."""
        if new_deck:
            how = DECK
        elif self._state == ATTRACT_STATE:
            how = BY_ATTRACT
        elif autoplay_step:
            how = AUTOPLAY
        else:
            how = self._last_input
        self._show(slide, how, DECK if new_deck else move)

    def slide_kept(self, slide: Slide) -> None:
        """A reload kept the slide on screen (its number or pack name may have changed)."""
        self._slide = slide

    def nothing_shown(self) -> None:
        """No pack can be shown: the view on screen ends."""
        self._slide = None
        dwell, self._view_since = self._dwell(), None
        self._emit(Event(self._wall(), NO_PACK, self._in_visit, ends_view=True, dwell=dwell))

    def language_chosen(self, language: str) -> None:
        """The language changed on the slide shown (not by a new deck)."""
        if self._slide is None or language == self._slide.language:
            return
        self._slide = replace(self._slide, language=language)
        how = BY_ATTRACT if self._state == ATTRACT_STATE else self._last_input
        self._emit(Event(self._wall(), LANGUAGE, self._in_visit, language=language, input=how))

    def stopped(self) -> None:
        """The kiosk quits: the view on screen ends, and the visitor session with it."""
        dwell, self._view_since = self._dwell(), None
        self._in_visit = False
        self._emit(Event(self._wall(), STOP, ends_view=True, dwell=dwell))

    # --- what they mean ---------------------------------------------------------------

    def _begin_visit(self, how: str) -> None:
        dwell, self._view_since = self._dwell(), None
        self._in_visit = True
        self._emit(Event(self._wall(), VISIT, True, input=how, ends_view=True, dwell=dwell))
        if self._slide is not None:
            # The visitor's first view is the slide on screen when the session began.
            self._show(self._slide, how, SAME)

    def _show(self, slide: Slide, how: str, detail: str) -> None:
        now = self._steady()
        dwell = self._dwell(now)
        self._slide = slide
        self._view_since = now
        self._emit(Event(self._wall(), VIEW, self._in_visit, slide, slide.language, how,
                         detail, ends_view=True, dwell=dwell))

    def _dwell(self, now: float | None = None) -> float | None:
        if self._view_since is None:
            return None
        return max(0.0, (self._steady() if now is None else now) - self._view_since)
