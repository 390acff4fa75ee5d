"""Problem lines read `deck.yaml:LINE:COLUMN: key.path: message`."""

from __future__ import annotations

from kiosk.deck import Problem, format_key


def test_format_key() -> None:
    assert format_key(("slides", 3, "items", 0, "value")) == "slides[3].items[0].value"
    assert format_key(()) == ""
    assert format_key(("theme",)) == "theme"


def test_problem_line() -> None:
    problem = Problem(
        "deck.yaml", 12, 16, "slides[3].items[0].value", "expected a number, got 'two hundred'"
    )
    assert str(problem) == (
        "deck.yaml:12:16: slides[3].items[0].value: expected a number, got 'two hundred'"
    )
    assert problem.is_error


def test_problem_line_without_key_and_warning() -> None:
    assert str(Problem("deck.yaml", 1, 1, "", "deck.yaml is empty")) == (
        "deck.yaml:1:1: deck.yaml is empty"
    )
    warning = Problem("deck.yaml", 2, 3, "title", "no zh text", "warning")
    assert str(warning) == "deck.yaml:2:3: title: warning: no zh text"
    assert not warning.is_error
