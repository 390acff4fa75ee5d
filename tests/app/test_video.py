"""Video slides as a visitor meets them: the video plays while its slide is shown and its
player is gone once the slide leaves; a playing video keeps the kiosk awake; a video that
cannot be played keeps its poster, is logged, and `kiosk check` says why. The players are
observed through the players' own state (playing, position, decoded frame size), read in
QML as plain values."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from kiosk.app.screenshot import render_settled
from tests.app.gestures import tap
from tests.app.harness import SHANDONG, Kiosk, layout_faults, open_kiosk
from tests.packs import write_pack

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "content" / "showcase" / "media"
CLIPS = Path(__file__).resolve().parent / "videos"
W, H = 1280, 800
PLAYING = QMediaPlayer.PlaybackState.PlayingState.value


def players(kiosk: Kiosk) -> list[dict[str, Any]]:
    """Every video player in the window, as plain values read in QML (Main.videoPlayers):
    the players come and go with their slides, so no Python wrapper of them is made."""
    found = QMetaObject.invokeMethod(kiosk.window, "videoPlayers", Q_RETURN_ARG("QVariant"))
    return [dict(player) for player in found.toVariant()]


def states(kiosk: Kiosk) -> list[int]:
    return [player["state"] for player in players(kiosk)]


def frames(kiosk: Kiosk) -> list[tuple[int, int]]:
    """For each player whose output has received a decoded picture, the video's size."""
    return [(player["frameWidth"], player["frameHeight"]) for player in players(kiosk)
            if player["pictureShown"]]


def pack_with(folder: Path, slides: str, *, idle: float = 0, files: tuple[Path, ...] = (),
              header: str = "") -> Path:
    """A pack of `slides` (YAML list items) with the sample clip, its poster and `files` in
    media/; `header`: more top-level keys."""
    media = folder / "media"
    media.mkdir(parents=True)
    for path in (SAMPLE / "sample.mp4", SAMPLE / "sample-poster.jpg", *files):
        shutil.copy(path, media / path.name)
    if idle:
        header += f"kiosk: {{idle_timeout: {idle}}}\n"
    return write_pack(folder, f"format: 1\ntitle: Videos\n{header}slides:\n{slides}")


@pytest.fixture
def tour(tmp_path: Path) -> Path:
    return pack_with(tmp_path / "tour", """\
  - {type: title, title: Before}
  - type: video
    source: media/sample.mp4
    poster: media/sample-poster.jpg
    caption: The sea at dusk
  - {type: title, title: After}
""")


def test_the_slide_gets_its_file_and_settings(tmp_path: Path) -> None:
    from kiosk.app.slide_data import slide_content
    from kiosk.deck.loader import load_pack

    pack = pack_with(tmp_path / "data", """\
  - {type: video, source: media/sample.mp4, caption: {en: Sea, zh: 海}, loop: false}
""", header="languages: [en, zh]\n")
    result = load_pack(pack)
    assert result.pack is not None
    content = slide_content(result.pack.deck.slides[0], "zh", "en")
    # The player gets the file's plain URL; the picture cache's query is for posters only.
    assert content["source"] == (pack / "media" / "sample.mp4").as_uri()
    assert (content["caption"], content["loop"], content["muted"]) == ("海", False, True)
    assert content["poster"] == "" and content["problem"] == ""
    assert content["ratio"] == pytest.approx(16 / 9)


def wait_shown(qtbot: QtBot, kiosk: Kiosk, index: int) -> None:
    qtbot.waitUntil(lambda: kiosk.shown_index() == index
                    and not kiosk.stage.property("transitioning"), timeout=3000)


def test_a_video_plays_only_while_its_slide_is_on_screen(qtbot: QtBot, tour: Path) -> None:
    with open_kiosk(qtbot, tour, (W, H)) as kiosk:
        assert players(kiosk) == []                      # the title: no player anywhere
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)
        assert players(kiosk)[0]["file"] == "sample.mp4"
        qtbot.waitUntil(lambda: players(kiosk)[0]["position"] > 500, timeout=3000)
        assert frames(kiosk) == [(1280, 720)]            # decoded, offscreen too
        assert kiosk.slide_text("caption") == "The sea at dusk"
        assert not players(kiosk)[0]["sound"]            # muted: no audio output at all
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 2)
        qtbot.waitUntil(lambda: players(kiosk) == [], timeout=2000)   # unloaded, not paused
        assert frames(kiosk) == []
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Left)    # back: a fresh player, from the start
        wait_shown(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)
        assert players(kiosk)[0]["position"] < 2000


