"""Path rules of a content pack: every path stays inside the pack folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path, PurePosixPath, PureWindowsPath

_LOOP = "{written!r} is a link that leads round in a loop; put the file itself in its place"


class PathRuleError(ValueError):
    """A path in deck.yaml breaks the pack's path rules; the message says how to fix it."""


def resolve_pack_path(root: Path, written: str) -> Path:
    """The file `written` (relative to the pack folder `root`) names, checked against the rules.

    Absolute paths, `..` that leaves the pack, links that point outside it and missing
    files are errors.
    """
    if not written.strip():
        raise PathRuleError("the path is empty; name a file inside the pack, e.g. images/photo.jpg")
    if (
        PurePosixPath(written).is_absolute()
        or PureWindowsPath(written).is_absolute()
        or PureWindowsPath(written).drive
    ):
        raise PathRuleError(
            f"{written!r} is an absolute path; write it relative to the pack folder"
        )
    root = root.resolve()
    candidate = root / written
    lexical = Path(*_normalise(PurePosixPath(written.replace("\\", "/")).parts))
    if lexical.parts[:1] == ("..",):
        raise PathRuleError(f"{written!r} leaves the pack folder; keep every file inside it")
    if "\0" in written:
        raise PathRuleError(f"{written!r} holds a NUL character, which no file name can")
    try:
        resolved = candidate.resolve(strict=False)
        inside = resolved.is_relative_to(root)
        exists, is_file = resolved.exists(), resolved.is_file()
    except RuntimeError:  # Python 3.11's word for a link loop
        raise PathRuleError(_LOOP.format(written=written)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PathRuleError(_LOOP.format(written=written)) from None
        reason = error.strerror or type(error).__name__
        raise PathRuleError(f"{written!r} cannot be reached ({reason})") from None
    if not inside:
        raise PathRuleError(
            f"{written!r} is a link that points outside the pack folder; "
            "copy the file into the pack"
        )
    if not exists:
        raise PathRuleError(f"file not found: {written!r} (relative to the pack folder)")
    if resolved.is_dir():
        raise PathRuleError(f"{written!r} is a folder, not a file; name a file in it")
    if not is_file:
        raise PathRuleError(f"{written!r} is not a plain file (a pipe, socket or device); "
                            "copy the file itself into the pack")
    if not os.access(resolved, os.R_OK):
        raise PathRuleError(f"{written!r} cannot be read; check its permissions")
    return resolved


def _normalise(parts: tuple[str, ...]) -> list[str]:
    """Collapse `.` and `name/..` lexically, keeping leading `..` that escape the root."""
    out: list[str] = []
    for part in parts:
        if part in ("", "."):
            continue
        if part == ".." and out and out[-1] != "..":
            out.pop()
        else:
            out.append(part)
    return out or ["."]
