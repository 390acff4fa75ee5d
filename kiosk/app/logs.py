"""Logging for the kiosk process: to stderr, with Qt's own messages routed through it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory, QMessageLogContext, QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    qt_log = logging.getLogger("qt")

    def forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(forward)
    # Qt's FFmpeg backend has FFmpeg print each video's stream list straight to stderr (not
    # through Qt's messages) whenever this category logs at info level: a dozen unformatted
    # lines every time a video slide is shown. The kiosk logs its own line for a video that
    # cannot play. QT_LOGGING_RULES in the environment still overrides this.
    if not verbose:
        QLoggingCategory.setFilterRules("qt.multimedia.ffmpeg.mediadataholder.info=false")
