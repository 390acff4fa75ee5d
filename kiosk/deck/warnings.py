"""Warnings of `kiosk check`: what does not stop a tour but shows badly (translations, pictures,
texts too long for the screen);
and the errors that need more than a header: a picture that does not decode whole, a video
whose file is damaged (the kiosk still shows the tour, with the video's poster)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kiosk.deck import schema
from kiosk.deck.fit import fit_warnings
from kiosk.deck.glyphs import glyph_warnings
from kiosk.deck.long_texts import long_text_warnings
from kiosk.deck.model import Deck
from kiosk.deck.pictures import decode_error, read_picture
from kiosk.deck.problems import KeyPath, Problem, format_key
from kiosk.deck.suggest import closest
from kiosk.deck.values import IMAGE_SUFFIXES, VIDEO_SUFFIXES, Text
from kiosk.deck.videos import read_video
from kiosk.deck.walk import Found, shown_values
from kiosk.deck.yaml_source import YamlDocument


def warning(doc: YamlDocument, path: KeyPath, message: str, *, at_key: bool = False) -> Problem:
    """A warning at the value (or, with at_key, the key) that `path` names."""
    line, column = doc.where.key_at(path) if at_key else doc.where.value_at(path)
    return Problem("deck.yaml", line, column, format_key(path), message, severity="warning")


def pack_warnings(deck: Deck, doc: YamlDocument, root: Path) -> list[Problem]:
    """Every warning about a deck that validated, in no particular order."""
    found = list(shown_values(deck))
    problems = translation_warnings(deck, found, doc) + picture_warnings(found, doc)
    problems += video_problems(found, doc)
    problems += [warning(doc, path, message) for path, message in glyph_warnings(deck, found, root)]
    problems += [warning(doc, path, message) for path, message in fit_warnings(deck, found)]
    problems += [warning(doc, path, message) for path, message in long_text_warnings(found)]
    return problems


def _codes(languages: Iterable[str]) -> str:
    return ", ".join(languages)


def translation_warnings(deck: Deck, found: list[Found], doc: YamlDocument) -> list[Problem]:
    """A text without one of the deck's languages (once per text), and a language code no
    language of the deck has (once per code, at its first use)."""
    problems: list[Problem] = []
    strangers: dict[str, list[KeyPath]] = {}
    for item in found:
        if not isinstance(item.value, Text) or not item.value.languages():
            continue  # a plain string is shown in every language
        given = [lang for lang, _ in item.value.translations]
        missing = [lang for lang in deck.languages if lang not in given]
        if missing:
            shown = deck.default_language if deck.default_language in given else given[0]
            noun = "a translation" if len(missing) == 1 else "translations"
            message = (f"no {_codes(missing)} text, so the {shown} text is shown in its place; "
                       f"add {noun} ({missing[0]}: \"...\")")
            problems.append(warning(doc, item.path, message))
        for lang in given:
            if lang not in deck.languages:
                strangers.setdefault(lang, []).append((*item.path, lang))
    for lang, paths in strangers.items():
        match = closest(lang, deck.languages)
        fix = f"did you mean {match!r}?" if match else "use one of those codes"
        others = f" (nor {len(paths) - 1} more texts in {lang})" if len(paths) > 1 else ""
        message = (f"{lang!r} is not one of the deck's languages ({_codes(deck.languages)}), "
                   f"so this text is never shown{others}; {fix}, or add {lang} to languages:")
        problems.append(warning(doc, paths[0], message, at_key=True))
    return problems


def video_problems(found: list[Found], doc: YamlDocument) -> list[Problem]:
    """Videos that cannot play (errors: empty, not a video, cut short, no video track) or may
    not (warnings: a codec that needs a graphics chip, or untried; larger than 4K): once per
    file. Read from the container's structure; nothing is decoded."""
    uses: dict[Path, list[KeyPath]] = {}
    for item in found:
        if isinstance(item.value, Path) and item.value.suffix.lower() in VIDEO_SUFFIXES:
            uses.setdefault(item.value, []).append(item.path)
    problems: list[Problem] = []
    for path, paths in uses.items():
        written = schema.value_at(paths[0], doc.data)
        lines = [str(doc.where.value_at(other)[0]) for other in paths[1:]]
        noun = "line" if len(lines) == 1 else "lines"
        also = f" (also used on {noun} {', '.join(lines)})" if lines else ""
        video = read_video(path)
        if video.error is not None:
            line, column = doc.where.value_at(paths[0])
            problems.append(Problem("deck.yaml", line, column, format_key(paths[0]),
                                    f"{written!r} {video.error}{also}"))
        problems += [warning(doc, paths[0], f"{written!r} {advice}{also}")
                     for advice in video.advice]
    return problems


def picture_warnings(found: list[Found], doc: YamlDocument) -> list[Problem]:
    """Pictures far larger than a screen needs, or without a usable size, and (errors) pictures
    that are damaged or cut short: once per file."""
    uses: dict[Path, list[KeyPath]] = {}
    for item in found:
        if isinstance(item.value, Path):
            uses.setdefault(item.value, []).append(item.path)
    problems: list[Problem] = []
    for path, paths in uses.items():
        written = schema.value_at(paths[0], doc.data)
        lines = [str(doc.where.value_at(other)[0]) for other in paths[1:]]
        noun = "line" if len(lines) == 1 else "lines"
        also = f" (also used on {noun} {', '.join(lines)})" if lines else ""
        damaged = decode_error(path) if path.suffix.lower() in IMAGE_SUFFIXES else None
        if damaged is not None:
            line, column = doc.where.value_at(paths[0])
            problems.append(Problem("deck.yaml", line, column, format_key(paths[0]),
                                    f"{written!r} {damaged}{also}"))
            continue
        for advice in read_picture(path).advice:
            problems.append(warning(doc, paths[0], f"{written!r} {advice}{also}"))
    return problems
