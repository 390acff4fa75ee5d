"""Hostile deck.yaml text: syntax errors, alias bombs, object tags, encodings, empty files."""

from __future__ import annotations

from tests.hostile.catalogue import HEAD, Hostile, fails, passes

SYNTAX = "YAML syntax error: "


def _billion_laughs() -> str:
    """Nine levels of nine aliases: 9**9 (387 million) strings from 406 bytes."""
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        name, previous = chr(97 + n), chr(96 + n)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(levels) + "\n"


def _aliased_galleries() -> str:
    """A 5 KB deck whose 190 aliased galleries of 1,000 aliased pictures validate as 190,000
    picture paths (63 s before aliases were limited to adding 100,000 values)."""
    pictures = ", ".join(["*picture"] * 1000)
    return ("format: 1\ntitle: Hostile\nx-parts:\n"
            "  - &picture {image: images/a.png, caption: again}\n"
            f"  - &gallery {{type: gallery, images: [{pictures}]}}\n"
            "slides:\n" + "  - *gallery\n" * 190)


BOMB = ("aliases here add more than 100,000 values to the deck (an 'alias bomb'?); deck.yaml "
        "is refused: use fewer aliases, or write the values out")

CASES: list[Hostile] = [
    # --- syntax errors, at the top, in the middle and at the end of a file ---
    fails("syntax: a colon inside a title",
          HEAD + "  - type: title\n    title: Note: the port opens at nine\n",
          "deck.yaml:5:16: " + SYNTAX + "a ':' where none is allowed; put text that contains "
          "': ' in quotes, or check the indentation"),
    fails("syntax: indented with a tab", HEAD + "\t- {type: title, title: Tabs}\n",
          "deck.yaml:4:1: " + SYNTAX + "a tab character; indent with spaces, not tabs"),
    fails("syntax: a tab among the keys of a slide",
          HEAD + "  - type: title\n  \ttitle: Tabs\n",
          "deck.yaml:5:3: " + SYNTAX + "a tab character; indent with spaces, not tabs"),
    fails("syntax: a mapping never closed", HEAD + "  - {type: title, title: Open\n",
          "deck.yaml:5:1: " + SYNTAX + "the mapping '{' on line 4 is not closed with '}' (or "
          "lacks a ',')"),
    fails("syntax: a list never closed", "format: 1\nlanguages: [en, zh\ntitle: x\n",
          "deck.yaml:3:6: " + SYNTAX + "the list '[' on line 2 is not closed with ']' (or "
          "lacks a ',')"),
    fails("syntax: a quote never closed", 'format: 1\ntitle: "Open\nslides: []\n',
          "deck.yaml:4:1: " + SYNTAX + "the file ends inside a quoted text that starts on "
          "line 2; close the quote"),
    fails("syntax: a key out of line", HEAD + "  - type: title\n   title: Misaligned\n",
          "deck.yaml:5:4: " + SYNTAX + "this line does not line up with the list above it; "
          "check its indentation"),
    fails("syntax: a key without its colon", "format: 1\ntitle Hostile\nslides: []\n",
          "deck.yaml:3:1: " + SYNTAX + "the key on line 2 has no ':' (or is indented wrongly)"),
    fails("syntax: a value starting with @", "format: 1\ntitle: @home\n",
          "deck.yaml:2:8: " + SYNTAX + "'@' cannot start a value (YAML keeps it for future "
          "use); put the text in quotes"),
    fails("syntax: a Windows path in double quotes", 'format: 1\ntitle: "C:\\pictures"\n',
          "deck.yaml:2:11: " + SYNTAX + "an unknown escape in double quotes; write \\\\ for a "
          "backslash, or use single quotes"),
    fails("syntax: a stray closing bracket", "format: 1\ntitle: Hostile\nslides: }\n",
          "deck.yaml:3:9: " + SYNTAX + "a value is missing here, or a ']', '}' or ',' stands "
          "where no list or mapping is open"),
    fails("syntax: a second document at the end",
          HEAD + "  - {type: title, title: One}\n---\nformat: 2\n",
          "deck.yaml:5:1: " + SYNTAX + "a second document (a '---' line); deck.yaml holds "
          "exactly one"),
    fails("syntax: an alias with no anchor", "format: 1\ntitle: *name\n",
          "deck.yaml:2:8: " + SYNTAX + "an alias (*name) with no anchor (&name) before it"),
    # --- alias bombs and nesting: refused before anything expands ---
    fails("alias bomb: a billion laughs", _billion_laughs(), "deck.yaml:6:4: " + BOMB),
    fails("alias bomb: aliased galleries of aliased pictures", _aliased_galleries(),
          "deck.yaml:7:3: " + BOMB),
    fails("alias loop", "format: 1\ntitle: &self [*self]\n",
          "deck.yaml:2:8: an alias refers to the value that contains it (a loop)"),
    fails("nesting 200 levels deep", HEAD + "  - x-deep: " + "[" * 200 + "]" * 200 + "\n",
          "deck.yaml:4:110: values are nested more than 100 levels deep"),
    # --- tags that would build objects ---
    fails("python tag: object/apply runs a command",
          "format: 1\ntitle: !!python/object/apply:os.system ['echo hacked']\n"
          "slides: [{type: title, title: x}]\n",
          "deck.yaml:2:8: title: !!python/object/apply:os.system: tags that build objects "
          "are not allowed"),
    fails("python tag: the whole file an object",
          "!!python/object:__main__.Deck\nformat: 1\ntitle: x\n",
          "deck.yaml:1:1: !!python/object:__main__.Deck: tags that build objects are not "
          "allowed"),
    fails("python tag: a key that names a function",
          "format: 1\ntitle: x\n? !!python/name:os.system\n: x\nslides: [{type: title, "
          "title: x}]\n",
          "deck.yaml:3:3: !!python/name:os.system: tags that build objects are not allowed"),
    fails("other tags: binary, set, timestamp, custom",
          HEAD + "  - {type: title, title: !!binary aGVsbG8=, subtitle: !!timestamp "
          "2001-12-14}\n  - !!set {type, title}\n  - {type: title, title: !secret x}\n",
          "deck.yaml:4:26: slides[0].title: !!binary: tags that build objects are not allowed",
          "deck.yaml:4:55: slides[0].subtitle: !!timestamp: tags that build objects are not "
          "allowed",
          "deck.yaml:5:5: slides[1]: !!set: tags that build objects are not allowed",
          "deck.yaml:6:26: slides[2].title: !secret: tags that build objects are not allowed"),
    fails("a value that does not fit its tag",
          "format: !!int one\ntitle: x\nslides: [{type: title, title: x}]\n",
          "deck.yaml:1:9: format: 'one' is not an integer, but it is tagged !!int"),
    fails("a merge key", "format: 1\ntitle: x\nx-base: &base {type: title}\nslides:\n"
          "  - <<: *base\n    title: Merged\n",
          "deck.yaml:5:5: slides[0]: merge keys (<<) are not supported; write the keys out"),
    # --- encodings and empty files ---
    fails("not UTF-8: Latin-1", HEAD.encode() + b"  - {type: title, title: Caf\xe9}\n",
          "deck.yaml:4:29: deck.yaml is not UTF-8 text (byte 0xE9 here); save it as UTF-8"),
    fails("not UTF-8: UTF-16", "format: 1\ntitle: x\n".encode("utf-16"),
          "deck.yaml:1:1: deck.yaml is not UTF-8 text (byte 0xFF here); save it as UTF-8"),
    passes("a UTF-8 byte order mark is accepted",
           b"\xef\xbb\xbf" + HEAD.encode() + b"  - {type: title, title: BOM}\n",
           "1 slide, languages en"),
    fails("an empty file", b"",
          "deck.yaml:1:1: deck.yaml is empty; it needs at least format, title and slides"),
    fails("only comments and blank lines", "# to do\n\n   \n# later\n",
          "deck.yaml:1:1: deck.yaml is empty; it needs at least format, title and slides"),
    fails("a control character", HEAD + "  - {type: title, title: \"red\x1b[31m\"}\n",
          "deck.yaml:4:30: a control character (U+001B) that YAML does not allow; delete it"),
    fails("a NUL byte", HEAD.encode() + b"  - {type: title, title: x\x00}\n",
          "deck.yaml:4:27: a control character (U+0000) that YAML does not allow; delete it"),
    fails("the file is a list", "- format: 1\n- title: x\n",
          "deck.yaml:1:1: deck.yaml must be a mapping (format: 1, title: ..., ...), got a list"),
    fails("the file is null", "~\n",
          "deck.yaml:1:1: deck.yaml must be a mapping (format: 1, title: ..., ...), got "
          "nothing"),
    fails("the file is one word", "slides\n",
          "deck.yaml:1:1: deck.yaml must be a mapping (format: 1, title: ..., ...), got "
          "'slides'"),
]
