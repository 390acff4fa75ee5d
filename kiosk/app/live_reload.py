"""Live reload: a changed pack replaces the one shown once it loads without errors."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.app.opening import Attempt, load_attempt, log_attempt
from kiosk.app.ops.health import FAILED, RELOADED, UNCHANGED
from kiosk.app.pack_state import PackState
from kiosk.app.pack_watcher import POLL_MS, SETTLE_MS, PackWatcher
from kiosk.app.session import KioskSession
from kiosk.deck.loader import Pack
from kiosk.deck.walk import shown_values

log = logging.getLogger(__name__)

STAYS = "the pack shown before stays on screen"


class LiveReload(QObject):
    """Watches the folder of the pack shown and reloads it when it has changed and settled.

    A pack with errors never replaces a good one: full screen, the good pack stays and the
    problems are logged (once for each different set of problems); in a window (an author at
    their desk) the problems are listed, and the pack comes back at the same slide once they
    are fixed. A change that leaves everything shown as it was (a file the deck does not use,
    a `touch`) reloads nothing.
    """

    finished = Signal(str, str)
    """After each change looked at: "reloaded", "unchanged" or "failed", and what happened."""

    def __init__(self, session: KioskSession, folder: Path, *, windowed: bool,
                 language: str | None = None, settle_ms: int = SETTLE_MS,
                 poll_ms: int = POLL_MS, events: bool = True) -> None:
        super().__init__(session)
        self._session = session
        self._windowed = windowed
        self._language = language          # for a pack that could not be shown at the start
        self._watcher = PackWatcher(folder, settle_ms=settle_ms, poll_ms=poll_ms,
                                    events=events, parent=self)
        self._watcher.changed.connect(self._changed)
        self._shown_state: PackState = self._watcher.state
        self._failure: tuple[str, ...] | None = None
        self._ever_shown = session.pack is not None
        self.reloads = 0
        """Packs shown by a reload (for tests and the log)."""
        session.deckChanged.connect(self._follow_pack_shown)

    @property
    def watcher(self) -> PackWatcher:
        return self._watcher

    @property
    def shown_release(self) -> str | None:
        """The real folder (links followed) the pack shown was read from: the release folder
        behind a link. None when the folder was not there."""
        return self._shown_state.real

    def stop(self) -> None:
        self._watcher.stop()

    def _follow_pack_shown(self) -> None:
        """The operator chose another pack: watch that one from now on."""
        pack = self._session.pack
        if pack is not None:
            self._ever_shown = True
        if pack is not None and pack.root != self._watcher.folder:
            log.info("watching %s for changes", pack.root)
            self._watcher.watch(pack.root)
            self._shown_state = self._watcher.state
            self._failure = None

    def _changed(self) -> None:
        state = self._watcher.state
        attempt = load_attempt(self._watcher.folder)
        if attempt.pack is None:
            self._failed(attempt)
            return
        self._failure = None
        shown = self._session.pack
        if shown is not None and not self._shows_differently(shown, attempt.pack, state):
            log.info("pack changed; nothing shown changed")
            self._shown_state = state
            self.finished.emit(UNCHANGED, "nothing shown changed")
            return
        for warning in attempt.warnings:
            log.warning("%s", warning)
        if self._ever_shown:
            self._session.show_pack(attempt.pack, keep_place=True)
        else:                                 # the pack could not be shown at the start
            self._session.show_pack(attempt.pack, self._language)
        self._shown_state = state
        self.reloads += 1
        done = f"{len(attempt.pack.deck.slides)} slides, {self._place()}"
        log.info("pack changed; reloaded: %s", done)
        self.finished.emit(RELOADED, done)

    def _failed(self, attempt: Attempt) -> None:
        session = self._session
        if attempt.problems == self._failure:
            log.info("pack changed; still the same %d problems; %s",
                     len(attempt.problems),
                     STAYS if session.pack is not None else "they are listed above")
            self.finished.emit(FAILED, f"still the same {len(attempt.problems)} problems"
                               + _first(attempt))
            return
        self._failure = attempt.problems
        log_attempt(attempt)
        count = len(attempt.problems)
        noun = "problem" if count == 1 else "problems"
        if self._windowed:
            log.error("pack changed; %d %s; listing them in the window until they are fixed",
                      count, noun)
            session.show_problems(attempt.folder, list(attempt.problems), windowed=True)
        elif session.pack is not None:
            log.error("pack changed; %d %s; %s", count, noun, STAYS)
        else:
            log.error("pack changed; %d %s; the 'being updated' screen stays", count, noun)
        self.finished.emit(FAILED, f"{count} {noun}" + _first(attempt))

    def _shows_differently(self, shown: Pack, new: Pack, state: PackState) -> bool:
        """Whether showing `new` would change anything on screen: the deck differs, or a file
        it uses (a picture, a font) changed on disk since `shown` was loaded."""
        if new.deck != shown.deck or new.root != shown.root:
            return True
        changed = state.files_changed_since(self._shown_state)
        if any(path.startswith("fonts/") for path in changed):
            return True
        if not changed or state.real is None:
            return False
        real = Path(state.real)
        used = set()
        for path in (found.value for found in shown_values(new.deck)
                     if isinstance(found.value, Path)):
            try:
                used.add(path.relative_to(real).as_posix())
            except ValueError:
                return True                   # outside the folder looked at: assume changed
        return bool(used & changed)

    def _place(self) -> str:
        """Where the visitor is now, for the log: "still on slide 5 (id zone-numbers)"."""
        session = self._session
        pack = session.pack
        at = session.navigation.position
        if pack is None or not 0 <= at < len(pack.deck.slides):
            return "showing nothing"
        slide_id = pack.deck.slides[at].id
        where = f"slide {at + 1}" + (f" (id {slide_id})" if slide_id else "")
        return ("still on " if session.property("sameSlide") else "now on ") + where


def _first(attempt: Attempt) -> str:
    return f", the first: {attempt.problems[0]}" if attempt.problems else ""
