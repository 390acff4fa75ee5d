"""Read deck.yaml into plain data (YAML 1.2 core schema), noting where every value was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.deck import limits
from kiosk.deck.problems import KeyPath, Problem, format_key
from kiosk.deck.scalars import (
    MAP,
    PLAIN,
    SEQ,
    STR,
    YAML_TAG,
    ScalarError,
    resolve_plain,
    resolve_tagged,
    short_tag,
)
from kiosk.deck.syntax import BOM, decode_problem, syntax_problem, unprintable_problem
from kiosk.deck.values import describe

FILE = "deck.yaml"
Position = tuple[int, int]
_SCALAR_TAGS = frozenset(YAML_TAG + name for name in ("str", "int", "float", "bool", "null"))


class _PyLoader(yaml.SafeLoader):
    """The pure-Python safe composer, leaving plain scalars for the 1.2 core schema."""

    def resolve(self, kind: type[Node], value: str | None, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return PLAIN
        default: Any = super().resolve  # untyped in the stubs
        return str(default(kind, value, implicit))


if yaml.__with_libyaml__:

    class _CLoader(yaml.CSafeLoader):
        """The libyaml safe composer, leaving plain scalars for the 1.2 core schema."""

        def resolve(self, kind: type[Node], value: str | None, implicit: Any) -> str:
            if kind is ScalarNode and implicit[0]:
                return PLAIN
            default: Any = super().resolve  # untyped in the stubs
            return str(default(kind, value, implicit))

    LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = _CLoader
else:  # pragma: no cover - PyYAML built without libyaml
    LOADER = _PyLoader


@dataclass(frozen=True)
class SourceMap:
    """Where each value (by key path) and each mapping key was written: 1-based (line, column)."""

    values: dict[KeyPath, Position] = field(default_factory=dict)
    keys: dict[KeyPath, Position] = field(default_factory=dict)

    def value_at(self, path: KeyPath) -> Position:
        """The position of the value at `path`, else of its nearest written ancestor."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.values:
                return self.values[path[:end]]
        return (1, 1)

    def key_at(self, path: KeyPath) -> Position:
        """The position of the key that names `path`, else of its value."""
        return self.keys.get(path) or self.value_at(path)


@dataclass(frozen=True)
class YamlDocument:
    """deck.yaml as plain data, where each value was written, and what was wrong with it."""

    data: Any
    where: SourceMap
    problems: tuple[Problem, ...] = ()
    poisoned: frozenset[KeyPath] = frozenset()
    """Paths whose value was refused here; later checks stay quiet about them."""


def _mark(node: Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _refused(problem: Problem) -> YamlDocument:
    return YamlDocument(None, SourceMap(), (problem,))


def read_deck_yaml(raw: bytes, file: str = FILE) -> YamlDocument:
    """Parse deck.yaml bytes safely; every problem found is in the result, nothing is raised."""
    raw = raw.removeprefix(BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _refused(decode_problem(file, raw, error))
    bad = unprintable_problem(file, text)
    if bad is not None:
        return _refused(bad)
    try:
        aliases = limits.check_depth(text, LOADER)
        root = yaml.compose(text, Loader=LOADER)
    except limits.RefusedError as refused:
        return _refused(Problem(file, *refused.position, "", refused.message))
    except yaml.YAMLError as error:
        return _refused(syntax_problem(file, error, text))
    if root is None:
        message = "deck.yaml is empty; it needs at least format, title and slides"
        return _refused(Problem(file, 1, 1, "", message))
    try:
        if aliases:   # without them, nothing expands beyond what was written and checked
            limits.check_size(root)
    except limits.RefusedError as refused:
        return _refused(Problem(file, *refused.position, "", refused.message))
    converter = _Converter(file)
    data = converter.node(root, ())
    problems = tuple(converter.problems)
    return YamlDocument(data, converter.where, problems, frozenset(converter.poisoned))


class _Converter:
    """Turns composed nodes into plain data, noting positions and problems as it goes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.where = SourceMap()
        self.problems: list[Problem] = []
        self.poisoned: set[KeyPath] = set()

    def problem(self, node: Node, path: KeyPath, message: str) -> None:
        self.problems.append(Problem(self.file, *_mark(node), format_key(path), message))

    def refuse(self, node: Node, path: KeyPath, message: str) -> None:
        self.problem(node, path, message)
        self.poisoned.add(path)

    def node(self, node: Node, path: KeyPath) -> Any:
        self.where.values[path] = _mark(node)
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        expected = MAP if isinstance(node, MappingNode) else SEQ
        if node.tag != expected:
            tag = short_tag(node.tag)
            self.refuse(node, path, f"{tag}: tags that build objects are not allowed")
            return None
        if isinstance(node, MappingNode):
            return self.mapping(node, path)
        return [self.node(child, (*path, i)) for i, child in enumerate(node.value)]

    def scalar(self, node: ScalarNode, path: KeyPath) -> Any:
        try:
            if node.tag == PLAIN:
                return resolve_plain(node.value)
            if node.tag in _SCALAR_TAGS:
                return resolve_tagged(node.tag, node.value)
        except ScalarError as error:
            self.refuse(node, path, str(error))
            return None
        self.refuse(node, path, f"{short_tag(node.tag)}: tags that build objects are not allowed")
        return None

    def key(self, node: Node, path: KeyPath) -> str | None:
        if isinstance(node, ScalarNode):
            if node.tag not in (PLAIN, STR):
                tag = short_tag(node.tag)
                self.problem(node, path, f"{tag}: tags that build objects are not allowed")
                return None
            key = node.value if node.tag == STR else resolve_plain(node.value)
            if isinstance(key, str):
                return key
            if key is None:
                self.problem(node, path, "a key is empty or null; write a name before ':'")
                return None
            self.problem(node, path, f"keys must be names, got {describe(key)}; quote it")
            return None
        kind = "a list" if isinstance(node, SequenceNode) else "a mapping"
        self.problem(node, path, f"keys must be names, not {kind}")
        return None

    def mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node, path)
            if key is None or key.startswith("x-"):
                continue
            if key == "<<":
                self.refuse(key_node, path, "merge keys (<<) are not supported; write the keys out")
                continue
            if key in out:
                first = self.where.keys[(*path, key)][0]
                message = f"duplicate key {key!r} (first on line {first}); remove one"
                self.problem(key_node, (*path, key), message)
                continue
            self.where.keys[(*path, key)] = _mark(key_node)
            out[key] = self.node(value_node, (*path, key))
        return out
