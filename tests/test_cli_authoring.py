"""The authors' commands as processes: check warnings and --strict, schema, new."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.packs import write_pack

REPO = Path(__file__).resolve().parents[1]


def kiosk(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)


def test_warnings_are_printed_and_pass_unless_strict(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", """
        format: 1
        title: T
        languages: [en, zh]
        slides:
          - {type: image, image: images/a.png, caption: {en: A harbour}}
    """, pictures=("images/a.png",))
    result = kiosk("check", str(pack))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "deck.yaml:5:49: slides[0].caption: warning: no zh text, so the en text is shown in its "
        "place; add a translation (zh: \"...\")",
        f"{pack}: no errors, 1 warning (1 slide, languages en, zh)",
    ]
    strict = kiosk("check", "--strict", str(pack))
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[-1] == (
        f"{pack}: 1 warning, counted as errors (--strict) (1 slide, languages en, zh)")
    assert "Traceback" not in result.stderr + strict.stderr


def test_a_picture_that_is_not_one_is_an_error(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", """
        format: 1
        title: T
        slides:
          - {type: image, image: images/a.png}
    """)
    (pack / "images").mkdir()
    (pack / "images/a.png").write_text("this is text, not a picture\n")
    result = kiosk("check", str(pack))
    assert result.returncode == 1
    assert "slides[0].image: 'images/a.png' is not a picture the kiosk can read" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_shipped_pack_has_no_warnings_even_when_strict() -> None:
    result = kiosk("check", "--strict", "content/shandong")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "content/shandong: no problems (18 slides, languages en, zh)\n"