def test_a_slide_being_swiped_in_does_not_play_until_it_arrives(qtbot: QtBot, tour: Path) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from tests.app.gestures import touch_screen

    with open_kiosk(qtbot, tour, (W, H)) as kiosk:
        screen = touch_screen()
        QTest.touchEvent(kiosk.window, screen).press(0, QPoint(900, 400), kiosk.window)
        for x in range(880, 560, -20):
            qtbot.wait(16)
            QTest.touchEvent(kiosk.window, screen).move(0, QPoint(x, 400), kiosk.window)
        qtbot.wait(300)
        assert kiosk.stage.property("swipeNeighbour") == 1   # the video slide, half in view
        assert players(kiosk) == []
        QTest.touchEvent(kiosk.window, screen).move(0, QPoint(520, 400), kiosk.window)
        QTest.touchEvent(kiosk.window, screen).release(0, QPoint(520, 400), kiosk.window)
        wait_shown(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)


def test_a_playing_video_keeps_the_kiosk_from_going_idle(qtbot: QtBot, tmp_path: Path) -> None:
    pack = pack_with(tmp_path / "idle", """\
  - {type: video, source: media/sample.mp4}
  - {type: title, title: After}
""", idle=1)
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        idle = kiosk.session.idle_watch
        qtbot.waitUntil(lambda: kiosk.session.videos.property("busy"), timeout=3000)
        qtbot.wait(2500)                                 # well past the 1 s idle timeout
        assert idle.current_state == "active"
        assert states(kiosk) == [PLAYING]
        kiosk.session.navigator.next()                   # not a visitor's input: a stand-in
        wait_shown(qtbot, kiosk, 1)
        assert not kiosk.session.videos.property("busy")
        qtbot.waitUntil(lambda: idle.current_state == "countdown", timeout=3000)


def test_a_looping_video_counts_as_activity_for_its_first_run_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = pack_with(tmp_path / "loop", "  - {type: video, source: media/short.mp4}\n",
                     idle=1, files=(CLIPS / "short.mp4",))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        qtbot.waitUntil(lambda: kiosk.session.videos.property("busy"), timeout=3000)
        # The 1.2 s clip starts again: no longer "busy", though it plays on.
        qtbot.waitUntil(lambda: not kiosk.session.videos.property("busy"), timeout=4000)
        assert states(kiosk) == [PLAYING]
        qtbot.waitUntil(lambda: kiosk.session.idle_watch.current_state == "countdown",
                        timeout=3000)
        assert states(kiosk) == [PLAYING]    # looping on


def test_a_video_that_does_not_loop_ends_on_its_poster_and_plays_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pack = pack_with(tmp_path / "once", """\
  - type: video
    source: media/short.webm
    poster: media/sample-poster.jpg
    loop: false
""", files=(CLIPS / "short.webm",))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)
        assert players(kiosk)[0]["file"] == "short.webm"          # VP9 in WebM
        qtbot.waitUntil(lambda: frames(kiosk) == [(320, 180)], timeout=3000)
        qtbot.waitUntil(lambda: players(kiosk) == [], timeout=4000)   # the end: unloaded
        assert not kiosk.session.videos.property("busy")
        render_settled(kiosk.window)
        assert kiosk.slide_rect("poster").width() > 0
        replay = kiosk.slide_rect("replayButton")
        assert replay.width() >= kiosk.session.property("touchTarget") - 0.5
        tap(kiosk.window, replay.center().toPoint())
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)
        assert kiosk.session.navigation.position == 0


# Qt Multimedia opens the default audio device for a video with sound. The test machines have
# no sound server, so PulseAudio's client cannot connect and Qt says so: the environment, not
# the kiosk (a booth has a sound server, or plays muted videos, which open no audio device).
@pytest.mark.qt_log_ignore("PulseAudioService: pa_context_connect\\(\\) failed",
                           "No audio device detected")
def test_a_video_with_muted_false_plays_its_sound(qtbot: QtBot, tmp_path: Path) -> None:
    pack = pack_with(tmp_path / "sound",
                     "  - {type: video, source: media/tone.mp4, muted: false}\n",
                     files=(CLIPS / "tone.mp4",))
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        qtbot.waitUntil(lambda: states(kiosk) == [PLAYING], timeout=3000)
        assert players(kiosk)[0]["sound"]


# --- videos that cannot be played -----------------------------------------------------------

