"""The kiosk's real window driven by a seeded random visitor: keys, touches, wheel turns,
window sizes, languages, the operator's reloads and pack switches, and walking away until the
kiosk goes to attract mode; and the resting state every reading is taken in."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    QPoint,
    QRectF,
    Qt,
)
from PySide6.QtQuick import QQuickItem

from bench.soak_input import OPERATOR_CHORD, key, pause, swipe, tap, wait_until, wheel
from bench.soak_samples import Sample, process_readings
from kiosk.app.images import PictureService, pictures_of
from kiosk.app.opening import connect_operator, open_pack, reload_pack
from kiosk.app.session import KioskSession
from kiosk.app.window import create_window, dispose

SIZES = ((1920, 1080), (1080, 1920), (1366, 768), (3840, 2160))
REST_SIZE = SIZES[0]
STEP_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Space, Qt.Key.Key_PageDown,
             Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_N, Qt.Key.Key_P,
             Qt.Key.Key_Backspace)
OTHER_KEYS = (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_B, Qt.Key.Key_W, Qt.Key.Key_H,
              Qt.Key.Key_Escape, Qt.Key.Key_F5, Qt.Key.Key_Q, Qt.Key.Key_F, Qt.Key.Key_Period)
BUTTONS = ("previousButton", "nextButton", "homeButton", "languageButton", "chaptersButton",
           "overviewButton")
IDLE_SECONDS = 1.0
COUNTDOWN_MS = 600
AUTOPLAY_SECONDS = 0.3


class SoakKiosk:
    """The kiosk on `pack` (locked, full screen's behaviour, no PIN), in a window of its own,
    with quick idle and autoplay times so a walk-away ends in attract mode within seconds."""

    def __init__(self, pack: Path, *, animate: bool, seed: int, leak: bool = False) -> None:
        self.home = pack
        self.random = random.Random(seed)
        self.session = KioskSession(animate=animate, locked=True)
        if not open_pack(self.session, pack, language=None, windowed=False):
            raise SystemExit(f"{pack} cannot be shown; see `kiosk check {pack}`")
        connect_operator(self.session, windowed=False)
        self.start_language = self.session.current_language
        self.session.idle_watch.countdown_ms = COUNTDOWN_MS
        self.session.deckChanged.connect(self._quick_times)
        self._quick_times()
        self.engine, self.window = create_window(self.session)
        self.window.setGeometry(0, 0, *REST_SIZE)
        self.window.show()
        self.window.requestActivate()
        service = pictures_of(self.engine)
        assert service is not None
        self.pictures: PictureService = service
        self.transitions = 0
        self.actions: Counter[str] = Counter()
        self.leak = leak
        self._leaked: list[object] = []
        self.session.navigation.indexChanged.connect(self._stepped)
        wait_until(lambda: self.window.isExposed(), 10)
        self.rest()

    def close(self) -> None:
        dispose(self.engine, self.window)
        self._leaked.clear()

    # --- the random visitor -------------------------------------------------------------

    def act(self) -> None:
        """One thing a visitor (or now and then the operator) does, then a moment's wait:
        mostly too short for a transition to end, so presses also land mid-transition."""
        choices: list[tuple[int, Callable[[], None]]] = [
            (40, self.step_key), (8, self.other_key), (5, self.digits), (5, self.overview),
            (4, self.chapter_menu), (4, self.language), (12, self.tap_button),
            (8, self.swipe), (3, self.tap_anywhere), (6, self.wheel), (1, self.autoplay),
            (2, self.resize), (1, self.operator_reload), (1, self.operator_switch),
        ]
        weights = [w for w, _ in choices]
        action = self.random.choices([a for _, a in choices], weights)[0]
        self.actions[action.__name__] += 1
        action()
        pause(self.random.choice((0.0, 0.0, 0.0, 0.01, 0.02, 0.05, 0.15)))

    def step_key(self) -> None:
        key(self.window, self.random.choice(STEP_KEYS))

    def other_key(self) -> None:
        key(self.window, self.random.choice(OTHER_KEYS))
        if self.session.navigation.property("blank"):
            pause(0.1)
            key(self.window, Qt.Key.Key_Right)     # any key brings the slide back

    def digits(self) -> None:
        number = self.random.randint(1, max(1, self.session.navigation.slide_count))
        for digit in str(number):
            key(self.window, getattr(Qt.Key, f"Key_{digit}"))
        key(self.window, Qt.Key.Key_Return)

    def overview(self) -> None:
        key(self.window, Qt.Key.Key_O)
        pause(0.1)
        for _ in range(self.random.randint(0, 4)):
            key(self.window, self.random.choice(
                (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up)))
        key(self.window, self.random.choice((Qt.Key.Key_Return, Qt.Key.Key_Escape)))

    def chapter_menu(self) -> None:
        if not self._tap("chaptersButton"):
            return
        pause(0.15)
        rows = [f"chapter{i}" for i in range(8)]
        if not self._tap(self.random.choice(rows)):
            key(self.window, Qt.Key.Key_Escape)

    def language(self) -> None:
        key(self.window, Qt.Key.Key_L)

    def tap_button(self) -> None:
        self._tap(self.random.choice(BUTTONS))
        if self.session.navigation.property("panel"):
            pause(0.1)
            key(self.window, Qt.Key.Key_Escape)

    def swipe(self) -> None:
        width, height = self.window.width(), self.window.height()
        y = int(height * self.random.uniform(0.3, 0.7))
        left, right = QPoint(int(width * 0.2), y), QPoint(int(width * 0.8), y)
        start, end = (left, right) if self.random.random() < 0.5 else (right, left)
        swipe(self.window, start, end, steps=self.random.randint(3, 10))

    def tap_anywhere(self) -> None:
        tap(self.window, QPoint(self.random.randrange(self.window.width()),
                                self.random.randrange(self.window.height())))

    def wheel(self) -> None:
        centre = QPoint(self.window.width() // 2, self.window.height() // 2)
        wheel(self.window, centre, self.random.choice((-120, 120, -40)))

    def autoplay(self) -> None:
        key(self.window, Qt.Key.Key_A)
        pause(self.random.uniform(0.3, 1.2))
        key(self.window, Qt.Key.Key_A)

    def resize(self) -> None:
        self.window.resize(*self.random.choice(SIZES))

    def operator_reload(self) -> None:
        if self._operator_menu():
            key(self.window, Qt.Key.Key_Down)
            key(self.window, Qt.Key.Key_Return)      # "Reload content"
            self._close_operator()

    def operator_switch(self) -> None:
        if self._operator_menu():
            key(self.window, Qt.Key.Key_Down)
            key(self.window, Qt.Key.Key_Down)
            key(self.window, Qt.Key.Key_Return)      # "Choose another content pack"
            key(self.window, Qt.Key.Key_Down)        # the next pack beside this one
            key(self.window, Qt.Key.Key_Return)
            self._close_operator()

    def walk_away(self) -> None:
        """No input until the kiosk asks "still there?", counts down and plays the tour in
        attract mode for a few slides; then a touch wakes it."""
        idle = self.session.idle_watch
        self.actions["walk_away"] += 1
        wait_until(lambda: idle.current_state == "attract", IDLE_SECONDS + COUNTDOWN_MS / 1000 + 5)
        pause(self.random.uniform(0.5, 1.5))
        self.tap_anywhere()

    # --- the resting state readings are taken in ----------------------------------------

    def rest(self) -> None:
        """Back to the first slide of the home pack, at 1920x1080 in the start language,
        nothing open, transitions and preloading done."""
        self._close_operator()
        navigation = self.session.navigation
        for _ in range(3):
            if self.session.idle_watch.press():       # wake it, as a touch would
                continue
            if not (navigation.property("panel") or navigation.property("blank")
                    or navigation.property("helpVisible")):
                break
            key(self.window, Qt.Key.Key_Escape)
        self.session.autoplayer.stop()
        pack = self.session.pack
        if pack is None or pack.root != self.home:
            reload_pack(self.session, self.home, windowed=False, keep_place=False)
        if self.session.current_language != self.start_language:
            self.session.set_language(self.start_language)
        if (self.window.width(), self.window.height()) != REST_SIZE:
            self.window.resize(*REST_SIZE)
        navigation.goTo(0)
        pause(0.8 if self.session.animate else 0.1)    # the longest transition is 0.6 s
        self.pictures.wait_prepared(60)
        pause(0.2)

    def sample(self, seconds: float) -> Sample:
        """The readings, at rest, after a full garbage collection and with deleted Qt objects
        gone: what is held, not what is waiting to be freed."""
        self.rest()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        with contextlib.suppress(OSError, AttributeError):   # glibc: free pages back
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        python_objects = len(gc.get_objects())
        qobjects = len(self.window.findChildren(QObject))
        items = len(self.window.findChildren(QQuickItem))
        store = self.pictures.store
        readings = process_readings()
        return Sample(self.transitions, round(seconds, 1), round(readings["rss_mb"], 1),
                      python_objects, qobjects, items,
                      round((store.screen_sized.total + store.small.total) / 2**20, 1),
                      int(readings["fds"]), int(readings["threads"]))

    # --- helpers ------------------------------------------------------------------------

    def _stepped(self) -> None:
        self.transitions += 1
        if self.leak:
            # A planted leak, for the test that shows the soak finds one: a Qt object kept
            # under the window and a little Python data kept for every slide shown.
            kept = QObject(self.window)
            self._leaked.append((kept, [{"slide": [self.transitions]} for _ in range(16)]))

    def _quick_times(self) -> None:
        self.session.idle_watch.set_idle_seconds(IDLE_SECONDS)
        self.session.autoplayer.set_durations(lambda _index: AUTOPLAY_SECONDS)

    def _tap(self, name: str) -> bool:
        rect = _rect_of(self.window, name)
        if rect.width() <= 0:
            return False
        tap(self.window, rect.center().toPoint())
        return True

    def _operator_menu(self) -> bool:
        key(self.window, Qt.Key.Key_Q, OPERATOR_CHORD)
        return bool(wait_until(lambda: self.session.operator_menu.open_view == "menu", 2))

    def _close_operator(self) -> None:
        for _ in range(3):
            if not self.session.operator_menu.open_view:
                return
            key(self.window, Qt.Key.Key_Escape)


def _rect_of(window: QObject, name: str) -> QRectF:
    """Where the visible item called `name` is (Main.qml's rectOf; empty if none)."""
    rect = QMetaObject.invokeMethod(window, "rectOf", Q_RETURN_ARG("QVariant"),
                                    Q_ARG("QVariant", name))
    return rect if isinstance(rect, QRectF) else QRectF()
