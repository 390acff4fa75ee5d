"""deck.yaml reading: YAML 1.2 scalars, positions, x- keys, refused tags, bombs and encodings."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from kiosk.deck import SourceFloat, SourceInt, limits, read_deck_yaml, yaml_source
from kiosk.deck.yaml_source import YamlDocument


@pytest.fixture(params=["libyaml", "python"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a test with the libyaml composer and again with the pure-Python one."""
    if request.param == "python":
        monkeypatch.setattr(yaml_source, "LOADER", yaml_source._PyLoader)
    elif not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml")
    yield request.param


def read(text: str | bytes) -> YamlDocument:
    return read_deck_yaml(text.encode() if isinstance(text, str) else text)


def lines(doc: YamlDocument) -> list[str]:
    return [str(problem) for problem in doc.problems]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("yes", "yes"), ("no", "no"), ("on", "on"), ("off", "off"), ("Y", "Y"),
        ("true", True), ("True", True), ("TRUE", True), ("false", False), ("FALSE", False),
        ("null", None), ("Null", None), ("~", None), ("", None),
        ("2011-04-21", "2011-04-21"), ("1_000", "1_000"), ("1:30", "1:30"), ("0b101", "0b101"),
        ("'12'", "12"), ('"true"', "true"), ("'null'", "null"), ("!!str 12", "12"),
        ("!!int 12", 12), ("!!float 3", 3.0), ("!!bool true", True), ("!!null ''", None),
    ],
)
def test_scalars_follow_the_yaml_12_core_schema(loader: str, written: str, expected: Any) -> None:
    doc = read(f"v: {written}\n")
    assert doc.problems == ()
    value = doc.data["v"]
    assert value == expected
    assert type(value) is type(expected) or isinstance(value, type(expected))


@pytest.mark.parametrize(
    ("written", "value", "kind"),
    [
        ("6.24", 6.24, SourceFloat), ("40.0", 40.0, SourceFloat), ("-0.5", -0.5, SourceFloat),
        (".5", 0.5, SourceFloat), ("1e3", 1000.0, SourceFloat), ("12", 12, SourceInt),
        ("+5", 5, SourceInt), ("-7", -7, SourceInt), ("0o17", 15, SourceInt),
        ("0x1F", 31, SourceInt), ("0755", 755, SourceInt),
    ],
)
def test_numbers_keep_their_text(loader: str, written: str, value: float, kind: type) -> None:
    number = read(f"v: {written}\n").data["v"]
    assert isinstance(number, SourceInt | SourceFloat)
    assert isinstance(number, kind)
    assert number == value
    assert number.source == written


def test_infinity_and_nan() -> None:
    data = read("a: .inf\nb: -.Inf\nc: .NaN\n").data
    assert data["a"] == math.inf and data["b"] == -math.inf and math.isnan(data["c"])


def test_positions_of_values_and_keys(loader: str) -> None:
    doc = read(
        "title: {en: 山东山东, zh: 5}\nslides:\n  - type: stats\n    items:\n      - value: 2\n"
    )
    assert doc.where.values[("title",)] == (1, 8)
    assert doc.where.values[("title", "zh")] == (1, 23)  # columns count characters, not bytes
    assert doc.where.keys[("title", "zh")] == (1, 19)
    assert doc.where.values[("slides", 0)] == (3, 5)
    assert doc.where.values[("slides", 0, "items", 0, "value")] == (5, 16)
    assert doc.where.keys[("slides", 0, "items")] == (4, 5)
    assert doc.where.value_at(("slides", 0, "missing", 3)) == (3, 5)


def test_x_keys_are_dropped_at_every_level(loader: str) -> None:
    doc = read("x-a: 1\nb: {x-c: 2, d: [{x-e: 3, f: 4}]}\n")
    assert doc.data == {"b": {"d": [{"f": 4}]}}
    assert doc.problems == ()


def test_aliases_expand(loader: str) -> None:
    assert read("x-a: &a {k: 1}\nb: *a\nc: [*a]\n").data == {"b": {"k": 1}, "c": [{"k": 1}]}


def test_tags_that_build_objects_are_refused(loader: str) -> None:
    doc = read(
        "a: !!python/object/apply:os.system [echo hi]\nb: !custom 3\n"
        "c: !!python/name:os.system\nd: !!binary aGk=\n!!python/str k: 1\n"
    )
    assert lines(doc) == [
        "deck.yaml:1:4: a: !!python/object/apply:os.system: tags that build objects are "
        "not allowed",
        "deck.yaml:2:4: b: !custom: tags that build objects are not allowed",
        "deck.yaml:3:4: c: !!python/name:os.system: tags that build objects are not allowed",
        "deck.yaml:4:4: d: !!binary: tags that build objects are not allowed",
        "deck.yaml:5:1: !!python/str: tags that build objects are not allowed",
    ]
    assert doc.data == {"a": None, "b": None, "c": None, "d": None}
    assert doc.poisoned == {("a",), ("b",), ("c",), ("d",)}


