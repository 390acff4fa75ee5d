"""Videos read by their container's structure (kiosk/deck/videos.py) and what `kiosk check`
says about them: errors for files that cannot play, warnings for codecs that may not; the
kiosk itself still loads such a pack (it shows the video's poster)."""

from __future__ import annotations

import os
import struct
from io import StringIO
from pathlib import Path

import pytest

from kiosk.deck.check import check_pack
from kiosk.deck.loader import load_pack
from kiosk.deck.videos import read_video
from tests.packs import write_pack, write_picture

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "content" / "showcase" / "media" / "sample.mp4"
CLIPS = REPO / "tests" / "app" / "videos"


def box(kind: bytes, *payload: bytes) -> bytes:
    body = b"".join(payload)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def mp4(*, handler: bytes = b"vide", entry: bytes = b"avc1", size: tuple[int, int] = (640, 360),
        samples: int = 25, moov: bool = True, mdat: bool = True) -> bytes:
    """A small MP4 whose structure is right (its pictures are not real: nothing decodes it)."""
    visual = (b"\0" * 6 + struct.pack(">H", 1) + b"\0" * 16 + struct.pack(">HH", *size)
              + b"\0" * 50)
    stsd = box(b"stsd", b"\0\0\0\0", struct.pack(">I", 1), box(entry, visual))
    stsz = box(b"stsz", b"\0\0\0\0", struct.pack(">II", 0, samples), b"\0\0\0\x10" * samples)
    hdlr = box(b"hdlr", b"\0" * 8, handler, b"\0" * 12, b"VideoHandler\0")
    trak = box(b"trak", box(b"mdia", hdlr, box(b"minf", box(b"stbl", stsd, stsz))))
    parts = [box(b"ftyp", b"isom", b"\0\0\x02\0", b"isomiso2avc1mp41")]
    if moov:
        parts.append(box(b"moov", trak))
    if mdat:
        parts.append(box(b"mdat", b"\0" * 400))
    return b"".join(parts)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_the_sample_and_the_test_clips_are_what_their_names_say() -> None:
    sample = read_video(SAMPLE)
    assert (sample.container, sample.codec, sample.width, sample.height) == (
        "MP4", "H.264", 1280, 720)
    assert sample.error is None and sample.advice == ()
    assert SAMPLE.stat().st_size < 300 * 1024
    webm = read_video(CLIPS / "short.webm")
    assert (webm.container, webm.codec, webm.error) == ("WebM", "VP9", None)
    av1 = read_video(CLIPS / "av1.mp4")
    assert av1.codec == "AV1" and av1.error is None
    assert "graphics chip" in av1.advice[0]


@pytest.mark.parametrize(("data", "says"), [
    (b"", "is empty (0 bytes)"),
    (b"version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 9\n", "Git LFS pointer"),
    (b"<!DOCTYPE html><html><body>Sign in</body></html>", "is a web page"),
    (b"just some notes\n", "is a text file"),
    (b"OggS\0\x02" + b"\0" * 60, "is an Ogg file, not an MP4 or WebM video"),
    (b"RIFF\0\0\0\0AVI LIST" + b"\0" * 60, "is an AVI video"),
    (bytes(range(256)) * 4, "is not an MP4 or WebM video"),
    (mp4(moov=False), "has no index ('moov' box)"),
    (mp4(mdat=False), "holds no pictures"),
    (mp4(handler=b"soun", entry=b"mp4a"), "holds no video track"),
    (mp4(entry=b"encv"), "is encrypted"),
    (mp4(samples=0), "a video track with no frames"),
    (mp4()[:-100], "is cut short: it ends at"),
    (mp4()[:5], "is not an MP4 or WebM video"),
])
def test_files_that_cannot_play_are_errors(tmp_path: Path, data: bytes, says: str) -> None:
    video = read_video(write(tmp_path / "clip.mp4", data))
    assert video.error is not None and says in video.error, video.error


def test_a_picture_named_like_a_video(tmp_path: Path) -> None:
    path = write_picture(tmp_path / "photo.jpg")
    error = read_video(path.rename(tmp_path / "photo.mp4")).error
    assert error is not None and error.startswith("is a JPEG picture, not an MP4 or WebM video")


def test_cut_short_copies_of_real_clips(tmp_path: Path) -> None:
    for source in (SAMPLE, CLIPS / "short.webm"):
        data = source.read_bytes()
        cut = read_video(write(tmp_path / f"cut{source.suffix}", data[:len(data) // 2]))
        assert cut.error is not None and "is cut short" in cut.error, source.name


def test_codecs_and_sizes_that_may_not_play_are_warnings(tmp_path: Path) -> None:
    video = read_video(write(tmp_path / "a.mp4", mp4(entry=b"apcn")))
    assert video.error is None and video.codec == "ProRes"
    assert "has not been tried with" in video.advice[0]
    huge = read_video(write(tmp_path / "b.mp4", mp4(size=(7680, 4320))))
    assert huge.error is None and "7680x4320 pixels, more than a 4K screen" in huge.advice[0]
    assert read_video(write(tmp_path / "c.mp4", mp4())).advice == ()     # H.264 at 640x360


def test_a_file_replaced_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path / "clip.mp4", b"")
    assert read_video(path).error is not None
    path.write_bytes(SAMPLE.read_bytes())
    os.utime(path, ns=(1, 2_000_000_000))
    assert read_video(path).error is None


def test_kiosk_check_reports_them_and_the_kiosk_still_loads_the_pack(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    write(folder / "videos" / "cut.mp4", SAMPLE.read_bytes()[:20000])
    write(folder / "videos" / "av1.mp4", (CLIPS / "av1.mp4").read_bytes())
    write(folder / "videos" / "good.mp4", SAMPLE.read_bytes())
    write_pack(folder, """
        format: 1
        title: Videos
        slides:
          - {type: video, source: videos/good.mp4}
          - {type: video, source: videos/cut.mp4}
          - {type: video, source: videos/av1.mp4}
          - {type: video, source: videos/cut.mp4, caption: The same file again}
    """)
    out = StringIO()
    assert check_pack(folder, out, StringIO()) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("deck.yaml:5:27: slides[1].source: 'videos/cut.mp4' is cut short")
    assert lines[0].endswith("export or copy it again (also used on line 7)")   # once a file
    assert lines[1].startswith("deck.yaml:6:27: slides[2].source: warning: 'videos/av1.mp4' is AV1")
    assert lines[2].endswith(": 1 error, 1 warning")
    assert load_pack(folder).pack is not None       # the kiosk plays the tour, with the poster


def test_long_gallery_and_video_texts_are_warned_about(tmp_path: Path) -> None:
    folder = tmp_path / "long"
    write(folder / "videos" / "good.mp4", SAMPLE.read_bytes())
    write_picture(folder / "a.png")
    long = "A sentence about the picture that goes on for quite a while. " * 7
    write_pack(folder, f"""
        format: 1
        title: Long
        slides:
          - type: gallery
            images: [{{image: a.png, caption: "{long}"}}, {{image: a.png, caption: Short}}]
          - {{type: video, source: videos/good.mp4, caption: "{long}"}}
    """)
    result = load_pack(folder, with_warnings=True)
    warned = [problem.key for problem in result.warnings]
    assert warned == ["slides[0].images[0].caption", "slides[1].caption"]
