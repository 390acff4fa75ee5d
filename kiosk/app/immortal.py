"""None, True and False made immortal on Python 3.11, as 3.12 makes them: some PySide6 builds
(6.12.0 seen) drop a reference to None on every call that returns nothing and to True or False
on every signal emitted from Python, and the process aborts ("deallocating None", "... True or
False") once a count runs out: after some thousands of steps, touches or timer starts."""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
"""References added: at a million calls a second, enough for some thirty years."""
_done = False


def keep_none_alive() -> None:
    """Give None, True and False enough references never to reach zero (once; CPython before
    3.12 only)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _done = True
    for constant in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11's (non-debug) layout.
        ctypes.c_ssize_t.from_address(id(constant)).value += RESERVE
