"""Pictures in a pack read by their header: what stops the kiosk showing one, what is huge; and
the full decode `kiosk check` adds (truncated, damaged), worded the same for the kiosk's log."""

from __future__ import annotations

import re
import warnings
import xml.parsers.expat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

# Raster formats the content format allows (Pillow's names); MPO is a camera JPEG.
RASTER_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
QT_ALLOCATION_LIMIT = 256 * 1024 * 1024
"""Qt refuses to decode a picture needing more bytes (4 a pixel); JPEGs are decoded scaled."""

HUGE_SIDE = 8000
"""Pixels on a side: twice a 4K screen's width, more than any booth screen needs."""
HUGE_PIXELS = 40_000_000
HUGE_BYTES = 25 * 1024 * 1024
ENOUGH = "3840x2160 is enough for a 4K screen"

SVG_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54,
             "in": 96.0}
_LENGTH = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-z%]*)\s*")
_NUMBERS = re.compile(r"[\s,]+")
RESAVE = "open it in an image editor and save it again as PNG or JPEG"
BOMB_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
"""More pixels than this is a possible decompression bomb: Pillow's warning, made an error."""
ORIENTATION_TAG = 0x0112
SWAPPING_ORIENTATIONS = frozenset({5, 6, 7, 8})
"""EXIF orientations that turn the stored picture a quarter, swapping width and height."""

# Pillow warns above BOMB_PIXELS and refuses twice as many; the kiosk refuses from the warning
# on. Set once for the process (threads decode pictures; warnings.catch_warnings is not
# thread-safe); the checks below count the pixels too, should a caller reset the filters.
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


@dataclass(frozen=True)
class Picture:
    """What a picture file's header says, and what is wrong with it."""

    kind: str
    """JPEG, PNG, WebP or SVG ("" when the file is not a picture)."""
    width: float | None = None
    height: float | None = None
    size: int = 0
    """The file's size in bytes."""
    error: str | None = None
    """Why the kiosk cannot show it, said after the file's name ("is not ...; do ...")."""
    advice: tuple[str, ...] = ()
    """What is worth changing although it can be shown (warnings), said the same way."""
    orientation: int = 1
    """The EXIF orientation (1 to 8); 1 when there is none."""

    @property
    def upright_size(self) -> tuple[int, int]:
        """Width and height in pixels once turned upright by the EXIF orientation."""
        width, height = round(self.width or 0), round(self.height or 0)
        return (height, width) if self.orientation in SWAPPING_ORIENTATIONS else (width, height)


