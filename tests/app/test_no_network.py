"""Nothing in a pack makes the kiosk fetch anything: rich text is tamed, and QML is offline."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

from kiosk.app.richtext import safe_rich_text
from kiosk.app.screenshot import render_settled, settle
from tests.app.harness import open_kiosk
from tests.packs import write_pack


class Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    Recorder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def hostile_markdown(base: str) -> str:
    return "\n\n".join([
        f"![plain]({base}/plain.png)",
        f"![a [b] c]({base}/nested.png)",
        f"![r]\n\n> [r]: {base}/quoted.png",
        f"- ![s]\n- [s]: {base}/listed.png",
        f"![x\\]y]({base}/escaped.png)",
        f"<img src=\"{base}/html.png\">",
        f"<a href=\"{base}/a\">a link</a> [text]({base}/link) <{base}/auto> {base}/bare",
        "`a < b` and <b>not bold</b> and &amp;",
    ])


def test_hostile_rich_text_never_reaches_the_network(
    qtbot: QtBot, tmp_path: Path, server: str
) -> None:
    body = hostile_markdown(server).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    pack = write_pack(tmp_path / "hostile", f"""
        format: 1
        title: Hostile
        slides:
          - {{type: text, title: One, body: "{body}"}}
          - {{type: profile, name: Two, body: "{body}"}}
    """)
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        for index in range(2):
            kiosk.session.navigator.goTo(index)
            render_settled(kiosk.window)
        qtbot.wait(500)
    assert Recorder.requests == []


def test_rich_text_keeps_what_authors_mean(qapp: QGuiApplication) -> None:
    out = safe_rich_text("**bold** and *italic* `a < b` <b>raw</b> [text](http://x/y)\n\n- one")
    body = out.split("<body>", 1)[1]
    assert "font-weight:700" in body and "font-style:italic" in body
    assert "a &lt; b" in body                      # a code span shows "<", not "&lt;"
    assert "&lt;b&gt;raw&lt;/b&gt;" in body        # raw HTML shown literally
    assert "text" in body and "http://x/y" not in body and "href" not in body
    assert "<li" in body
    assert safe_rich_text("![the alt](http://x/p.png)").count("the alt") == 1


LOAD_IMAGE = ('import QtQuick\n'
              'Image {{ property bool failed: status === Image.Error; source: "{}" }}')


@pytest.mark.qt_log_ignore("Error opening /nonexistent/kiosk-refused-a-network-request")
def test_qml_itself_is_kept_offline(qtbot: QtBot, tmp_path: Path, server: str) -> None:
    pack = write_pack(tmp_path / "ok", "format: 1\ntitle: T\nslides: [{type: title, title: Hi}]\n")
    with open_kiosk(qtbot, pack, animate=False) as kiosk:
        component = QQmlComponent(kiosk.engine)
        component.setData(LOAD_IMAGE.format(f"{server}/direct.png").encode(), QUrl())
        image = component.create()
        assert image is not None
        qtbot.waitUntil(lambda: bool(image.property("failed")), timeout=3000)
        settle()
        image.deleteLater()
    assert Recorder.requests == []


@pytest.mark.qt_log_ignore("QML Image: Error transferring")
def test_without_the_guard_qml_would_fetch(qtbot: QtBot, server: str) -> None:
    """The control case: a plain engine does reach the server, so the test above means it."""
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(LOAD_IMAGE.format(f"{server}/control.png").encode(), QUrl())
    image = component.create()
    qtbot.waitUntil(lambda: Recorder.requests == ["/control.png"], timeout=5000)
    image.deleteLater()
    engine.deleteLater()
    settle()
