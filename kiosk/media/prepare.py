"""The picture pipeline: decoded reduced, colours to sRGB, resampled, turned upright (Pillow)."""

from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms

from kiosk.deck.pictures import SWAPPING_ORIENTATIONS, damage, read_picture
from kiosk.media.plan import Size
from kiosk.media.resample import resized

log = logging.getLogger(__name__)

PIPELINE_VERSION = 1
"""Part of every cache key: raise it whenever a change here changes the pixels made."""
RESAMPLE = Image.Resampling.BICUBIC
"""A high-quality filter; after a JPEG's reduced decode it scales by less than 2, where
LANCZOS looks the same and costs half as much again (measured in bench/)."""
REDUCING_GAP = 3.0
"""Pictures Pillow cannot decode reduced (PNG, WebP) are first shrunk by a whole factor while
at least this much larger than the target, as Pillow's thumbnail() does: quicker, as good."""

TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
"""EXIF orientation to the turn that makes the picture upright (as ImageOps.exif_transpose)."""
OUTPUT_MODES = ("L", "RGB", "RGBA")


class PictureError(Exception):
    """The picture cannot be shown; the message says why, after the file's name."""


def prepare_picture(path: Path, size: Size, *, bands: int = 1) -> Image.Image:
    """The picture at `path`, upright, in sRGB, as L, RGB or RGBA, exactly `size` (upright),
    resampled on up to `bands` threads (the same picture, to within a level, however many).

    A JPEG is decoded reduced (libjpeg's DCT scaling) to the smallest power-of-two fraction
    still at least `size`, before anything else, so the shortcut is not lost; the turn by
    EXIF orientation comes last, on the fewest pixels. Raises PictureError.
    """
    header = read_picture(path)
    if header.error is not None:
        raise PictureError(header.error)
    if header.kind == "SVG":
        raise PictureError("is an SVG drawing; Qt draws those itself")
    turned = header.orientation in SWAPPING_ORIENTATIONS
    stored = (size[1], size[0]) if turned else size
    try:
        with Image.open(path) as image:
            image.draft(None, stored)  # JPEG only; others ignore it
            image.load()
            picture = _resized(_working_mode(image), stored, bands)
            picture = _to_srgb(picture, image.info.get("icc_profile"))
            if picture is image:   # nothing to change: keep the pixels past the file's closing
                picture = image.copy()
    except PictureError:
        raise
    except Exception as error:  # Pillow's decoders raise many kinds
        raise PictureError(damage(error)) from error
    turn = TRANSPOSE.get(header.orientation)
    return picture.transpose(turn) if turn is not None else picture


def _working_mode(image: Image.Image) -> Image.Image:
    """A mode Pillow resamples well: 8 bits a channel, alpha kept, CMYK left for the profile."""
    mode = image.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return image
    if mode in ("P", "PA"):
        alpha = mode == "PA" or "transparency" in image.info
        return image.convert("RGBA" if alpha else "RGB")
    if mode in ("LA", "La", "RGBa", "RGBX"):
        return image.convert("RGBA" if "A" in mode or "a" in mode else "RGB")
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I"):  # 16-bit greyscale (PNG): keep the top 8 bits, not clip
        return image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    return image.convert("RGB")


def _resized(image: Image.Image, size: Size, bands: int) -> Image.Image:
    if image.size == size:
        return image
    gap = REDUCING_GAP if image.size[0] >= size[0] * REDUCING_GAP else None
    return resized(image, size, RESAMPLE, gap, bands)


def _to_srgb(image: Image.Image, profile: bytes | None) -> Image.Image:
    """Colours into sRGB by the embedded ICC profile; without one (or with a profile that
    cannot be used) CMYK is converted plainly and RGB taken as sRGB already."""
    mode = image.mode
    out = "RGBA" if mode == "RGBA" else "RGB" if mode in ("RGB", "CMYK") else None
    if profile and out is not None:
        transform = _transform(profile, mode, out)
        if transform is not None:
            return ImageCms.applyTransform(image, transform) or image
    return image.convert("RGB") if mode == "CMYK" else image


@lru_cache(maxsize=16)
def _transform(profile: bytes, mode: str, out: str) -> ImageCms.ImageCmsTransform | None:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if "sRGB" in (ImageCms.getProfileDescription(source) or "") and mode != "CMYK":
            return None  # already sRGB: spare the transform
        srgb = ImageCms.createProfile("sRGB")
        # NOCACHE: transforms are shared by threads, and lcms' one-pixel cache is not safe so.
        return ImageCms.buildTransform(source, srgb, mode, out,
                                       renderingIntent=ImageCms.Intent.PERCEPTUAL,
                                       flags=ImageCms.Flags.NOCACHE)
    except (ImageCms.PyCMSError, OSError, ValueError) as error:
        log.info("an embedded colour profile cannot be used (%s); colours converted plainly",
                 error)
        return None
