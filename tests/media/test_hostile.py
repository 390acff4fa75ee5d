"""Hostile pictures: a decompression bomb, a truncated file, an empty file, a file that is not
a picture. Each is the right `kiosk check` error at its key and a PictureError (the same words)
from the pipeline, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk.deck import check_pack
from kiosk.media.plan import Target
from kiosk.media.prepare import PictureError, prepare_picture
from kiosk.media.store import PictureStore
from tests.media.samples import save_jpeg

DECK = "format: 1\ntitle: T\nslides:\n  - type: image\n    image: images/{name}\n"


def bomb(path: Path) -> None:
    """A real, tiny JPEG of 12000x8000 pixels (96 million: over Pillow's warning limit)."""
    Image.new("L", (12000, 8000)).save(path, format="JPEG", quality=1)


def truncated(path: Path) -> None:
    whole = save_jpeg(Image.effect_noise((400, 300), 60).convert("RGB"), path)
    whole.write_bytes(whole.read_bytes()[:20000])


def empty(path: Path) -> None:
    path.write_bytes(b"")


def not_a_picture(path: Path) -> None:
    path.write_text("<html>a web page saved as a picture</html>")


def truncated_png(path: Path) -> None:
    Image.effect_noise((300, 300), 60).convert("RGB").save(path)
    path.write_bytes(path.read_bytes()[:5000])


HOSTILE: list[tuple[str, Callable[[Path], None], str]] = [
    ("bomb.jpg", bomb, "is too large to open safely (more than 89 million pixels, a possible "
                       "'decompression bomb'); scale it down (3840x2160 is enough for a 4K "
                       "screen)"),
    ("cut.jpg", truncated, "is damaged or cut short, so it cannot be shown (image file is "
                           "truncated"),
    ("cut.png", truncated_png, "is damaged or cut short, so it cannot be shown"),
    ("empty.jpg", empty, "is an empty file (0 bytes); copy the picture into the pack again"),
    ("page.png", not_a_picture, "is not a picture the kiosk can read (cannot identify image "
                                "file); open it in an image editor"),
]


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_picture_is_a_check_error_at_its_key(
        tmp_path: Path, name: str, make: Callable[[Path], None], message: str) -> None:
    (tmp_path / "images").mkdir()
    make(tmp_path / "images" / name)
    (tmp_path / "deck.yaml").write_text(DECK.format(name=name), encoding="utf-8")
    out: list[str] = []

    class Lines:
        def write(self, text: str) -> None:
            out.append(text)

    assert check_pack(tmp_path, Lines(), Lines()) == 1   # type: ignore[arg-type]
    first = "".join(out).splitlines()[0]
    assert first.startswith(f"deck.yaml:5:12: slides[0].image: '{f'images/{name}'}' {message}")


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_the_pipeline_refuses_it_in_the_same_words(
        tmp_path: Path, name: str, make: Callable[[Path], None], message: str) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(PictureError) as refused:
        prepare_picture(path, (192, 108))
    assert str(refused.value).startswith(message)
    store: PictureStore[Image.Image] = PictureStore(None, lambda i: i, lambda i: 1, 0)
    with pytest.raises(PictureError):
        store.get(path, Target((192, 108)))
    assert store.has_failed(path)
