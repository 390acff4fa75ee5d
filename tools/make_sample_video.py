"""Make the sample video clip of the showcase pack, and the small clips the video tests play.

Every frame is drawn here with Pillow (a sun over the sea, in the kiosk's default palette; no
words, so it suits every language) and encoded with PyAV (FFmpeg in its wheels, dev extra:
`pip install -e '.[dev]'`). Nothing is downloaded or copied from elsewhere. The motion is
periodic, so the clip loops without a jump.

    python tools/make_sample_video.py          # content/showcase/media/sample.mp4 + poster,
                                               # copied to kiosk/deck/starter_video/ too
    python tools/make_sample_video.py --tests  # also the clips in tests/app/videos/

The sample: 1280x720, 25 fps, 6 s, H.264 (High profile, yuv420p) in MP4 with the index at the
front, no sound track. The poster is its first frame as JPEG. `kiosk new` ships the same two
files (package data in kiosk/deck/starter_video/) and copies them into every starter pack.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO_ROOT / "content" / "showcase" / "media"
TESTS_DIR = REPO_ROOT / "tests" / "app" / "videos"
STARTER_DIR = REPO_ROOT / "kiosk" / "deck" / "starter_video"

# The kiosk's default theme (kiosk/qml/Kiosk/Style.qml) and the Shandong pack's teal.
NAVY_TOP = (10, 26, 47)
NAVY_BOTTOM = (22, 52, 84)
AMBER = (232, 163, 61)
SEAS = [(24, 96, 112), (31, 122, 128), (38, 150, 140)]

Frame = Callable[[float], Image.Image]


def sea_and_sun(width: int, height: int) -> Frame:
    """A drawing of time t in 0..1 (one loop): the sun rises and sets, the waves roll on.
    Drawn at twice the size and scaled down, so edges are smooth."""
    drawn = _sea_and_sun(width * 2, height * 2)
    return lambda t: drawn(t).resize((width, height), Image.Resampling.LANCZOS)


def _sea_and_sun(width: int, height: int) -> Frame:
    sky = Image.new("RGB", (1, height))
    for y in range(height):
        mix = y / (height - 1)
        sky.putpixel((0, y), tuple(round(a + (b - a) * mix)
                                   for a, b in zip(NAVY_TOP, NAVY_BOTTOM, strict=True)))
    sky = sky.resize((width, height))

    def frame(t: float) -> Image.Image:
        image = sky.copy()
        angle = 2 * math.pi * t
        # The sun: up and down once a loop, with a soft glow.
        radius = height * 0.09
        cx = width * (0.62 + 0.04 * math.sin(angle))
        cy = height * (0.42 - 0.10 * math.sin(angle))
        glow = Image.new("L", (width, height), 0)
        ImageDraw.Draw(glow).ellipse((cx - radius * 2.2, cy - radius * 2.2,
                                      cx + radius * 2.2, cy + radius * 2.2), fill=90)
        glow = glow.filter(ImageFilter.GaussianBlur(radius * 0.8))
        image.paste(Image.new("RGB", (width, height), AMBER), (0, 0), glow)
        draw = ImageDraw.Draw(image)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=AMBER)
        # Three rows of waves, the nearer ones faster; whole turns per loop, so it loops.
        for row, colour in enumerate(SEAS):
            base = height * (0.62 + 0.11 * row)
            amplitude = height * (0.018 + 0.008 * row)
            turns = row + 1
            points = [(x, base + amplitude * math.sin(2 * math.pi * x / (width / (2 + row))
                                                      - turns * angle))
                      for x in range(0, width + 8, 8)]
            draw.polygon([*points, (width, height), (0, height)], fill=colour)
        return image

    return frame


def encode(path: Path, frame: Frame, *, size: tuple[int, int], seconds: float, fps: int = 25,
           codec: str = "libx264", options: dict[str, str] | None = None,
           tone: bool = False) -> None:
    """Write `seconds` of `frame(t)` to `path` (MP4 or WebM by its suffix)."""
    import av  # dev extra; imported here so --help works without it

    path.parent.mkdir(parents=True, exist_ok=True)
    container_options = {"movflags": "+faststart"} if path.suffix == ".mp4" else {}
    with av.open(str(path), "w", options=container_options) as out:
        video = out.add_stream(codec, rate=fps, options=options or {})
        video.width, video.height = size
        video.pix_fmt = "yuv420p"
        sound = out.add_stream("aac", rate=48000, layout="mono") if tone else None
        count = round(seconds * fps)
        for n in range(count):
            picture = av.VideoFrame.from_image(frame(n / count))
            picture.pts = n
            picture.time_base = Fraction(1, fps)
            for packet in video.encode(picture):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
        if sound is not None:
            write_tone(out, sound, seconds)


def write_tone(out: object, sound: object, seconds: float) -> None:
    """A quiet 440 Hz tone (for the test of a video with sound)."""
    import array

    import av

    rate, chunk = 48000, 1024
    total = round(seconds * rate)
    for start in range(0, total, chunk):
        count = min(chunk, total - start)
        pcm = array.array("f", (0.1 * math.sin(2 * math.pi * 440 * (start + i) / rate)
                                for i in range(count)))
        samples = av.AudioFrame(format="flt", layout="mono", samples=count)
        samples.planes[0].update(pcm.tobytes())
        samples.sample_rate = rate
        samples.pts = start
        for packet in sound.encode(samples):  # type: ignore[attr-defined]
            out.mux(packet)  # type: ignore[attr-defined]
    for packet in sound.encode():  # type: ignore[attr-defined]
        out.mux(packet)  # type: ignore[attr-defined]


def make_sample(folder: Path) -> None:
    frame = sea_and_sun(1280, 720)
    video = folder / "sample.mp4"
    encode(video, frame, size=(1280, 720), seconds=6,
           options={"crf": "30", "preset": "veryslow", "profile": "high", "g": "50"})
    poster = folder / "sample-poster.jpg"
    frame(0.0).save(poster, quality=86, optimize=True, progressive=True)
    for path in (video, poster):
        print(f"{path.relative_to(REPO_ROOT)}: {path.stat().st_size / 1024:.0f} KB")


def make_test_clips(folder: Path) -> None:
    """Small clips for tests/app/test_video.py, each a case the kiosk must handle."""
    frame = sea_and_sun(320, 180)
    clips = {
        # Plays everywhere: short, so a test sees it end or start again.
        "short.mp4": {"seconds": 1.2},
        "short.webm": {"seconds": 1.2, "codec": "libvpx-vp9",
                       "options": {"crf": "40", "b": "0"}},
        # With a sound track, for `muted: false`.
        "tone.mp4": {"seconds": 1.2, "tone": True},
        # AV1: the kiosk's player has no software decoder for it (a missing codec).
        "av1.mp4": {"seconds": 1.0, "codec": "libsvtav1"},
    }
    for name, settings in clips.items():
        path = folder / name
        encode(path, frame, size=(320, 180), **settings)  # type: ignore[arg-type]
        print(f"{path.relative_to(REPO_ROOT)}: {path.stat().st_size / 1024:.1f} KB")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SAMPLE_DIR,
                        help="folder for sample.mp4 and sample-poster.jpg")
    parser.add_argument("--tests", action="store_true",
                        help=f"also write the test clips to {TESTS_DIR.relative_to(REPO_ROOT)}")
    args = parser.parse_args(argv)
    make_sample(args.out)
    if args.out.resolve() == SAMPLE_DIR:
        STARTER_DIR.mkdir(parents=True, exist_ok=True)
        for name in ("sample.mp4", "sample-poster.jpg"):
            shutil.copyfile(SAMPLE_DIR / name, STARTER_DIR / name)
        print(f"copied both to {STARTER_DIR.relative_to(REPO_ROOT)}/ for kiosk new")
    if args.tests:
        make_test_clips(TESTS_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
