"""Open a pack for the window: show it, or show (and log) why it cannot be shown."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.app.session import KioskSession
from kiosk.deck.loader import PackUnreadable, load_pack

log = logging.getLogger(__name__)


def open_pack(session: KioskSession, folder: Path, *, language: str | None,
              windowed: bool) -> bool:
    """Load `folder` into `session`; False (with the problems logged) when it can't be shown."""
    try:
        result = load_pack(folder)
    except PackUnreadable as error:
        log.error("%s", error)
        session.show_problems(folder, [str(error)], windowed=windowed)
        return False
    for problem in result.problems:
        (log.warning if problem.severity == "warning" else log.error)("%s", problem)
    if result.pack is None:
        log.error("%s: %d problems; showing %s", folder, len(result.errors),
                  "them" if windowed else "the 'being updated' screen")
        session.show_problems(folder, [str(p) for p in result.errors], windowed=windowed)
        return False
    session.show_pack(result.pack, language)
    log.info("showing %s: %d slides", folder, len(result.pack.deck.slides))
    return True
