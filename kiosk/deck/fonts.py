"""Which characters a pack's fonts (read with fontTools) or an installed font (fontconfig) draw."""

from __future__ import annotations

import bisect
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".otf")
"""The font files the kiosk loads from a pack's fonts/ folder (see kiosk/app/fonts.py)."""
FC_TIMEOUT = 5.0


@dataclass(frozen=True)
class Charset:
    """Code points as sorted, non-overlapping inclusive ranges."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    @classmethod
    def of(cls, points: set[int]) -> Charset:
        starts: list[int] = []
        ends: list[int] = []
        for point in sorted(points):
            if ends and point == ends[-1] + 1:
                ends[-1] = point
            else:
                starts.append(point)
                ends.append(point)
        return cls(tuple(starts), tuple(ends))

    def __contains__(self, point: object) -> bool:
        if not isinstance(point, int):
            return False
        index = bisect.bisect_right(self.starts, point) - 1
        return index >= 0 and point <= self.ends[index]


@dataclass(frozen=True)
class FontFile:
    """One font file of a pack: its family names and characters, or why it can't be read."""

    path: Path
    families: frozenset[str] = frozenset()
    charset: Charset = Charset()
    error: str | None = None


def pack_font_files(root: Path) -> list[Path]:
    """The .ttf and .otf files under the pack's fonts/ folder, as the kiosk finds them."""
    folder = root / "fonts"
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*")
                  if path.suffix.lower() in FONT_SUFFIXES and path.is_file())


def read_font(path: Path) -> FontFile:
    """A font file's families and characters, read once per version of the file."""
    try:
        stat = path.stat()
    except OSError as error:
        return FontFile(path, error=error.strerror or str(error))
    return _read_font(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _read_font(path: Path, _size: int, _changed: int) -> FontFile:
    from fontTools.ttLib import TTFont  # imported here: only `kiosk check` needs it

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            cmap = font.getBestCmap() or {}
            names = font["name"]
            families = {str(name) for name_id in (1, 16)
                        if (name := names.getDebugName(name_id)) is not None}
    except Exception as error:  # fontTools raises many kinds for broken files
        return FontFile(path, error=str(error) or type(error).__name__)
    return FontFile(path, frozenset(families), Charset.of(set(cmap)))


@dataclass(frozen=True)
class InstalledFont:
    """A font family fontconfig finds on this computer, and its characters."""

    family: str
    charset: Charset


def fontconfig_available() -> bool:
    """Whether fontconfig's fc-match is there to ask about installed fonts."""
    return shutil.which("fc-match") is not None


def installed_font(family: str) -> InstalledFont | None:
    """The font of exactly this family installed on this computer (None: not installed, or
    fontconfig cannot be asked)."""
    output = _fc_match(family)
    if output is None:
        return None
    names, _, ranges = output.partition("\n")
    if family.casefold() not in {name.strip().casefold() for name in names.split(",")}:
        return None
    pairs: list[tuple[int, int]] = []
    try:
        for part in ranges.split():
            low, _, high = part.partition("-")
            pairs.append((int(low, 16), int(high or low, 16)))
    except ValueError:
        return None
    pairs.sort()
    charset = Charset(tuple(low for low, _ in pairs), tuple(high for _, high in pairs))
    return InstalledFont(family, charset)


@lru_cache(maxsize=16)
def _fc_match(family: str) -> str | None:
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        result = subprocess.run([program, "-f", "%{family}\n%{charset}", family],
                                capture_output=True, text=True, timeout=FC_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None
