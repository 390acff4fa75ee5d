"""`kiosk check` on every hostile pack prints exactly the expected lines and exit code; the
loader behind it (what `kiosk run` loads) agrees, and alias bombs are refused fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.deck.loader import LoadResult, PackUnreadable, load_pack
from tests.hostile.cases import ALL, BY_NAME, named
from tests.hostile.catalogue import Hostile

IN_PROCESS = [case for case in ALL if not case.unprivileged]


def test_the_catalogue_is_complete() -> None:
    assert len(ALL) >= 40
    assert len(BY_NAME) == len(ALL), "case names are unique"
    assert {case.exit_code for case in ALL} == {0, 1, 2}
    assert {case.shown for case in ALL} == {"tour", "problems", "placeholder"}


@pytest.mark.parametrize("case", IN_PROCESS, ids=lambda case: case.name)
def test_kiosk_check_says_exactly_what_is_wrong(case: Hostile, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    pack = case.write(tmp_path / "pack")
    code = main(["check", str(pack)])
    printed = capsys.readouterr()
    assert (code, printed.out.splitlines(), printed.err.splitlines()) == (
        case.exit_code, case.expected_out(pack), case.expected_err(pack))


@pytest.mark.parametrize("case", IN_PROCESS, ids=lambda case: case.name)
def test_the_kiosk_loads_what_check_accepts_and_nothing_else(case: Hostile,
                                                             tmp_path: Path) -> None:
    """`kiosk run` loads without the warnings and the full picture decode: the same errors,
    but for a picture that only a full decode finds damaged (the kiosk shows a placeholder)."""
    pack = case.write(tmp_path / "pack")
    if case.exit_code == 2:
        with pytest.raises(PackUnreadable):
            load_pack(pack)
        return
    result = load_pack(pack)
    assert isinstance(result, LoadResult)
    shown = case.shown in ("tour", "placeholder")
    assert result.ok is shown
    errors = [str(problem) for problem in result.errors]
    assert errors == ([] if shown else list(case.error_lines))


@pytest.mark.parametrize("case", named("alias bomb: a billion laughs",
                                       "alias bomb: aliased galleries of aliased pictures"),
                         ids=lambda case: case.name)
def test_an_alias_bomb_is_refused_in_well_under_two_seconds(case: Hostile,
                                                            tmp_path: Path) -> None:
    pack = case.write(tmp_path / "pack")
    started = time.perf_counter()
    result = load_pack(pack, with_warnings=True)
    took = time.perf_counter() - started
    assert result.pack is None and len(result.errors) == 1
    assert took < 2.0, f"refused in {took:.3f} s"
