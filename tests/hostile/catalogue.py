"""One hostile pack per case: the files to write, the exact lines `kiosk check` prints, its exit
code, and what `kiosk run` shows. The cases themselves are in cases_*.py."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PIL import Image

Shown = Literal["tour", "problems", "placeholder"]
"""What `kiosk run` shows: "tour", the pack; "problems", its problems (windowed), the calm
"being updated" screen (full screen) or, on a live reload, the last good pack still; or
"placeholder", the pack with a calm placeholder where a picture or video that only `kiosk
check`'s full reading finds damaged would be (a video shows its poster, if it has one)."""
Setup = Callable[[Path], object]
PACK = "{pack}"
"""Stands for the pack folder in expected lines."""
HEAD = "format: 1\ntitle: Hostile\nslides:\n"
"""The first lines of most cases' deck.yaml: slides start on line 4."""


@dataclass(frozen=True)
class Hostile:
    """One broken or malicious pack and what the kiosk must say of it."""

    name: str
    deck: str | bytes | None
    """deck.yaml: text (dedented, written as UTF-8), bytes as they are, None for none."""
    out: tuple[str, ...]
    """The lines `kiosk check` prints on stdout, `{pack}` for the folder."""
    exit_code: int
    err: tuple[str, ...] = ()
    """The lines it prints on stderr (exit 2: the folder cannot be read)."""
    shown: Shown = "problems"
    files: Mapping[str, bytes] = field(default_factory=dict)
    """Other files of the pack (pictures, videos), by path in the pack."""
    setup: Setup | None = None
    """Links, folders, pipes and permissions, made after the files."""
    unprivileged: bool = False
    """The case needs file permissions to hold: run without root's power to read anything."""

    def write(self, folder: Path) -> Path:
        """Make this pack in `folder` (created); returns the folder."""
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(self.deck, str):
            (folder / "deck.yaml").write_text(textwrap.dedent(self.deck), encoding="utf-8")
        elif self.deck is not None:
            (folder / "deck.yaml").write_bytes(self.deck)
        for name, data in self.files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        if self.setup is not None:
            self.setup(folder)
        return folder

    def expected_out(self, folder: Path) -> list[str]:
        return [line.replace(PACK, str(folder)) for line in self.out]

    def expected_err(self, folder: Path) -> list[str]:
        return [line.replace(PACK, str(folder)) for line in self.err]

    @property
    def error_lines(self) -> tuple[str, ...]:
        """The problem lines (what the problems screen and the log list), without the summary."""
        return tuple(line for line in self.out if not line.startswith(PACK))


def with_slides(slides: str) -> str:
    """HEAD and the slides under it (dedented: the first slide's dash in column 3)."""
    return HEAD + textwrap.indent(textwrap.dedent(slides), "  ")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def fails(name: str, deck: str | bytes, *lines: str, shown: Shown = "problems",
          files: Mapping[str, bytes] | None = None, setup: Setup | None = None,
          unprivileged: bool = False) -> Hostile:
    """A pack with errors: `lines` are its problems, then the summary `kiosk check` adds."""
    errors = sum(": warning: " not in line for line in lines)
    warnings = len(lines) - errors
    summary = _count(errors, "error") + (f", {_count(warnings, 'warning')}" if warnings else "")
    return Hostile(name, deck, (*lines, f"{PACK}: {summary}"), 1, shown=shown,
                   files=files or {}, setup=setup, unprivileged=unprivileged)


def passes(name: str, deck: str | bytes, about: str, *warnings: str,
           files: Mapping[str, bytes] | None = None, setup: Setup | None = None) -> Hostile:
    """A pack that is accepted: `about` is the summary's "(5 slides, languages en)" part."""
    verdict = f"no errors, {_count(len(warnings), 'warning')}" if warnings else "no problems"
    return Hostile(name, deck, (*warnings, f"{PACK}: {verdict} ({about})"), 0, shown="tour",
                   files=files or {}, setup=setup)


def unreadable(name: str, deck: str | bytes | None, message: str, *,
               setup: Setup | None = None, unprivileged: bool = False) -> Hostile:
    """A folder `kiosk check` cannot read at all: `message` on stderr, exit 2."""
    return Hostile(name, deck, (), 2, err=(f"kiosk check: {message}",), setup=setup,
                   unprivileged=unprivileged)


def picture(kind: str = "PNG", size: tuple[int, int] = (64, 40), mode: str = "RGB") -> bytes:
    """The bytes of a real picture made with Pillow."""
    buffer = io.BytesIO()
    Image.new(mode, size, 120 if mode in ("L", "1", "P") else (40, 110, 160)).save(
        buffer, format=kind)
    return buffer.getvalue()
