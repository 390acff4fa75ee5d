"""`kiosk check` as a real process on hostile packs: a few of every kind, and the unreadable
files, which need a process that root's power to read anything does not reach."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.cases import ALL, named
from tests.hostile.catalogue import Hostile

REPO = Path(__file__).resolve().parents[2]
# Run the command without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: dropped from the bounding
# set, then exec, so even root is refused a file its permissions refuse (Linux).
WITHOUT_READ_OVERRIDE = (
    "import ctypes, os, sys\n"
    "libc = ctypes.CDLL(None, use_errno=True)\n"
    "for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH\n"
    "    if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP\n"
    "        sys.exit(99)\n"
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])\n"
)
CANNOT_DROP = 99


def kiosk_check(pack: Path, *, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """`python main.py check PACK`, as root without its power to read anything if need be."""
    command = [sys.executable, "main.py", "check", str(pack)]
    if unprivileged and os.geteuid() == 0:
        command = [sys.executable, "-c", WITHOUT_READ_OVERRIDE, *command[1:]]
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=env, check=False)


def assert_check_prints_exactly(case: Hostile, pack: Path) -> None:
    result = kiosk_check(pack, unprivileged=case.unprivileged)
    if result.returncode == CANNOT_DROP:
        pytest.skip("running as root without the right to drop capabilities (CAP_SETPCAP)")
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stdout.splitlines(), result.stderr.splitlines()) == (
        case.exit_code, case.expected_out(pack), case.expected_err(pack))


SAMPLE = named(
    "syntax: indented with a tab", "syntax: a value starting with @",
    "alias bomb: a billion laughs", "python tag: object/apply runs a command",
    "not UTF-8: Latin-1", "a UTF-8 byte order mark is accepted", "an empty file",
    "misspelt and unknown slide types", "unknown chapter references", "map pins outside 0..1",
    "a picture that is a link out of the pack", "a decompression bomb", "a PNG cut short",
    "deck.yaml is a folder", "deck.yaml is a pipe", "5,000 slides",
)
UNPRIVILEGED = [case for case in ALL if case.unprivileged]


@pytest.mark.parametrize("case", SAMPLE + UNPRIVILEGED, ids=lambda case: case.name)
def test_kiosk_check_as_a_process(case: Hostile, tmp_path: Path) -> None:
    assert_check_prints_exactly(case, case.write(tmp_path / "pack"))


def test_the_unreadable_cases_are_refused_to_root_too(tmp_path: Path) -> None:
    """The way round root works: a file with no permissions is unreadable to the command."""
    secret = tmp_path / "secret"
    secret.write_text("x")
    secret.chmod(0)
    result = kiosk_check(tmp_path, unprivileged=True)   # no deck.yaml: exit 2 either way
    if result.returncode == CANNOT_DROP:
        pytest.skip("running as root without the right to drop capabilities (CAP_SETPCAP)")
    reader = [sys.executable, "-c", "open(__import__('sys').argv[1]).read()", str(secret)]
    if os.geteuid() == 0:
        reader = [sys.executable, "-c", WITHOUT_READ_OVERRIDE, *reader[1:]]
    refused = subprocess.run(reader, capture_output=True, text=True, check=False, timeout=60)
    assert refused.returncode == 1 and "PermissionError" in refused.stderr


def test_a_billion_laughs_is_refused_fast_by_the_command(tmp_path: Path) -> None:
    """The whole command, start-up included, against a 406-byte file of 387 million strings."""
    [case] = named("alias bomb: a billion laughs")
    pack = case.write(tmp_path / "pack")
    started = time.perf_counter()
    assert_check_prints_exactly(case, pack)
    took = time.perf_counter() - started
    assert took < 10, f"kiosk check took {took:.1f} s, start-up included"
