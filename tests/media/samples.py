"""Pictures made for the media tests: quadrants of known colours, in every awkward form."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image

QUADRANTS = ((220, 40, 40), (40, 180, 60), (40, 70, 220), (240, 220, 40))
"""Top left, top right, bottom left, bottom right of the upright picture."""


def quadrants(size: tuple[int, int] = (240, 160), mode: str = "RGB") -> Image.Image:
    """A picture of four flat quadrants, easy to tell apart after any turn or flip."""
    width, height = size
    image = Image.new("RGB", size)
    half_w, half_h = width // 2, height // 2
    boxes = ((0, 0, half_w, half_h), (half_w, 0, width, half_h),
             (0, half_h, half_w, height), (half_w, half_h, width, height))
    for box, colour in zip(boxes, QUADRANTS, strict=True):
        image.paste(colour, box)
    return image.convert(mode)


def quadrant_colours(image: Image.Image) -> list[tuple[int, ...]]:
    """The colour at the middle of each quadrant of `image`, as RGB."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    points = ((width // 4, height // 4), (3 * width // 4, height // 4),
              (width // 4, 3 * height // 4), (3 * width // 4, 3 * height // 4))
    return [tuple(rgb.getpixel(point)) for point in points]  # type: ignore[arg-type]


def close(colours: list[tuple[int, ...]], expected: tuple[tuple[int, ...], ...] = QUADRANTS,
          tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance
               for got, want in zip(colours, expected, strict=True)
               for a, b in zip(got, want, strict=True))


def save_jpeg(image: Image.Image, path: Path, orientation: int = 1, **options: object) -> Path:
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    image.save(path, format="JPEG", quality=95, exif=exif, **options)
    return path


def png_16_bit_rgb(image: Image.Image, path: Path) -> Path:
    """`image` written as a 16-bit-a-channel RGB PNG (Pillow writes only 8 bits for RGB)."""
    width, height = image.size
    rows = b""
    for y in range(height):
        row = bytearray(b"\0")   # filter: none
        for x in range(width):
            for value in image.getpixel((x, y)):  # type: ignore[union-attr]
                row += struct.pack(">H", value * 257)
        rows += bytes(row)
    header = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
                     + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b""))
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
