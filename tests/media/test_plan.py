"""Sizes: one screen-sized picture serves every large box; small boxes get their own."""

from __future__ import annotations

from kiosk.media.plan import Target, screen_size, target_for

PHOTO = (6000, 4000)
SCREEN = (1920, 1080)


def test_the_screen_sized_picture_covers_the_screen() -> None:
    assert screen_size(PHOTO, SCREEN) == (1920, 1280)
    assert screen_size((4000, 6000), SCREEN) == (1920, 2880)
    assert screen_size((800, 600), SCREEN) == (800, 600)   # never enlarged


def test_a_full_screen_cover_and_a_large_contain_share_one_picture() -> None:
    full = Target((1920, 1280))
    assert target_for(PHOTO, SCREEN, "cover", SCREEN) == full
    assert target_for(PHOTO, (1700, 760), "contain", SCREEN) == full
    assert target_for(PHOTO, (1000, 900), "cover", SCREEN) == full


def test_a_small_box_gets_a_picture_of_its_own_made_from_the_screen_sized_one() -> None:
    assert target_for(PHOTO, (384, 216), "cover", SCREEN) == Target((384, 256), (1920, 1280))
    assert target_for(PHOTO, (384, 216), "contain", SCREEN) == Target((324, 216), (1920, 1280))


def test_a_box_larger_than_the_screen_gets_its_own_size_but_never_more_than_the_file() -> None:
    assert target_for(PHOTO, (3840, 2160), "cover", SCREEN) == Target((3840, 2560))
    assert target_for((800, 600), (3840, 2160), "cover", SCREEN) == Target((800, 600))


def test_no_picture_is_ever_1x1_or_1x2_the_provider_s_marks() -> None:
    assert target_for((1, 1), SCREEN, "cover", SCREEN).size == (2, 2)
    assert target_for((1, 2), SCREEN, "cover", SCREEN).size == (2, 2)
    assert target_for((4000, 4000), (1, 1), "contain", SCREEN).size == (2, 2)


def test_a_drawing_is_drawn_as_large_as_its_box_needs() -> None:
    drawing = (160, 90)   # an SVG's viewBox: no pixels of its own
    assert screen_size(drawing, SCREEN, vector=True) == SCREEN
    assert target_for(drawing, SCREEN, "cover", SCREEN, vector=True) == Target(SCREEN)
    assert target_for(drawing, SCREEN, "cover", SCREEN) == Target((160, 90))
