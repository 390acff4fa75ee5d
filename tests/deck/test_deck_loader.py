"""Loading packs: a good pack loads; each broken pack gives exact, positioned problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_packs import MakePack, Problems

from kiosk.deck import DisplayNumber, Text, load_pack
from kiosk.deck.model import StatsSlide, TimelineSlide, TitleSlide

HEAD = "format: 1\ntitle: T\nslides:\n"
"""Three lines; the first slide starts on line 4."""


def test_good_pack_loads(make_pack: MakePack) -> None:
    root = make_pack()
    result = load_pack(root)
    assert result.ok, result.problems
    assert result.problems == ()
    assert result.pack is not None
    assert result.pack.root == root
    assert result.pack.source == root / "deck.yaml"
    deck = result.pack.deck
    assert deck.languages == ("en", "zh")
    assert deck.theme.logo == (root / "images/logo.png").resolve()
    assert [type(slide) for slide in deck.slides] == [TitleSlide, StatsSlide, TimelineSlide]


def test_display_number_keeps_decimals_as_written(make_pack: MakePack) -> None:
    result = load_pack(make_pack())
    assert result.pack is not None
    stats = result.pack.deck.slides[1]
    assert isinstance(stats, StatsSlide)
    first, second = (item.value for item in stats.items)
    assert first == DisplayNumber(6.24, "6.24")
    assert first.decimals == 2
    assert second == DisplayNumber(40.0, "40.0")
    assert second.decimals == 1


def test_timeline_dates_are_shown_as_written(make_pack: MakePack) -> None:
    result = load_pack(make_pack())
    assert result.pack is not None
    timeline = result.pack.deck.slides[2]
    assert isinstance(timeline, TimelineSlide)
    assert [event.date for event in timeline.events] == ["2011-04-21", "1898"]


def test_text_falls_back_to_the_first_language(make_pack: MakePack) -> None:
    deck = """\
    format: 1
    title: {zh: 山东, en: Shandong}
    languages: [en, zh, de]
    slides:
      - {type: title, title: {en: Welcome}}
      - {type: title, title: Same everywhere}
    """
    result = load_pack(make_pack(deck))
    assert result.pack is not None
    deck_model = result.pack.deck
    assert deck_model.title.get("de", deck_model.default_language) == "Shandong"
    assert deck_model.title.get("zh", "en") == "山东"
    welcome = deck_model.slides[0]
    assert isinstance(welcome, TitleSlide)
    assert welcome.title.get("zh", "en") == "Welcome"
    assert Text.plain("x").get("zh", "en") == "x"


def test_yaml_11_booleans_are_not_applied(make_pack: MakePack) -> None:
    deck = HEAD.replace("slides:", "languages: [en, no]\nslides:") + (
        "  - {type: title, title: {en: Hello, no: Hei}}\n"
    )
    result = load_pack(make_pack(deck))
    assert result.ok, result.problems
    assert result.pack is not None
    assert result.pack.deck.languages == ("en", "no")


def test_x_keys_are_ignored_everywhere(make_pack: MakePack) -> None:
    deck = """\
    format: 1
    x-editor: {name: Li, notes: [a, b]}
    title: {en: T, x-draft: old title}
    x-templates:
      card: &card {type: title, title: Reused}
    slides:
      - type: title
        x-todo: check the picture
        title: T
      - *card
    """
    result = load_pack(make_pack(deck))
    assert result.ok, result.problems
    assert result.pack is not None
    assert len(result.pack.deck.slides) == 2


CASES: list[tuple[str, str, list[str]]] = [
    (
        "syntax error",
        "format: 1\ntitle: Weifang: city\nslides: []\n",
        [
            "deck.yaml:2:15: YAML syntax error: a ':' where none is allowed; put text that "
            "contains ': ' in quotes, or check the indentation"
        ],
    ),
    (
        "unknown key with a close match",
        HEAD + "  - type: title\n    titel: Hello\n",
        [
            "deck.yaml:4:5: slides[0]: missing required key 'title'",
            "deck.yaml:5:5: slides[0]: unknown key 'titel'; did you mean 'title'?",
        ],
    ),
    (
        "unknown key without a close match",
        HEAD + "  - {type: title, title: T}\ncolour: red\n",
        [
            "deck.yaml:5:1: unknown key 'colour'; allowed keys are format, title, languages, "
            "theme, kiosk, chapters, slides"
        ],
    ),
    (
        "misspelt slide type",
        HEAD + "  - type: stat\n    items: []\n",
        ["deck.yaml:4:11: slides[0].type: unknown slide type 'stat'; did you mean 'stats'?"],
    ),
    (
        "unknown slide type",
        HEAD + "  - type: banana\n",
        [
            "deck.yaml:4:11: slides[0].type: unknown slide type 'banana'; use one of title, "
            "text, image, gallery, stats, quote, timeline, map, profile, video"
        ],
    ),
    (
        "slide without a type",
        HEAD + "  - title: T\n",
        [
            "deck.yaml:4:5: slides[0]: missing required key 'type' (one of title, text, image, "
            "gallery, stats, quote, timeline, map, profile, video)"
        ],
    ),
    (
        "not a number",
        HEAD + "  - type: stats\n    items:\n      - value: two hundred\n        label: x\n",
        ["deck.yaml:6:16: slides[0].items[0].value: expected a number, got 'two hundred'"],
    ),
    (
        "not a text",
        HEAD + "  - type: title\n    title: [a, b]\n",
        [
            "deck.yaml:5:12: slides[0].title: expected a text or a mapping of language to text "
            "(en: ..., zh: ...), got a list"
        ],
    ),
    (
        "a translation that is not a string",
        HEAD + "  - type: title\n    title: {en: Hi, zh: 5}\n",
        ["deck.yaml:5:25: slides[0].title.zh: the zh text must be a string, got 5"],
    ),
    (
        "not a colour",
        HEAD.replace("slides:", "theme: {background: red}\nslides:")
        + "  - {type: title, title: T}\n",
        [
            "deck.yaml:3:21: theme.background: expected a colour as \"#RRGGBB\" or "
            "\"#AARRGGBB\", got 'red'"
        ],
    ),
    (
        "not seconds",
        HEAD.replace("slides:", "kiosk:\n  autoplay: -1\n  idle_timeout: soon\nslides:")
        + "  - {type: title, title: T}\n",
        [
            "deck.yaml:4:13: kiosk.autoplay: expected a positive number of seconds, got -1",
            "deck.yaml:5:17: kiosk.idle_timeout: expected a number of seconds (0 turns it off), "
            "got 'soon'",
        ],
    ),
    (
        "not a bool",
        HEAD.replace("slides:", "kiosk: {loop: yes}\nslides:") + "  - {type: title, title: T}\n",
        [
            "deck.yaml:3:15: kiosk.loop: expected true or false, got 'yes' (yes/no/on/off are "
            "plain words in YAML 1.2; write true or false)"
        ],
    ),
    (
        "not a list",
        HEAD.replace("slides:", "languages: en\nslides:") + "  - {type: title, title: T}\n",
        ["deck.yaml:3:12: languages: expected a list, got 'en'"],
    ),
    (
        "not a mapping",
        HEAD.replace("slides:", "theme: dark\nslides:") + "  - {type: title, title: T}\n  - 7\n",
        [
            "deck.yaml:3:8: theme: expected a mapping (key: value), got 'dark'",
            "deck.yaml:6:5: slides[1]: expected a mapping (key: value), got 7",
        ],
    ),
    (
        "missing keys",
        "languages: [en]\n",
        [
            "deck.yaml:1:1: missing required key 'format'",
            "deck.yaml:1:1: missing required key 'title'",
            "deck.yaml:1:1: missing required key 'slides'",
        ],
    ),
    (
        "a deck that is not a mapping",
        "- format: 1\n",
        ["deck.yaml:1:1: deck.yaml must be a mapping (format: 1, title: ..., ...), got a list"],
    ),
    (
        "no slides",
        HEAD.replace("slides:", "slides: []"),
        ["deck.yaml:3:9: slides: needs at least 1 item"],
    ),
    (
        "a one-of value misspelt",
        HEAD.replace("slides:", "kiosk: {transition: fad}\nslides:")
        + "  - {type: title, title: T}\n",
        [
            "deck.yaml:3:21: kiosk.transition: expected one of slide, fade, none; got 'fad'; "
            "did you mean 'fade'?"
        ],
    ),
    (
        "another format",
        "format: 2\ntitle: T\nslides: [{type: title, title: T}]\n",
        ["deck.yaml:1:9: format: this kiosk reads format 1; got 2"],
    ),
    (
        "format true is not 1",
        "format: true\ntitle: T\nslides: [{type: title, title: T}]\n",
        ["deck.yaml:1:9: format: this kiosk reads format 1; got true"],
    ),
    (
        "stats with 7 items",
        HEAD + "  - type: stats\n    items:\n" + "      - {value: 1, label: x}\n" * 7,
        ["deck.yaml:6:7: slides[0].items: has 7 items; at most 6 are allowed"],
    ),
    (
        "stats with 7 items, one of them wrong",
        HEAD + "  - type: stats\n    items:\n" + "      - {value: 1, label: x}\n" * 6
        + "      - {value: x, label: x}\n",
        [
            "deck.yaml:6:7: slides[0].items: has 7 items; at most 6 are allowed",
            "deck.yaml:12:17: slides[0].items[6].value: expected a number, got 'x'",
        ],
    ),
    (
        "a gallery whose only picture is wrong is not also 'too short'",
        HEAD + "  - type: gallery\n    images: [{image: 3}]\n",
        ["deck.yaml:5:22: slides[0].images[0].image: expected a string, got 3"],
    ),
    (
        "pin outside 0..1",
        HEAD
        + "  - type: map\n    image: images/a.png\n    pins:\n"
        + "      - {x: 1.5, y: 0, label: P}\n",
        [
            "deck.yaml:7:13: slides[0].pins[0].x: expected a number from 0 to 1 (a share of "
            "the picture's size), got 1.5"
        ],
    ),
    (
        "duplicate ids",
        "format: 1\ntitle: T\nchapters:\n  - {id: a, title: A}\n  - {id: a, title: B}\n"
        "slides:\n  - {type: title, id: s, title: T}\n  - {type: title, id: s, title: T}\n",
        [
            "deck.yaml:5:10: chapters[1].id: duplicate chapter id 'a' (first used on line 4)",
            "deck.yaml:8:23: slides[1].id: duplicate slide id 's' (first used on line 7)",
        ],
    ),
    (
        "unknown chapter",
        "format: 1\ntitle: T\nchapters:\n  - {id: qingdao, title: Q}\n"
        "slides:\n  - {type: title, chapter: qindao, title: T}\n",
        ["deck.yaml:6:28: slides[0].chapter: unknown chapter 'qindao'; did you mean 'qingdao'?"],
    ),
    (
        "a chapter but no chapters",
        HEAD + "  - {type: title, chapter: intro, title: T}\n",
        [
            "deck.yaml:4:28: slides[0].chapter: unknown chapter 'intro'; add it under chapters: "
            "(with an id and title)"
        ],
    ),
    (
        "python tags refused",
        "format: 1\ntitle: !!python/object/apply:os.system [echo hi]\n"
        "slides: [{type: title, title: !custom T}]\n",
        [
            "deck.yaml:2:8: title: !!python/object/apply:os.system: tags that build objects "
            "are not allowed",
            "deck.yaml:3:31: slides[0].title: !custom: tags that build objects are not allowed",
        ],
    ),
    (
        "a refused tag on the slide type is reported once",
        HEAD + "  - type: !custom title\n    title: T\n",
        ["deck.yaml:4:11: slides[0].type: !custom: tags that build objects are not allowed"],
    ),
    (
        "duplicate and non-text keys",
        HEAD + "  - type: title\n    title: A\n    title: B\n    1: one\n",
        [
            "deck.yaml:6:5: slides[0].title: duplicate key 'title' (first on line 5); remove one",
            "deck.yaml:7:5: slides[0]: keys must be names, got 1; quote it",
        ],
    ),
]


@pytest.mark.parametrize(("deck", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_pack(
    make_pack: MakePack, problems: Problems, deck: str, expected: list[str]
) -> None:
    assert problems(make_pack(deck)) == expected


def test_every_problem_is_reported_at_once(make_pack: MakePack, problems: Problems) -> None:
    deck = """\
    format: 1
    title: T
    kiosk: {autoplay: soon, transition: fad}
    slides:
      - type: stat
      - type: title
        titel: T
    """
    found = problems(make_pack(deck))
    assert len(found) == 5, found
    assert [line.split(": ", 1)[0] for line in found] == [
        "deck.yaml:3:19",
        "deck.yaml:3:37",
        "deck.yaml:5:11",
        "deck.yaml:6:5",
        "deck.yaml:7:5",
    ]


def test_problems_are_sorted_and_the_pack_is_withheld(make_pack: MakePack) -> None:
    result = load_pack(make_pack(HEAD + "  - {type: title, title: 5}\n  - {type: quote}\n"))
    assert result.pack is None
    assert not result.ok
    assert result.errors == result.problems
    assert [(p.line, p.column) for p in result.problems] == sorted(
        (p.line, p.column) for p in result.problems
    )


def test_a_deck_in_a_path_with_spaces(tmp_path: Path, make_pack: MakePack) -> None:
    root = make_pack(name="my pack")
    assert load_pack(root).ok