def test_a_damaged_video_keeps_its_poster_and_is_logged_and_reported_by_check(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from io import StringIO

    from kiosk.deck.check import check_pack

    folder = tmp_path / "cut"
    pack = pack_with(folder, """\
  - {type: title, title: Before}
  - type: video
    source: media/cut.mp4
    poster: media/sample-poster.jpg
    caption: Cut short
""")
    data = (folder / "media" / "sample.mp4").read_bytes()
    (folder / "media" / "cut.mp4").write_bytes(data[:len(data) // 3])   # a copy cut short
    out = StringIO()
    assert check_pack(pack, out, StringIO()) == 1
    assert "deck.yaml:6:13: slides[1].source: 'media/cut.mp4' is cut short" in out.getvalue()
    caplog.set_level(logging.WARNING, logger="kiosk.app.videos")
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:             # the tour is still shown
        assert "cut.mp4 cannot be played: is cut short" in caplog.text   # logged at start
        assert caplog.text.count("cut.mp4 cannot be played") == 1
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 1)
        qtbot.wait(800)
        assert players(kiosk) == []                      # never handed to the player
        render_settled(kiosk.window)
        assert kiosk.slide_rect("poster").width() > 0
        assert kiosk.slide_text("caption") == "Cut short"
        assert caplog.text.count("cut.mp4 cannot be played") == 1   # once, not per showing


# The player's own report of the file this test damages (Qt logs it as a warning before the
# kiosk gets the error signal); the kiosk logs it too, in its own words.
@pytest.mark.qt_log_ignore("Could not open media")
def test_a_video_damaged_after_loading_fails_in_the_player_and_keeps_its_poster(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "later"
    pack = pack_with(folder, """\
  - {type: title, title: Before}
  - {type: video, source: media/sample.mp4, poster: media/sample-poster.jpg}
""")
    caplog.set_level(logging.WARNING, logger="kiosk.app.videos")
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        (folder / "media" / "sample.mp4").write_bytes(b"\0" * 4096)   # after the pack loaded
        qtbot.keyClick(kiosk.window, Qt.Key.Key_Right)
        wait_shown(qtbot, kiosk, 1)
        qtbot.waitUntil(lambda: "sample.mp4 cannot be played" in caplog.text, timeout=3000)
        qtbot.waitUntil(lambda: players(kiosk) == [], timeout=2000)   # let go at once
        render_settled(kiosk.window)
        assert kiosk.slide_rect("poster").width() > 0
        assert not kiosk.session.videos.property("busy")


def test_a_codec_this_machine_cannot_decode_keeps_the_poster(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """AV1: Qt's FFmpeg decodes it only on a graphics chip; here it plays without a picture."""
    pack = pack_with(tmp_path / "av1", """\
  - {type: video, source: media/av1.mp4, poster: media/sample-poster.jpg, caption: AV1}
""", files=(CLIPS / "av1.mp4",))
    caplog.set_level(logging.WARNING, logger="kiosk.app.videos")
    with open_kiosk(qtbot, pack, (W, H)) as kiosk:
        qtbot.waitUntil(lambda: len(players(kiosk)) == 1, timeout=3000)
        assert frames(kiosk) == []
        qtbot.waitUntil(lambda: players(kiosk) == [], timeout=8000)     # after 5 s: given up
        assert "av1.mp4 cannot be played: no picture could be decoded" in caplog.text
        render_settled(kiosk.window)
        assert kiosk.slide_rect("poster").width() > 0
        assert not kiosk.session.videos.property("busy")


# --- layout ---------------------------------------------------------------------------------

SIZES = [(1920, 1080), (1080, 1920), (3840, 2160), (1280, 800)]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_video_slide_fits_every_screen(qtbot: QtBot, tmp_path: Path, size: tuple[int, int],
                                         language: str) -> None:
    folder = tmp_path / "layout"
    shutil.copytree(SHANDONG / "fonts", folder / "fonts")
    pack = pack_with(folder, """\
  - type: video
    source: media/sample.mp4
    poster: media/sample-poster.jpg
    caption:
      en: >-
        A passive house technology centre in the Sino-German Ecopark. A passive house is a
        rigorous, voluntary standard for energy efficiency in a building, which reduces the
        building's ecological footprint.
      zh: >-
        中德生态园内的被动房技术中心。被动房是一种严格的、自愿采用的建筑能效标准，可减少建筑的生态足迹。
""", header='languages: [en, zh]\ntheme: {font: "Noto Sans CJK SC"}\n')
    with open_kiosk(qtbot, pack, size, language=language, animate=False) as kiosk:
        render_settled(kiosk.window)
        assert layout_faults(kiosk.window) == []
        box = kiosk.slide_rect("videoBox")
        assert box.left() >= 0 and box.right() <= size[0] + 0.5
        assert abs(box.width() / box.height() - 16 / 9) < 0.01     # the video's proportions
        caption = kiosk.slide_rect("caption")
        assert caption.top() >= box.bottom()
