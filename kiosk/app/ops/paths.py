"""Where the kiosk keeps its log and status file by default: the user's state folder."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.folders import user_folder

STATE_DIR_ENV = "KIOSK_STATE_DIR"
LOG_NAME = "kiosk.log"
STATUS_NAME = "status.json"


def state_folder() -> Path:
    """$KIOSK_STATE_DIR, else $XDG_STATE_HOME/exhibition-kiosk (~/.local/state/...)."""
    return user_folder("state", STATE_DIR_ENV)


def default_log_file() -> Path:
    return state_folder() / LOG_NAME


def default_status_file() -> Path:
    return state_folder() / STATUS_NAME


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step (a temporary file beside it, then a rename), so
    a reader never sees half a file. The temporary name starts with a dot and ends in .tmp:
    Prometheus' textfile collector reads only *.prom files."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
