"""Which key does what: the key table of the kiosk-behaviour spec, as data."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


class Action(Enum):
    NEXT = auto()
    PREVIOUS = auto()
    FIRST = auto()
    LAST = auto()
    ENTER = auto()
    CLOSE = auto()
    BLACK = auto()
    WHITE = auto()
    RESTART = auto()
    FULL_SCREEN = auto()
    HELP = auto()
    QUIT = auto()
    OVERVIEW = auto()
    LANGUAGE = auto()
    AUTOPLAY = auto()
    OPERATOR = auto()


_KEYS: dict[int, Action] = {
    Qt.Key.Key_Right: Action.NEXT,
    Qt.Key.Key_Down: Action.NEXT,
    Qt.Key.Key_Space: Action.NEXT,
    Qt.Key.Key_PageDown: Action.NEXT,
    Qt.Key.Key_N: Action.NEXT,
    Qt.Key.Key_Left: Action.PREVIOUS,
    Qt.Key.Key_Up: Action.PREVIOUS,
    Qt.Key.Key_Backspace: Action.PREVIOUS,
    Qt.Key.Key_PageUp: Action.PREVIOUS,
    Qt.Key.Key_P: Action.PREVIOUS,
    Qt.Key.Key_Home: Action.FIRST,
    Qt.Key.Key_End: Action.LAST,
    Qt.Key.Key_Return: Action.ENTER,
    Qt.Key.Key_Enter: Action.ENTER,
    Qt.Key.Key_Escape: Action.CLOSE,
    Qt.Key.Key_B: Action.BLACK,
    Qt.Key.Key_Period: Action.BLACK,
    Qt.Key.Key_W: Action.WHITE,
    Qt.Key.Key_Comma: Action.WHITE,
    Qt.Key.Key_F5: Action.RESTART,
    Qt.Key.Key_F: Action.FULL_SCREEN,
    Qt.Key.Key_F11: Action.FULL_SCREEN,
    Qt.Key.Key_Question: Action.HELP,
    Qt.Key.Key_H: Action.HELP,
    Qt.Key.Key_Q: Action.QUIT,
    Qt.Key.Key_O: Action.OVERVIEW,
    Qt.Key.Key_G: Action.OVERVIEW,
    Qt.Key.Key_L: Action.LANGUAGE,
    Qt.Key.Key_A: Action.AUTOPLAY,
}

# The operator's way out of locked mode: a chord no visitor presses by accident.
_OPERATOR_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)

# Modifiers that make a key something else (Ctrl+F is not F); Shift is allowed because
# "?" needs it on most layouts, and keypad keys carry the keypad modifier.
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def action_for(key: int, modifiers: int, text: str = "") -> Action | None:
    """The action a key press asks for, or None when the kiosk ignores that key."""
    mods = Qt.KeyboardModifier(modifiers)
    if key == Qt.Key.Key_Q and mods & _OPERATOR_CHORD == _OPERATOR_CHORD:
        return Action.OPERATOR
    if key == Qt.Key.Key_Q and mods & Qt.KeyboardModifier.ControlModifier:
        return Action.QUIT
    if mods & _BLOCKING_MODIFIERS:
        return None
    if text in ("?", ".", ",") and key not in _KEYS:
        return {"?": Action.HELP, ".": Action.BLACK, ",": Action.WHITE}[text]
    return _KEYS.get(key)


def digit_for(key: int, modifiers: int) -> int | None:
    """The digit a key types (main row or keypad), or None."""
    if Qt.KeyboardModifier(modifiers) & _BLOCKING_MODIFIERS:
        return None
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return int(key) - int(Qt.Key.Key_0)
    return None


# --- the keys help (? or H): built from the table above, so the two cannot drift apart ---

_KEY_NAMES: dict[int, str] = {
    Qt.Key.Key_Right: "→", Qt.Key.Key_Down: "↓", Qt.Key.Key_Left: "←", Qt.Key.Key_Up: "↑",
    Qt.Key.Key_PageDown: "Page Down", Qt.Key.Key_PageUp: "Page Up",
    Qt.Key.Key_Return: "Enter", Qt.Key.Key_Escape: "Esc",
}
_SAME_AS_RETURN = {Qt.Key.Key_Enter}     # the keypad's Enter: one "Enter" in the help is enough
_HELP: tuple[tuple[Action, str, tuple[str, ...]], ...] = (
    (Action.NEXT, "next slide", ("Enter",)),
    (Action.PREVIOUS, "previous slide", ()),
    (Action.FIRST, "first slide", ()),
    (Action.LAST, "last slide", ()),
    (Action.OVERVIEW, "overview of all slides (arrows and Enter choose)", ()),
    (Action.LANGUAGE, "next language", ()),
    (Action.AUTOPLAY, "autoplay on / off", ()),
    (Action.BLACK, "black screen (any key brings the slide back)", ()),
    (Action.WHITE, "white screen (any key brings the slide back)", ()),
    (Action.RESTART, "restart from the first slide", ()),
    (Action.FULL_SCREEN, "full screen on / off (not when locked)", ()),
    (Action.HELP, "show / hide these keys", ()),
    (Action.CLOSE, "close whatever is open", ()),
    (Action.QUIT, "quit (not when locked)", ("Ctrl+Q",)),
    (Action.OPERATOR, "operator menu (PIN if set)", ("Ctrl+Alt+Shift+Q",)),
)
DIGITS_ROW = ("digits, then Enter", "go to that slide number")


def key_name(key: int) -> str:
    return _KEY_NAMES.get(key) or QKeySequence(key).toString()


def keys_help() -> list[tuple[str, str]]:
    """The rows of the keys help: the keys of each action, and what it does."""
    rows: list[tuple[str, str]] = []
    for action, meaning, extra in _HELP:
        keys = [key_name(k) for k, a in _KEYS.items() if a is action and k not in _SAME_AS_RETURN]
        rows.append(("  ".join([*keys, *extra]), meaning))
        if action is Action.LAST:
            rows.append(DIGITS_ROW)
    return rows
