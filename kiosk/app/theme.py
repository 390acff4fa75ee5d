"""The deck's theme (colours, font, logo) as a QObject QML binds to."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtGui import QColor

from kiosk.app.slide_data import file_url
from kiosk.deck.model import Theme


class ThemeObject(QObject):
    """Colours, font family and logo of the current deck; defaults when there is none."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = Theme()
        self._font_family = ""

    def set_theme(self, theme: Theme, font_family: str) -> None:
        self._theme = theme
        self._font_family = font_family
        self.changed.emit()

    @Property(QColor, notify=changed)
    def background(self) -> QColor:
        return QColor(self._theme.background)

    @Property(QColor, notify=changed)
    def foreground(self) -> QColor:
        return QColor(self._theme.foreground)

    @Property(QColor, notify=changed)
    def accent(self) -> QColor:
        return QColor(self._theme.accent)

    @Property(str, notify=changed)
    def fontFamily(self) -> str:
        """The family to use: the theme's when available, else the system's sans serif."""
        return self._font_family

    @Property(str, notify=changed)
    def logo(self) -> str:
        return file_url(self._theme.logo)
