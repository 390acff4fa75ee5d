"""What video slides report: a video playing keeps the kiosk from going idle; a video that
cannot be played is logged (once), and its poster stays on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.app.attract import IdleWatch
from kiosk.deck.loader import Pack
from kiosk.deck.model import VideoSlide
from kiosk.deck.videos import read_video

log = logging.getLogger(__name__)


def _shown(source: str) -> str:
    """A video's file URL as the path an operator reads in the log."""
    url = QUrl(source)
    return url.toLocalFile() if url.isLocalFile() else source


class VideoWatch(QObject):
    """The video slides on screen check in here (QML: `session.videos`)."""

    busyChanged = Signal()

    def __init__(self, idle: IdleWatch, current_pack: Callable[[], Pack | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle
        self._current_pack = current_pack
        self._next_token = 0
        self._playing: set[int] = set()
        self._logged: set[tuple[str, str]] = set()

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        """A video is playing (its first run-through): the kiosk is not idle."""
        return self.is_busy

    @property
    def is_busy(self) -> bool:
        return bool(self._playing)

    @Slot(result=int)
    def register(self) -> int:
        """A token for one video slide's reports."""
        self._next_token += 1
        return self._next_token

    @Slot(int, bool)
    def setPlaying(self, token: int, playing: bool) -> None:
        """Whether the video of the slide holding `token` is playing (its first run-through)."""
        was = self.is_busy
        if playing:
            self._playing.add(token)
        else:
            self._playing.discard(token)
        if self.is_busy != was:
            self._idle.setBusy(self.is_busy)
            self.busyChanged.emit()

    @Slot(int)
    def release(self, token: int) -> None:
        """The slide is gone (left, or the deck reloaded)."""
        self.setPlaying(token, False)

    @Slot(str, str)
    def failed(self, source: str, reason: str) -> None:
        """A video that cannot be played: logged once per file and reason."""
        self._log_once(_shown(source), reason)

    def deck_shown(self) -> None:
        """A pack is on screen: log each of its videos that cannot play (the slide shows its
        poster), once per file and reason, as `kiosk check` reports them."""
        pack = self._current_pack()
        if pack is None:
            return
        for slide in pack.deck.slides:
            if isinstance(slide, VideoSlide):
                error = read_video(slide.source).error
                if error is not None:
                    self._log_once(str(slide.source), error)

    def _log_once(self, path: str, reason: str) -> None:
        if (path, reason) not in self._logged:
            self._logged.add((path, reason))
            log.warning("video %s cannot be played: %s; its poster is shown instead",
                        path, reason)
