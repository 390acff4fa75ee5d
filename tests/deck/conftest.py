"""Fixtures for deck tests: write small content packs (deck.yaml and tiny PNGs) to tmp_path."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest
from deck_packs import GOOD_DECK, Check, MakePack, Problems, png

from kiosk.deck import check_pack, load_pack


@pytest.fixture
def make_pack(tmp_path: Path) -> MakePack:
    """Write a pack: deck.yaml (dedented text, or raw bytes) and tiny PNGs at `images`."""

    def make(
        deck: str | bytes | None = GOOD_DECK,
        images: Iterable[str] = ("images/a.png", "images/logo.png"),
        name: str = "pack",
    ) -> Path:
        root = tmp_path / name
        root.mkdir()
        for image in images:
            (root / image).parent.mkdir(parents=True, exist_ok=True)
            (root / image).write_bytes(png())
        if isinstance(deck, str):
            (root / "deck.yaml").write_text(textwrap.dedent(deck), encoding="utf-8")
        elif deck is not None:
            (root / "deck.yaml").write_bytes(deck)
        return root

    return make


@pytest.fixture
def problems() -> Problems:
    """The problem lines loading a pack gives, as `kiosk check` prints them."""

    def run(folder: Path) -> list[str]:
        return [str(problem) for problem in load_pack(folder).problems]

    return run


@pytest.fixture
def check() -> Check:
    """Run `kiosk check` on a pack: (exit code, output lines, error output)."""

    def run(folder: Path) -> tuple[int, list[str], str]:
        out, err = io.StringIO(), io.StringIO()
        code = check_pack(folder, out, err)
        return code, out.getvalue().splitlines(), err.getvalue()

    return run