def test_values_that_do_not_fit_their_tag(loader: str) -> None:
    assert lines(read("a: !!int ten\nb: !!bool yes\n")) == [
        "deck.yaml:1:4: a: 'ten' is not an integer, but it is tagged !!int",
        "deck.yaml:2:4: b: 'yes' is not true or false, but it is tagged !!bool",
    ]


def test_duplicate_and_odd_keys(loader: str) -> None:
    doc = read("a: 1\na: 2\n1: x\ntrue: y\n? [k]\n: z\nnull: 3\nb: {c: 1, c: 2}\n<<: {d: 1}\n")
    assert doc.data == {"a": 1, "b": {"c": 1}}
    assert lines(doc) == [
        "deck.yaml:2:1: a: duplicate key 'a' (first on line 1); remove one",
        "deck.yaml:3:1: keys must be names, got 1; quote it",
        "deck.yaml:4:1: keys must be names, got true; quote it",
        "deck.yaml:5:3: keys must be names, not a list",
        "deck.yaml:7:1: a key is empty or null; write a name before ':'",
        "deck.yaml:8:11: b.c: duplicate key 'c' (first on line 8); remove one",
        "deck.yaml:9:1: merge keys (<<) are not supported; write the keys out",
    ]


def test_alias_bomb_is_refused_without_expanding_it(loader: str) -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):  # nine levels of nine: 9**9 (387 million) strings
        name, previous = chr(97 + n), chr(96 + n)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    doc = read("\n".join(levels) + "\n")
    assert doc.data is None
    (problem,) = doc.problems
    assert "add more than 100,000 values to the deck" in problem.message
    assert (problem.line, problem.column) == (6, 4)  # f: 9**6 values, the first past the budget


def test_alias_budget_is_a_count_of_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_NODES", 20)
    assert read("a: &a [1, 2, 3]\nb: [*a, *a]\n").problems == ()
    doc = read("a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\nc: [*a]\nd: [*a, *a]\n")
    assert [p.message for p in doc.problems] == [
        "aliases here add more than 20 values to the deck (an 'alias bomb'?); deck.yaml is "
        "refused: use fewer aliases, or write the values out"
    ]


def test_alias_loop_is_refused(loader: str) -> None:
    assert lines(read("a: &r [*r]\n")) == [
        "deck.yaml:1:4: an alias refers to the value that contains it (a loop)"
    ]


def test_deep_nesting_is_refused_before_composing(loader: str) -> None:
    doc = read("a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert lines(doc) == ["deck.yaml:1:103: values are nested more than 100 levels deep"]


def test_deep_nesting_through_aliases_is_refused(loader: str) -> None:
    text = "a0: &a0 " + "[" * 60 + "]" * 60 + "\n"
    text += "a1: &a1 " + "[" * 60 + "*a0" + "]" * 60 + "\n"
    assert [p.message for p in read(text).problems] == [
        "values (with aliases) are nested more than 100 levels deep"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\n\tb: 2\n",
            "deck.yaml:2:1: YAML syntax error: a tab character; indent with spaces, not tabs",
        ),
        (
            "a: b\nc\nd: e\n",
            "deck.yaml:3:1: YAML syntax error: the key on line 2 has no ':' (or is indented "
            "wrongly)",
        ),
        (
            "a: [1, 2\n",
            "deck.yaml:2:1: YAML syntax error: the list '[' on line 1 is not closed with ']' "
            "(or lacks a ',')",
        ),
        (
            'a: "abc\n',
            "deck.yaml:2:1: YAML syntax error: the file ends inside a quoted text that starts "
            "on line 1; close the quote",
        ),
        (
            "a: *nope\n",
            "deck.yaml:1:4: YAML syntax error: an alias (*name) with no anchor (&name) before it",
        ),
        (
            "a: 1\n---\nb: 2\n",
            "deck.yaml:2:1: YAML syntax error: a second document (a '---' line); deck.yaml "
            "holds exactly one",
        ),
    ],
)
def test_syntax_errors_are_readable(loader: str, text: str, expected: str) -> None:
    assert lines(read(text)) == [expected]


def test_bom_is_accepted(loader: str) -> None:
    doc = read(b"\xef\xbb\xbftitle: T\n")
    assert doc.problems == ()
    assert doc.data == {"title": "T"}
    assert doc.where.keys[("title",)] == (1, 1)


def test_non_utf8_is_refused_at_the_first_bad_byte() -> None:
    doc = read("format: 1\ntitle: Café\n".encode("latin-1"))
    assert lines(doc) == [
        "deck.yaml:2:11: deck.yaml is not UTF-8 text (byte 0xE9 here); save it as UTF-8"
    ]
    assert read("a: 山东\nb: x\xff\n".encode()[:-2] + b"\xff\n").problems[0].line == 2


def test_control_characters_are_refused() -> None:
    assert lines(read("a: 1\nb: x\x07y\n")) == [
        "deck.yaml:2:5: a control character (U+0007) that YAML does not allow; delete it"
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "\ufeff"])
def test_empty_file(text: str) -> None:
    assert lines(read(text)) == [
        "deck.yaml:1:1: deck.yaml is empty; it needs at least format, title and slides"
    ]
