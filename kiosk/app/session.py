"""The kiosk's state that QML shows: the pack on screen, or why there is none."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal

from kiosk.app.fonts import choose_family, load_pack_fonts
from kiosk.app.navigator import Navigator
from kiosk.app.slide_model import SlideListModel
from kiosk.app.theme import ThemeObject
from kiosk.app.ui_strings import ui_strings

if TYPE_CHECKING:
    from kiosk.deck.loader import Pack

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

    def __init__(self, *, animate: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides = SlideListModel(self)
        self._navigator = Navigator(parent=self)
        self._theme = ThemeObject(self)
        self._pack: Pack | None = None
        self._state = UPDATING
        self._problems: list[str] = []
        self._pack_name = ""
        self._language = "en"
        self._revision = 0
        self._animate = animate

    # --- what is shown ----------------------------------------------------------------

    def show_pack(self, pack: Pack, language: str | None = None) -> None:
        """Show `pack`, starting in `language` when the deck has it (else its first)."""
        deck = pack.deck
        if language and language not in deck.languages:
            log.warning("language %r is not one of the deck's %s; using %r",
                        language, ", ".join(deck.languages), deck.default_language)
            language = None
        self._pack = pack
        self._pack_name = pack.root.name
        self._language = language or deck.default_language
        load_pack_fonts(pack.root)
        self._theme.set_theme(deck.theme, choose_family(deck.theme.font))
        self._slides.set_deck(deck, self._language)
        self._navigator.reset(len(deck.slides), deck.kiosk.loop, 0)
        self._problems = []
        self._revision += 1
        self._set_state(SHOWING)
        self.languageChanged.emit()
        self.deckChanged.emit()

    def show_problems(self, folder: Path, problems: list[str], *, windowed: bool) -> None:
        """A pack that cannot be shown: list its problems (windowed) or a calm screen."""
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
        return self._pack.deck.title.get(self._language, self._pack.deck.default_language)

    @Property(str, notify=deckChanged)
    def transition(self) -> str:
        return self._pack.deck.kiosk.transition if self._pack else "none"

    @Property(int, notify=deckChanged)
    def deckRevision(self) -> int:
        """Changes whenever another deck is shown, so QML re-reads slide rows."""
        return self._revision

    @Property(bool, constant=True)
    def animate(self) -> bool:
        """False for screenshots: transitions and count-ups jump to their end."""
        return self._animate

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
