"""Limits that keep a hostile deck.yaml cheap to refuse: nesting depth and alias expansion."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

MAX_NODES = 100_000
"""Values aliases may add to what is written; more is refused (a "billion laughs" file).

A deck of 5,000 slides is about 50,000 values written out; aliases (a text or a list used
again) add a few. Each value costs validation time (a picture path, its file checked), so a
few kilobytes that expand a hundredfold would hold the kiosk up for seconds."""
MAX_DEPTH = 100
"""Levels of nesting a deck may have; more is refused before the parser recurses into it."""


class RefusedError(Exception):
    """deck.yaml is refused as a whole; `position` is the 1-based (line, column) to blame."""

    def __init__(self, node: Node | yaml.Event, message: str) -> None:
        super().__init__(message)
        mark = node.start_mark
        self.position = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.message = message


def check_depth(text: str, loader: Any) -> bool:
    """Refuse deep nesting from the event stream, before the (recursive) composer sees it.

    Returns whether the stream has aliases: only then can the composed values expand beyond
    what was written, and need check_size (a third of the time of loading a big deck).
    """
    depth = 0
    aliases = False
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise RefusedError(event, f"values are nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases = True
    return aliases


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def check_size(root: Node) -> None:
    """Refuse alias loops, and aliases that add more than MAX_NODES values to those written,
    without expanding them."""
    measured: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded values, height)

    def measure(node: Node, depth: int) -> tuple[int, int]:
        known = measured.get(id(node))
        if known == (-1, -1):
            raise RefusedError(node, "an alias refers to the value that contains it (a loop)")
        if known is None:
            measured[id(node)] = (-1, -1)
            sizes = [measure(child, depth + 1) for child in _children(node)]
            known = (1 + sum(s for s, _ in sizes), 1 + max((h for _, h in sizes), default=0))
            measured[id(node)] = known
        if depth + known[1] > MAX_DEPTH:
            message = f"values (with aliases) are nested more than {MAX_DEPTH} levels deep"
            raise RefusedError(node, message)
        return known

    expanded = measure(root, 0)[0]
    if expanded - len(measured) > MAX_NODES:  # len(measured): the values written
        node = root
        while True:
            bigger = [c for c in _children(node) if measured[id(c)][0] > MAX_NODES]
            if not bigger:
                break
            node = bigger[0]
        message = (f"aliases here add more than {MAX_NODES:,} values to the deck (an 'alias "
                   "bomb'?); deck.yaml is refused: use fewer aliases, or write the values out")
        raise RefusedError(node, message)


