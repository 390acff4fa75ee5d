"""`kiosk export --pdf`: handouts of real packs, read back with a PDF reader and compared
with the screenshots of the same slides; broken packs, unknown languages, unwritable paths."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QRectF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.export_pdf import ExportOptions, export_pdf
from kiosk.app.screenshot import (
    ScreenshotOptions,
    each_slide,
    offscreen_view,
    take_screenshots,
)
from kiosk.deck.check import check_pack
from kiosk.deck.loader import load_pack
from tests.packs import write_pack
from tests.pdfs import differences, open_pdf

REPO = Path(__file__).resolve().parents[2]
SHOWCASE = REPO / "content" / "showcase"
BUTTONS = ("previousButton", "homeButton", "chaptersButton", "overviewButton",
           "languageButton", "nextButton", "galleryPrevious", "galleryNext")
BROKEN_DECK = """
    format: 1
    title: Broken
    theme: {accent: orange}
    slides:
      - {type: txt, title: t}
"""


def test_a_handout_has_one_page_per_slide_as_the_kiosk_shows_it(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, shots = tmp_path / "showcase.pdf", tmp_path / "shots"
    assert export_pdf(ExportOptions(SHOWCASE, pdf, 960, 540, "zh")) == 0
    assert take_screenshots(ScreenshotOptions(SHOWCASE, shots, 960, 540, "zh")) == 0
    deck = load_pack(SHOWCASE).pack.deck  # type: ignore[union-attr]
    assert f"{pdf}: {len(deck.slides)} pages, zh" in capsys.readouterr().out
    assert sorted(path.name for path in tmp_path.iterdir()) == ["shots", "showcase.pdf"]

    handout = open_pdf(pdf)
    try:
        assert handout.pages == len(deck.slides) == 18
        assert handout.meta(QPdfDocument.MetaDataField.Title) == deck.title.get("zh", "en")
        assert handout.meta(QPdfDocument.MetaDataField.Title) == "样例集：内容格式逐页示范"
        assert handout.meta(QPdfDocument.MetaDataField.Creator).startswith("exhibition-kiosk")
        pictures = [Image.open(path).convert("RGB") for path in sorted(shots.glob("*.png"))]
        above_the_buttons = (0, 0, 960, 540 - 80)
        for page, shot in enumerate(pictures):
            points = handout.page_points(page)
            assert (points.width(), points.height()) == (960, 540), page
            drawn = handout.render(page, (960, 540))
            mean, changed = differences(drawn, shot, above_the_buttons)
            # JPEG at Qt's quality 94 moves pixels by a few levels; the gallery's "next"
            # arrow (not in handouts) is the one thing that differs more.
            assert mean < 2 and changed < 0.002, (page, mean, changed)
            other = pictures[(page + 1) % len(pictures)]
            assert differences(drawn, other, above_the_buttons)[0] > 2 * mean + 1, page
            # The band below is not the screen's: its buttons are left out of handouts.
            assert differences(drawn, shot, (0, 540 - 58, 960, 540))[1] > 0.02, page
    finally:
        handout.close()


def test_a_portrait_handout_has_portrait_pages(qapp: QApplication, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", """
        format: 1
        title: {en: Two pictures, zh: 两张图}
        languages: [en, zh]
        slides:
          - {type: title, title: {en: Hello, zh: 你好}}
          - {type: image, image: images/a.png, caption: {en: A picture, zh: 一张图}}
    """, pictures=("images/a.png",))
    pdf = tmp_path / "handout.pdf"
    assert export_pdf(ExportOptions(pack, pdf, 540, 960)) == 0
    handout = open_pdf(pdf)
    try:
        assert handout.pages == 2
        points = handout.page_points(1)
        assert (points.width(), points.height()) == (540, 960)
        assert handout.meta(QPdfDocument.MetaDataField.Title) == "Two pictures"
        # The picture (a flat blue made by write_picture) is on the page, as on screen.
        blue = handout.render(1, (540, 960)).getpixel((270, 400))
        assert isinstance(blue, tuple) and all(
            abs(got - want) < 12 for got, want in zip(blue, (40, 110, 160), strict=True)), blue
    finally:
        handout.close()


def rect_of(window: object, name: str) -> QRectF:
    rect = QMetaObject.invokeMethod(window, "rectOf", Q_RETURN_ARG("QVariant"),
                                    Q_ARG("QVariant", name))
    assert isinstance(rect, QRectF)
    return rect


@pytest.mark.parametrize("controls", [True, False])
def test_handouts_leave_out_the_buttons(qapp: QApplication, controls: bool) -> None:
    pack = load_pack(SHOWCASE).pack
    assert pack is not None
    gallery = pack.deck.index_of("gallery")
    assert gallery is not None
    with offscreen_view(pack, None, 960, 540, controls=controls) as (window, session):
        frames = each_slide(window, session)
        for _ in range(gallery + 1):
            frame = next(frames)
        shown = {name for name in BUTTONS if rect_of(window, name).width() > 0}
        progress = rect_of(window, "progressTrack")
    if controls:
        assert shown == set(BUTTONS)       # "previous picture" there, transparent
        return
    assert shown == set()
    # Where the screen has its "previous" button (above the progress line), the page shows
    # the slide's background, and progress spans the band between the margins.
    assert frame.pixelColor(56 + 32, 540 - 38 - 20).name() == frame.pixelColor(4, 4).name()
    assert progress.left() == pytest.approx(56) and progress.right() > 960 - 56 - 60


def test_a_broken_pack_lists_its_problems_as_check_does_and_writes_nothing(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = write_pack(tmp_path / "broken", BROKEN_DECK)
    pdf = tmp_path / "out" / "handout.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"the handout of yesterday")
    assert export_pdf(ExportOptions(pack, pdf)) == 1
    err = capsys.readouterr().err.splitlines()
    checked = StringIO()
    check_pack(pack, checked, StringIO())
    problems = [line for line in checked.getvalue().splitlines() if line.startswith("deck.yaml")]
    assert len(problems) == 2 and all(line in err for line in problems), (problems, err)
    assert err[-1] == f"kiosk export: {pack} has 2 errors; no PDF written"
    assert pdf.read_bytes() == b"the handout of yesterday"
    assert [path.name for path in pdf.parent.iterdir()] == ["handout.pdf"]


def test_an_unknown_language_names_the_decks_languages(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "handout.pdf"
    assert export_pdf(ExportOptions(SHOWCASE, pdf, language="de")) == 2
    assert capsys.readouterr().err == (
        "kiosk export: --lang de: this deck is in en, zh; choose one of these\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("case", ["no folder", "folder is a file", "file is a folder"])
def test_an_unwritable_path_is_said_and_nothing_is_left(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        case: str) -> None:
    pack = write_pack(tmp_path / "pack", "format: 1\ntitle: One\nslides:\n"
                                         "  - {type: title, title: One}\n")
    pdf = {"no folder": tmp_path / "missing" / "handout.pdf",
           "folder is a file": tmp_path / "a-file" / "handout.pdf",
           "file is a folder": tmp_path / "handout.pdf"}[case]
    if case == "folder is a file":
        pdf.parent.write_text("not a folder")
    if case == "file is a folder":
        pdf.mkdir()
    before = sorted(tmp_path.rglob("*"))
    assert export_pdf(ExportOptions(pack, pdf)) == 1
    why = {"no folder": f"the folder {pdf.parent} does not exist",
           "folder is a file": "Not a directory",
           "file is a folder": "Is a directory"}[case]
    assert capsys.readouterr().err == f"kiosk export: cannot write {pdf}: {why}; no PDF written\n"
    assert sorted(tmp_path.rglob("*")) == before


def test_a_new_handout_replaces_the_old_one_whole(
        qapp: QApplication, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", "format: 1\ntitle: One\nslides:\n"
                                         "  - {type: title, title: One}\n")
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"the handout of yesterday")
    old_inode = pdf.stat().st_ino
    assert export_pdf(ExportOptions(pack, pdf, 640, 400)) == 0
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_ino != old_inode
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == ["handout.pdf"]


def test_a_long_export_never_asks_whether_anyone_is_still_there(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", """
        format: 1
        title: Impatient
        kiosk: {idle_timeout: 0.2}
        slides:
          - {type: title, title: One}
          - {type: title, title: Two}
    """)
    loaded = load_pack(pack).pack
    assert loaded is not None
    with offscreen_view(loaded, None, 640, 400, controls=False) as (window, session):
        qtbot.wait(600)      # three idle timeouts with nobody there
        assert session.idle_watch.current_state == "active"
        assert rect_of(window, "stillThere").width() == 0
