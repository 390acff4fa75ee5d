"""packaging/: the systemd user unit says what docs/operating.md says it does and systemd
accepts it; the autostart entry is a valid desktop entry that starts that unit."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.xserver import require

REPO = Path(__file__).resolve().parents[1]
UNIT = REPO / "packaging" / "exhibition-kiosk.service"
DESKTOP = REPO / "packaging" / "exhibition-kiosk.desktop"
PLACE = "%h/exhibition-kiosk"     # where the unit expects the repository


def read_unit(path: Path) -> configparser.ConfigParser:
    """A unit file's sections and keys (each key given once; systemd allows repeats, this
    unit has none)."""
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",),
                                       comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read_string(path.read_text(encoding="utf-8"), str(path))
    return parser


def test_the_unit_restarts_the_kiosk_and_watches_it() -> None:
    unit = read_unit(UNIT)
    assert unit.sections() == ["Unit", "Service", "Install"]
    service = unit["Service"]
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    assert service["Restart"] == "always"
    assert service["RestartPreventExitStatus"] == "0"       # the operator's Quit
    assert int(service["WatchdogSec"]) == 30
    assert int(service["RestartSec"]) > 0
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"
    assert service["EnvironmentFile"] == "-%h/.config/exhibition-kiosk/kiosk.env"
    assert service["WorkingDirectory"] == PLACE
    program, *arguments = service["ExecStart"].split()
    assert program == f"{PLACE}/.venv/bin/kiosk" and arguments == ["run", "$KIOSK_ARGS"]
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (Debian's systemd package)")
    assert (REPO / ".venv" / "bin" / "kiosk").exists()
    # The unit as it is installed for a repository at this test's checkout.
    unit = tmp_path / "exhibition-kiosk.service"
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(PLACE, str(REPO)))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", str(runtime))}
    result = subprocess.run(["systemd-analyze", "--user", "verify", str(unit)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    # Unknown keys and sections are only warnings: any output is a failure here.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr)


def test_the_autostart_entry_is_valid_and_starts_the_unit() -> None:
    require("desktop-file-validate")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = read_unit(DESKTOP)["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert "systemctl --user import-environment DISPLAY XAUTHORITY" in entry["Exec"]
    assert f"systemctl --user start {UNIT.name}" in entry["Exec"]
    # docs/operating.md installs assets/kiosk-icon.svg under this name.
    assert entry["Icon"] == "exhibition-kiosk"
    assert (REPO / "assets" / "kiosk-icon.svg").is_file()
