"""Logging for the kiosk process: to stderr (for journald) and a rotating file, with Qt's own
messages routed through it; Qt's fatal messages and a lost display end it with EXIT_FATAL."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QMessageLogContext, QtMsgType, qInstallMessageHandler

from kiosk.app.ops.crash import exit_now

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_BYTES = 1_000_000
LOG_FILE_BACKUPS = 4              # kiosk.log and kiosk.log.1 to .4: five files of 1 MB
# Qt says so just before it exits with status 1 (X11) or aborts (Wayland); nothing can be
# shown any more, so the kiosk exits first, with EXIT_FATAL, for the service to restart it.
_DISPLAY_LOST = re.compile(r"The (X11|Wayland) connection broke")


def setup_logging(verbose: bool = False, log_file: Path | None = None) -> None:
    """Log to stderr and, when `log_file` is given, to that file (rotated at 1 MB)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format=FORMAT)
    if log_file is not None:
        add_log_file(log_file)
    qt_log = logging.getLogger("qt")

    def forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
        if kind == QtMsgType.QtFatalMsg:
            exit_now(f"Qt: {message}")
        elif _DISPLAY_LOST.search(message):
            exit_now("the display is gone (its connection broke)")

    qInstallMessageHandler(forward)
    # Qt's FFmpeg backend has FFmpeg print each video's stream list straight to stderr (not
    # through Qt's messages) whenever this category logs at info level: a dozen unformatted
    # lines every time a video slide is shown. The kiosk logs its own line for a video that
    # cannot play. QT_LOGGING_RULES in the environment still overrides this.
    if not verbose:
        QLoggingCategory.setFilterRules("qt.multimedia.ffmpeg.mediadataholder.info=false")


def add_log_file(path: Path, max_bytes: int = LOG_FILE_BYTES,
                 backups: int = LOG_FILE_BACKUPS) -> RotatingFileHandler | None:
    """Also log to `path`, which is renamed to path.1 (and so on) when it reaches `max_bytes`.
    A file that cannot be opened is logged as a warning; the kiosk runs on without it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                      encoding="utf-8")
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s; logging to "
                                            "stderr only", path, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    logging.getLogger(__name__).info("log file: %s", path)
    return handler
