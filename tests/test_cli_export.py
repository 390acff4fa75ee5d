"""`kiosk export PACK --pdf FILE` started as a real process: the default tour's handout, an
unknown language, and a disk that fills up while the PDF is written."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from tests.packs import write_pack
from tests.pdfs import open_pdf
from tests.test_cli import REPO, main_py

SHANDONG_TITLE_ZH = "山东：创新与合作"


def test_the_default_tour_makes_a_handout(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "handouts" / "shandong.zh.pdf"
    pdf.parent.mkdir()
    result = main_py("export", "content/shandong", "--pdf", str(pdf), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{pdf}: 18 pages, zh\n"
    assert "qml" not in result.stderr.lower() and "Traceback" not in result.stderr
    handout = open_pdf(pdf)
    try:
        assert handout.pages == 18
        assert handout.meta(QPdfDocument.MetaDataField.Title) == SHANDONG_TITLE_ZH
        points = handout.page_points(0)
        assert (points.width(), points.height()) == (960, 540)
    finally:
        handout.close()
    assert [path.name for path in pdf.parent.iterdir()] == ["shandong.zh.pdf"]


def test_an_unknown_language_exits_2(tmp_path: Path) -> None:
    result = main_py("export", "content/shandong", "--pdf", str(tmp_path / "x.pdf"),
                     "--lang", "fr")
    assert result.returncode == 2
    assert result.stderr == "kiosk export: --lang fr: this deck is in en, zh; choose one of these\n"
    assert list(tmp_path.iterdir()) == []


def test_help_lists_export() -> None:
    result = main_py("--help")
    assert "export" in result.stdout and "handout" in result.stdout


def small_files_only() -> None:
    """In the child: files end at 64 KB, as on a full disk (writes fail with EFBIG)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))


def test_a_pdf_cut_short_by_a_full_disk_is_not_left_at_file(tmp_path: Path) -> None:
    slides = "\n".join(f"  - {{type: image, image: images/p{n}.png, caption: 'Picture {n}'}}"
                       for n in range(6))
    pack = write_pack(tmp_path / "pack", f"format: 1\ntitle: Six pictures\nslides:\n{slides}\n",
                      pictures=tuple(f"images/p{n}.png" for n in range(6)))
    pdf = tmp_path / "out" / "handout.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"the handout of yesterday")
    result = subprocess.run(
        [sys.executable, "main.py", "export", str(pack), "--pdf", str(pdf), "--size", "1280x800"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        preexec_fn=small_files_only)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the PDF could not be written whole" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert pdf.read_bytes() == b"the handout of yesterday"
    assert [path.name for path in pdf.parent.iterdir()] == ["handout.pdf"]
