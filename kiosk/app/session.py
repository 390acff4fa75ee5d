"""The kiosk's state that QML shows: the pack on screen (or why there is none), its language,
and the objects for navigation, autoplay, idle and the operator."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.app.attract import ACTIVE, Autoplay, IdleWatch
from kiosk.app.fonts import choose_family, load_pack_fonts
from kiosk.app.keymap import keys_help
from kiosk.app.navigator import Navigator
from kiosk.app.operator import Operator
from kiosk.app.slide_model import SlideListModel
from kiosk.app.theme import ThemeObject
from kiosk.app.touch_target import UNKNOWN_SIZE_PX
from kiosk.app.ui_strings import language_name, ui_strings
from kiosk.app.videos import VideoWatch
from kiosk.deck.long_texts import on_screen

if TYPE_CHECKING:
    from kiosk.deck.loader import Pack
    from kiosk.deck.model import Deck

log = logging.getLogger(__name__)

SHOWING = "showing"
PROBLEMS = "problems"
UPDATING = "updating"
CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})


class KioskSession(QObject):
    """What QML sees: slides, navigator, theme, and whether a pack is shown at all."""

    deckChanged = Signal()
    stateChanged = Signal()
    languageChanged = Signal()
    touchTargetChanged = Signal()

    def __init__(self, *, animate: bool = True, controls: bool = True, locked: bool = False,
                 pin: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides = SlideListModel(self)
        self._navigator = Navigator(parent=self)
        self._theme = ThemeObject(self)
        self._autoplay = Autoplay(self._navigator, self)
        self._idle = IdleWatch(self._autoplay, self)
        self._operator = Operator(locked=locked, pin=pin, parent=self)
        self._pack: Pack | None = None
        self._videos = VideoWatch(self._idle, lambda: self._pack, self)
        self._state = UPDATING
        self._problems: list[str] = []
        self._pack_name = ""
        self._language = "en"
        self._start_language = "en"
        self._revision = 0
        self._same_slide = False
        self._left_at: tuple[str | None, int] | None = None   # the slide before a problems list
        self._animate = animate
        self._controls = controls
        self._touch_target = UNKNOWN_SIZE_PX
        self._navigator.languageRequested.connect(self.nextLanguage)
        self._navigator.autoplayToggleRequested.connect(self._autoplay.toggle)
        self._navigator.operatorRequested.connect(self._operator.request)
        self._navigator.quitRequested.connect(self._operator.requestQuit)
        self._navigator.fullScreenToggleRequested.connect(self._operator.requestFullScreenToggle)
        self._idle.attractStarted.connect(self._back_to_the_start)
        self._idle.attractJoined.connect(self._ready_for_the_next_visitor)
        self._idle.stateChanged.connect(self._close_what_is_open_when_idle)
        self._operator.current_pack = lambda: self._pack.root if self._pack else None
        self.deckChanged.connect(self._videos.deck_shown)

    # --- what is shown ----------------------------------------------------------------

    def show_pack(self, pack: Pack, language: str | None = None, *,
                  keep_place: bool = False) -> None:
        """Show `pack`, starting in `language` when the deck has it (else its first).

        With `keep_place` (a reload), stay on the slide shown: the same `id`, else the same
        number, and in the same language when the deck still has it.
        """
        deck = pack.deck
        index = self._place_in(deck) if keep_place else 0
        self._same_slide = keep_place and self._is_same_slide(deck, index)
        if keep_place and language is None and self._language in deck.languages:
            language = self._language
        if language and language not in deck.languages:
            log.warning("language %r is not one of the deck's %s; using %r",
                        language, ", ".join(deck.languages), deck.default_language)
            language = None
        self._pack = pack
        self._pack_name = pack.root.name
        self._language = language or deck.default_language
        if not keep_place:
            self._start_language = self._language
        elif self._start_language not in deck.languages:
            self._start_language = deck.default_language
        self._left_at = None
        load_pack_fonts(pack.root)
        self._theme.set_theme(deck.theme, choose_family(deck.theme.font))
        self._slides.set_deck(deck, self._language)
        # Before the navigator moves, so the stage can tell a new deck from a step.
        self._revision += 1
        self._navigator.reset(len(deck.slides), deck.kiosk.loop, index)
        self._autoplay.set_durations(
            lambda i: deck.slides[i].duration or deck.kiosk.autoplay
            if 0 <= i < len(deck.slides) else deck.kiosk.autoplay)
        self._idle.set_idle_seconds(deck.kiosk.idle_timeout)
        self._problems = []
        self._set_state(SHOWING)
        self.languageChanged.emit()
        self.deckChanged.emit()

    def show_problems(self, folder: Path, problems: list[str], *, windowed: bool) -> None:
        """A pack that cannot be shown: list its problems (windowed) or a calm screen.

        The slide shown before is remembered, so a reload that works returns to it.
        """
        if self._pack is not None:
            self._left_at = (self._current_id(), self._navigator.position)
        self._same_slide = False
        self._pack = None
        self._pack_name = folder.name or str(folder)
        if folder.is_dir():
            load_pack_fonts(folder)   # so problems in the pack's own script show legibly
        self._problems = list(problems)
        self._slides.set_deck(None, self._language)
        self._navigator.reset(0, False, 0)
        self._revision += 1
        self._set_state(PROBLEMS if windowed else UPDATING)
        self.deckChanged.emit()

    def _place_in(self, deck: Deck) -> int:
        """Where the slide shown now (or before a problems list) is in `deck`: by id, else by
        number (clamped)."""
        slide_id, index = self._left_at or (self._current_id(), self._navigator.position)
        found = deck.index_of(slide_id) if slide_id else None
        if found is not None:
            return found
        return max(0, min(index, len(deck.slides) - 1))

    def _current_id(self) -> str | None:
        """The `id` of the slide shown (None without a pack or an id)."""
        old = self._pack.deck if self._pack else None
        index = self._navigator.position
        if old is not None and 0 <= index < len(old.slides):
            return old.slides[index].id
        return None

    def _is_same_slide(self, deck: Deck, index: int) -> bool:
        """Whether `index` in `deck` is the slide on screen now: the same id, or, for slides
        without one, the same number and type."""
        old = self._pack.deck if self._pack else None
        at = self._navigator.position
        if old is None or not 0 <= at < len(old.slides) or not 0 <= index < len(deck.slides):
            return False
        before, after = old.slides[at], deck.slides[index]
        if before.id or after.id:
            return before.id == after.id
        return at == index and before.type == after.type

    # --- language ---------------------------------------------------------------------

    @Slot()
    def nextLanguage(self) -> None:
        """The deck's next language (L, or the language button), on the same slide."""
        if self._pack is None:
            return
        languages = self._pack.deck.languages
        at = languages.index(self._language) if self._language in languages else -1
        self.set_language(languages[(at + 1) % len(languages)])

    def set_language(self, language: str) -> None:
        if self._pack is None or language not in self._pack.deck.languages:
            return
        if language != self._language:
            log.info("language: %s", language)
            self._language = language
            self._slides.set_language(language)
            self.languageChanged.emit()

    def _back_to_the_start(self) -> None:
        """Attract mode begins: nothing open, the first slide, the starting language."""
        self._navigator.closeAll()
        self._operator.resume()
        self.set_language(self._start_language)
        self._navigator.first()

    def _ready_for_the_next_visitor(self) -> None:
        """Attract mode joins a show already playing: close what is open, first language."""
        self._navigator.closeAll()
        self._operator.resume()
        self.set_language(self._start_language)

    def _close_what_is_open_when_idle(self) -> None:
        """Nobody there: the operator's views close, and the "still there?" countdown is not
        hidden behind the keys help, a panel or a black screen."""
        if self._idle.current_state != ACTIVE:
            self._operator.resume()
            self._navigator.closeAll()

    def set_touch_target(self, pixels: float) -> None:
        """The smallest touch target on the window's screen (9 mm), in logical pixels."""
        if abs(pixels - self._touch_target) > 0.01:
            self._touch_target = pixels
            self.touchTargetChanged.emit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()

    @property
    def pack(self) -> Pack | None:
        return self._pack

    # Typed access for Python code (the Qt properties below are for QML).
    @property
    def navigation(self) -> Navigator:
        return self._navigator

    @property
    def current_language(self) -> str:
        return self._language

    @property
    def touch_target(self) -> float:
        return self._touch_target

    @property
    def start_language(self) -> str:
        return self._start_language

    @property
    def idle_watch(self) -> IdleWatch:
        return self._idle

    @property
    def autoplayer(self) -> Autoplay:
        return self._autoplay

    @property
    def operator_menu(self) -> Operator:
        return self._operator

    # --- properties QML reads ---------------------------------------------------------

    @Property(QObject, constant=True)
    def slides(self) -> SlideListModel:
        return self._slides

    @Property(QObject, constant=True)
    def navigator(self) -> Navigator:
        return self._navigator

    @Property(QObject, constant=True)
    def theme(self) -> ThemeObject:
        return self._theme

    @Property(QObject, constant=True)
    def idle(self) -> IdleWatch:
        return self._idle

    @Property(QObject, constant=True)
    def autoplay(self) -> Autoplay:
        return self._autoplay

    @Property(QObject, constant=True)
    def operator(self) -> Operator:
        return self._operator

    @Property(QObject, constant=True)
    def videos(self) -> VideoWatch:
        """Where video slides report playing (not idle) and videos that cannot play."""
        return self._videos

    @Property(float, notify=touchTargetChanged)
    def touchTarget(self) -> float:
        """The smallest a touch target may be on this screen, in logical pixels (9 mm)."""
        return self._touch_target

    @Property(list, notify=languageChanged)
    def chapters(self) -> list[dict[str, Any]]:
        """The chapter menu: each chapter that has slides, with its first slide and count."""
        if self._pack is None:
            return []
        deck = self._pack.deck
        owners = deck.slide_chapters()
        menu = []
        for chapter in deck.chapters:
            rows = [i for i, owner in enumerate(owners) if owner == chapter.id]
            if rows:
                menu.append({"id": chapter.id, "first": rows[0], "count": len(rows),
                             "title": on_screen(chapter.title.get(
                                 self._language, deck.default_language))})
        return menu

    @Property(list, notify=languageChanged)
    def overviewGroups(self) -> list[dict[str, Any]]:
        """The overview's sections: runs of slides in the same chapter, in deck order."""
        if self._pack is None:
            return []
        deck = self._pack.deck
        groups: list[dict[str, Any]] = []
        for index, owner in enumerate(deck.slide_chapters()):
            if not groups or groups[-1]["id"] != (owner or ""):
                chapter = deck.chapter(owner)
                title = on_screen(chapter.title.get(self._language, deck.default_language)
                                  if chapter else "")
                groups.append({"id": owner or "", "title": title, "slides": []})
            groups[-1]["slides"].append(index)
        return groups

    @Property(list, constant=True)
    def keysHelp(self) -> list[list[str]]:
        """The keys help's rows, [keys, what they do], from the key table itself."""
        return [list(row) for row in keys_help()]

    @Property(str, notify=languageChanged)
    def nextLanguageName(self) -> str:
        """The name, in itself, of the language the language button switches to ("" if none)."""
        if self._pack is None or len(self._pack.deck.languages) < 2:
            return ""
        languages = self._pack.deck.languages
        at = languages.index(self._language) if self._language in languages else -1
        return language_name(languages[(at + 1) % len(languages)])

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        """"showing" a pack, listing its "problems", or "updating" (the calm screen)."""
        return self._state

    @Property(list, notify=deckChanged)
    def problems(self) -> list[str]:
        return self._problems

    @Property(str, notify=deckChanged)
    def packName(self) -> str:
        return self._pack_name

    @Property(str, notify=languageChanged)
    def windowTitle(self) -> str:
        if self._pack is None:
            return "Kiosk"
        return on_screen(self._pack.deck.title.get(self._language,
                                                   self._pack.deck.default_language))

    @Property(str, notify=deckChanged)
    def transition(self) -> str:
        return self._pack.deck.kiosk.transition if self._pack else "none"

    @Property(int, notify=deckChanged)
    def deckRevision(self) -> int:
        """Changes whenever another deck is shown, so QML re-reads slide rows."""
        return self._revision

    @Property(bool, notify=deckChanged)
    def sameSlide(self) -> bool:
        """True when the deck just shown is a reload that stays on the slide already on
        screen: it appears without a transition and without replaying its count-ups."""
        return self._same_slide

    @Property(bool, constant=True)
    def animate(self) -> bool:
        """False for screenshots: transitions and count-ups jump to their end."""
        return self._animate

    @Property(bool, constant=True)
    def controls(self) -> bool:
        """False for handouts (`kiosk export --pdf`): the on-screen buttons are not drawn, as
        a printed page cannot be touched; what the slide shows, chapter and progress stay."""
        return self._controls

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(dict, notify=languageChanged)
    def fontFeatures(self) -> dict[str, Any]:
        """OpenType features for the current language: outside Chinese, Japanese and Korean,
        proportional punctuation, so a CJK font's full-width quotes fit Latin text."""
        return {} if self._language.split("-")[0] in CJK_LANGUAGES else {"pwid": 1}

    @Property(dict, notify=languageChanged)
    def uiStrings(self) -> dict[str, Any]:
        return dict(ui_strings(self._language))
