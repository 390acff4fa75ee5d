"""Turn a deck slide into the plain values its QML file shows, in one language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.app.richtext import safe_rich_text
from kiosk.deck.long_texts import on_screen
from kiosk.deck.model import (
    GallerySlide,
    ImageSlide,
    MapSlide,
    ProfileSlide,
    QuoteSlide,
    Slide,
    StatsSlide,
    TextSlide,
    TimelineSlide,
    TitleSlide,
    VideoSlide,
)
from kiosk.deck.pictures import read_picture
from kiosk.deck.values import Text
from kiosk.deck.videos import read_video

QML_FILES = {
    "title": "TitleSlide",
    "text": "TextSlide",
    "image": "ImageSlide",
    "stats": "StatsSlide",
    "quote": "QuoteSlide",
    "timeline": "TimelineSlide",
    "profile": "ProfileSlide",
    "map": "MapSlide",
    "gallery": "GallerySlide",
    "video": "VideoSlide",
}


def qml_file_for(slide_type: str) -> str:
    """The QML file (without .qml) under slides/ that shows a slide type."""
    return QML_FILES.get(slide_type, "PlaceholderSlide")


def file_url(path: Path | None) -> str:
    """The file's URL, with its size and time as a query Qt ignores when it reads the file.

    Qt Quick caches pictures by URL, so a picture replaced in the pack (a live reload) gets
    a new URL and is read again rather than shown from the cache.
    """
    if path is None:
        return ""
    try:
        stat = path.stat()
    except OSError:
        return path.as_uri()
    return f"{path.as_uri()}?v={stat.st_mtime_ns:x}-{stat.st_size:x}"


class _Localiser:
    def __init__(self, language: str, default_language: str) -> None:
        self.language = language
        self.default_language = default_language

    def __call__(self, text: Text | None) -> str:
        """The text in this language, shortened and broken for the screen (long_texts.py)."""
        return "" if text is None else on_screen(text.get(self.language, self.default_language))

    def rich(self, text: Text | None) -> str:
        """Markdown as rich text: the source is shortened before it is converted, so the cut
        can never fall inside the markup."""
        return safe_rich_text(self(text))


def placeholder_content(slide: Slide, language: str, default_language: str) -> dict[str, Any]:
    """What the placeholder shows for a slide whose own values could not be made: its title,
    when it has one that can be read, else nothing."""
    title = getattr(slide, "title", None)
    try:
        return {"title": _Localiser(language, default_language)(title)}
    except Exception:          # the fault may lie in the title itself
        return {}


def slide_content(slide: Slide, language: str, default_language: str) -> dict[str, Any]:
    """Everything a slide's QML file needs, as strings, numbers, lists and maps."""
    t = _Localiser(language, default_language)
    match slide:
        case TitleSlide():
            return {"title": t(slide.title), "subtitle": t(slide.subtitle),
                    "image": file_url(slide.image)}
        case TextSlide():
            return {"title": t(slide.title), "body": t.rich(slide.body),
                    "image": file_url(slide.image), "imageSide": slide.image_side}
        case ImageSlide():
            return {"image": file_url(slide.image), "caption": t(slide.caption),
                    "credit": t(slide.credit), "fit": slide.fit}
        case StatsSlide():
            return {"title": t(slide.title), "items": [
                {"value": item.value.value, "decimals": item.value.decimals,
                 "label": t(item.label), "prefix": t(item.prefix), "suffix": t(item.suffix),
                 "note": t(item.note)}
                for item in slide.items]}
        case QuoteSlide():
            return {"text": t(slide.text), "author": t(slide.author), "role": t(slide.role),
                    "image": file_url(slide.image)}
        case TimelineSlide():
            return {"title": t(slide.title), "events": [
                {"date": on_screen(event.date), "title": t(event.title), "text": t(event.text)}
                for event in slide.events]}
        case MapSlide():
            return {"title": t(slide.title), "image": file_url(slide.image),
                    "credit": t(slide.credit), "pins": [
                {"x": pin.x, "y": pin.y, "label": t(pin.label), "text": t(pin.text),
                 "labelLeft": left}
                for pin, left in zip(slide.pins, labels_to_the_left(slide), strict=True)]}
        case ProfileSlide():
            quote = slide.quote
            return {"name": t(slide.name), "logo": file_url(slide.logo),
                    "tagline": t(slide.tagline), "body": t.rich(slide.body),
                    "image": file_url(slide.image),
                    "facts": [{"label": t(f.label), "value": t(f.value)} for f in slide.facts],
                    "quote": None if quote is None else {
                        "text": t(quote.text), "author": t(quote.author), "role": t(quote.role)}}
        case GallerySlide():
            return {"title": t(slide.title), "images": [
                {"image": file_url(item.image), "caption": t(item.caption),
                 "credit": t(item.credit), "ratio": picture_ratio(item.image)}
                for item in slide.images]}
        case VideoSlide():
            video = read_video(slide.source)
            # The player reads the file itself: its plain URL (no cache-busting query).
            return {"source": slide.source.as_uri(), "poster": file_url(slide.poster),
                    "caption": t(slide.caption), "loop": slide.loop, "muted": slide.muted,
                    "ratio": video.width / video.height if video.width and video.height
                    else 16 / 9, "problem": video.error or ""}
    raise TypeError(f"unknown slide {type(slide).__name__}")  # pragma: no cover


def picture_ratio(path: Path) -> float:
    """Width over height of a picture, from its header; 0 when it has no usable size."""
    picture = read_picture(path)
    if picture.width and picture.height and picture.width > 0 and picture.height > 0:
        return picture.width / picture.height
    return 0.0


def labels_to_the_left(slide: MapSlide) -> list[bool]:
    """Which pins put their label to the left, so labels of pins close together don't collide.

    Labels go right of their pin, except for a pin that has a close neighbour to its right
    (within a label's height and a typical label's width), or that sits near the right edge.
    """
    left = [pin.x > 0.8 for pin in slide.pins]
    for i, pin in enumerate(slide.pins):
        for other in slide.pins:
            if other is not pin and abs(other.y - pin.y) < 0.07 and 0 <= other.x - pin.x < 0.25:
                left[i] = True
    return left


def slide_background(slide: Slide) -> tuple[str, str]:
    """(colour, picture URL) overriding the theme's background for this slide; empty = none."""
    if slide.background is None:
        return "", ""
    return slide.background.colour or "", file_url(slide.background.image)
