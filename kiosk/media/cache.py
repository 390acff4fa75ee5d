"""The disk cache of prepared pictures: keyed by content, size and pipeline version, bounded
(least recently used go first), written atomically, safe to share, damaged entries rebuilt."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PIL import Image

from kiosk.folders import user_folder

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "KIOSK_CACHE_DIR"
CACHE_LIMIT = 1024 * 1024 * 1024
"""Bytes on disk before the least recently used pictures go: a 100-slide pack at 4K is a
fifth of it (JPEG derivatives are about 0.4 MB at 1920x1080, 1.2 MB at 3840x2160)."""
JPEG_QUALITY = 90
STALE_TEMP_SECONDS = 3600
"""A temporary file this old was left by a process that died while writing it."""
_HEX = re.compile(r"[0-9a-f]{64}")


def cache_folder() -> Path:
    """$KIOSK_CACHE_DIR, else the platform's user cache folder / exhibition-kiosk."""
    return user_folder("cache", CACHE_DIR_ENV)


class DiskCache:
    """Prepared pictures as files: JPEG where the picture came from a JPEG (a tenth of the
    size, decoded in about 10 ms at 1920x1080), PNG where it must stay exact or keep alpha."""

    def __init__(self, folder: Path, limit: int = CACHE_LIMIT) -> None:
        self.folder = folder
        self.limit = limit
        self._lock = threading.Lock()
        self._total: int | None = None   # bytes on disk as last counted, plus writes since
        self._ids: dict[tuple[str, int, int, int, int], str] = {}
        self._complained = False

    # --- content ids --------------------------------------------------------------------

    def content_id(self, path: Path) -> str:
        """The SHA-256 of the file's bytes, remembered (also on disk) for its size, change time
        and inode, so a file is hashed once, not at every start."""
        stat = path.stat()
        version = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_dev)
        known = self._ids.get(version)
        if known is not None:
            return known
        memo = self._file("ids", _digest("|".join(map(str, version))), "")
        try:
            text = memo.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            text = ""
        if not _HEX.fullmatch(text):
            with path.open("rb") as file:
                text = hashlib.file_digest(file, "sha256").hexdigest()
            self._write(memo, lambda file: file.write(text.encode("ascii")))
        self._ids[version] = text
        return text

    # --- pictures -----------------------------------------------------------------------

    def load(self, key: str, size: tuple[int, int]) -> Image.Image | None:
        """The picture stored under `key`, decoded, if it is there whole and `size`; a damaged
        entry is removed (and so made again by the caller)."""
        for suffix in (".jpg", ".png"):
            entry = self._file("pictures", key, suffix)
            try:
                with entry.open("rb") as file:   # Pillow leaves a file it did not open alone
                    image = Image.open(file)
                    image.load()
                picture = image if image.size == size else None
            except FileNotFoundError:
                continue
            except Exception as error:  # damaged: cut short by a crash, or overwritten
                log.info("cached picture %s is damaged (%s); making it again", entry.name, error)
                picture = None
            if picture is None:
                _remove(entry)
                return None
            _touch(entry)
            return picture
        return None

    def save(self, key: str, picture: Image.Image, *, lossy: bool) -> None:
        """Store `picture` under `key`: JPEG when `lossy` and opaque, else PNG."""
        if lossy and picture.mode in ("RGB", "L"):
            entry = self._file("pictures", key, ".jpg")
            written = self._write(
                entry, lambda file: picture.save(file, format="JPEG", quality=JPEG_QUALITY))
        else:
            entry = self._file("pictures", key, ".png")
            written = self._write(
                entry, lambda file: picture.save(file, format="PNG", compress_level=1))
        if written:
            self._grew(written)

    def entry(self, key: str) -> Path | None:
        """Where the picture stored under `key` is (None when it is not there)."""
        for suffix in (".jpg", ".png"):
            entry = self._file("pictures", key, suffix)
            if entry.is_file():
                return entry
        return None

    # --- files --------------------------------------------------------------------------

    def _file(self, kind: str, key: str, suffix: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}{suffix}"

    def _write(self, entry: Path, write: Callable[[IO[bytes]], object]) -> int:
        """Write through a temporary file renamed into place, so a reader (this process or
        another) sees a whole entry or none. Returns the bytes written (0 when it failed)."""
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".tmp-", suffix=entry.suffix,
                                             delete=False) as file:
                temporary = Path(file.name)
                try:
                    write(file)
                except BaseException:
                    file.close()
                    _remove(temporary)
                    raise
                size = file.tell()
            temporary.chmod(0o644)   # readable by another kiosk user sharing the folder
            temporary.replace(entry)
        except OSError as error:
            if not self._complained:  # a full or read-only disk: work on without the cache
                self._complained = True
                log.warning("cannot write to the picture cache in %s (%s); pictures are "
                            "prepared again each time", self.folder, error)
            return 0
        return size

    def _grew(self, size: int) -> None:
        with self._lock:
            if self._total is None:
                self._total = self._count()
            else:
                self._total += size
            if self._total <= self.limit:
                return
            self._total = self._evict()

    def _count(self) -> int:
        return sum(size for _, size, _ in self._entries())

    def _entries(self) -> list[tuple[float, int, Path]]:
        found = []
        for kind in ("pictures", "ids"):
            for folder in (self.folder / kind).glob("??"):
                try:
                    with os.scandir(folder) as names:
                        for name in names:
                            try:
                                stat = name.stat()
                            except OSError:
                                continue
                            found.append((stat.st_mtime, stat.st_size, Path(name.path)))
                except OSError:
                    continue
        return found

    def _evict(self) -> int:
        """Remove the least recently used entries (and temporary files left by crashes) until
        the cache is under nine tenths of its limit; another process may do the same."""
        entries = sorted(self._entries())
        total = sum(size for _, size, _ in entries)
        now = time.time()
        for changed, size, path in entries:
            if path.name.startswith(".tmp-"):
                if now - changed > STALE_TEMP_SECONDS:  # else being written right now
                    _remove(path)
                    total -= size
            elif total > self.limit * 0.9:
                _remove(path)
                total -= size
        return total


def derivative_key(content: str, size: tuple[int, int], source: tuple[int, int] | None,
                   version: int) -> str:
    """The cache key of a picture made from content `content` at `size` (from `source`)."""
    made_from = f"{source[0]}x{source[1]}" if source else "file"
    return _digest(f"{content}|{size[0]}x{size[1]}|{made_from}|v{version}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # gone already: another process evicted it
        path.unlink()


def _touch(path: Path) -> None:
    """Mark as recently used (the change time orders eviction; access times are often off)."""
    with contextlib.suppress(OSError):
        os.utime(path)
