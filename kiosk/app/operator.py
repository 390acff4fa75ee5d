"""Locked mode and the operator's menu: refused requests, the PIN (slowed down when guessed),
resume, reload, another pack, quit."""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)

CLOSED = ""
PIN = "pin"
MENU = "menu"
PACKS = "packs"
FREE_TRIES = 3
LOCKOUT_SECONDS = 30.0
MAX_LOCKOUT_SECONDS = 300.0
MAX_PIN_DIGITS = 12      # kiosk run refuses longer PINs, which could never be typed
MENU_ITEMS = ("resume", "reload", "packs", "quit")
VIEW_CLOSE_MS = 60_000


def packs_beside(pack: Path) -> list[Path]:
    """The folders next to `pack` (and `pack` itself) that hold a deck.yaml, by name."""
    parent = pack.resolve().parent
    try:
        folders = [p for p in parent.iterdir() if (p / "deck.yaml").is_file()]
    except OSError:
        folders = []
    if pack.resolve() not in folders and (pack / "deck.yaml").is_file():
        folders.append(pack.resolve())
    return sorted(folders, key=lambda p: p.name.casefold())


class Operator(QObject):
    """Whether the kiosk is locked, and the operator's way in: PIN pad, menu and pack list."""

    viewChanged = Signal()
    entryChanged = Signal()
    messageChanged = Signal()
    selectionChanged = Signal()
    quitApproved = Signal()
    fullScreenApproved = Signal()
    reloadRequested = Signal()
    packRequested = Signal(str)

    def __init__(self, *, locked: bool, pin: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locked = locked
        self._pin = pin
        self._view = CLOSED
        self._entry = ""
        self._message = ""
        self._selection = 0
        self._wrong = 0
        self._refused_until = 0.0
        self.lockout_seconds = LOCKOUT_SECONDS
        self.current_pack: Callable[[], Path | None] = lambda: None
        self._packs: list[Path] = []
        # An operator who walks away must not leave the menu open for the next visitor.
        self._close_timer = QTimer(self, singleShot=True, interval=VIEW_CLOSE_MS)
        self._close_timer.timeout.connect(self.resume)

    # --- locked mode ------------------------------------------------------------------

    @Slot()
    def requestQuit(self) -> None:
        if self._locked:
            log.info("quit refused: the kiosk is locked (operator: Ctrl+Alt+Shift+Q)")
        else:
            self.quitApproved.emit()

    @Slot()
    def requestFullScreenToggle(self) -> None:
        if self._locked:
            log.info("full-screen toggle refused: the kiosk is locked")
        else:
            self.fullScreenApproved.emit()

    @Slot(result=bool)
    def allowClose(self) -> bool:
        """Whether a window-manager close request (Alt+F4, the close button) may close it."""
        if self._locked:
            log.info("window close refused: the kiosk is locked")
        return not self._locked

    # --- what QML shows ---------------------------------------------------------------

    @Property(str, notify=viewChanged)
    def view(self) -> str:
        """"" (closed), "pin" (the PIN pad), "menu" or "packs" (the pack list)."""
        return self._view

    @property
    def open_view(self) -> str:
        return self._view

    @Property(int, notify=entryChanged)
    def entered(self) -> int:
        """How many PIN digits are typed (shown as dots, never the digits)."""
        return len(self._entry)

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        return self._message

    @Property(int, notify=selectionChanged)
    def selection(self) -> int:
        """The highlighted row of the menu or the pack list (for keyboard use)."""
        return self._selection

    @Property(list, constant=True)
    def menuItems(self) -> list[str]:
        return list(MENU_ITEMS)

    @Property(list, notify=viewChanged)
    def packs(self) -> list[dict[str, Any]]:
        current = self.current_pack()
        here = current.resolve() if current else None
        return [{"name": p.name, "current": p == here} for p in self._packs]

    # --- the way in -------------------------------------------------------------------

    @Slot()
    def request(self) -> None:
        """The operator gesture (Ctrl+Alt+Shift+Q, or a long press on the top-left corner)."""
        if self._view != CLOSED:
            return
        log.info("operator menu requested")
        self._set_message("")
        self._set_entry("")
        self._set_view(PIN if self._pin else MENU)

    @Slot(int)
    def typeDigit(self, digit: int) -> None:
        self._still_here()
        if self._view == PIN and 0 <= digit <= 9 and len(self._entry) < MAX_PIN_DIGITS:
            self._set_entry(self._entry + str(digit))

    @Slot()
    def eraseDigit(self) -> None:
        self._still_here()
        self._set_entry(self._entry[:-1])

    @property
    def seconds_to_wait(self) -> float:
        """How long the PIN pad still refuses every PIN after too many wrong ones."""
        return max(0.0, self._refused_until - time.monotonic())

    @Slot()
    def submitPin(self) -> None:
        if self._view != PIN:
            return
        wait = self._refused_until - time.monotonic()
        if wait > 0:
            self._set_entry("")
            self._set_message(f"Too many wrong PINs. Try again in {int(wait + 0.999)} s.")
            log.warning("PIN refused: too many wrong PINs; %.0f s to wait", wait)
            return
        entered, self._entry = self._entry, ""
        self.entryChanged.emit()
        if hmac.compare_digest(entered.encode(), self._pin.encode()):
            self._wrong = 0
            log.info("operator PIN accepted")
            self._set_message("")
            self._set_view(MENU)
            return
        self._wrong += 1
        log.warning("wrong operator PIN (%d in a row)", self._wrong)
        if self._wrong >= FREE_TRIES:
            extra = self._wrong - FREE_TRIES
            delay = min(self.lockout_seconds * 2 ** extra, MAX_LOCKOUT_SECONDS)
            self._refused_until = time.monotonic() + delay
            self._set_message(f"Wrong PIN. Try again in {int(delay + 0.999)} s.")
        else:
            self._set_message("Wrong PIN.")

    # --- the menu ---------------------------------------------------------------------

    @Slot()
    def resume(self) -> None:
        self._set_entry("")
        self._set_message("")
        self._set_view(CLOSED)

    @Slot()
    def reload(self) -> None:
        if self._view in (MENU, PACKS):
            log.info("operator: reload content")
            self._set_view(CLOSED)
            self.reloadRequested.emit()

    @Slot()
    def showPacks(self) -> None:
        if self._view == MENU:
            current = self.current_pack()
            self._packs = packs_beside(current) if current else []
            self._set_view(PACKS)

    @Slot(int)
    def choosePack(self, row: int) -> None:
        if self._view == PACKS and 0 <= row < len(self._packs):
            chosen = self._packs[row]
            log.info("operator: show the pack %s", chosen)
            self._set_view(CLOSED)
            self.packRequested.emit(str(chosen))

    @Slot()
    def quit(self) -> None:
        if self._view == MENU:
            log.info("operator: quit")
            self._set_view(CLOSED)
            self.quitApproved.emit()

    def report(self, message: str) -> None:
        """Tell the operator why what they asked for did not happen (menu stays open)."""
        self._set_message(message)
        self._set_view(MENU)

    @Slot(int)
    def activate(self, row: int) -> None:
        """A row of the menu or pack list chosen (tap, or Enter on the highlighted one)."""
        self._still_here()
        if self._view == PACKS:
            self.choosePack(row)
        elif self._view == MENU and 0 <= row < len(MENU_ITEMS):
            {"resume": self.resume, "reload": self.reload, "packs": self.showPacks,
             "quit": self.quit}[MENU_ITEMS[row]]()

    # --- keys while a view is open ----------------------------------------------------

    @Slot(int, str, result=bool)
    def handleKey(self, key: int, text: str) -> bool:
        """Keys go here first while a view is open; True when the key was used."""
        if self._view == CLOSED:
            return False
        self._still_here()
        if key == Qt.Key.Key_Escape:
            self._back()
        elif self._view == PIN:
            if len(text) == 1 and text in "0123456789":    # not "²", which isdigit() likes
                self.typeDigit(int(text))
            elif key == Qt.Key.Key_Backspace:
                self.eraseDigit()
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitPin()
        else:
            rows = len(MENU_ITEMS) if self._view == MENU else len(self._packs)
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_PageUp):
                self._set_selection((self._selection - 1) % max(rows, 1))
            elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_PageDown,
                         Qt.Key.Key_Tab):
                self._set_selection((self._selection + 1) % max(rows, 1))
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.activate(self._selection)
        return True      # nothing reaches the slides behind the operator's views

    def _still_here(self) -> None:
        """The operator did something: the menu's one-minute timeout starts again."""
        if self._view != CLOSED:
            self._close_timer.start()

    def _back(self) -> None:
        if self._view == PACKS:
            self._set_view(MENU)
        else:
            self.resume()

    def _set_view(self, view: str) -> None:
        if view in (MENU, PACKS):
            current = self.current_pack()
            rows = self._packs if view == PACKS else []
            here = current.resolve() if current else None
            self._set_selection(rows.index(here) if here in rows else 0)
        if view == CLOSED:
            self._close_timer.stop()
        else:
            self._close_timer.start()
        if view != self._view:
            self._view = view
            self.viewChanged.emit()

    def _set_entry(self, entry: str) -> None:
        if entry != self._entry:
            self._entry = entry
            self.entryChanged.emit()

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()

    def _set_selection(self, row: int) -> None:
        if row != self._selection:
            self._selection = row
            self.selectionChanged.emit()
