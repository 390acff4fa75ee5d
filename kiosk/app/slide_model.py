"""The deck's slides as a Qt list model, in the current language."""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from kiosk.app.slide_data import (
    placeholder_content,
    qml_file_for,
    slide_background,
    slide_content,
)
from kiosk.deck.long_texts import on_screen
from kiosk.deck.model import Deck

_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)
PLACEHOLDER = "PlaceholderSlide"
"""The QML file that stands in for a slide that cannot be shown."""


class SlideRole(IntEnum):
    SLIDE_TYPE = Qt.ItemDataRole.UserRole + 1
    QML_FILE = Qt.ItemDataRole.UserRole + 2
    SLIDE_ID = Qt.ItemDataRole.UserRole + 3
    CHAPTER_ID = Qt.ItemDataRole.UserRole + 4
    CHAPTER_TITLE = Qt.ItemDataRole.UserRole + 5
    CONTENT = Qt.ItemDataRole.UserRole + 6
    BACKGROUND_COLOR = Qt.ItemDataRole.UserRole + 7
    BACKGROUND_IMAGE = Qt.ItemDataRole.UserRole + 8
    NUMBER = Qt.ItemDataRole.UserRole + 9


_ROLE_NAMES = {
    SlideRole.SLIDE_TYPE: b"slideType",
    SlideRole.QML_FILE: b"qmlFile",
    SlideRole.SLIDE_ID: b"slideId",
    SlideRole.CHAPTER_ID: b"chapterId",
    SlideRole.CHAPTER_TITLE: b"chapterTitle",
    SlideRole.CONTENT: b"content",
    SlideRole.BACKGROUND_COLOR: b"backgroundColor",
    SlideRole.BACKGROUND_IMAGE: b"backgroundImage",
    SlideRole.NUMBER: b"number",
}


class SlideListModel(QAbstractListModel):
    """One row per slide; `content` holds the slide's values in the current language."""

    languageChanged = Signal()
    revisionChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck: Deck | None = None
        self._language = ""
        self._rows: list[dict[int, Any]] = []
        self._revision = 0

    def set_deck(self, deck: Deck | None, language: str) -> None:
        self.beginResetModel()
        self._deck = deck
        self._language = language
        self._rows = self._build_rows()
        self.endResetModel()
        self._bump()
        self.languageChanged.emit()

    def set_language(self, language: str) -> None:
        if language == self._language:
            return
        self._language = language
        self._rows = self._build_rows()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self._bump()
        self.languageChanged.emit()

    def _bump(self) -> None:
        self._revision += 1
        self.revisionChanged.emit()

    @Property(int, notify=revisionChanged)
    def revision(self) -> int:
        """Changes whenever rows are rebuilt (another deck or language): QML re-reads them."""
        return self._revision

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    def _build_rows(self) -> list[dict[int, Any]]:
        deck = self._deck
        if deck is None:
            return []
        default = deck.default_language
        rows: list[dict[int, Any]] = []
        for number, (slide, chapter_id) in enumerate(
            zip(deck.slides, deck.slide_chapters(), strict=True), start=1
        ):
            chapter = deck.chapter(chapter_id)
            row: dict[int, Any] = {
                SlideRole.SLIDE_TYPE: slide.type,
                SlideRole.SLIDE_ID: slide.id or "",
                SlideRole.CHAPTER_ID: chapter_id or "",
                SlideRole.CHAPTER_TITLE: on_screen(chapter.title.get(self._language, default))
                if chapter else "",
                SlideRole.NUMBER: number,
            }
            try:
                colour, picture = slide_background(slide)
                row |= {SlideRole.QML_FILE: qml_file_for(slide.type),
                        SlideRole.CONTENT: slide_content(slide, self._language, default),
                        SlideRole.BACKGROUND_COLOR: colour, SlideRole.BACKGROUND_IMAGE: picture}
            except Exception:      # a bug with one slide must not take the tour down
                log.exception("slide %d (%s%s) could not be prepared; a placeholder stands in "
                              "and the tour goes on", number, slide.type,
                              f", id {slide.id}" if slide.id else "")
                row |= {SlideRole.QML_FILE: PLACEHOLDER,
                        SlideRole.CONTENT: placeholder_content(slide, self._language, default),
                        SlideRole.BACKGROUND_COLOR: "", SlideRole.BACKGROUND_IMAGE: ""}
            rows.append(row)
        return rows

    # --- QAbstractListModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()].get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """Every role of one row by name, for QML code that is not a delegate."""
        if not 0 <= row < len(self._rows):
            return {}
        return {_ROLE_NAMES[SlideRole(role)].decode(): value
                for role, value in self._rows[row].items()}

    @Slot(int, str)
    def reportFault(self, row: int, what: str) -> None:
        """QML could not build slide `row` (`what` happened); a placeholder stands in."""
        number = row + 1
        slide_id = self._rows[row].get(SlideRole.SLIDE_ID, "") if 0 <= row < len(self._rows) else ""
        log.error("slide %d%s could not be shown: %s; a placeholder stands in and the tour "
                  "goes on", number, f" (id {slide_id})" if slide_id else "", what)

    @Slot(int, result="QVariant")
    def row(self, row: int) -> dict[str, Any] | None:
        """Like `get`, but null for a row that does not exist (e.g. after a smaller deck)."""
        return self.get(row) if 0 <= row < len(self._rows) else None
