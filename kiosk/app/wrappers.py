"""Python wrappers for Qt objects that C++ made, safe against a stale wrapper at their address."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

T = TypeVar("T")


def live_wrapper(fetch: Callable[[], object], kind: type[T]) -> T | None:
    """What `fetch()` returns, as a `kind`; None when it returns None or something else.

    Shiboken finds a C++ object's Python wrapper by the object's address. When an object
    QML made is deleted while a Python wrapper of it lives on, a new object at the same
    address is handed out under the old wrapper, of the old type (seen as a window that came
    back as a plain QObject, or as a QEvent). Such a wrapper is dropped and `fetch` asked
    again, which wraps the object afresh as what it is. A wrapper that is true to a QObject
    of another kind is left alone.
    """
    found = fetch()
    if found is None or isinstance(found, kind):
        return found
    if not isinstance(found, shiboken6.Object):
        return None
    if isinstance(found, QObject) and not found.inherits(_class_name(kind)):
        return None          # a true wrapper of some other object: not ours to drop
    log.info("a stale Python wrapper (%s) stood at the address of a new object; wrapping "
             "the object afresh", type(found).__name__)
    shiboken6.invalidate(found)
    found = fetch()
    return found if isinstance(found, kind) else None


def _class_name(kind: type) -> str:
    meta = getattr(kind, "staticMetaObject", None)
    return meta.className() if meta is not None else kind.__name__
