"""Subset Noto Sans CJK SC (Regular, Bold) to the characters a content pack uses."""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fontTools is a dev extra: imported lazily inside the functions that need it.
    from fontTools.ttLib import TTFont

REPO_ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = REPO_ROOT / "content"
QML_DIR = REPO_ROOT / "kiosk" / "qml"
UI_STRINGS = REPO_ROOT / "kiosk" / "app" / "ui_strings.py"
DEFAULT_PACK = CONTENT_DIR / "shandong"

# Where Debian's fonts-noto-cjk package installs the collections and its licence.
DEBIAN_PACKAGE = "fonts-noto-cjk"
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

FAMILY = "Noto Sans CJK SC"
# (style, collection file in SOURCE_DIR, output file in PACK/fonts)
FACES: tuple[tuple[str, str, str], ...] = (
    ("Regular", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"),
    ("Bold", "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf"),
)

# Always-included ranges, inclusive: printable ASCII (with the digits), Latin-1 letters and
# punctuation, general punctuation, currency signs, arrows and a few symbols a caption may use,
# CJK symbols and punctuation, full-width forms and the full-width yuan/yen sign.
BASE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x2010, 0x2027),
    (0x2030, 0x203A),
    (0x20AC, 0x20AC),  # euro
    (0x2122, 0x2122),  # trade mark
    (0x2190, 0x2193),  # arrows
    (0x2212, 0x2212),  # minus
    (0x3000, 0x303F),
    (0xFF01, 0xFF5E),
    (0xFFE5, 0xFFE5),  # full-width yuan/yen
)

DROPPED_FEATURES = frozenset({"locl", "valt", "vchw", "vert", "vhal", "vkrn", "vpal", "vrt2"})

# Place names the pack is certain to use (the map pins), so a build works before any deck exists.
SEED_TEXT = "山东省青岛黄岛西海岸新区潍坊济南烟台中国"


def deck_files(pack: Path) -> list[Path]:
    """The pack's deck.yaml (a list, empty before the deck exists)."""
    deck = pack / "deck.yaml"
    return [deck] if deck.is_file() else []


def qml_files() -> list[Path]:
    """The kiosk's QML, whose few literal symbols (arrows, quote marks) the subset also covers."""
    return sorted(QML_DIR.rglob("*.qml"))


