"""`kiosk run` reloads its pack live, as a process (offscreen, full screen and locked, with
its own settle and poll times): an edit, a broken edit that leaves the good pack on screen,
and a release symlink switched, each read from the kiosk's log."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.packs import write_pack

REPO = Path(__file__).resolve().parents[1]


def deck(*titles: str) -> str:
    slides = "\n".join(f"  - {{type: title, id: {t.split()[0].lower()}, title: '{t}'}}"
                       for t in titles)
    return f"format: 1\ntitle: Live\nslides:\n{slides}\n"


def test_run_reloads_edits_keeps_the_good_pack_and_follows_a_release_switch(
        tmp_path: Path) -> None:
    release_1 = write_pack(tmp_path / "release-1", deck("One", "Two", "Three"))
    write_pack(tmp_path / "release-2", deck("Zero", "One", "Two", "Three"))
    current = tmp_path / "current"
    current.symlink_to("release-1")
    log_file = tmp_path / "kiosk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log_file.open("w") as log:
        process = subprocess.Popen([sys.executable, "main.py", "--content", str(current)],
                                   cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)

    def wait_for(pattern: str) -> None:
        deadline = time.monotonic() + 30
        while re.search(pattern, log_file.read_text(encoding="utf-8")) is None:
            assert process.poll() is None, log_file.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, (
                f"no {pattern!r} in the log:\n{log_file.read_text(encoding='utf-8')}")
            time.sleep(0.2)

    try:
        wait_for(r"showing .*current: 3 slides")
        (release_1 / "deck.yaml").write_text(deck("One edited", "Two", "Three"))
        wait_for(r"INFO kiosk.app.live_reload: pack changed; reloaded: 3 slides, "
                 r"still on slide 1 \(id one\)")
        (release_1 / "deck.yaml").write_text("format: 1\ntitle: [half written\n")
        wait_for(r"ERROR kiosk.app.live_reload: pack changed; 1 problem; "
                 r"the pack shown before stays on screen")
        switch = tmp_path / "current.new"
        switch.symlink_to("release-2")
        switch.replace(current)
        wait_for(r"pack changed; reloaded: 4 slides, still on slide 2 \(id one\)")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    output = log_file.read_text(encoding="utf-8")
    assert process.returncode == 0, output
    assert "Traceback" not in output
    assert " WARNING qt" not in output and " ERROR qt" not in output, output
