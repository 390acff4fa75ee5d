"""The events visitor analytics record: kinds, input kinds, and one event as written."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds of event.
START = "start"          # the kiosk began recording (it started)
VIEW = "view"            # a slide shown
VISIT = "visit"          # a visitor session began (a wake-up, or the first input)
WAKE = "wake"            # a press woke the kiosk from the countdown or attract mode
IDLE = "idle"            # no input for the pack's idle_timeout: "still there?" countdown
ATTRACT = "attract"      # attract mode began; from the countdown, it is an idle reset
LANGUAGE = "language"    # the visitor chose another language
NO_PACK = "no-pack"      # no pack can be shown (its problems, or the calm screen)
STOP = "stop"            # the kiosk quit
KINDS = (START, VIEW, VISIT, WAKE, IDLE, ATTRACT, LANGUAGE, NO_PACK, STOP)

# How a slide came on screen (a view's `input`); presses are key, touch, mouse, wheel, pen.
PRESSES = ("key", "touch", "mouse", "wheel", "pen")
AUTOPLAY = "autoplay"    # the tour stepping by itself while a visitor is there (A, the clicker)
BY_ATTRACT = "attract"   # attract mode: the tour playing to an empty booth
DECK = "deck"            # a pack shown, reloaded or switched
UNKNOWN = "unknown"

# What a view's move was (its `detail`).
NEXT = "next"
PREVIOUS = "previous"
JUMP = "jump"            # the overview, the chapter menu, a typed number, first/last
SAME = "same"            # the slide on screen when a visitor session began


@dataclass(frozen=True)
class Slide:
    """A slide as analytics name it: no text of it, only where it is."""

    pack: str
    slide_id: str | None
    number: int          # 1-based, as the visitor sees it
    language: str


@dataclass(frozen=True)
class Event:
    """One row: `at` in seconds since 1970 (UTC); `ends_view` closes the view open until now,
    with `dwell` seconds (None: unknown, e.g. the visitor walked away); `in_visit` puts the
    row in the visitor session open now."""

    at: float
    kind: str
    in_visit: bool = False
    slide: Slide | None = None
    language: str | None = None
    input: str | None = None
    detail: str | None = None
    ends_view: bool = False
    dwell: float | None = None
