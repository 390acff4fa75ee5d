"""Which key does what: the key table of the kiosk-behaviour spec, as data."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import Qt


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