def read_picture(path: Path) -> Picture:
    """The picture at `path`, read once per version of the file (by size and change time)."""
    try:
        stat = path.stat()
    except OSError as error:
        return Picture("", error=f"cannot be read ({error.strerror or error})")
    return _read(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _read(path: Path, size: int, _changed: int) -> Picture:
    if size == 0:
        return Picture("", error="is an empty file (0 bytes); copy the picture into the pack again")
    picture = _read_svg(path, size) if path.suffix.lower() == ".svg" else _read_raster(path, size)
    if picture.error is None and size > HUGE_BYTES:
        advice = (f"is a {_megabytes(size)} file; the kiosk reads it on every start and "
                  f"whenever its slide is shown; save it smaller ({ENOUGH})")
        return Picture(picture.kind, picture.width, picture.height, size,
                       advice=(*picture.advice, advice))
    return picture


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _read_raster(path: Path, size: int) -> Picture:
    try:
        with Image.open(path) as image:  # reads the header only
            kind, (width, height) = image.format or "", image.size
            orientation = _orientation(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Picture("", size=size, error=BOMB)
    except Exception as error:  # Pillow's plugins raise many kinds
        reason = str(error).split(" '", 1)[0] or type(error).__name__
        return Picture("", size=size, error=(
            f"is not a picture the kiosk can read ({reason}); {RESAVE}"))
    if kind not in RASTER_FORMATS:
        return Picture(kind, width, height, size, error=(
            f"holds a {kind or 'unknown'} picture; the kiosk shows JPEG, PNG, WebP and SVG: "
            f"{RESAVE}"))
    if width * height > BOMB_PIXELS:  # should the filter above have been taken away
        return Picture("", size=size, error=BOMB)
    kind = RASTER_FORMATS[kind]
    if kind != "JPEG" and width * height * 4 > QT_ALLOCATION_LIMIT:
        return Picture(kind, width, height, size, error=(
            f"is {width}x{height} pixels, too large for the kiosk to open as {kind} (it would "
            f"need more than {_megabytes(QT_ALLOCATION_LIMIT)} of memory); scale it down "
            f"({ENOUGH})"))
    if max(width, height) > HUGE_SIDE or width * height > HUGE_PIXELS:
        return Picture(kind, width, height, size, advice=(
            f"is {width}x{height} pixels ({width * height / 1e6:.0f} megapixels); the kiosk "
            f"scales it down to the screen, but a picture this large costs memory and time "
            f"each time it is shown; scale it down ({ENOUGH})",), orientation=orientation)
    return Picture(kind, width, height, size, orientation=orientation)


BOMB = (f"is too large to open safely (more than {BOMB_PIXELS / 1e6:.0f} million pixels, a "
        f"possible 'decompression bomb'); scale it down ({ENOUGH})")


def decode_error(path: Path) -> str | None:
    """Why the picture at `path` cannot be decoded whole (truncated, damaged), else None.

    Decoded at the smallest size its format allows (a JPEG at an eighth, which still reads
    every byte), so `kiosk check` stays quick on huge photos. SVGs are left to their header
    check. Read once per version of the file.
    """
    picture = read_picture(path)
    if picture.error is not None or picture.kind in ("", "SVG"):
        return picture.error
    try:
        stat = path.stat()
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    return _decode_error(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _decode_error(path: Path, _size: int, _changed: int) -> str | None:
    try:
        with Image.open(path) as image:
            image.draft(None, (1, 1))
            image.load()
    except Exception as error:  # Pillow's decoders raise many kinds
        return damage(error)
    return None


def damage(error: BaseException) -> str:
    """A decoding failure said after the file's name, as `kiosk check` and the log say it."""
    if isinstance(error, Image.DecompressionBombError | Image.DecompressionBombWarning):
        return BOMB
    reason = str(error).split(" '", 1)[0] or type(error).__name__
    return f"is damaged or cut short, so it cannot be shown ({reason}); {RESAVE}"


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(ORIENTATION_TAG, 1)
    except Exception:  # a damaged EXIF block: the picture itself may still be fine
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _read_svg(path: Path, size: int) -> Picture:
    root: list[tuple[str, dict[str, str]]] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        if not root:
            root.append((name.rsplit(" ", 1)[-1], attributes))

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    try:
        with path.open("rb") as file:
            parser.ParseFile(file)
    except xml.parsers.expat.ExpatError as error:
        where = f"line {error.lineno}, column {error.offset + 1}"
        reason = xml.parsers.expat.ErrorString(error.code)
        return Picture("SVG", size=size, error=(
            f"is not a valid SVG file ({reason} at {where}); open it in a drawing program "
            "and save it again as SVG"))
    except OSError as error:
        return Picture("SVG", size=size, error=f"cannot be read ({error.strerror or error})")
    if not root or root[0][0] != "svg":
        found = f"<{root[0][0]}>" if root else "nothing"
        return Picture("SVG", size=size, error=(
            f"is not an SVG drawing (its first element is {found}, not <svg>); save it "
            "again as SVG"))
    return _svg_size(root[0][1], size)


def _svg_size(attributes: dict[str, str], size: int) -> Picture:
    """An SVG's size from its viewBox, else from its width and height."""
    view_box = attributes.get("viewBox")
    width, height = _length(attributes.get("width")), _length(attributes.get("height"))
    if view_box is not None:
        numbers = _numbers(view_box)
        if numbers is not None and (numbers[2] <= 0 or numbers[3] <= 0):
            return Picture("SVG", size=size, error=(
                f"has viewBox=\"{view_box}\", with no width or height, so nothing can be "
                "drawn; give it the drawing's size, e.g. viewBox=\"0 0 1600 900\""))
        if numbers is not None:
            return Picture("SVG", numbers[2], numbers[3], size)
    if (width is not None and width < 0) or (height is not None and height < 0):
        return Picture("SVG", size=size, error=(
            "has a negative width or height, so nothing can be drawn; give the <svg> "
            "element viewBox=\"0 0 W H\" with the drawing's width and height"))
    if width and height:
        return Picture("SVG", width, height, size)
    return Picture("SVG", size=size, advice=(
        "has no usable size (no viewBox, nor a width and height in pixels); the kiosk sizes "
        "it by the extent of its drawing, which can crop or shift it; give the <svg> element "
        "viewBox=\"0 0 W H\" with the drawing's width and height",))


def _length(text: str | None) -> float | None:
    """An SVG length in pixels; None when absent or relative (percent, em)."""
    match = _LENGTH.fullmatch(text or "")
    if match is None or match[2] not in SVG_UNITS:
        return None
    return float(match[1]) * SVG_UNITS[match[2]]


def _numbers(text: str) -> tuple[float, float, float, float] | None:
    parts = [part for part in _NUMBERS.split(text.strip()) if part]
    try:
        values = [float(part) for part in parts]
    except ValueError:
        return None
    if len(values) != 4:
        return None
    return values[0], values[1], values[2], values[3]
