"""Paths in deck.yaml stay inside the pack: absolute, `..`, outside links and missing files."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_packs import MakePack, Problems, png

from kiosk.deck import load_pack
from kiosk.deck.model import ImageSlide

HEAD = "format: 1\ntitle: T\nslides:\n  - type: image\n    image: "
"""The picture's path starts at line 5, column 12."""


def image_problem(make_pack: MakePack, problems: Problems, written: str) -> list[str]:
    return problems(make_pack(HEAD + written + "\n"))


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("/etc/hosts.png", "'/etc/hosts.png' is an absolute path; write it relative to the pack "
         "folder"),
        ("'C:\\pics\\a.png'", "'C:\\\\pics\\\\a.png' is an absolute path; write it relative to "
         "the pack folder"),
        ("../outside.png", "'../outside.png' leaves the pack folder; keep every file inside it"),
        ("images/../../outside.png", "'images/../../outside.png' leaves the pack folder; keep "
         "every file inside it"),
        ("images/missing.png", "file not found: 'images/missing.png' (relative to the pack "
         "folder)"),
        ("images/a.gif", "'images/a.gif' is not a picture the kiosk can show; use one of .jpg "
         ".jpeg .png .webp .svg"),
        ("images", "'images' is not a picture the kiosk can show; use one of .jpg .jpeg .png "
         ".webp .svg"),
        ("dir.png", "'dir.png' is a folder, not a file; name a file in it"),
        ("''", "'' is not a picture the kiosk can show; use one of .jpg .jpeg .png .webp .svg"),
    ],
)
def test_bad_picture_paths(
    tmp_path: Path, make_pack: MakePack, problems: Problems, written: str, message: str
) -> None:
    (tmp_path / "outside.png").write_bytes(png())
    root = make_pack(HEAD + written + "\n")
    (root / "dir.png").mkdir()
    assert problems(root) == [f"deck.yaml:5:12: slides[0].image: {message}"]


def test_link_pointing_outside_the_pack(
    tmp_path: Path, make_pack: MakePack, problems: Problems
) -> None:
    (tmp_path / "outside.png").write_bytes(png())
    root = make_pack(HEAD + "images/link.png\n")
    (root / "images/link.png").symlink_to(tmp_path / "outside.png")
    assert problems(root) == [
        "deck.yaml:5:12: slides[0].image: 'images/link.png' is a link that points outside the "
        "pack folder; copy the file into the pack"
    ]


def test_link_inside_the_pack_is_fine(make_pack: MakePack) -> None:
    root = make_pack(HEAD + "images/link.png\n")
    (root / "images/link.png").symlink_to(root / "images/a.png")
    result = load_pack(root)
    assert result.ok, result.problems


def test_paths_resolve_to_files_in_the_pack(make_pack: MakePack) -> None:
    root = make_pack(HEAD + "./images/../images/a.png\n")
    result = load_pack(root)
    assert result.pack is not None
    slide = result.pack.deck.slides[0]
    assert isinstance(slide, ImageSlide)
    assert slide.image == (root / "images/a.png").resolve()


def test_every_key_that_names_a_file_is_checked(make_pack: MakePack, problems: Problems) -> None:
    deck = """\
    format: 1
    title: T
    theme: {logo: images/logo.svg}
    slides:
      - {type: title, title: T, background: images/bg.jpg}
      - {type: video, source: videos/intro.mov, poster: images/a.png}
      - {type: video, source: videos/intro.mp4}
    """
    assert problems(make_pack(deck)) == [
        "deck.yaml:3:15: theme.logo: file not found: 'images/logo.svg' (relative to the pack "
        "folder)",
        "deck.yaml:5:41: slides[0].background: file not found: 'images/bg.jpg' (relative to "
        "the pack folder)",
        "deck.yaml:6:27: slides[1].source: 'videos/intro.mov' is not a video the kiosk can "
        "show; use one of .mp4 .webm",
        "deck.yaml:7:27: slides[2].source: file not found: 'videos/intro.mp4' (relative to the "
        "pack folder)",
    ]
