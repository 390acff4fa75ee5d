"""Readable problems for deck.yaml that is not UTF-8, holds control characters, or is not YAML."""

from __future__ import annotations

import re

import yaml

from kiosk.deck.problems import Problem

BOM = b"\xef\xbb\xbf"
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("tab", "'\\t'"), "a tab character; indent with spaces, not tabs"),
    (
        ("mapping values are not allowed",),
        "a ':' where none is allowed; put text that contains ': ' in quotes, "
        "or check the indentation",
    ),
    (
        ("could not find expected ':'",),
        "the key on line {context_line} has no ':' (or is indented wrongly)",
    ),
    (
        ("did not find expected key", "expected <block end>"),
        "this line does not line up with the keys above it; check its indentation "
        "(or a quote that closes too early)",
    ),
    (
        ("expected '-' indicator", "<block sequence start>"),
        "this line does not line up with the list above it; check its indentation",
    ),
    (("undefined alias",), "an alias (*name) with no anchor (&name) before it"),
    (
        ("while scanning an anchor", "while scanning an alias"),
        "'&' and '*' start an anchor or alias and need a name after them; "
        "put text that begins with & or * in quotes",
    ),
    (
        ("expected <document start>", "expected '<document start>'"),
        "the document has ended above this line (a '...' line, or a '%' line after it); "
        "remove that line",
    ),
    (
        ("unknown directive",),
        "a line that starts with '%' is a YAML directive; put text that starts with % in quotes",
    ),
    (
        ("did not find expected node content", "expected the node content"),
        "a value is missing here, or a ']', '}}' or ',' stands where no list or mapping is open",
    ),
    (("duplicate anchor", "second occurrence"), "the anchor is defined twice"),
    (
        ("another document",),
        "a second document (a '---' line); deck.yaml holds exactly one",
    ),
    (
        ("unexpected end of stream",),
        "the file ends inside a quoted text that starts on line {context_line}; close the quote",
    ),
    (
        ("unknown escape character",),
        "an unknown escape in double quotes; write \\\\ for a backslash, or use single quotes",
    ),
    (
        ("expected ',' or ']'",),
        "the list '[' on line {context_line} is not closed with ']' (or lacks a ',')",
    ),
    (
        ("expected ',' or '}'",),
        "the mapping '{{' on line {context_line} is not closed with '}}' (or lacks a ',')",
    ),
)


def _line_column(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def decode_problem(file: str, raw: bytes, error: UnicodeDecodeError) -> Problem:
    """deck.yaml is not UTF-8: point at the first byte that is not."""
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    line = raw.count(b"\n", 0, error.start) + 1
    column = len(raw[line_start : error.start].decode("utf-8")) + 1
    byte = raw[error.start]
    message = f"deck.yaml is not UTF-8 text (byte 0x{byte:02X} here); save it as UTF-8"
    return Problem(file, line, column, "", message)


def unprintable_problem(file: str, text: str) -> Problem | None:
    """A control character YAML does not allow, if the text has one."""
    found = _UNPRINTABLE.search(text)
    if found is None:
        return None
    code = f"U+{ord(found.group()):04X}"
    message = f"a control character ({code}) that YAML does not allow; delete it"
    return Problem(file, *_line_column(text, found.start()), "", message)


def _character_at(text: str, line: int, column: int) -> str:
    """The character at 1-based (line, column) of `text`, "" if there is none."""
    lines = text.split("\n")
    return lines[line - 1][column - 1 : column] if 0 < line <= len(lines) else ""


def _token_start(character: str) -> str:
    """Why `character` cannot start a value (libyaml does not say which character it was)."""
    if character == "\t":
        return "a tab character; indent with spaces, not tabs"
    if character in ("@", "`"):
        return (f"{character!r} cannot start a value (YAML keeps it for future use); "
                "put the text in quotes")
    shown = repr(character) if character.isprintable() else f"U+{ord(character):04X}"
    return f"{shown} cannot start a value here; put the text in quotes"


def syntax_problem(file: str, error: yaml.YAMLError, text: str = "") -> Problem:
    """A parser error as a problem at PyYAML's mark, in words an author can act on; `text`,
    the file parsed, names the character a token cannot start with."""
    mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    problem = str(getattr(error, "problem", None) or error)
    context = str(getattr(error, "context", None) or "")
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if "cannot start any token" in problem:
        character = _character_at(text, line, column)
        if character:
            return Problem(file, line, column, "", "YAML syntax error: " +
                           _token_start(character))
    context_line = context_mark.line + 1 if context_mark is not None else line
    for needles, hint in _HINTS:
        if any(needle in problem or needle in context for needle in needles):
            if "{context_line}" in hint and context_mark is None:
                continue
            return Problem(file, line, column, "", "YAML syntax error: " + hint.format(
                context_line=context_line
            ))
    detail = f" ({context}, line {context_line})" if context else ""
    return Problem(file, line, column, "", f"YAML syntax error: {problem}{detail}")
