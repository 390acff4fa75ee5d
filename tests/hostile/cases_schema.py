"""Hostile deck.yaml content: wrong types, misspelt keys and types, ids, chapters, pins, stats,
numbers, and sizes (a 1 MB text, a 600-letter word, 20,000 characters and 5,000 slides are
accepted: texts too long for the screen are warnings, and are shortened and broken on screen)."""

from __future__ import annotations

from tests.hostile.catalogue import HEAD, Hostile, fails, passes, picture, with_slides

TEXT = "expected a text or a mapping of language to text (en: ..., zh: ...), got "
COLOUR = 'expected a colour as "#RRGGBB" or "#AARRGGBB", got '
FRACTION = "expected a number from 0 to 1 (a share of the picture's size), got "
MAP = {"images/map.png": picture()}
SHORTENED = ("this text is {} characters long, so it is shortened to 20,000 characters on "
             "screen, ending in '\u2026' (a slide shows a few hundred); split it over several "
             "slides or shorten it")
BROKEN = ("this text has {} characters in a row without a space, so breaks are inserted every "
          "20 letters on screen (a line may end at any of them); add spaces where it may break")

CASES: list[Hostile] = [
    fails("wrong types: the deck's own keys", """\
        format: "1"
        title: 42
        languages: en
        theme: {background: 12, foreground: red, accent: "#12345", font: [a], logo: 3}
        kiosk: {idle_timeout: -1, autoplay: 0, transition: wipe, loop: yes}
        chapters: {id: a}
        slides: [{type: title, title: x}]
        """,
          "deck.yaml:1:9: format: this kiosk reads format 1; got '1'",
          "deck.yaml:2:8: title: " + TEXT + "42",
          "deck.yaml:3:12: languages: expected a list, got 'en'",
          "deck.yaml:4:21: theme.background: " + COLOUR + "12",
          "deck.yaml:4:37: theme.foreground: " + COLOUR + "'red'",
          "deck.yaml:4:50: theme.accent: " + COLOUR + "'#12345'",
          "deck.yaml:4:66: theme.font: expected a string, got a list",
          "deck.yaml:4:77: theme.logo: expected a string, got 3",
          "deck.yaml:5:23: kiosk.idle_timeout: expected a number of seconds (0 turns it off), "
          "got -1",
          "deck.yaml:5:37: kiosk.autoplay: expected a positive number of seconds, got 0",
          "deck.yaml:5:52: kiosk.transition: expected one of slide, fade, none; got 'wipe'",
          "deck.yaml:5:64: kiosk.loop: expected true or false, got 'yes' (yes/no/on/off are "
          "plain words in YAML 1.2; write true or false)",
          "deck.yaml:6:11: chapters: expected a list, got a mapping"),
    fails("wrong types: every slide type", with_slides("""\
          - {type: title, title: [x], subtitle: {en: 1}, duration: "5", background: 7}
          - {type: text, title: t, body: 3, image_side: up}
          - {type: image, image: 5, fit: stretch}
          - {type: gallery, images: x}
          - {type: stats, items: [{value: "two", label: 3, prefix: [], suffix: {}, note: true}]}
          - {type: quote, text: 1.5, author: null}
          - {type: timeline, events: [{date: [1], title: x}, {date: true, title: y}]}
          - {type: map, image: images/map.png, pins: [{x: "0.5", y: 0.5, label: a}]}
          - {type: profile, name: n, facts: [{label: a}], quote: "q"}
          - {type: video, source: v.mov, loop: "true", muted: 1}
        """),
          "deck.yaml:4:26: slides[0].title: " + TEXT + "a list",
          "deck.yaml:4:46: slides[0].subtitle.en: the en text must be a string, got 1",
          "deck.yaml:4:60: slides[0].duration: expected a positive number of seconds, got '5'",
          'deck.yaml:4:77: slides[0].background: expected a colour ("#RRGGBB") or a picture '
          "path, got 7",
          "deck.yaml:5:34: slides[1].body: " + TEXT + "3",
          "deck.yaml:5:49: slides[1].image_side: expected one of left, right; got 'up'",
          "deck.yaml:6:26: slides[2].image: expected a string, got 5",
          "deck.yaml:6:34: slides[2].fit: expected one of cover, contain; got 'stretch'",
          "deck.yaml:7:29: slides[3].images: expected a list, got 'x'",
          "deck.yaml:8:35: slides[4].items[0].value: expected a number, got 'two'",
          "deck.yaml:8:49: slides[4].items[0].label: " + TEXT + "3",
          "deck.yaml:8:60: slides[4].items[0].prefix: " + TEXT + "an empty list",
          "deck.yaml:8:72: slides[4].items[0].suffix: " + TEXT + "an empty mapping",
          "deck.yaml:8:82: slides[4].items[0].note: " + TEXT + "true",
          "deck.yaml:9:25: slides[5].text: " + TEXT + "1.5",
          "deck.yaml:9:38: slides[5].author: " + TEXT + "nothing",
          "deck.yaml:10:38: slides[6].events[0].date: expected a string or a number, got a list",
          "deck.yaml:10:61: slides[6].events[1].date: expected a string or a number, got true",
          "deck.yaml:11:51: slides[7].pins[0].x: " + FRACTION + "'0.5'",
          "deck.yaml:12:38: slides[8].facts[0]: missing required key 'value'",
          "deck.yaml:12:58: slides[8].quote: expected a mapping (key: value), got 'q'",
          "deck.yaml:13:27: slides[9].source: 'v.mov' is not a video the kiosk can show; use "
          "one of .mp4 .webm",
          "deck.yaml:13:40: slides[9].loop: expected true or false, got 'true'",
          "deck.yaml:13:55: slides[9].muted: expected true or false, got 1",
          files=MAP),
    fails("misspelt keys", """\
        format: 1
        titel: Hostile
        theme: {backgroud: "#000000"}
        slides:
          - {type: stats, itmes: [{value: 1, label: x}]}
          - {type: title, title: x, subtitel: y}
        """,
          "deck.yaml:1:1: missing required key 'title'",
          "deck.yaml:2:1: unknown key 'titel'; did you mean 'title'?",
          "deck.yaml:3:9: theme: unknown key 'backgroud'; did you mean 'background'?",
          "deck.yaml:5:5: slides[0]: missing required key 'items'",
          "deck.yaml:5:19: slides[0]: unknown key 'itmes'; did you mean 'items'?",
          "deck.yaml:6:29: slides[1]: unknown key 'subtitel'; did you mean 'subtitle'?"),
    fails("misspelt and unknown slide types", with_slides("""\
          - {type: titel, title: x}
          - {type: Text, title: x, body: y}
          - {type: slideshow, title: x}
          - {type: 3}
        """),
          "deck.yaml:4:12: slides[0].type: unknown slide type 'titel'; did you mean 'title'?",
          "deck.yaml:5:12: slides[1].type: unknown slide type 'Text'; did you mean 'text'?",
          "deck.yaml:6:12: slides[2].type: unknown slide type 'slideshow'; use one of title, text, "
          "image, gallery, stats, quote, timeline, map, profile, video",
          "deck.yaml:7:12: slides[3].type: unknown slide type 3; use one of title, text, image, "
          "gallery, stats, quote, timeline, map, profile, video"),
    fails("slides that are not slides", with_slides("""\
          - {title: No type}
          - just words
          -
          - []
        """),
          "deck.yaml:4:5: slides[0]: missing required key 'type' (one of title, text, image, "
          "gallery, stats, quote, timeline, map, profile, video)",
          "deck.yaml:5:5: slides[1]: expected a mapping (key: value), got 'just words'",
          "deck.yaml:6:4: slides[2]: expected a mapping (key: value), got nothing",
          "deck.yaml:7:5: slides[3]: expected a mapping (key: value), got an empty list"),
    fails("required keys missing", with_slides("""\
          - {type: title}
          - {type: text, title: x}
          - {type: map, image: images/map.png}
          - {type: video}
        """),
          "deck.yaml:4:5: slides[0]: missing required key 'title'",
          "deck.yaml:5:5: slides[1]: missing required key 'body'",
          "deck.yaml:6:5: slides[2]: missing required key 'pins'",
          "deck.yaml:7:5: slides[3]: missing required key 'source'",
          files=MAP),
    fails("no slides", "format: 1\ntitle: Hostile\nslides: []\n",
          "deck.yaml:3:9: slides: needs at least 1 item"),
    fails("duplicate ids", """\
        format: 1
        title: Hostile
        chapters:
          - {id: port, title: Port}
          - {id: port, title: Port again}
        slides:
          - {type: title, id: one, title: x}
          - {type: title, id: one, title: y}
          - {type: title, id: One, title: z}
        """,
          "deck.yaml:5:10: chapters[1].id: duplicate chapter id 'port' (first used on line 4)",
          "deck.yaml:8:23: slides[1].id: duplicate slide id 'one' (first used on line 7)",
          "deck.yaml:9:23: slides[2].id: 'One' is not a valid id: use lower-case letters, "
          "digits and '-'"),
    fails("unknown chapter references", """\
        format: 1
        title: Hostile
        chapters: [{id: qingdao, title: Qingdao}, {id: weifang, title: Weifang}]
        slides:
          - {type: title, chapter: qingdoa, title: x}
          - {type: title, chapter: jinan, title: y}
        """,
          "deck.yaml:5:28: slides[0].chapter: unknown chapter 'qingdoa'; did you mean "
          "'qingdao'?",
          "deck.yaml:6:28: slides[1].chapter: unknown chapter 'jinan'; chapters are qingdao, "
          "weifang"),
    fails("a chapter reference without chapters",
          HEAD + "  - {type: title, chapter: port, title: x}\n",
          "deck.yaml:4:28: slides[0].chapter: unknown chapter 'port'; add it under chapters: "
          "(with an id and title)"),
    fails("map pins outside 0..1", with_slides("""\
          - type: map
            image: images/map.png
            pins:
              - {x: -0.1, y: 0.5, label: West of the map}
              - {x: 0.5, y: 1.01, label: Below it}
              - {x: .nan, y: .inf, label: Nowhere}
              - {x: 1e400, y: 0, label: Far away}
        """),
          "deck.yaml:7:13: slides[0].pins[0].x: " + FRACTION + "-0.1",
          "deck.yaml:8:21: slides[0].pins[1].y: " + FRACTION + "1.01",
          "deck.yaml:9:13: slides[0].pins[2].x: " + FRACTION + ".nan",
          "deck.yaml:9:22: slides[0].pins[2].y: " + FRACTION + ".inf",
          "deck.yaml:10:13: slides[0].pins[3].x: " + FRACTION + "1e400",
          files=MAP),
    fails("seven stats items", HEAD + "  - type: stats\n    items:\n" + "".join(
        f"      - {{value: {n}, label: Item {n}}}\n" for n in range(7)),
          "deck.yaml:6:7: slides[0].items: has 7 items; at most 6 are allowed"),
    fails("numbers too large", with_slides(f"""\
          - type: stats
            items:
              - {{value: 1{"0" * 400}, label: Float overflow}}
              - {{value: 1{"0" * 5000}, label: Too many digits}}
        """),
          "deck.yaml:6:17: slides[0].items[0].value: the number 1000000000000000000000000000"
          "000000000... is too large to show",
          "deck.yaml:7:17: slides[0].items[1].value: the number 10000000000000000000... is "
          "too long"),
    fails("duplicate keys", "format: 1\ntitle: One\ntitle: Two\nslides:\n"
          "  - {type: title, title: a, title: b}\n",
          "deck.yaml:3:1: title: duplicate key 'title' (first on line 2); remove one",
          "deck.yaml:5:29: slides[0].title: duplicate key 'title' (first on line 5); remove one"),
    fails("keys that are not names",
          "format: 1\ntitle: x\n[a, b]: 1\n3: x\nnull: y\ntrue: z\n"
          "slides: [{type: title, title: x}]\n",
          "deck.yaml:3:1: keys must be names, not a list",
          "deck.yaml:4:1: keys must be names, got 3; quote it",
          "deck.yaml:5:1: a key is empty or null; write a name before ':'",
          "deck.yaml:6:1: keys must be names, got true; quote it"),
    fails("a later format", "format: 2\ntitle: x\nslides: [{type: title, title: x}]\n",
          "deck.yaml:1:9: format: this kiosk reads format 1; got 2"),
    fails("language codes that are not codes",
          "format: 1\ntitle: {english: X}\nlanguages: [en, EN, 1]\n"
          "slides: [{type: title, title: x}]\n",
          "deck.yaml:2:8: title: 'english' is not a language code (use codes such as en, zh, "
          "de)",
          "deck.yaml:3:17: languages[1]: 'EN' is not a language code (use codes such as en, "
          "zh, de)",
          "deck.yaml:3:21: languages[2]: expected a string, got 1"),
    passes("a 1 MB title", HEAD + "  - type: title\n    title: " + "a" * 1_000_000 + "\n",
           "1 slide, languages en",
           "deck.yaml:5:12: slides[0].title: warning: this text (1000000 characters) may be "
           "shrunk to fit or cut off on small screens (1280x800); shorten it to about 100 "
           "characters (a rough guide, measured for this key)",
           "deck.yaml:5:12: slides[0].title: warning: " + SHORTENED.format("1,000,000"),
           "deck.yaml:5:12: slides[0].title: warning: " + BROKEN.format("1,000,000")),
    passes("a translation of 29,999 characters",
           "format: 1\ntitle: Hostile\nlanguages: [en, zh]\nslides:\n  - type: title\n"
           "    title: {en: Short, zh: " + "山东 " * 10_000 + "}\n",
           "1 slide, languages en, zh",
           "deck.yaml:6:28: slides[0].title.zh: warning: this text (29999 characters) may be "
           "shrunk to fit or cut off on small screens (1280x800); shorten it to about 55 "
           "characters (a rough guide, measured for this key)",
           "deck.yaml:6:28: slides[0].title.zh: warning: " + SHORTENED.format("29,999")),
    passes("a word of 600 characters", with_slides(f"""\
          - type: text
            title: A long link
            body: see https://example.com/{"x" * 580} for more
        """),
           "1 slide, languages en",
           "deck.yaml:6:11: slides[0].body: warning: " + BROKEN.format("600")),
    passes("a date of 600 letters", with_slides(f"""\
          - type: timeline
            events: [{{date: {"x" * 600}, title: Then}}]
        """),
           "1 slide, languages en",
           "deck.yaml:5:21: slides[0].events[0].date: warning: " + BROKEN.format("600")),
    passes("a Chinese body of 900 characters without a space", with_slides(f"""\
          - type: text
            title: 山东
            body: "{"山东半岛" * 225}"
        """),
           "1 slide, languages en",
           "deck.yaml:6:11: slides[0].body: warning: this text (900 characters) may be shrunk "
           "to fit or cut off on small screens (1280x800); shorten it to about 800 characters "
           "(a rough guide, measured for this key)"),
    passes("a body of 20,000 characters", with_slides(f"""\
          - type: text
            title: Long
            body: '{"Word " * 3999}Words'
        """),
           "1 slide, languages en",
           "deck.yaml:6:11: slides[0].body: warning: this text (20000 characters) may be "
           "shrunk to fit or cut off on small screens (1280x800); shorten it to about 1600 "
           "characters (a rough guide, measured for this key)"),
    passes("5,000 slides", HEAD + "".join(
        f"  - {{type: title, id: s{n}, title: 'Slide {n}'}}\n" for n in range(5000)),
           "5000 slides, languages en"),
]
