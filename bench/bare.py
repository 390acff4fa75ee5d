"""Baselines: a bare Qt Quick window started, stepped and animated as the kiosk is, with as
little as Qt needs (one Text; two pictures sliding), in the same process setup."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from bench.probe import FrameClock, emit, pause, press_right, rss_mb, wait_until

ONE_TEXT = """
import QtQuick
Window {
    width: 1920; height: 1080; color: "#0b1f33"
    property int count: 0
    Text {
        objectName: "label"; anchors.centerIn: parent
        text: "Slide " + count; color: "white"; font.pixelSize: 80
        focus: true
        Keys.onPressed: count += 1
    }
}
"""

TWO_PICTURES = """
import QtQuick
Window {
    id: window
    width: 1920; height: 1080; color: "#0b1f33"
    property url picture
    property int shown: 0
    Item {
        anchors.fill: parent
        focus: true
        Keys.onPressed: {
            const leaving = window.shown % 2 === 0 ? a : b
            const coming = window.shown % 2 === 0 ? b : a
            coming.x = window.width
            out.target = leaving; into.target = coming
            slide.restart()
            window.shown += 1
        }
    }
    Image { id: a; width: window.width; height: window.height; source: window.picture
            fillMode: Image.PreserveAspectCrop; asynchronous: false }
    Image { id: b; x: window.width; width: window.width; height: window.height
            source: window.picture; fillMode: Image.PreserveAspectCrop; asynchronous: false }
    ParallelAnimation {
        id: slide
        NumberAnimation { id: out; property: "x"; to: -window.width; duration: 450
                          easing.type: Easing.OutCubic }
        NumberAnimation { id: into; property: "x"; to: 0; duration: 450
                          easing.type: Easing.OutCubic }
    }
}
"""


def _window(qml: str, **properties: object) -> tuple[QQmlApplicationEngine, QQuickWindow]:
    engine = QQmlApplicationEngine()
    engine.setInitialProperties(dict(properties))
    engine.loadData(qml.encode())
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.showFullScreen()
    return engine, window


def run(mode: str, args: list[str]) -> int:
    app = QGuiApplication(sys.argv[:1])
    if mode == "bare-start":
        _engine, window = _window(ONE_TEXT)
        seen: list[bool] = []

        def first_frame() -> None:
            if not seen:
                seen.append(True)
                print("first frame on screen", file=sys.stderr, flush=True)
                emit({"peak_mb": rss_mb("VmHWM")})

        window.frameSwapped.connect(first_frame, Qt.ConnectionType.QueuedConnection)
        return app.exec()
    if mode == "bare-keys":
        _engine, window = _window(ONE_TEXT)
        clock = FrameClock(window)
        wait_until(lambda: len(clock.swaps) > 0, 20)
        label = window.findChild(QObject, "label")
        assert label is not None
        latencies = []
        for step in range(int(args[0])):
            pause(0.15)
            wanted = f"Slide {step + 1}"

            def shows(wanted: str = wanted) -> bool:
                return bool(label.property("text") == wanted)

            clock.ready = shows
            pressed = press_right(window)
            wait_until(lambda: clock.frame_ready_after(pressed) is not None, 5)  # noqa: B023
            shown = clock.frame_ready_after(pressed)
            if shown is not None:
                latencies.append((shown - pressed) * 1000)
        emit({"latencies_ms": latencies})
        return 0
    if mode == "bare-transitions":
        _engine, window = _window(TWO_PICTURES, picture=QUrl.fromLocalFile(str(Path(args[0]))))
        clock = FrameClock(window)
        wait_until(lambda: len(clock.swaps) > 0, 20)
        intervals: list[float] = []
        for _ in range(int(args[1])):
            pause(0.3)
            pressed = press_right(window)
            pause(0.5)
            intervals += clock.intervals(pressed, pressed + 0.45)
        emit({"intervals_ms": intervals})
        return 0
    raise SystemExit(f"unknown mode {mode}")
