"""Prepared pictures on request: from memory, else the disk cache, else the pipeline; each
made once however many ask at the same time; a picture that cannot be shown logged once."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from pathlib import Path
from typing import Generic, TypeVar

from PIL import Image

from kiosk.deck.pictures import read_picture
from kiosk.media.cache import DiskCache, derivative_key
from kiosk.media.memory import MemoryLru
from kiosk.media.plan import Size, Target
from kiosk.media.prepare import (
    PIPELINE_VERSION,
    REDUCING_GAP,
    RESAMPLE,
    PictureError,
    prepare_picture,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
SMALL_LIMIT = 32 * 1024 * 1024
"""Bytes of small pictures (thumbnails, portraits) held, apart from screen-sized ones, so an
overview of a hundred slides does not push the neighbours' pictures out."""


class PictureStore(Generic[T]):
    """Pictures prepared for the screen, as `convert` makes them (e.g. QImages) and held in
    memory within `memory_limit` bytes (as `cost` counts them), backed by `cache` on disk."""

    def __init__(self, cache: DiskCache | None, convert: Callable[[Image.Image], T],
                 cost: Callable[[T], int], memory_limit: int) -> None:
        self.cache = cache
        self._convert = convert
        self.screen_sized: MemoryLru[T] = MemoryLru(memory_limit, cost)
        self.small: MemoryLru[T] = MemoryLru(SMALL_LIMIT, cost)
        self._lock = threading.Lock()
        self._making: dict[Hashable, Future[Image.Image]] = {}
        self._failed: set[Hashable] = set()
        self.made = 0
        """Pictures decoded from their files (none was in the disk cache), for tests and bench."""

    def get(self, path: Path, target: Target, *, bands: int = 1) -> T:
        """The picture at `path` prepared at `target`, resampled on up to `bands` threads if
        it has to be made; raises PictureError (logged once)."""
        key = _memory_key(path, target)
        pool = self.small if target.source else self.screen_sized
        found = pool.get(key)
        if found is not None:
            return found
        try:
            value = self._convert(self._image(path, target, key, bands))
        except PictureError as error:
            self.complain(path, str(error))
            raise
        pool.put(key, value)
        return value

    def prepare(self, path: Path, target: Target, *, bands: int = 1) -> None:
        """Make the picture ready in memory (preloading); failures are only logged."""
        with contextlib.suppress(PictureError):
            self.get(path, target, bands=bands)

    def peek(self, path: Path, target: Target) -> T | None:
        """The picture if it is ready in memory, else None; never waits."""
        pool = self.small if target.source else self.screen_sized
        try:
            return pool.get(_memory_key(path, target))
        except PictureError:
            return None

    def keep(self, path: Path, target: Target, value: T) -> None:
        """Hold `value`, made elsewhere (a drawing), as the picture at `path` at `target`."""
        pool = self.small if target.source else self.screen_sized
        with contextlib.suppress(PictureError):   # the file went: nothing to keep it for
            pool.put(_memory_key(path, target), value)

    def holds(self, path: Path, target: Target) -> bool:
        """Whether the picture is ready in memory."""
        return self.peek(path, target) is not None

    def has_failed(self, path: Path) -> bool:
        """Whether this version of the file was found unshowable (and logged)."""
        version = _version(path)
        with self._lock:
            return version in self._failed

    def _image(self, path: Path, target: Target, key: Hashable, bands: int) -> Image.Image:
        """The picture as Pillow has it, made once however many threads ask at the same time."""
        with self._lock:
            future = self._making.get(key)
            mine = future is None
            if future is None:
                future = self._making[key] = Future()
        if not mine:
            return future.result()
        try:
            picture = self._cached(path, target, bands)
        except BaseException as error:
            future.set_exception(error)
            raise
        else:
            future.set_result(picture)
            return picture
        finally:
            with self._lock:
                del self._making[key]

    def _cached(self, path: Path, target: Target, bands: int) -> Image.Image:
        """The picture from the disk cache, else made (and stored there)."""
        if self.cache is None:
            return self._make(path, target, bands)
        try:
            content = self.cache.content_id(path)
        except OSError as error:
            raise PictureError(f"cannot be read ({error.strerror or error})") from error
        key = derivative_key(content, target.size, target.source, PIPELINE_VERSION)
        picture = self.cache.load(key, target.size)
        if picture is None:
            picture = self._make(path, target, bands)
            self.cache.save(key, picture, lossy=read_picture(path).kind == "JPEG")
        return picture

    def _make(self, path: Path, target: Target, bands: int) -> Image.Image:
        if target.source is None:
            with self._lock:
                self.made += 1
            return prepare_picture(path, target.size, bands=bands)
        # Small pictures come from the screen-sized one: the same pixels whatever is cached.
        full = Target(target.source)
        source = self._image(path, full, _memory_key(path, full), bands)
        return source.resize(target.size, RESAMPLE, reducing_gap=REDUCING_GAP)

    def complain(self, path: Path, why: str) -> None:
        """Log that the picture at `path` cannot be shown, once per version of the file."""
        version = _version(path)
        with self._lock:
            if version in self._failed:
                return
            self._failed.add(version)
        log.warning("picture %s %s; a placeholder is shown in its place", path, why)


def _version(path: Path) -> Hashable:
    try:
        stat = path.stat()
    except OSError:
        return (path,)
    return (path, stat.st_size, stat.st_mtime_ns)


def _memory_key(path: Path, target: Target) -> tuple[str, int, int, Size, Size | None]:
    try:
        stat = path.stat()
    except OSError as error:
        raise PictureError(f"cannot be read ({error.strerror or error})") from error
    return (str(path), stat.st_size, stat.st_mtime_ns, target.size, target.source)
