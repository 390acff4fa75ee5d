"""`kiosk check` warnings: translations, pictures, fonts and long texts; exit 0 unless --strict."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from deck_packs import Check, MakePack
from PIL import Image

from kiosk.deck import check_pack, load_pack, pictures
from kiosk.deck.fonts import installed_font

REPO = Path(__file__).resolve().parents[2]
SHANDONG_FONT = REPO / "content" / "shandong" / "fonts" / "NotoSansCJKsc-Regular.otf"
BILINGUAL = "format: 1\ntitle: T\nlanguages: [en, zh]\nslides:\n"
"""Four lines; the first slide starts on line 5."""


def warnings_of(root: Path) -> list[str]:
    result = load_pack(root, with_warnings=True)
    assert result.errors == (), result.errors
    return [str(problem) for problem in result.warnings]


def grey_jpeg(path: Path, width: int, height: int) -> None:
    """A whole JPEG of width x height (kiosk check decodes pictures whole), written quickly."""
    Image.new("L", (width, height), 128).save(path, quality=10)


# --- translations ------------------------------------------------------------------------


def test_a_missing_translation_is_a_warning_and_check_still_passes(
    make_pack: MakePack, check: Check
) -> None:
    root = make_pack(BILINGUAL + """\
      - type: title
        title: {en: Welcome, zh: 欢迎}
        subtitle: {en: To Shandong}
    """)
    code, out, _ = check(root)
    assert code == 0
    assert out == [
        "deck.yaml:7:19: slides[0].subtitle: warning: no zh text, so the en text is shown in its "
        "place; add a translation (zh: \"...\")",
        f"{root}: no errors, 1 warning (1 slide, languages en, zh)",
    ]


def test_strict_counts_warnings_as_errors(make_pack: MakePack) -> None:
    root = make_pack(BILINGUAL + "  - {type: title, title: {en: Welcome}}\n")
    out, err = io.StringIO(), io.StringIO()
    assert check_pack(root, out, err, strict=True) == 1
    assert out.getvalue().splitlines()[-1] == (
        f"{root}: 1 warning, counted as errors by --strict (1 slide, languages en, zh)")
    assert check_pack(root, io.StringIO(), io.StringIO(), strict=False) == 0


def test_every_missing_language_is_named_once_per_text(make_pack: MakePack) -> None:
    root = make_pack("""\
    format: 1
    title: T
    languages: [en, zh, de]
    chapters:
      - {id: a, title: {zh: 第一部分}}
    slides:
      - {type: title, title: Plain text is the same in every language, chapter: a}
      - {type: title, title: {en: Hi}, notes: {en: "notes are never shown, so never warned"}}
    """)
    assert warnings_of(root) == [
        "deck.yaml:5:20: chapters[0].title: warning: no en, de text, so the zh text is shown in "
        "its place; add translations (en: \"...\")",
        "deck.yaml:8:26: slides[1].title: warning: no zh, de text, so the en text is shown in "
        "its place; add translations (zh: \"...\")",
    ]


def test_a_language_the_deck_does_not_have_is_named_once(make_pack: MakePack) -> None:
    root = make_pack(BILINGUAL + """\
      - {type: title, title: {en: Hello, cn: 你好, zh: 你好}}
      - {type: title, title: {en: Bye, cn: 再见, zh: 再见}}
    """)
    assert warnings_of(root) == [
        "deck.yaml:5:42: slides[0].title.cn: warning: 'cn' is not one of the deck's languages "
        "(en, zh), so this text is never shown (nor 1 more texts in cn); use one of those codes, "
        "or add cn to languages:",
    ]


# --- pictures ----------------------------------------------------------------------------


def test_a_huge_picture_is_a_warning_once_however_often_it_is_used(
    make_pack: MakePack, check: Check
) -> None:
    root = make_pack("""\
    format: 1
    title: T
    slides:
      - {type: image, image: images/huge.jpg}
      - {type: title, title: T, background: images/huge.jpg}
    """, images=())
    (root / "images").mkdir()
    grey_jpeg(root / "images/huge.jpg", 9000, 5000)
    code, out, _ = check(root)
    assert code == 0
    assert out[0] == (
        "deck.yaml:4:26: slides[0].image: warning: 'images/huge.jpg' is 9000x5000 pixels "
        "(45 megapixels); the kiosk scales it down to the screen, but a picture this large "
        "costs memory and time each time it is shown; scale it down (3840x2160 is enough for "
        "a 4K screen) (also used on line 5)")
    assert len(out) == 2


def test_a_large_file_is_a_warning(make_pack: MakePack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pictures, "HUGE_BYTES", 50)
    pictures._read.cache_clear()
    root = make_pack("format: 1\ntitle: T\nslides:\n  - {type: image, image: images/a.png}\n")
    (root / "images/a.png").write_bytes((root / "images/a.png").read_bytes() + b"\0" * 100)
    [line] = warnings_of(root)
    assert "'images/a.png' is a 0 MB file; the kiosk reads it on every start" in line
    pictures._read.cache_clear()


def test_an_svg_without_a_size_is_a_warning(make_pack: MakePack) -> None:
    root = make_pack("format: 1\ntitle: T\ntheme: {logo: images/logo.svg}\n"
                     "slides: [{type: title, title: T}]\n")
    (root / "images/logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')
    assert warnings_of(root) == [
        "deck.yaml:3:15: theme.logo: warning: 'images/logo.svg' has no usable size (no viewBox, "
        "nor a width and height in pixels); the kiosk sizes it by the extent of its drawing, "
        "which can crop or shift it; give the <svg> element viewBox=\"0 0 W H\" with the "
        "drawing's width and height"]


def test_good_svgs_pass(make_pack: MakePack) -> None:
    root = make_pack("""\
    format: 1
    title: T
    slides:
      - {type: image, image: images/a.svg}
      - {type: image, image: images/b.svg}
    """)
    (root / "images/a.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" '
                                       'viewBox="0,0,160,90"/>')
    (root / "images/b.svg").write_text('<?xml version="1.0"?>\n<svg width="40mm" height="3cm"/>')
    assert warnings_of(root) == []


# --- fonts -------------------------------------------------------------------------------


def test_characters_the_pack_fonts_lack_are_named_per_slide_and_language(
    make_pack: MakePack,
) -> None:
    root = make_pack(BILINGUAL + """\
      - type: text
        title: {en: Snow ☃, zh: 鑫龘}
        body: {en: "Snow ☃ again", zh: 鑫}
    """)
    (root / "fonts").mkdir()
    shutil.copy(SHANDONG_FONT, root / "fonts")
    fallback = ("the kiosk falls back to a system font, which may not have them either (they "
                "then show as empty boxes); add a font that has them to fonts/, or rebuild the "
                "pack's font subset")
    assert warnings_of(root) == [
        "deck.yaml:6:16: slides[0].title: warning: no font in the pack's fonts/ folder can draw "
        f"☃ (U+2603) in the en text of this slide; {fallback}",
        "deck.yaml:6:16: slides[0].title: warning: no font in the pack's fonts/ folder can draw "
        f"鑫 (U+946B), 龘 (U+9F98) in the zh text of this slide; {fallback}",
    ]


def test_a_broken_font_file_is_a_warning(make_pack: MakePack) -> None:
    root = make_pack(BILINGUAL.replace("slides:", "theme: {font: Noto Sans CJK SC}\nslides:")
                     + "  - {type: title, title: {en: Hi, zh: 山东}}\n")
    (root / "fonts").mkdir()
    shutil.copy(SHANDONG_FONT, root / "fonts")
    (root / "fonts/Broken.ttf").write_text("not a font")
    [line] = warnings_of(root)
    assert line.startswith("deck.yaml:4:15: theme.font: warning: fonts/Broken.ttf cannot be "
                           "read as a font (")
    assert line.endswith("the kiosk skips it: replace it with a working .ttf or .otf")


def test_a_theme_font_found_nowhere_is_a_warning(make_pack: MakePack) -> None:
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig is not installed: installed fonts cannot be told")
    root = make_pack(BILINGUAL.replace("slides:", "theme: {font: Noto Sans CJK}\nslides:")
                     + "  - {type: title, title: {en: Hi, zh: 山东}}\n")
    (root / "fonts").mkdir()
    shutil.copy(SHANDONG_FONT, root / "fonts")
    assert warnings_of(root) == [
        "deck.yaml:4:15: theme.font: warning: font 'Noto Sans CJK' is neither in the pack's "
        "fonts/ folder nor installed on this computer, so the kiosk uses the system's sans "
        "serif; did you mean 'Noto Sans CJK SC'?"]


def test_a_theme_font_not_installed_without_pack_fonts_is_a_warning(make_pack: MakePack) -> None:
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig is not installed: installed fonts cannot be told")
    root = make_pack(BILINGUAL.replace("slides:", "theme: {font: No Such Family 12345}\nslides:")
                     + "  - {type: title, title: {en: Hi, zh: 山东}}\n")
    assert warnings_of(root) == [
        "deck.yaml:4:15: theme.font: warning: font 'No Such Family 12345' is not installed on "
        "this computer, so the kiosk uses the system's sans serif; put its .ttf or .otf files "
        "in the pack's fonts/ folder"]


def test_without_pack_fonts_the_installed_theme_font_is_checked(make_pack: MakePack) -> None:
    if installed_font("DejaVu Sans") is None:
        pytest.skip("needs fontconfig and DejaVu Sans installed")
    root = make_pack(BILINGUAL.replace("slides:", "theme: {font: DejaVu Sans}\nslides:")
                     + "  - {type: title, title: {en: Hi, zh: 你好}}\n")
    assert warnings_of(root) == [
        "deck.yaml:6:26: slides[0].title: warning: the theme font 'DejaVu Sans' (as installed "
        "here) cannot draw 你 (U+4F60), 好 (U+597D) in the zh text of this slide; the kiosk falls "
        "back to another installed font, if one has them; choose a theme font that has them, "
        "or put one in the pack's fonts/ folder"]


def test_without_pack_fonts_or_a_theme_font_characters_are_not_checked(
    make_pack: MakePack,
) -> None:
    root = make_pack(BILINGUAL + "  - {type: title, title: {en: ☃, zh: 龘}}\n")
    assert warnings_of(root) == []


# --- long texts --------------------------------------------------------------------------


def test_a_title_too_long_for_a_small_screen_is_a_warning(make_pack: MakePack) -> None:
    long_en = "The zone brings " + "advanced technologies and production standards " * 3
    long_zh = "合作区将把先进技术和生产标准引入中国" * 4
    root = make_pack(BILINGUAL + f"""\
      - type: title
        title:
          en: "{long_en.strip()}"
          zh: "{long_zh}"
      - {{type: title, title: {{en: A short title, zh: 短标题}}}}
    """)
    assert warnings_of(root) == [
        "deck.yaml:7:15: slides[0].title.en: warning: this text (156 characters) may be shrunk "
        "to fit or cut off on small screens (1280x800); shorten it to about 100 characters (a "
        "rough guide, measured for this key)",
        "deck.yaml:8:15: slides[0].title.zh: warning: this text (72 characters) may be shrunk "
        "to fit or cut off on small screens (1280x800); shorten it to about 50 characters (a "
        "rough guide, measured for this key)",
    ]


def test_stats_labels_fit_less_the_more_items_share_the_slide(make_pack: MakePack) -> None:
    label = "Enterprises registered in the zone"  # 34 characters
    items = ", ".join(f"{{value: {n}, label: {label}}}" for n in range(5))
    root = make_pack(f"format: 1\ntitle: T\nslides:\n  - {{type: stats, items: [{items}]}}\n")
    assert len(warnings_of(root)) == 5
    four = items.rsplit(", {", 1)[0]
    (root / "deck.yaml").write_text(
        f"format: 1\ntitle: T\nslides:\n  - {{type: stats, items: [{four}]}}\n")
    assert warnings_of(root) == []


def test_a_long_pin_label_is_a_warning_of_its_own_kind(make_pack: MakePack) -> None:
    root = make_pack("""\
    format: 1
    title: T
    slides:
      - type: map
        image: images/a.png
        pins:
          - {x: 0.5, y: 0.5, label: "Huangdao District of the Qingdao West Coast New Area"}
    """)
    [line] = warnings_of(root)
    assert "a 52-character pin label is drawn at one size beside its pin" in line


def test_warnings_are_not_looked_for_unless_asked(make_pack: MakePack) -> None:
    root = make_pack(BILINGUAL + "  - {type: title, title: {en: Welcome}}\n")
    assert load_pack(root).problems == ()
