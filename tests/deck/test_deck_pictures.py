"""Pictures are read by their header: files the kiosk cannot show are errors, huge ones warnings."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from deck_packs import Check, MakePack, Problems
from PIL import Image

from kiosk.deck import pictures

HEAD = "format: 1\ntitle: T\nslides:\n  - type: image\n    image: "


def png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG that says it is width x height (no pixel data follows)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"") + _chunk(b"IEND", b"")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_a_text_file_named_png_is_an_error(make_pack: MakePack, check: Check) -> None:
    root = make_pack(HEAD + "images/photo.png\n", images=())
    (root / "images").mkdir()
    (root / "images/photo.png").write_text("not a picture at all\n")
    code, out, _ = check(root)
    assert code == 1
    assert out[0] == (
        "deck.yaml:5:12: slides[0].image: 'images/photo.png' is not a picture the kiosk can "
        "read (cannot identify image file); open it in an image editor and save it again as "
        "PNG or JPEG")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect',
         "'images/d.svg' is not a valid SVG file (unclosed token at line 1, column 61); "
         "open it in a drawing program and save it again as SVG"),
        ("<html><body>a web page</body></html>",
         "'images/d.svg' is not an SVG drawing (its first element is <html>, not <svg>); "
         "save it again as SVG"),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 900"/>',
         "'images/d.svg' has viewBox=\"0 0 0 900\", with no width or height, so nothing can "
         "be drawn; give it the drawing's size, e.g. viewBox=\"0 0 1600 900\""),
        ('<svg xmlns="http://www.w3.org/2000/svg" width="-4" height="30"/>',
         "'images/d.svg' has a negative width or height, so nothing can be drawn; give the "
         "<svg> element viewBox=\"0 0 W H\" with the drawing's width and height"),
    ],
)
def test_broken_svgs_are_errors(
    make_pack: MakePack, problems: Problems, content: str, message: str
) -> None:
    root = make_pack(HEAD + "images/d.svg\n")
    (root / "images/d.svg").write_text(content)
    assert problems(root) == [f"deck.yaml:5:12: slides[0].image: {message}"]


def test_a_picture_in_another_format_is_an_error(make_pack: MakePack, problems: Problems) -> None:
    root = make_pack(HEAD + "images/scan.png\n")
    Image.new("RGB", (8, 8)).save(root / "images/scan.png", format="TIFF")
    assert problems(root) == [
        "deck.yaml:5:12: slides[0].image: 'images/scan.png' holds a TIFF picture; the kiosk "
        "shows JPEG, PNG, WebP and SVG: open it in an image editor and save it again as PNG "
        "or JPEG"]


def test_a_jpeg_named_png_is_fine(make_pack: MakePack, problems: Problems) -> None:
    root = make_pack(HEAD + "images/photo.png\n")
    Image.new("RGB", (8, 8)).save(root / "images/photo.png", format="JPEG")
    assert problems(root) == []


def test_every_picture_key_is_checked(make_pack: MakePack, problems: Problems) -> None:
    deck = """\
    format: 1
    title: T
    theme: {logo: images/bad.png}
    slides:
      - {type: title, title: T, background: images/bad.png}
      - {type: video, source: videos/v.mp4, poster: images/bad.png}
    """
    root = make_pack(deck, images=("images/bad.png",))
    (root / "images/bad.png").write_bytes(b"GIF89a")
    (root / "videos").mkdir()
    (root / "videos/v.mp4").write_bytes(b"not checked here")
    keys = [line.split(": ")[1] for line in problems(root)]
    assert keys == ["theme.logo", "slides[0].background", "slides[1].poster"]


def test_a_png_qt_would_refuse_to_open_is_an_error(make_pack: MakePack, problems: Problems) -> None:
    root = make_pack(HEAD + "images/huge.png\n", images=())
    (root / "images").mkdir()
    (root / "images/huge.png").write_bytes(png_header(9000, 9000))
    assert problems(root) == [
        "deck.yaml:5:12: slides[0].image: 'images/huge.png' is 9000x9000 pixels, too large for "
        "the kiosk to open as PNG (it would need more than 256 MB of memory); scale it down "
        "(3840x2160 is enough for a 4K screen)"]


def test_a_decompression_bomb_is_reported_not_raised(
    make_pack: MakePack, problems: Problems
) -> None:
    root = make_pack(HEAD + "images/bomb.png\n", images=())
    (root / "images").mkdir()
    (root / "images/bomb.png").write_bytes(png_header(30000, 30000))
    assert problems(root) == [
        "deck.yaml:5:12: slides[0].image: 'images/bomb.png' is too large to open safely (more "
        "than 89 million pixels, a possible 'decompression bomb'); scale it down (3840x2160 "
        "is enough for a 4K screen)"]


def test_a_changed_file_is_read_again(make_pack: MakePack, problems: Problems) -> None:
    root = make_pack(HEAD + "images/a.png\n")
    assert problems(root) == []
    (root / "images/a.png").write_text("now broken, and of another size\n")
    assert "is not a picture the kiosk can read" in problems(root)[0]


def test_reading_a_picture_needs_no_more_than_its_header(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(png_header(6000, 4000))  # no pixel data: a full decode would fail
    picture = pictures.read_picture(path)
    assert (picture.kind, picture.width, picture.height, picture.error) == ("PNG", 6000, 4000,
                                                                           None)
