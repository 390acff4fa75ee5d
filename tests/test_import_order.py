"""`kiosk run` imports its Qt-free layers before PySide6 (see kiosk.cli.import_qt_free_layers)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.app.harness import REPO

EARLY = ("pydantic", "yaml", "PIL.Image", "kiosk.deck.model", "kiosk.deck.loader",
         "kiosk.media.prepare")


def imports_until_first_frame(state: Path) -> list[str]:
    """The modules `python main.py run` imported, in the order their imports finished
    (`-X importtime`), up to its first frame on screen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(state))
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "main.py", "run", "--windowed", "--no-log-file",
         "--no-status-file", "--no-analytics", "--content", "content/shandong"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    finished: list[str] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if not select.select([process.stderr], [], [], 1.0)[0]:
                continue
            line = process.stderr.readline()
            if not line or "first frame on screen" in line:
                break
            if line.startswith("import time:") and "|" in line:
                finished.append(line.rsplit("|", 1)[1].strip())
    finally:
        process.terminate()
        process.wait(30)
    return finished


def test_pydantic_and_the_deck_models_are_imported_before_pyside(tmp_path: Path) -> None:
    """PySide6 reads the source of each module imported after it (a hundred milliseconds of
    start for these): so they come first, in the kiosk's own process as at a booth."""
    finished = imports_until_first_frame(tmp_path)
    assert "kiosk.app.run" in finished, finished[-20:]
    pyside = finished.index("PySide6.QtCore")
    late = [name for name in EARLY if finished.index(name) > pyside]
    assert not late, f"imported after PySide6.QtCore: {late}"
