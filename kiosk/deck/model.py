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
    """Base of every deck model: immutable, and unknown keys are errors.

    Attribute docstrings are the descriptions `kiosk schema` gives editors. They are read
    there (kiosk/deck/json_schema.py), not here: Pydantic's use_attribute_docstrings reads
    each class's source at import, a third of a second of every kiosk start.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=False)


# --- deck settings ---------------------------------------------------------------------


class Theme(Model):
    """Colours, font and logo; every key has a default."""

    background: Colour = "#0B1F33"
    """The slides' background colour, "#RRGGBB" or "#AARRGGBB"."""
    foreground: Colour = "#FFFFFF"
    """The text colour; softer texts use it at 68% opacity."""
    accent: Colour = "#E8A33D"
    """Bars, figures, dates, pins and the chapter mark."""
    font: String | None = None
    """A font family name as the font calls itself, from the pack's fonts/ folder or installed;
    else the system's sans serif."""
    logo: ImagePath | None = None
    """A picture shown small at the top right of every slide."""


class KioskSettings(Model):
    """How the kiosk behaves; every key has a default."""

    idle_timeout: SecondsOrOff = 90.0
    """Seconds without input, then back to the first slide and attract mode; 0 turns it off."""
    autoplay: Seconds = 12.0
    """Seconds per slide in attract mode (a slide's own duration wins)."""
    transition: Literal["slide", "fade", "none"] = "slide"
    """How one slide replaces the next."""
    loop: Flag = True
    """After the last slide, Next goes to the first (and Previous on the first to the last)."""


class Chapter(Model):
    """A named part of the tour."""

    id: Identifier
    """Lower-case letters, digits and '-', unique; a slide joins it with chapter: ID."""
    title: TextValue
    """The chapter's name, shown at the top left of its slides."""


# --- slides ----------------------------------------------------------------------------


class SlideBase(Model):
    """Keys every slide may have."""

    id: Identifier | None = None
    """A name for the slide: lower-case letters, digits and '-', unique in the deck."""
    chapter: Identifier | None = None
    """The id of a chapter; the slides after this one belong to it too, until the next."""
    duration: Seconds | None = None
    """Seconds this slide stays in attract mode, instead of kiosk.autoplay."""
    background: BackgroundValue | None = None
    """A colour ("#RRGGBB") or a picture, instead of the theme's background."""
    notes: TextValue | None = None
    """Notes and sources for the people who keep the pack; never shown to visitors."""


class TitleSlide(SlideBase):
    """A large title and subtitle, over an optional picture that fills the screen."""

    type: Literal["title"]
    title: TextValue
    """The title, in large letters."""
    subtitle: TextValue | None = None
    """A line under the title."""
    image: ImagePath | None = None
    """A picture behind the text, filling the screen (cropped, darkened on the text side)."""


class TextSlide(SlideBase):
    """A title, a body in Markdown, and an optional picture beside them."""

    type: Literal["text"]
    title: TextValue
    """The slide's title: a few words that say the point."""
    body: RichTextValue
    """Markdown: paragraphs, **bold**, *italic*, lists; about 60 words at most."""
    image: ImagePath | None = None
    """A picture beside the text, cropped to its frame."""
    image_side: Literal["left", "right"] = "right"
    """The side of the slide the picture is on."""


class ImageSlide(SlideBase):
    """One picture filling the slide, with a caption and a credit."""

    type: Literal["image"]
    image: ImagePath
    """The picture."""
    caption: TextValue | None = None
    """A sentence or two about the picture."""
    credit: TextValue | None = None
    """Who made the picture, shown small."""
    fit: Literal["cover", "contain"] = "cover"
    """cover fills the slide and crops the picture; contain shows all of it."""


class GalleryItem(Model):
    """One picture of a gallery."""

    image: ImagePath
    """The picture."""
    caption: TextValue | None = None
    """A sentence about the picture."""
    credit: TextValue | None = None
    """Who made the picture, shown small."""


class GallerySlide(SlideBase):
    """Several pictures with captions and credits, swiped through on the slide."""

    type: Literal["gallery"]
    images: tuple[GalleryItem, ...] = Field(min_length=1)
    """The pictures, at least one."""
    title: TextValue | None = None
    """The slide's title."""


class StatItem(Model):
    """One key figure."""

    value: ShownNumber
    """The number, without quotes; it keeps its decimals as written (6.24 shows as 6.24)."""
    label: TextValue
    """What the number is, in a few words."""
    prefix: TextValue | None = None
    """Shown before the number, such as "$"."""
    suffix: TextValue | None = None
    """Shown after the number, such as " km²" or "+"."""
    note: TextValue | None = None
    """A short line under the label."""


