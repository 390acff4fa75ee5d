"""Visitor analytics in the kiosk: the session's own signals (presses and their kind, slides
shown, the idle watch's states, languages) told to the pure tracker, whose events go to the
writer thread (kiosk/analytics). Nothing here can stop the kiosk."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.analytics.events import Event, Slide
from kiosk.analytics.tracker import VisitTracker, move_between
from kiosk.analytics.writer import EventWriter
from kiosk.app.session import SHOWING, KioskSession

log = logging.getLogger(__name__)


class VisitRecorder(QObject):
    """Listens to `session` and hands each event to `sink` (the writer's `put`)."""

    def __init__(self, session: KioskSession, sink: EventWriter) -> None:
        super().__init__(session)
        self._session = session
        self._sink = sink
        self._tracker = VisitTracker(self._put)
        self._revision = -1                 # the deck revision whose slides are recorded
        self._index = session.navigation.position
        idle = session.idle_watch
        idle.inputSeen.connect(self._tracker.press)
        idle.stateChanged.connect(lambda: self._tracker.idle_state(idle.current_state))
        session.navigation.indexChanged.connect(self._index_changed)
        session.deckChanged.connect(self._deck_changed)
        session.languageChanged.connect(self._language_changed)
        if session.pack is not None:
            self._deck_changed()            # a deck already on screen

    def finish(self) -> None:
        """The kiosk quits: the view on screen ends; the writer writes what is left."""
        self._tracker.stopped()
        self._sink.close()

    def _put(self, event: Event) -> None:
        self._sink.put(event)

    def _current_revision(self) -> int:
        return int(self._session.property("deckRevision"))

    def _slide(self) -> Slide | None:
        pack, index = self._session.pack, self._session.navigation.position
        if pack is None or not 0 <= index < len(pack.deck.slides):
            return None
        return Slide(pack.root.name, pack.deck.slides[index].id, index + 1,
                     self._session.current_language)

    def _index_changed(self) -> None:
        if self._current_revision() != self._revision:
            return                          # a deck being shown: deckChanged follows
        navigator = self._session.navigation
        old, self._index = self._index, navigator.position
        slide = self._slide()
        if slide is not None:
            move = move_between(old, self._index, navigator.slide_count,
                                int(navigator.property("direction")))
            self._tracker.slide_shown(slide, move=move,
                                      autoplay_step=self._session.autoplayer.is_stepping)

    def _deck_changed(self) -> None:
        self._revision = self._current_revision()
        self._index = self._session.navigation.position
        slide = self._slide()
        if self._session.property("state") != SHOWING or slide is None:
            self._tracker.nothing_shown()
        elif self._session.property("sameSlide"):
            self._tracker.slide_kept(slide)     # a reload that stays on the slide
        else:
            self._tracker.slide_shown(slide, move="deck", new_deck=True)

    def _language_changed(self) -> None:
        if self._current_revision() == self._revision:
            self._tracker.language_chosen(self._session.current_language)


def start_visit_analytics(session: KioskSession, path: Path) -> VisitRecorder:
    """Record `session`'s visitors into the analytics file at `path` (see docs/operating.md,
    "Visitor analytics")."""
    log.info("visitor analytics: %s (slides, languages, input kinds and times only)", path)
    return VisitRecorder(session, EventWriter(path))
