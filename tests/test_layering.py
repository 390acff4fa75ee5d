"""The content layer (kiosk.deck, kiosk.media) and visitor analytics (kiosk.analytics) never
import Qt: `kiosk check` and `kiosk stats` run without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE_PACKAGES = ("kiosk/deck", "kiosk/media", "kiosk/analytics")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _modules() -> list[Path]:
    return sorted(
        path
        for package in QT_FREE_PACKAGES
        if (ROOT / package).is_dir()
        for path in (ROOT / package).rglob("*.py")
    )


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_there_are_modules_to_check() -> None:
    assert any(path.name == "loader.py" for path in _modules())


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_module_does_not_import_qt(path: Path) -> None:
    qt = [name for name in _imports(path) if name.split(".")[0] in QT_MODULES]
    assert qt == [], f"{path.relative_to(ROOT)} imports {qt}; keep Qt out of the content layer"


def test_importing_the_content_layer_loads_no_qt() -> None:
    packages = ["kiosk.deck", "kiosk.deck.check", "kiosk.analytics.stats",
                "kiosk.analytics.writer", "kiosk.analytics.tracker"]
    if (ROOT / "kiosk/media").is_dir():
        packages.append("kiosk.media")
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in packages)
        + f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
