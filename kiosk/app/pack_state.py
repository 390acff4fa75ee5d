"""A cheap snapshot of a pack folder on disk: where it really is, and each file's size and time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILES = 2000
"""Files looked at, at most: a pack is tens of files, a mistaken folder could be millions."""


def ignored(name: str) -> bool:
    """Editors' and systems' side files (swap, lock, backup, autosave), never a pack's content."""
    return name.startswith((".", "#")) or name.endswith("~")


@dataclass(frozen=True)
class PackState:
    """A pack folder as found on disk; two snapshots are equal when nothing in it changed.

    `real` is the folder's real path, so a symbolic link switched to another release counts
    as a change; `files` holds (path inside the pack, size, modification time, inode) of each
    file, so an editor's rename-save counts even within one tick of a coarse clock.
    """

    real: str | None
    files: tuple[tuple[str, int, int, int], ...] = ()
    folders: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """Subfolders (path inside the pack, inode), for a watcher to watch; not compared."""
    identity: int = field(default=0, compare=False)
    """The folder's own inode (0: not there)."""

    @property
    def exists(self) -> bool:
        return self.real is not None

    def files_changed_since(self, other: PackState) -> set[str]:
        """Paths inside the pack added, removed or changed between `other` and this one."""
        if self.real != other.real:
            return {entry[0] for entry in self.files} | {entry[0] for entry in other.files}
        return {entry[0] for entry in set(self.files) ^ set(other.files)}


def snapshot(folder: Path, max_files: int = MAX_FILES) -> PackState:
    """The state of `folder` now; a folder that is not there (or not a folder) has `real` None."""
    try:
        real = folder.resolve()
        identity = real.stat().st_ino
        if not real.is_dir():
            return PackState(None)
    except (OSError, RuntimeError, ValueError):     # not there, a link loop, no access
        return PackState(None)
    files: list[tuple[str, int, int, int]] = []
    folders: list[tuple[str, int]] = []
    pending = [""]
    while pending and len(files) < max_files:
        relative = pending.pop()
        try:
            with os.scandir(real / relative) as entries:
                found = sorted(entries, key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in found:
            if ignored(entry.name):
                continue
            inner = f"{relative}/{entry.name}" if relative else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append((inner, entry.inode()))
                    pending.append(inner)
                    continue
                stat = entry.stat()          # follows a link: its target's size and time
                files.append((inner, stat.st_size, stat.st_mtime_ns, stat.st_ino))
            except OSError:
                files.append((inner, -1, -1, -1))    # a dangling link, or gone meanwhile
            if len(files) >= max_files:
                break
    return PackState(str(real), tuple(sorted(files)), tuple(sorted(folders)), identity)
