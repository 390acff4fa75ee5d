"""Watch a pack folder and say when its files have changed and then stayed still."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.app.pack_state import PackState, snapshot

log = logging.getLogger(__name__)

SETTLE_MS = 600
"""A change counts once two looks at the folder this far apart find the same files."""
POLL_MS = 2000
"""How often the folder is looked at anyway, for changes the file system watcher misses."""
MAX_WATCHED = 500
"""Paths given to the file system watcher, at most (inotify watches are a shared resource);
beyond them, the poll still sees every change."""


class PackWatcher(QObject):
    """Emits `changed` when the folder's files differ from when it last did (or from the start)
    and have stayed the same for a settle period.

    Two sources, so that nothing is missed: a QFileSystemWatcher on the folder, its subfolders,
    its files and the folder holding it (which sees a symbolic link switched or the folder
    removed and made again), re-armed after every look, since an editor's rename-save or a
    switched link leaves it watching files that are no longer the pack's; and a poll of a
    snapshot of the folder (its real path, and each file's size, time and inode).
    """

    changed = Signal()

    def __init__(self, folder: Path, *, settle_ms: int = SETTLE_MS, poll_ms: int = POLL_MS,
                 events: bool = True, parent: QObject | None = None) -> None:
        """`events` False: the poll only (file systems whose changes the kernel does not
        report, such as network shares; and tests of the poll)."""
        super().__init__(parent)
        self._folder = folder
        self._events = events
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._event)
        self._watcher.directoryChanged.connect(self._event)
        self._armed: dict[str, int] = {}      # path -> the inode it was armed on
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._settle_ended)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._look)
        self._reported = snapshot(folder)
        self._pending: PackState | None = None
        self.looks = 0
        """Snapshots taken (for tests and measurements)."""
        self._arm(self._reported)
        self._poll.start()

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def state(self) -> PackState:
        """The folder as it was when `changed` was last emitted (or when watching began)."""
        return self._reported

    def watch(self, folder: Path) -> None:
        """Watch another folder from now on (the operator chose another pack)."""
        self._folder = folder
        self._settle.stop()
        self._pending = None
        self._reported = self._snapshot()
        self._arm(self._reported)

    def stop(self) -> None:
        self._poll.stop()
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._armed.clear()

    # --- looking --------------------------------------------------------------------------

    def _snapshot(self) -> PackState:
        self.looks += 1
        return snapshot(self._folder)

    def _event(self, _path: str) -> None:
        """The file system watcher saw something: wait for it to settle (a burst of writes
        keeps pushing the look back)."""
        self._settle.start()

    def _look(self) -> None:
        """The poll: a change starts the settle period."""
        if self._settle.isActive():
            return                             # the settle period's look will see it
        state = self._snapshot()
        self._arm(state)
        if state != self._reported:
            self._pending = state
            self._settle.start()

    def _settle_ended(self) -> None:
        state = self._snapshot()
        self._arm(state)
        if state != self._pending:
            self._pending = state              # still changing (or not yet seen twice)
            self._settle.start()
            return
        self._pending = None
        if state != self._reported:
            self._reported = state
            self.changed.emit()

    # --- the file system watcher ----------------------------------------------------------

    def _arm(self, state: PackState) -> None:
        """Watch what `state` found; paths whose file was replaced are watched anew."""
        if not self._events:
            return
        wanted = self._wanted(state)
        present = set(self._watcher.files()) | set(self._watcher.directories())
        stale = [path for path in present
                 if path not in wanted or self._armed.get(path) != wanted[path]]
        if stale:
            self._watcher.removePaths(stale)
        for path in stale:
            self._armed.pop(path, None)
        for path in [path for path in self._armed if path not in present]:
            del self._armed[path]             # dropped by Qt when its file went away
        missing = [path for path in wanted if path not in self._armed]
        if missing:
            failed = set(self._watcher.addPaths(missing))
            for path in missing:
                if path not in failed:
                    self._armed[path] = wanted[path]

    def _wanted(self, state: PackState) -> dict[str, int]:
        """Path -> inode of what to watch: the folder holding the pack, the pack folder, its
        subfolders and files, as far as MAX_WATCHED allows."""
        wanted: dict[str, int] = {}
        root = self._folder.absolute()
        with contextlib.suppress(OSError):
            wanted[str(root.parent)] = root.parent.stat().st_ino
        if not state.exists:
            return wanted
        wanted[str(root)] = state.identity
        for relative, inode in state.folders:
            if len(wanted) >= MAX_WATCHED:
                return wanted
            wanted[str(root / relative)] = inode
        for relative, size, _mtime, inode in state.files:
            if len(wanted) >= MAX_WATCHED:
                break
            if size >= 0:
                wanted[str(root / relative)] = inode
        return wanted
