"""Load a pack folder into the session: show it, or show (and log) why it cannot be shown;
on a reload, a pack that fails to load leaves the last good one on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.app.session import KioskSession
from kiosk.deck.loader import Pack, PackUnreadable, load_pack

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attempt:
    """What loading a pack folder gave: the pack, or the problems that keep it off screen."""

    folder: Path
    pack: Pack | None
    problems: tuple[str, ...] = ()
    """Errors, or why the folder could not be read; empty when `pack` is there."""
    warnings: tuple[str, ...] = ()


def load_attempt(folder: Path) -> Attempt:
    """Load `folder` without showing or logging anything."""
    try:
        result = load_pack(folder)
    except PackUnreadable as error:
        return Attempt(folder, None, (str(error),))
    warnings = tuple(str(p) for p in result.problems if p.severity == "warning")
    if result.pack is None:
        return Attempt(folder, None, tuple(str(p) for p in result.errors), warnings)
    return Attempt(folder, result.pack, (), warnings)


def log_attempt(attempt: Attempt) -> None:
    """Each warning and problem of `attempt`, one log line each."""
    for warning in attempt.warnings:
        log.warning("%s", warning)
    for problem in attempt.problems:
        log.error("%s", problem)


def open_pack(session: KioskSession, folder: Path, *, language: str | None,
              windowed: bool) -> bool:
    """Load `folder` into `session`; False (with the problems logged) when it can't be shown."""
    problems = _load(session, folder, language=language, keep_place=False)
    if problems:
        log.error("%s: %d problems; showing %s", folder, len(problems),
                  "them" if windowed else "the 'being updated' screen")
        session.show_problems(folder, problems, windowed=windowed)
        return False
    return True


def reload_pack(session: KioskSession, folder: Path, *, windowed: bool,
                keep_place: bool = True) -> bool:
    """Load `folder` again (or another pack) while one is shown, staying on the same slide.

    When it fails and a good pack is on screen, that pack stays (full screen) and the problems
    are logged; in a window the problems are listed, as on the first start.
    """
    problems = _load(session, folder, language=None, keep_place=keep_place)
    if not problems:
        return True
    if session.pack is not None and not windowed:
        log.error("%s: %d problems; the pack shown before stays on screen", folder,
                  len(problems))
    else:
        session.show_problems(folder, problems, windowed=windowed)
    return False


def connect_operator(session: KioskSession, *, windowed: bool,
                     reloaded: Callable[[str, str], None] | None = None) -> None:
    """The operator menu's "reload content" and "choose another pack", done for real;
    `reloaded(result, detail)` hears how each ended ("reloaded" or "failed")."""
    operator = session.operator_menu

    def tell(done: bool, what: str) -> None:
        if reloaded is not None:
            reloaded("reloaded" if done else "failed", what)

    def reload() -> None:
        pack = session.pack
        if pack is None:
            return
        done = reload_pack(session, pack.root, windowed=windowed)
        tell(done, f"{pack.root} reloaded" if done else f"{pack.root} has problems; see the log")
        if not done:
            operator.report(f"{pack.root.name} could not be reloaded; see the log.")

    def switch(folder: str) -> None:
        done = reload_pack(session, Path(folder), windowed=windowed, keep_place=False)
        tell(done, f"switched to {folder}" if done else f"{folder} has problems; not opened")
        if not done:
            operator.report(f"{Path(folder).name} has problems and was not opened; "
                            "run `kiosk check` on it.")

    operator.reloadRequested.connect(reload)
    operator.packRequested.connect(switch)


def _load(session: KioskSession, folder: Path, *, language: str | None,
          keep_place: bool) -> list[str]:
    """Show `folder` in `session`; the problems that stopped it (empty when it is shown)."""
    attempt = load_attempt(folder)
    log_attempt(attempt)
    if attempt.pack is None:
        return list(attempt.problems)
    session.show_pack(attempt.pack, language, keep_place=keep_place)
    log.info("showing %s: %d slides", folder, len(attempt.pack.deck.slides))
    return []
