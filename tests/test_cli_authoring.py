"""The authors' commands as processes: check warnings and --strict, schema, new."""

from __future__ import annotations

import json
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
        f"{pack}: 1 warning, counted as errors by --strict (1 slide, languages en, zh)")
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


def test_schema_prints_the_committed_schema() -> None:
    result = kiosk("schema")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (REPO / "schema" / "deck.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_new_writes_a_pack_that_passes_check_without_warnings(tmp_path: Path) -> None:
    folder = tmp_path / "my region"
    result = kiosk("new", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"kiosk new: wrote deck.yaml, 6 pictures in images/, a video and its poster in videos/, "
        f"deck.schema.json in {folder}")
    deck = (folder / "deck.yaml").read_text(encoding="utf-8")
    assert deck.splitlines()[0] == "# yaml-language-server: $schema=deck.schema.json"
    assert (folder / "deck.schema.json").read_text(encoding="utf-8") == kiosk("schema").stdout
    checked = kiosk("check", "--strict", str(folder))
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout == f"{folder}: no problems (10 slides, languages en, zh)\n"


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "notes.txt").write_text("mine")
    result = kiosk("new", str(tmp_path / "pack"))
    assert result.returncode == 1
    assert result.stderr == (f"kiosk new: {tmp_path / 'pack'} is not empty; give a new or empty "
                             "folder, so nothing is overwritten\n")
    assert sorted(path.name for path in (tmp_path / "pack").iterdir()) == ["notes.txt"]
    (tmp_path / "file").write_text("x")
    assert kiosk("new", str(tmp_path / "file")).returncode == 1


def test_new_pack_shows_in_the_real_kiosk(tmp_path: Path) -> None:
    kiosk("new", str(tmp_path / "pack"))
    shots = kiosk("screenshot", str(tmp_path / "pack"), "--out", str(tmp_path / "shots"),
                  "--size", "1280x800", "--lang", "zh")
    assert shots.returncode == 0, shots.stderr
    assert "qml" not in shots.stderr.lower(), shots.stderr
    assert sorted(path.name for path in (tmp_path / "shots").iterdir()) == [
        "01-welcome.zh.png", "02-about.zh.png", "03-harbour.zh.png", "04-harbour-day.zh.png",
        "05-map.zh.png", "06-video.zh.png", "07-numbers.zh.png", "08-history.zh.png",
        "09-company.zh.png", "10-quote.zh.png"]