def deck_languages(pack: Path) -> list[str]:
    """The language codes of the pack's deck (["en"] when it names none or cannot be read)."""
    import yaml

    try:
        data = yaml.safe_load((pack / "deck.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return ["en"]
    languages = data.get("languages") if isinstance(data, dict) else None
    return [str(code) for code in languages] if isinstance(languages, list) else ["en"]


def ui_characters(languages: Iterable[str]) -> set[str]:
    """The characters of the kiosk's own words (kiosk/app/ui_strings.py: hints, the "Still
    there?" screen, the language button's names) in the given languages, which the kiosk draws
    in the pack's font too. Read from the module's literals, without importing the kiosk."""
    tables: dict[str, dict[str, object]] = {}
    target: ast.expr
    for node in ast.parse(UI_STRINGS.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("STRINGS", "LANGUAGE_NAMES"):
            tables[target.id] = ast.literal_eval(value)
    texts: list[str] = []
    for code in languages:
        base = code.split("-")[0]
        for entry in tables["STRINGS"].values():
            assert isinstance(entry, dict)
            texts.append(str(entry.get(code, entry.get(base, entry["en"]))))
        names = tables["LANGUAGE_NAMES"]
        texts.append(str(names.get(code) or names.get(base) or code.upper()))
    return {ch for ch in "".join(texts) if is_renderable(ch)}


def is_renderable(ch: str) -> bool:
    """Characters that need a glyph (not control characters or a byte-order mark)."""
    return unicodedata.category(ch) != "Cc" and ch != "\ufeff"


def deck_characters(paths: Iterable[Path]) -> set[str]:
    """All characters appearing in the given files, read as text."""
    chars: set[str] = set()
    for path in paths:
        chars.update(path.read_text(encoding="utf-8"))
    return {ch for ch in chars if is_renderable(ch)}


def base_codepoints() -> set[int]:
    """The fixed ranges every build includes."""
    return {cp for lo, hi in BASE_RANGES for cp in range(lo, hi + 1)}


def rel(path: Path) -> str:
    """A path relative to the repo when possible, for messages and generated text."""
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def describe(chars: Iterable[str]) -> str:
    """One line per character: code point, the character and its Unicode name."""
    return "\n".join(
        f"  U+{ord(ch):04X} {ch!r} {unicodedata.name(ch, '?')}" for ch in sorted(chars)
    )


# --------------------------------------------------------------------------- check mode


def check(pack: Path) -> int:
    """Exit status 1 if a character used in the pack's deck.yaml is missing from a subset."""
    from fontTools.ttLib import TTFont  # lazy: fontTools is a dev extra

    font_dir = pack / "fonts"
    used = deck_characters(deck_files(pack))
    ui = ui_characters(deck_languages(pack)) - used
    status = 0
    for _style, _ttc, out_name in FACES:
        path = font_dir / out_name
        if not path.is_file():
            print(f"{rel(path)}: missing; run tools/subset_fonts.py", file=sys.stderr)
            status = 1
            continue
        font = TTFont(path, lazy=True)
        cmap = font.getBestCmap()
        font.close()
        missing = {ch for ch in used if ord(ch) not in cmap}
        if missing:
            print(
                f"{rel(path)} lacks {len(missing)} character(s) used in the pack's deck.yaml:\n"
                + describe(missing),
                file=sys.stderr,
            )
            status = 1
        missing = {ch for ch in ui if ord(ch) not in cmap}
        if missing:
            print(
                f"{rel(path)} lacks {len(missing)} character(s) of the kiosk's own words in "
                "the deck's languages (kiosk/app/ui_strings.py):\n" + describe(missing),
                file=sys.stderr,
            )
            status = 1
    if status == 0:
        print(f"ok: {len(used)} distinct characters of {rel(pack / 'deck.yaml')} and "
              f"{len(ui)} more of the kiosk's own words covered")
    return status


# --------------------------------------------------------------------------- build mode


def sc_font_number(ttc: Path) -> int:
    """Index of the face whose family name (name ID 1) is exactly FAMILY inside a collection."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(ttc, lazy=True)
    try:
        for index, font in enumerate(collection.fonts):
            if font["name"].getDebugName(1) == FAMILY:
                return index
    finally:
        collection.close()
    raise SystemExit(f"{ttc}: no face named {FAMILY!r}")


def subset_face(ttc: Path, out: Path, codepoints: set[int]) -> TTFont:
    """Subset one face out of a collection to the code points and save it as OpenType/CFF."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    number = sc_font_number(ttc)
    font = TTFont(ttc, fontNumber=number, recalcTimestamp=False)
    source_cmap = font.getBestCmap()

    options = subset.Options()
    options.hinting = False  # drop CFF hints: smaller, and Qt renders unhinted anyway
    options.desubroutinize = True  # smaller for a few hundred glyphs, and deterministic
    options.name_IDs = ["*"]  # keep the whole name table (family stays FAMILY) ...
    options.name_languages = ["*"]  # ... in every language, including the Chinese names
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_timestamp = False  # same input, same bytes
    # fontTools' default features, minus vertical setting (the kiosk sets text horizontally) and
    # 'locl' (it would pull in the Japanese, Korean and Traditional forms of every ideograph).
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.drop_tables += ["VORG", "vhea", "vmtx"]

    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(cp for cp in codepoints if cp in source_cmap))
    subsetter.subset(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(out)
    return font


def package_version() -> str:
    """The installed Debian package version, or 'unknown' without dpkg."""
    dpkg = shutil.which("dpkg-query")
    if dpkg is None:
        return "unknown"
    result = subprocess.run(
        [dpkg, "-W", "-f=${Version}", DEBIAN_PACKAGE],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "unknown"


def ofl_text(copyright_line: str) -> str:
    """The SIL OFL 1.1 text from the Debian copyright file, headed by the font's copyright."""
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
    match = re.search(r"^License: SIL-1\.1\n((?: .*\n?)+)", text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit(f"{DEBIAN_COPYRIGHT}: no 'License: SIL-1.1' stanza")
    body_lines = []
    for line in match.group(1).splitlines():
        line = line[1:]  # Debian control format: one leading space; "." is an empty line
        body_lines.append("" if line == "." else line)
    body = "\n".join(body_lines).strip("\n")
    return (
        f"{copyright_line}\n"
        "Noto is a trademark of Google Inc.\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n"
        f"{body}\n"
    )


def readme_text(pack: str, version: str, font_version: str, counts: dict[str, int]) -> str:
    """Provenance notes for the fonts folder of the pack named `pack` (its folder's name)."""
    faces = "\n".join(
        f"- `{out}`: {FAMILY} {style}, {counts[out]} glyphs" for style, _ttc, out in FACES
    )
    option = "" if pack == DEFAULT_PACK.name else f" --pack content/{pack}"
    return f"""# Fonts of the {pack.capitalize()} pack

Subsets of **{FAMILY}** (Noto Sans CJK, {font_version}) so the tour renders the same
on a machine without any CJK font. Licence: SIL Open Font License 1.1, see `OFL.txt`
(Noto declares no Reserved Font Name, so the subsets keep the original family name).

{faces}

Qt (`QFontDatabase.addApplicationFont`) reports the family `{FAMILY}` for both files,
with styles Regular (weight 400) and Bold (weight 700).

## Source

Debian package `{DEBIAN_PACKAGE}`, version `{version}`. From each of the collections
`NotoSansCJK-Regular.ttc` and `NotoSansCJK-Bold.ttc` the script takes the face whose
family name (name ID 1) is "{FAMILY}".

## How they were made

`tools/subset_fonts.py` (fontTools.subset) keeps every character that appears in the
pack's `deck.yaml`, the kiosk's own words in the deck's languages (`kiosk/app/ui_strings.py`:
the map hint, "Still there?", the language button), the Shandong map's place names, the
non-ASCII symbols in `kiosk/qml/**/*.qml` (build only; `--check` looks at the deck and the
kiosk's words), printable ASCII, U+00A0-U+00FF, general punctuation (U+2010-U+2027,
U+2030-U+203A), the euro and full-width yuan signs, a few arrows and symbols, CJK symbols
and punctuation (U+3000-U+303F) and full-width forms (U+FF01-U+FF5E). It keeps the whole
name table and fontTools' default layout features except `locl` and the vertical ones, drops
hinting and the vertical-metrics tables, desubroutinizes, and writes OpenType/CFF. Same input
gives the same bytes.

Re-run after every change to the deck (needs `apt-get install {DEBIAN_PACKAGE}`):

    .venv/bin/python tools/subset_fonts.py{option}

Check that the committed subsets cover the deck (needs only fontTools, not the package;
exits 1 and lists what is missing):

    .venv/bin/python tools/subset_fonts.py --check{option}
"""


def build(pack: Path, source_dir: Path) -> int:
    """Write both subsets, OFL.txt and README.md; 1 if a deck uses a character Noto lacks."""
    font_dir = pack / "fonts"
    font_dir.mkdir(parents=True, exist_ok=True)
    decks = deck_files(pack)
    used = deck_characters(decks)
    ui = {ch for ch in deck_characters(qml_files()) if ord(ch) > 0x7E}
    words = ui_characters(deck_languages(pack))
    codepoints = base_codepoints() | {ord(ch) for ch in used | ui | words | set(SEED_TEXT)}

    status = 0
    counts: dict[str, int] = {}
    copyright_line = ""
    font_version = ""
    for style, ttc_name, out_name in FACES:
        ttc = source_dir / ttc_name
        if not ttc.is_file():
            raise SystemExit(f"{ttc}: not found; apt-get install {DEBIAN_PACKAGE}")
        out = font_dir / out_name
        font = subset_face(ttc, out, codepoints)
        counts[out_name] = len(font.getGlyphOrder())
        cmap = font.getBestCmap()
        copyright_line = copyright_line or font["name"].getDebugName(0) or ""
        font_version = font_version or (font["name"].getDebugName(5) or "").split(";")[0]
        missing = {ch for ch in used | words if ord(ch) not in cmap}
        if missing:
            print(
                f"warning: {FAMILY} {style} has no glyph for {len(missing)} character(s) "
                "used in the pack's deck.yaml or the kiosk's own words:\n" + describe(missing),
                file=sys.stderr,
            )
            status = 1
        print(f"wrote {rel(out)}: {counts[out_name]} glyphs, {out.stat().st_size} bytes")

    (font_dir / "OFL.txt").write_text(ofl_text(copyright_line), encoding="utf-8")
    (font_dir / "README.md").write_text(
        readme_text(pack.name, package_version(), font_version, counts), encoding="utf-8"
    )
    if ui:
        print(f"kiosk/qml symbols: {''.join(sorted(ui))}")
    print(
        f"{len(used)} distinct characters from {len(decks)} deck file(s): "
        + (", ".join(rel(p) for p in decks) or "none yet")
    )
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        epilog="Needs fontTools (dev extra). Build mode also needs the Debian package "
        f"{DEBIAN_PACKAGE}; --check reads only the committed .otf files.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 listing characters used in the pack's deck.yaml that the subsets lack",
    )
    parser.add_argument("--pack", type=Path, default=DEFAULT_PACK,
                        help="the content pack (default content/shandong); fonts go to PACK/fonts")
    parser.add_argument(
        "--source-dir", type=Path, default=SOURCE_DIR, help="folder holding the .ttc collections"
    )
    args = parser.parse_args(argv)
    try:
        import fontTools  # noqa: F401  (lazy: a dev extra, never needed by the kiosk itself)
    except ImportError:
        print("tools/subset_fonts.py needs fontTools: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    if args.check:
        return check(args.pack.resolve())
    return build(args.pack.resolve(), args.source_dir)


if __name__ == "__main__":
    raise SystemExit(main())
