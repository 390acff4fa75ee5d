"""Python wrappers of Qt objects: a stale one at a new object's address is replaced, not handed
out as the object; a disposed window leaves none that reaches freed memory."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.app.wrappers import live_wrapper


def first_root(engine: QQmlApplicationEngine) -> object:
    roots = engine.rootObjects()
    return roots[0] if roots else None


def window_behind_a_stale_wrapper(stale_type: type) -> tuple[QQmlApplicationEngine, object]:
    """A QML window whose address shiboken maps to a wrapper of `stale_type`, as when an
    object of that type lived there before and its wrapper outlived it."""
    engine = QQmlApplicationEngine()
    engine.loadData(b"import QtQuick\nWindow { width: 123 }")
    roots = engine.rootObjects()
    address = shiboken6.getCppPointer(roots[0])[0]
    del roots
    gc.collect()
    stale = shiboken6.wrapInstance(address, stale_type)
    assert first_root(engine) is stale          # the trap: the wrong wrapper comes back
    return engine, stale


def test_a_window_behind_a_stale_qobject_wrapper_comes_back_as_a_window(qtbot: QtBot) -> None:
    engine, stale = window_behind_a_stale_wrapper(QObject)
    window = live_wrapper(lambda: first_root(engine), QQuickWindow)
    assert isinstance(window, QQuickWindow)
    assert window.width() == 123
    assert not shiboken6.isValid(stale)
    engine.deleteLater()


def test_a_window_behind_a_stale_event_wrapper_comes_back_as_a_window(qtbot: QtBot) -> None:
    engine, _ = window_behind_a_stale_wrapper(QEvent)
    window = live_wrapper(lambda: first_root(engine), QQuickWindow)
    assert isinstance(window, QQuickWindow) and window.width() == 123
    engine.deleteLater()


def test_nothing_and_the_wrong_kind_give_none(qtbot: QtBot) -> None:
    assert live_wrapper(lambda: None, QQuickWindow) is None
    plain = QObject()
    assert live_wrapper(lambda: plain, QQuickWindow) is None
    assert shiboken6.isValid(plain)             # a true wrapper of another kind is kept
    assert live_wrapper(lambda: plain, QObject) is plain


def test_a_disposed_kiosk_window_leaves_no_wrapper_pointing_at_freed_memory(
        qtbot: QtBot) -> None:
    """The window QML made is deleted by dispose(); every Python reference to it (the
    picture service kept one) must then fail loudly, not reach the freed memory."""
    from kiosk.app.images import pictures_of
    from tests.app.harness import open_kiosk

    with open_kiosk(qtbot) as kiosk:
        window, engine = kiosk.window, kiosk.engine
        service = pictures_of(engine)
        assert service is not None and service.window is window
    # open_kiosk's exit ran dispose(engine, window) from kiosk/app/window.py.
    assert not shiboken6.isValid(window)
    assert service.window is None
    with pytest.raises(RuntimeError, match="already deleted"):
        window.width()
    # The screens are still there, asked for afresh (a wrapper taken from the window went).
    screen = QGuiApplication.primaryScreen()
    assert screen is not None and screen.geometry().width() > 0
