"""Load a content pack: read deck.yaml, validate it, and report every problem at once."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from kiosk.deck.crossrefs import reference_problems
from kiosk.deck.errors import validation_problems
from kiosk.deck.model import Deck
from kiosk.deck.problems import Problem
from kiosk.deck.warnings import pack_warnings
from kiosk.deck.yaml_source import FILE, YamlDocument, read_deck_yaml


class PackUnreadable(Exception):  # noqa: N818 - the name the CLI and the app use
    """The pack folder or its deck.yaml cannot be read at all (`kiosk check` exits 2)."""


@dataclass(frozen=True)
class Pack:
    """A content pack that loaded without errors."""

    root: Path
    deck: Deck
    source: Path
    """The deck.yaml file."""


@dataclass(frozen=True)
class LoadResult:
    """What loading a pack gave: the pack (None when there are errors) and every problem."""

    pack: Pack | None
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if not problem.is_error)

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.errors


def read_pack_file(folder: Path) -> bytes:
    """The bytes of `folder`/deck.yaml; raises PackUnreadable with a message saying why not."""
    if not folder.exists():
        raise PackUnreadable(f"{folder}: no such folder")
    if not folder.is_dir():
        raise PackUnreadable(f"{folder}: not a folder; give the content pack's folder")
    source = folder / FILE
    if source.is_symlink() and not source.exists():
        raise PackUnreadable(f"{source}: {_broken_link(source)}")
    if not source.exists():
        raise PackUnreadable(f"{folder}: no {FILE} in this folder; is it a content pack?")
    if source.is_dir():
        raise PackUnreadable(f"{source}: is a folder; {FILE} must be the file that describes "
                             "the tour")
    if not source.is_file():  # a pipe would never end, a device never make sense
        raise PackUnreadable(f"{source}: is not a plain file (a pipe, socket or device); "
                             f"{FILE} must be the file that describes the tour")
    try:
        return source.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PackUnreadable(f"{source}: cannot be read ({reason}); check its permissions"
                             ) from None


def _broken_link(link: Path) -> str:
    """Why the link `link` leads nowhere: a loop, or a target that does not exist."""
    try:
        target = link.readlink()
        link.resolve(strict=True)
    except RuntimeError:  # Python 3.11's word for a link loop
        return "is a link that leads round in a loop; put the file itself in its place"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "is a link that leads round in a loop; put the file itself in its place"
        return f"is a link to {target}, which does not exist"
    return "is a link that cannot be followed"


def load_pack(folder: Path, *, with_warnings: bool = False) -> LoadResult:
    """Load the pack in `folder`; raises PackUnreadable when there is no readable deck.yaml.

    Errors are always found; warnings (translations, huge pictures, fonts, long texts) only
    `with_warnings`, since they read every font and picture header of the pack.
    """
    return load_deck_bytes(read_pack_file(folder), folder, with_warnings=with_warnings)


def load_deck_bytes(raw: bytes, folder: Path, *, with_warnings: bool = False) -> LoadResult:
    """Validate deck.yaml bytes as the deck of the pack in `folder`."""
    doc = read_deck_yaml(raw)
    problems = list(doc.problems)
    deck: Deck | None = None
    if doc.data is not None or not doc.problems:  # a file of just `~` or `null` is data too
        deck, found = validate(doc, folder)
        problems += found
    if deck is not None and with_warnings:
        problems += pack_warnings(deck, doc, folder)
    problems.sort(key=lambda problem: (problem.line, problem.column))
    ok = deck is not None and not any(problem.is_error for problem in problems)
    pack = Pack(folder, deck, folder / FILE) if ok and deck is not None else None
    return LoadResult(pack, tuple(problems))


def validate(doc: YamlDocument, folder: Path) -> tuple[Deck | None, list[Problem]]:
    """The deck `doc` describes (None if invalid), and the problems with it."""
    problems = reference_problems(doc)
    try:
        deck = Deck.model_validate(doc.data, context={"pack_root": folder})
    except ValidationError as error:
        return None, validation_problems(error, doc) + problems
    return deck, problems
