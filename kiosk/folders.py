"""The user's own folders for the kiosk (cache, state), per platform; no Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "exhibition-kiosk"

# Per kind: (Windows, macOS under ~/Library, the XDG variable, its default under ~).
_PLACES = {
    "cache": ("Caches", "XDG_CACHE_HOME", (".cache",)),
    "state": ("Application Support", "XDG_STATE_HOME", (".local", "state")),
}


def user_folder(kind: str, override_env: str) -> Path:
    """`$override_env` if set, else the platform's user `kind` folder / exhibition-kiosk
    (`$XDG_CACHE_HOME` or `~/.cache`, `$XDG_STATE_HOME` or `~/.local/state`; on Windows
    `%LOCALAPPDATA%`; on macOS under `~/Library`)."""
    chosen = os.environ.get(override_env)
    if chosen:
        return Path(chosen)
    mac_name, xdg_env, xdg_default = _PLACES[kind]
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / mac_name
    else:
        base = Path(os.environ.get(xdg_env) or home.joinpath(*xdg_default))
    return base / APP_FOLDER
