"""The pipeline: upright by EXIF, true colours (CMYK, 16-bit, palettes), alpha kept, exact sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageCms

from kiosk.media.prepare import PictureError, prepare_picture
from tests.media.samples import (
    QUADRANTS,
    close,
    png_16_bit_rgb,
    quadrant_colours,
    quadrants,
    save_jpeg,
)

# The turn that stores an upright picture so that EXIF orientation N shows it upright again.
STORED_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(tmp_path: Path, orientation: int) -> None:
    upright = quadrants((480, 320))
    turn = STORED_AS[orientation]
    stored = upright.transpose(turn) if turn is not None else upright
    path = save_jpeg(stored, tmp_path / f"o{orientation}.jpg", orientation)
    picture = prepare_picture(path, (120, 80))
    assert picture.size == (120, 80)
    assert close(quadrant_colours(picture))


def test_a_jpeg_is_decoded_reduced_and_still_upright(tmp_path: Path) -> None:
    """The reduced decode happens before the turn, in the stored orientation's terms."""
    upright = quadrants((1600, 1200))
    path = save_jpeg(upright.transpose(Image.Transpose.ROTATE_90), tmp_path / "big.jpg", 6)
    with Image.open(path) as image:
        image.draft(None, (300, 400))   # what the pipeline asks for (stored orientation)
        assert image.size == (300, 400)  # decoded at a quarter: libjpeg's scaling applies
    picture = prepare_picture(path, (400, 300))
    assert picture.size == (400, 300)
    assert close(quadrant_colours(picture))


def test_a_cmyk_jpeg_keeps_its_colours(tmp_path: Path) -> None:
    """Pillow writes CMYK JPEGs as Adobe does (inverted); they come back as the RGB picture."""
    path = tmp_path / "print.jpg"
    quadrants().convert("CMYK").save(path, format="JPEG", quality=95)
    with Image.open(path) as image:
        assert image.mode == "CMYK"
    picture = prepare_picture(path, (120, 80))
    assert picture.mode == "RGB"
    assert close(quadrant_colours(picture), tolerance=10)


def test_an_embedded_srgb_profile_changes_nothing(tmp_path: Path) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save_jpeg(quadrants(), tmp_path / "srgb.jpg", icc_profile=profile)
    assert close(quadrant_colours(prepare_picture(path, (120, 80))))


def test_alpha_is_kept(tmp_path: Path) -> None:
    image = quadrants(mode="RGBA")
    image.putalpha(Image.linear_gradient("L").resize(image.size))
    path = tmp_path / "cutout.png"
    image.save(path)
    picture = prepare_picture(path, (120, 80))
    assert picture.mode == "RGBA"
    alpha = picture.getchannel("A")
    assert alpha.getpixel((60, 2)) < 20 and alpha.getpixel((60, 77)) > 235  # type: ignore[operator]
    # Colours are not darkened where they are half transparent (premultiplied resampling).
    assert close([picture.getpixel((30, 20))[:3]], (QUADRANTS[0],), tolerance=16)  # type: ignore[index]


def test_a_palette_picture_with_transparency_keeps_it(tmp_path: Path) -> None:
    image = quadrants().convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    image.info["transparency"] = image.getpixel((0, 0))
    path = tmp_path / "palette.png"
    image.save(path, transparency=image.info["transparency"])
    picture = prepare_picture(path, (120, 80))
    assert picture.mode == "RGBA"
    assert picture.getpixel((10, 10))[3] == 0  # type: ignore[index]
    assert picture.getpixel((110, 70))[3] == 255  # type: ignore[index]


def test_a_16_bit_greyscale_png_keeps_its_tones(tmp_path: Path) -> None:
    path = tmp_path / "deep.png"
    deep = Image.new("I;16", (64, 32))
    deep.paste(Image.new("I;16", (32, 32), 0x8000), (0, 0))  # half: 128, not clipped to 255
    deep.paste(Image.new("I;16", (32, 32), 0xFFFF), (32, 0))
    deep.save(path)
    picture = prepare_picture(path, (32, 16))
    assert picture.mode == "L"
    assert abs(picture.getpixel((4, 8)) - 128) <= 1  # type: ignore[operator]
    assert picture.getpixel((28, 8)) == 255


def test_a_16_bit_colour_png_is_rgb(tmp_path: Path) -> None:
    path = png_16_bit_rgb(quadrants((48, 32)), tmp_path / "deep-colour.png")
    picture = prepare_picture(path, (24, 16))
    assert picture.mode == "RGB" and close(quadrant_colours(picture))


def test_a_small_picture_is_never_enlarged_by_the_pipeline_caller(tmp_path: Path) -> None:
    path = save_jpeg(quadrants((60, 40)), tmp_path / "small.jpg")
    assert prepare_picture(path, (60, 40)).size == (60, 40)


def test_an_svg_is_left_to_qt(tmp_path: Path) -> None:
    path = tmp_path / "d.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>')
    with pytest.raises(PictureError, match="SVG"):
        prepare_picture(path, (10, 10))