class StatsSlide(SlideBase):
    """One to six key figures that count up from zero when the slide appears."""

    type: Literal["stats"]
    items: tuple[StatItem, ...] = Field(min_length=1, max_length=6)
    """One to six figures."""
    title: TextValue | None = None
    """The slide's title."""


class QuoteSlide(SlideBase):
    """A quotation, its author and the author's role."""

    type: Literal["quote"]
    text: TextValue
    """The quotation, without quotation marks: the kiosk adds them."""
    author: TextValue
    """Who said it."""
    role: TextValue | None = None
    """The author's role and organisation."""
    image: ImagePath | None = None
    """A portrait or a logo."""


class TimelineEvent(Model):
    """One event of a timeline."""

    date: Label
    """A date or a year, shown as written; quote dates such as "2018-04-21"."""
    title: TextValue
    """What happened, in a few words."""
    text: TextValue | None = None
    """A sentence about it."""


class TimelineSlide(SlideBase):
    """Dated events, in order."""

    type: Literal["timeline"]
    events: tuple[TimelineEvent, ...] = Field(min_length=1)
    """The events, in order; at least one."""
    title: TextValue | None = None
    """The slide's title."""


class MapPin(Model):
    """A place on the map."""

    x: Fraction
    """Across: a share of the picture's width from its left edge, 0 to 1."""
    y: Fraction
    """Down: a share of the picture's height from its top edge, 0 to 1."""
    label: TextValue
    """The place's name, shown beside the pin at all times."""
    text: TextValue | None = None
    """One to three sentences, shown in the panel when the pin is tapped."""


class MapSlide(SlideBase):
    """A map picture with pins that show a text when tapped."""

    type: Literal["map"]
    image: ImagePath
    """The map, shown whole (never cropped), without place names in it."""
    pins: tuple[MapPin, ...]
    """The places."""
    title: TextValue | None = None
    """The slide's title."""
    credit: TextValue | None = None  # an extension of format 1
    """The map data's source, shown small."""


class ProfileFact(Model):
    """A fact about the company or place."""

    label: TextValue
    """One to three words."""
    value: TextValue
    """A few words."""


class ProfileQuote(Model):
    """A quotation on a profile slide."""

    text: TextValue
    """The quotation, without quotation marks: the kiosk adds them."""
    author: TextValue
    """Who said it."""
    role: TextValue | None = None
    """The author's role and organisation."""


class ProfileSlide(SlideBase):
    """A company or place: name, logo, tagline, facts, body, picture and a quote."""

    type: Literal["profile"]
    name: TextValue
    """The company's or place's name."""
    logo: ImagePath | None = None
    """Shown whole in a small square beside the name."""
    tagline: TextValue | None = None
    """A line under the name, in the accent colour."""
    facts: tuple[ProfileFact, ...] = ()
    """Key facts, each a label and a value."""
    body: RichTextValue | None = None
    """Markdown: two or three sentences."""
    image: ImagePath | None = None
    """A picture, cropped to its frame."""
    quote: ProfileQuote | None = None
    """A quotation: text, author and role."""


class VideoSlide(SlideBase):
    """A video from the pack."""

    type: Literal["video"]
    source: VideoPath
    """A video in the pack: .mp4 (H.264/AAC) or .webm."""
    poster: ImagePath | None = None
    """A picture shown before the video plays."""
    caption: TextValue | None = None
    """A sentence about the video."""
    loop: Flag = True
    """Start again at the end."""
    muted: Flag = True
    """Play without sound."""


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
    """deck.yaml: a content pack's tour (content format 1)."""

    format: FormatVersion
    """The version of the content format: 1."""
    title: TextValue
    """The tour's name, shown as the window title; put it on the first slide too."""
    languages: tuple[LanguageCode, ...] = Field(default=("en",), min_length=1)
    """Language codes such as en, zh, de; the first is the one the kiosk starts in and the fallback
    for missing translations."""
    theme: Theme = Theme()
    """Colours, font and logo."""
    kiosk: KioskSettings = KioskSettings()
    """Idle timeout, autoplay, transition and looping."""
    chapters: tuple[Chapter, ...] = ()
    """Named parts of the tour, in order."""
    slides: tuple[Slide, ...] = Field(min_length=1)
    """The slides, in order; at least one."""

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


