"""The immutable deck of content format 1: settings, theme, chapters and the ten slide types."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.deck.values import (
    Background,
    BackgroundValue,
    Colour,
    Flag,
    FormatVersion,
    Fraction,
    Identifier,
    ImagePath,
    Label,
    LanguageCode,
    RichTextValue,
    Seconds,
    SecondsOrOff,
    ShownNumber,
    String,
    TextValue,
    VideoPath,
)


class Model(BaseModel):
    """Base of every deck model: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=False)


# --- deck settings ---------------------------------------------------------------------


class Theme(Model):
    background: Colour = "#0B1F33"
    foreground: Colour = "#FFFFFF"
    accent: Colour = "#E8A33D"
    font: String | None = None
    logo: ImagePath | None = None


class KioskSettings(Model):
    idle_timeout: SecondsOrOff = 90.0
    autoplay: Seconds = 12.0
    transition: Literal["slide", "fade", "none"] = "slide"
    loop: Flag = True


class Chapter(Model):
    id: Identifier
    title: TextValue


# --- slides ----------------------------------------------------------------------------


class SlideBase(Model):
    """Keys every slide may have."""

    id: Identifier | None = None
    chapter: Identifier | None = None
    duration: Seconds | None = None
    background: BackgroundValue | None = None
    notes: TextValue | None = None


class TitleSlide(SlideBase):
    type: Literal["title"]
    title: TextValue
    subtitle: TextValue | None = None
    image: ImagePath | None = None


class TextSlide(SlideBase):
    type: Literal["text"]
    title: TextValue
    body: RichTextValue
    image: ImagePath | None = None
    image_side: Literal["left", "right"] = "right"


class ImageSlide(SlideBase):
    type: Literal["image"]
    image: ImagePath
    caption: TextValue | None = None
    credit: TextValue | None = None
    fit: Literal["cover", "contain"] = "cover"


class GalleryItem(Model):
    image: ImagePath
    caption: TextValue | None = None
    credit: TextValue | None = None


class GallerySlide(SlideBase):
    type: Literal["gallery"]
    images: tuple[GalleryItem, ...] = Field(min_length=1)
    title: TextValue | None = None


class StatItem(Model):
    value: ShownNumber
    label: TextValue
    prefix: TextValue | None = None
    suffix: TextValue | None = None
    note: TextValue | None = None


class StatsSlide(SlideBase):
    type: Literal["stats"]
    items: tuple[StatItem, ...] = Field(min_length=1, max_length=6)
    title: TextValue | None = None


class QuoteSlide(SlideBase):
    type: Literal["quote"]
    text: TextValue
    author: TextValue
    role: TextValue | None = None
    image: ImagePath | None = None


class TimelineEvent(Model):
    date: Label
    title: TextValue
    text: TextValue | None = None


class TimelineSlide(SlideBase):
    type: Literal["timeline"]
    events: tuple[TimelineEvent, ...] = Field(min_length=1)
    title: TextValue | None = None


class MapPin(Model):
    x: Fraction
    y: Fraction
    label: TextValue
    text: TextValue | None = None


class MapSlide(SlideBase):
    type: Literal["map"]
    image: ImagePath
    pins: tuple[MapPin, ...]
    title: TextValue | None = None
    credit: TextValue | None = None  # extension of format 1: the map data's source


class ProfileFact(Model):
    label: TextValue
    value: TextValue


class ProfileQuote(Model):
    text: TextValue
    author: TextValue
    role: TextValue | None = None


class ProfileSlide(SlideBase):
    type: Literal["profile"]
    name: TextValue
    logo: ImagePath | None = None
    tagline: TextValue | None = None
    facts: tuple[ProfileFact, ...] = ()
    body: RichTextValue | None = None
    image: ImagePath | None = None
    quote: ProfileQuote | None = None


class VideoSlide(SlideBase):
    type: Literal["video"]
    source: VideoPath
    poster: ImagePath | None = None
    caption: TextValue | None = None
    loop: Flag = True
    muted: Flag = True


Slide = Annotated[
    TitleSlide
    | TextSlide
    | ImageSlide
    | GallerySlide
    | StatsSlide
    | QuoteSlide
    | TimelineSlide
    | MapSlide
    | ProfileSlide
    | VideoSlide,
    Field(discriminator="type"),
]

SLIDE_TYPES: dict[str, type[SlideBase]] = {
    "title": TitleSlide,
    "text": TextSlide,
    "image": ImageSlide,
    "gallery": GallerySlide,
    "stats": StatsSlide,
    "quote": QuoteSlide,
    "timeline": TimelineSlide,
    "map": MapSlide,
    "profile": ProfileSlide,
    "video": VideoSlide,
}


# --- the deck --------------------------------------------------------------------------


class Deck(Model):
    format: FormatVersion
    title: TextValue
    languages: tuple[LanguageCode, ...] = Field(default=("en",), min_length=1)
    theme: Theme = Theme()
    kiosk: KioskSettings = KioskSettings()
    chapters: tuple[Chapter, ...] = ()
    slides: tuple[Slide, ...] = Field(min_length=1)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def slide_chapters(self) -> tuple[str | None, ...]:
        """Each slide's chapter id: its own, else the one of the slide before it."""
        current: str | None = None
        out: list[str | None] = []
        for slide in self.slides:
            current = slide.chapter or current
            out.append(current)
        return tuple(out)

    def chapter(self, chapter_id: str | None) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def index_of(self, slide_id: str) -> int | None:
        return next((i for i, s in enumerate(self.slides) if s.id == slide_id), None)


__all__ = ["SLIDE_TYPES", "Background", "Chapter", "Deck", "KioskSettings", "Slide", "Theme"]


