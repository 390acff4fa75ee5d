"""`python main.py` and the `kiosk` entry point started as real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.packs import write_pack

REPO = Path(__file__).resolve().parents[1]
SHANDONG = REPO / "content" / "shandong"
KIOSK_SCRIPT = Path(sys.executable).parent / "kiosk"


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run([*args], cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          env=env, check=False)


def main_py(*args: str) -> subprocess.CompletedProcess[str]:
    return run(sys.executable, "main.py", *args)


def test_check_default_pack_has_no_problems() -> None:
    result = main_py("check", "content/shandong")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_kiosk_entry_point_checks_too() -> None:
    assert KIOSK_SCRIPT.exists(), "the project is installed with its `kiosk` entry point"
    result = run(str(KIOSK_SCRIPT), "check", str(SHANDONG))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_check_broken_pack_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "broken", """
        format: 1
        title: Broken
        theme: {accent: orange}
        slides:
          - {type: stats, items: [{value: two hundred, label: x}]}
          - {type: txt, title: t}
    """)
    result = main_py("check", str(pack))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "deck.yaml:3:17: theme.accent: expected a colour as \"#RRGGBB\" or \"#AARRGGBB\", " \
        "got 'orange'" in lines
    assert any(line.startswith("deck.yaml:5:35: slides[0].items[0].value: expected a number")
               for line in lines), lines
    assert any(line.startswith("deck.yaml:6:12: slides[1].type:") and "did you mean 'text'"
               in line for line in lines), lines
    assert "Traceback" not in result.stdout + result.stderr


def test_check_unreadable_folder_exits_2(tmp_path: Path) -> None:
    result = main_py("check", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_screenshot_writes_one_png_per_slide(tmp_path: Path) -> None:
    result = main_py("screenshot", "content/shandong", "--out", str(tmp_path),
                     "--size", "1280x800", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert "qml" not in result.stderr.lower(), result.stderr    # no QML warnings either
    pictures = sorted(tmp_path.glob("*.png"))
    assert len(pictures) == 18
    assert pictures[0].name == "01-welcome.zh.png"
    with Image.open(pictures[0]) as first:
        assert first.size == (1280, 800)
        colours = first.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 50     # a real picture, not a blank frame


def test_screenshot_into_a_file_exits_2_without_a_traceback(tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    result = main_py("screenshot", "content/shandong", "--out", str(target))
    assert result.returncode == 2
    assert "cannot write to" in result.stderr and "Traceback" not in result.stderr


def test_screenshot_of_a_broken_pack_exits_1(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "broken", "format: 1\ntitle: x\nslides: []\n")
    result = main_py("screenshot", str(pack), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "needs at least 1 item" in result.stderr


@pytest.mark.parametrize("pack", ["content/shandong", "broken"])
def test_run_starts_and_keeps_running_without_a_traceback(tmp_path: Path, pack: str) -> None:
    folder = pack if pack != "broken" else str(write_pack(tmp_path / "b", "format: 2\n"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "main.py", "--content", folder],
                               cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        assert process.poll() is None, process.communicate()
    finally:
        process.send_signal(signal.SIGTERM)          # how systemd stops it
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert " WARNING qt" not in stderr and " ERROR qt" not in stderr, stderr
    assert "SIGTERM received; quitting" in stderr
    if pack == "broken":
        assert "this kiosk reads format 1" in stderr
    else:
        assert "showing" in stderr and "18 slides" in stderr


def test_help_lists_the_commands() -> None:
    result = main_py("--help")
    assert result.returncode == 0
    for command in ("run", "check", "screenshot"):
        assert command in result.stdout


@pytest.mark.parametrize("pin", ["12a4", "²³", "1234567890123"])
def test_a_pin_the_pad_cannot_type_is_refused_at_start(pin: str) -> None:
    env = {**os.environ, "KIOSK_PIN": pin}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "main.py", "--windowed"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, result.stderr
    assert "the operator PIN must be 1 to 12 digits" in result.stderr
    assert "Traceback" not in result.stderr
