"""Where the visitor is in the tour, what is open over it, and what each key does to that."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot

from kiosk.app.keymap import Action, action_for, digit_for

MAX_TYPED_DIGITS = 4
TYPED_NUMBER_TIMEOUT_MS = 4000
OVERVIEW = "overview"
CHAPTERS = "chapters"
PANELS = ("", OVERVIEW, CHAPTERS)


class Navigator(QObject):
    """The current slide, the black/white screen, the keys help, the overview and chapter
    menu, and typed slide numbers; requests for what others own (quit, language, autoplay,
    the operator menu) go out as signals."""

    indexChanged = Signal()
    countChanged = Signal()
    blankChanged = Signal()
    helpVisibleChanged = Signal()
    typedNumberChanged = Signal()
    panelChanged = Signal()
    quitRequested = Signal()
    fullScreenToggleRequested = Signal()
    languageRequested = Signal()
    autoplayToggleRequested = Signal()
    operatorRequested = Signal()

    def __init__(self, count: int = 0, loop: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = 0
        self._count = count
        self._loop = loop
        self._blank = ""
        self._help_visible = False
        self._typed = ""
        self._panel = ""
        self._direction = 1
        # A stray digit must not stay on screen: typing is forgotten after a pause.
        self._typing_timer = QTimer(self, singleShot=True, interval=TYPED_NUMBER_TIMEOUT_MS)
        self._typing_timer.timeout.connect(lambda: self._set_typed(""))

    # --- properties QML reads ---------------------------------------------------------

    @Property(int, notify=indexChanged)
    def index(self) -> int:
        return self._index

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self._count

    @Property(bool, notify=countChanged)
    def loops(self) -> bool:
        """Whether "next" on the last slide goes on to the first (the deck's `kiosk.loop`)."""
        return self._loop

    @property
    def position(self) -> int:
        """The current slide's index (typed access for Python; QML reads `index`)."""
        return self._index

    @property
    def slide_count(self) -> int:
        """The number of slides (typed access for Python; QML reads `count`)."""
        return self._count

    @Property(str, notify=blankChanged)
    def blank(self) -> str:
        """"" while the slide shows, "black" or "white" while the screen is blanked."""
        return self._blank

    @Property(bool, notify=helpVisibleChanged)
    def helpVisible(self) -> bool:
        return self._help_visible

    @Property(int, notify=indexChanged)
    def direction(self) -> int:
        """1 when the last move went forward (next, also when wrapping round), -1 when back."""
        return self._direction

    @Property(str, notify=panelChanged)
    def panel(self) -> str:
        """What is open over the slides: "" (nothing), "overview" or "chapters"."""
        return self._panel

    @property
    def open_panel(self) -> str:
        return self._panel

    @Property(str, notify=typedNumberChanged)
    def typedNumber(self) -> str:
        """Digits typed so far toward "go to slide N" (shown on screen while typing)."""
        return self._typed

    # --- changing the deck ------------------------------------------------------------

    def reset(self, count: int, loop: bool, index: int = 0) -> None:
        """A (new) deck of `count` slides; keep `index` if it still exists."""
        changed = count != self._count or loop != self._loop
        self._loop = loop
        self._count = count
        if changed:
            self.countChanged.emit()
        self._set_index(max(0, min(index, count - 1)))

    # --- moving -----------------------------------------------------------------------

    @Slot(int)
    def goTo(self, index: int) -> None:
        if 0 <= index < self._count:
            self._set_index(index, 1 if index > self._index else -1)

    @Slot()
    def next(self) -> None:
        if self._index + 1 < self._count:
            self._set_index(self._index + 1, 1)
        elif self._loop and self._count > 1:
            self._set_index(0, 1)

    @Slot()
    def previous(self) -> None:
        if self._index > 0:
            self._set_index(self._index - 1, -1)
        elif self._loop and self._count > 1:
            self._set_index(self._count - 1, -1)

    @Slot(int)
    def choose(self, index: int) -> None:
        """A slide picked in the overview or the chapter menu: go there and close the panel."""
        self._set_panel("")
        self.goTo(index)

    @Slot(str)
    def openPanel(self, panel: str) -> None:
        """Open "overview" or "chapters" (the on-screen buttons); the same name again closes it."""
        if panel in PANELS:
            self._set_help(False)
            self._set_panel("" if panel == self._panel else panel)

    @Slot()
    def closeAll(self) -> None:
        """Close whatever is open over the slide: panels, keys help, black screen, typing."""
        self._set_panel("")
        self._set_help(False)
        self._set_blank("")
        self._set_typed("")

    @Slot()
    def first(self) -> None:
        self._set_index(0, -1)

    def wrap_to_first(self) -> None:
        """From the end back to the first slide, moving forward (autoplay's loop)."""
        self._set_index(0, 1)

    @Slot()
    def last(self) -> None:
        self._set_index(self._count - 1, 1)

    # --- keys -------------------------------------------------------------------------

    @Slot(int, int, str, result=bool)
    def handleKey(self, key: int, modifiers: int, text: str) -> bool:
        """Act on a key press from the window; True when the key meant something."""
        action = action_for(key, modifiers, text)
        if action is Action.OPERATOR:
            self.operatorRequested.emit()
            return True
        if self._blank and action is not Action.QUIT:
            # Any key brings the slide back, and does nothing else.
            self._set_blank("")
            return True
        if self._help_visible and action not in (Action.HELP, Action.CLOSE, Action.QUIT):
            # The keys help is in front: the first key closes it.
            self._set_help(False)
            return True
        digit = digit_for(key, modifiers)
        if digit is not None:
            if len(self._typed) < MAX_TYPED_DIGITS:
                self._set_typed(self._typed + str(digit))
            return True
        if self._typed and action is Action.PREVIOUS and key == Qt.Key.Key_Backspace:
            self._set_typed(self._typed[:-1])     # Backspace edits the number being typed
            return True
        if action is None:
            return False
        self._act(action)
        return True

    def _act(self, action: Action) -> None:
        typed = self._typed
        self._set_typed("")
        match action:
            case Action.ENTER if typed:
                if 0 < int(typed) <= self._count:
                    self.choose(int(typed) - 1)
            case Action.NEXT | Action.ENTER:
                self.next()
            case Action.PREVIOUS:
                self.previous()
            case Action.FIRST | Action.RESTART:
                self.first()
            case Action.LAST:
                self.last()
            case Action.CLOSE:
                self._set_help(False)
                self._set_panel("")
            case Action.BLACK:
                self._set_blank("black")
            case Action.WHITE:
                self._set_blank("white")
            case Action.HELP:
                self._set_help(not self._help_visible)
            case Action.OVERVIEW:
                self.openPanel(OVERVIEW)
            case Action.LANGUAGE:
                self.languageRequested.emit()
            case Action.AUTOPLAY:
                self.autoplayToggleRequested.emit()
            case Action.FULL_SCREEN:
                self.fullScreenToggleRequested.emit()
            case Action.QUIT:
                self.quitRequested.emit()

    # --- state changes ----------------------------------------------------------------

    def _set_index(self, index: int, direction: int = 1) -> None:
        if index != self._index and 0 <= index < max(self._count, 1):
            self._index = index
            self._direction = direction
            self.indexChanged.emit()

    def _set_blank(self, blank: str) -> None:
        if blank != self._blank:
            self._blank = blank
            self.blankChanged.emit()

    def _set_panel(self, panel: str) -> None:
        if panel != self._panel:
            self._panel = panel
            self.panelChanged.emit()

    def _set_help(self, visible: bool) -> None:
        if visible != self._help_visible:
            self._help_visible = visible
            self.helpVisibleChanged.emit()

    def _set_typed(self, typed: str) -> None:
        if typed:
            self._typing_timer.start()
        else:
            self._typing_timer.stop()
        if typed != self._typed:
            self._typed = typed
            self.typedNumberChanged.emit()
