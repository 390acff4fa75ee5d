"""Videos in a pack read by their container's structure, not decoded: what stops one playing."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

AGAIN = "export or copy it again"
CONVERT = "convert it to MP4 (H.264) or WebM (VP9)"
LARGEST = (3840, 2160)
"""A 4K screen: a larger video costs decoding time and shows no more."""

MP4_CODECS = {
    "avc1": "H.264", "avc3": "H.264", "hvc1": "H.265", "hev1": "H.265", "vp09": "VP9",
    "vp08": "VP8", "av01": "AV1", "mp4v": "MPEG-4 Part 2", "dvh1": "Dolby Vision",
    "dvhe": "Dolby Vision", "apch": "ProRes", "apcn": "ProRes", "apcs": "ProRes",
    "apco": "ProRes", "ap4h": "ProRes", "mjpa": "Motion JPEG", "jpeg": "Motion JPEG",
}
MATROSKA_CODECS = {
    "V_VP8": "VP8", "V_VP9": "VP9", "V_AV1": "AV1", "V_MPEG4/ISO/AVC": "H.264",
    "V_MPEGH/ISO/HEVC": "H.265", "V_MPEG4/ISO/ASP": "MPEG-4 Part 2", "V_THEORA": "Theora",
    "V_PRORES": "ProRes", "V_MJPEG": "Motion JPEG",
}
PLAYS = frozenset({"H.264", "H.265", "VP8", "VP9", "MPEG-4 Part 2"})
"""Codecs the kiosk's player (Qt Multimedia with the FFmpeg that comes with PySide6) was seen
to decode in software, so on any machine."""
NEEDS_HARDWARE = frozenset({"AV1"})
"""Codecs that FFmpeg build decodes only on a graphics chip that does it (no software decoder)."""

MP4_TOP = frozenset({b"ftyp", b"styp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot",
                     b"uuid", b"moof", b"mfra", b"meta", b"sidx", b"prft", b"emsg"})
MOOV_LIMIT = 64 * 1024 * 1024
"""An index ('moov' box) larger than this is not read: its codec is then not known."""

# Matroska / WebM element IDs (with their length markers, as written in the file).
EBML, DOC_TYPE, SEGMENT, CLUSTER, TRACKS = 0x1A45DFA3, 0x4282, 0x18538067, 0x1F43B675, 0x1654AE6B
TRACK_ENTRY, TRACK_TYPE, CODEC_ID, VIDEO = 0xAE, 0x83, 0x86, 0xE0
PIXEL_WIDTH, PIXEL_HEIGHT = 0xB0, 0xBA
ELEMENT_LIMIT = 200_000
"""Top-level elements walked at most (a two-hour WebM has a few thousand clusters)."""

# What a file that is not a video often is instead: (magic at offset 0, what it is).
NOT_VIDEOS = [
    (b"\xff\xd8\xff", "a JPEG picture"), (b"\x89PNG", "a PNG picture"), (b"GIF8", "a GIF picture"),
    (b"OggS", "an Ogg file"), (b"FLV", "a Flash video"), (b"\x00\x00\x01\xba", "an MPEG-PS video"),
    (b"\x30\x26\xb2\x75", "a Windows Media file"), (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"), (b"ID3", "an MP3 sound file"),
]


@dataclass(frozen=True)
class Video:
    """What a video file's structure says, and what is wrong with it."""

    container: str = ""
    """MP4 or WebM ("" when the file is not one)."""
    codec: str = ""
    """The video track's codec, e.g. H.264 ("" when not known)."""
    width: int = 0
    height: int = 0
    size: int = 0
    """The file's size in bytes."""
    error: str | None = None
    """Why the kiosk cannot play it, said after the file's name ("is ...; do ...")."""
    advice: tuple[str, ...] = field(default=())
    """What may keep it from playing, or costs for nothing, said the same way (warnings)."""


class _BrokenError(Exception):
    """The file's structure is damaged; the message says how, after the file's name."""


def read_video(path: Path) -> Video:
    """The video at `path`, read once per version of the file (by size and change time)."""
    try:
        stat = path.stat()
    except OSError as error:
        return Video(error=f"cannot be read ({error.strerror or error})")
    return _read(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _read(path: Path, size: int, _changed: int) -> Video:
    if size == 0:
        return Video(error=f"is empty (0 bytes); {AGAIN}")
    try:
        with path.open("rb") as file:
            head = file.read(512)
            if head[:4] == struct.pack(">I", EBML):
                video = _read_matroska(file, size)
            elif len(head) >= 8 and head[4:8] in MP4_TOP:
                video = _read_mp4(file, size)
            else:
                return Video(size=size, error=_not_a_video(head))
    except _BrokenError as broken:
        return Video(size=size, error=f"{broken}; {AGAIN}")
    except OSError as error:
        return Video(size=size, error=f"cannot be read ({error.strerror or error})")
    return _judge(video, size)


def _not_a_video(head: bytes) -> str:
    if head.startswith(b"version https://git-lfs"):
        return ("is a Git LFS pointer, not the video itself; fetch the real file "
                "(git lfs pull) before copying the pack")
    if head[:4] == b"RIFF":
        kind = {b"AVI ": "an AVI video", b"WEBP": "a WebP picture", b"WAVE": "a WAV sound file"}
        what = kind.get(head[8:12], "a RIFF file")
    elif len(head) > 376 and head[0] == head[188] == head[376] == 0x47:
        what = "an MPEG transport stream"       # 188-byte packets, each starting with 0x47
    else:
        what = next((name for magic, name in NOT_VIDEOS if head.startswith(magic)), "")
    if not what:
        text = head.lstrip().lower()
        if text.startswith((b"<!doctype html", b"<html")):
            what = "a web page (a download that saved the page instead of the video?)"
        elif all(32 <= byte < 127 or byte in b"\t\r\n" for byte in head[:64]):
            what = "a text file"
    if what:
        return f"is {what}, not an MP4 or WebM video; {CONVERT}"
    return f"is not an MP4 or WebM video (its first bytes are not a video's); {CONVERT}"


def _judge(video: Video, size: int) -> Video:
    """A video whose structure is sound: advice about its codec and size."""
    advice: list[str] = []
    if video.codec in NEEDS_HARDWARE:
        advice.append(
            f"is {video.codec}, which the kiosk's player decodes only on a graphics chip and "
            f"driver that do {video.codec} (it has no software decoder for it); elsewhere only "
            f"its poster shows; {CONVERT}")
    elif video.codec and video.codec not in PLAYS:
        advice.append(
            f"is {video.codec}, which the kiosk has not been tried with (H.264, H.265, VP8 "
            f"and VP9 play); if only its poster shows, {CONVERT}")
    elif not video.codec:
        advice.append(f"uses a codec the check does not know; if only its poster shows, {CONVERT}")
    if video.width * video.height > LARGEST[0] * LARGEST[1]:
        advice.append(
            f"is {video.width}x{video.height} pixels, more than a 4K screen shows; decoding it "
            f"costs time for nothing and may stutter; scale it to {LARGEST[0]}x{LARGEST[1]} "
            "or less")
    return Video(video.container, video.codec, video.width, video.height, size,
                 advice=tuple(advice))


# --- MP4 (ISO base media file format) ------------------------------------------------------

def _boxes(file: BinaryIO, start: int, end: int, size: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, box end) of each box from `start` to `end`, checked against the
    file's size."""
    at = start
    while at < end:
        file.seek(at)
        header = file.read(16)
        if len(header) < 8:
            raise _BrokenError(f"is cut short: it ends at {size} bytes, inside a box header")
        length, kind = struct.unpack(">I4s", header[:8])
        payload = at + 8
        if length == 1:
            if len(header) < 16:
                raise _BrokenError(f"is cut short: it ends at {size} bytes, inside a box header")
            length = struct.unpack(">Q", header[8:16])[0]
            payload = at + 16
        elif length == 0:
            length = end - at                 # the last box runs to the end of the file
        if not all(32 <= byte < 127 for byte in kind) or length < payload - at:
            raise _BrokenError(f"is damaged: no valid box at byte {at}")
        if at + length > end:
            name = kind.decode("ascii")
            raise _BrokenError(f"is cut short: it ends at {size} bytes, but its '{name}' box "
                               f"runs to {at + length}")
        yield kind, payload, at + length
        at += length


def _read_mp4(file: BinaryIO, size: int) -> Video:
    found: dict[bytes, tuple[int, int]] = {}
    for kind, payload, box_end in _boxes(file, 0, size, size):
        found.setdefault(kind, (payload, box_end))
    if b"moov" not in found:
        raise _BrokenError("has no index ('moov' box): the recording or export did not finish, or "
                           "the file was cut short")
    if b"mdat" not in found and b"moof" not in found:
        raise _BrokenError("holds no pictures ('mdat' box is missing)")
    start, end = found[b"moov"]
    if end - start > MOOV_LIMIT:
        return Video("MP4")
    file.seek(start)
    moov = file.read(end - start)
    tracks = [_mp4_track(moov, payload, box_end) for kind, payload, box_end
              in _children(moov, 0, len(moov)) if kind == b"trak"]
    videos = [track for track in tracks if track[0] == b"vide"]
    if not videos:
        raise _BrokenError("holds no video track (sound only?)")
    _, entry, width, height, samples = videos[0]
    if entry == "encv":
        raise _BrokenError("is encrypted (DRM), which the kiosk cannot play; use an "
                           "unprotected copy")
    if samples == 0 and b"moof" not in found:
        raise _BrokenError("has a video track with no frames in it")
    return Video("MP4", MP4_CODECS.get(entry, entry), width, height)


def _children(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """Boxes inside a box already read (its index); a damaged one is an error."""
    at = start
    while at + 8 <= end:
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        payload = at + 8
        if length == 1 and at + 16 <= end:
            length = struct.unpack(">Q", data[at + 8:at + 16])[0]
            payload = at + 16
        elif length == 0:
            length = end - at
        if length < payload - at or at + length > end:
            raise _BrokenError(f"is damaged: its index has a broken '{kind.decode('latin-1')}' box")
        yield kind, payload, at + length
        at += length


def _find(data: bytes, start: int, end: int, *path: bytes) -> tuple[int, int] | None:
    """The payload of the box at `path` under the box data[start:end]."""
    for kind, payload, box_end in _children(data, start, end):
        if kind == path[0]:
            return (payload, box_end) if len(path) == 1 else _find(data, payload, box_end,
                                                                     *path[1:])
    return None


def _mp4_track(moov: bytes, start: int, end: int) -> tuple[bytes, str, int, int, int]:
    """(handler, first sample entry, width, height, sample count) of a 'trak' box."""
    handler, entry, width, height, samples = b"", "", 0, 0, -1
    hdlr = _find(moov, start, end, b"mdia", b"hdlr")
    if hdlr is not None and hdlr[1] - hdlr[0] >= 12:
        handler = moov[hdlr[0] + 8:hdlr[0] + 12]
    stbl = _find(moov, start, end, b"mdia", b"minf", b"stbl")
    if stbl is not None:
        stsd = _find(moov, stbl[0], stbl[1], b"stsd")
        if stsd is not None and stsd[1] - stsd[0] >= 16:
            entry = moov[stsd[0] + 12:stsd[0] + 16].decode("latin-1")
            if stsd[1] - stsd[0] >= 8 + 8 + 28 + 4:       # a visual sample entry's size
                width, height = struct.unpack(">HH", moov[stsd[0] + 40:stsd[0] + 44])
        stsz = _find(moov, stbl[0], stbl[1], b"stsz") or _find(moov, stbl[0], stbl[1], b"stz2")
        if stsz is not None and stsz[1] - stsz[0] >= 12:
            samples = struct.unpack(">I", moov[stsz[0] + 8:stsz[0] + 12])[0]
    return handler, entry, width, height, samples


# --- WebM and Matroska (EBML) --------------------------------------------------------------

def _vint(data: bytes, at: int, *, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at data[at]: (value, length); -1 for "unknown size"."""
    if at >= len(data):
        raise IndexError(at)
    first = data[at]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or at + length > len(data):
        raise IndexError(at)
    value = first if keep_marker else first & (0xFF >> length)
    for byte in data[at + 1:at + length]:
        value = (value << 8) | byte
    if not keep_marker and value == (1 << (7 * length)) - 1:
        return -1, length
    return value, length


def _element(data: bytes, at: int) -> tuple[int, int, int]:
    """(id, payload start, payload size or -1) of the element at data[at]."""
    ident, id_length = _vint(data, at, keep_marker=True)
    length, size_length = _vint(data, at + id_length, keep_marker=False)
    return ident, at + id_length + size_length, length


def _elements(data: bytes, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    at = start
    while at < end:
        try:
            ident, payload, length = _element(data, at)
        except IndexError:
            return
        if length < 0 or payload + length > end:
            return
        yield ident, payload, payload + length
        at = payload + length


def _read_matroska(file: BinaryIO, size: int) -> Video:
    file.seek(0)
    head = file.read(4096)
    try:
        ident, payload, length = _element(head, 0)
    except IndexError:
        raise _BrokenError("is cut short inside its header") from None
    if length < 0 or payload + length > len(head):
        raise _BrokenError("has a damaged header")
    doc_type = next((head[p:e].rstrip(b"\0").decode("ascii", "replace")
                     for i, p, e in _elements(head, payload, payload + length) if i == DOC_TYPE),
                    "")
    container = "WebM" if doc_type == "webm" else "Matroska"
    at = payload + length
    file.seek(at)
    header = file.read(12)
    try:
        ident, segment_start, segment_length = _element(header, 0)
    except IndexError:
        raise _BrokenError(f"is cut short: it ends at {size} bytes, before its video "
                           "data") from None
    if ident != SEGMENT:
        raise _BrokenError("is damaged: no segment follows its header")
    segment_start += at
    if segment_length >= 0 and segment_start + segment_length > size:
        raise _BrokenError(f"is cut short: it ends at {size} bytes, but says it holds "
                           f"{segment_start + segment_length}")
    end = size if segment_length < 0 else segment_start + segment_length
    tracks: tuple[int, int] | None = None
    clusters = 0
    at = segment_start
    for _ in range(ELEMENT_LIMIT):
        if at >= end:
            break
        file.seek(at)
        header = file.read(12)
        try:
            ident, payload, length = _element(header, 0)
        except IndexError:
            raise _BrokenError(f"is cut short: it ends at {size} bytes, inside an element "
                               "header") from None
        payload += at
        if ident == CLUSTER:
            clusters += 1
        if length < 0:
            break                       # a live recording's last cluster: size not written
        if payload + length > size:
            raise _BrokenError(f"is cut short: it ends at {size} bytes, but an element runs to "
                               f"{payload + length}")
        if ident == TRACKS:
            tracks = (payload, payload + length)
        at = payload + length
    if tracks is None:
        raise _BrokenError("has no track list")
    file.seek(tracks[0])
    data = file.read(min(tracks[1] - tracks[0], 4 * 1024 * 1024))
    video = _matroska_video(data)
    if video is None:
        raise _BrokenError("holds no video track (sound only?)")
    if clusters == 0:
        raise _BrokenError("holds no pictures (no clusters)")
    codec, width, height = video
    return Video(container, MATROSKA_CODECS.get(codec, codec), width, height)


def _matroska_video(data: bytes) -> tuple[str, int, int] | None:
    """(codec ID, width, height) of the first video track in a Tracks element's payload."""
    for ident, payload, end in _elements(data, 0, len(data)):
        if ident != TRACK_ENTRY:
            continue
        kind, codec, width, height = 0, "", 0, 0
        for sub, start, stop in _elements(data, payload, end):
            if sub == TRACK_TYPE:
                kind = int.from_bytes(data[start:stop], "big")
            elif sub == CODEC_ID:
                codec = data[start:stop].rstrip(b"\0").decode("ascii", "replace")
            elif sub == VIDEO:
                for pixel, first, last in _elements(data, start, stop):
                    if pixel == PIXEL_WIDTH:
                        width = int.from_bytes(data[first:last], "big")
                    elif pixel == PIXEL_HEIGHT:
                        height = int.from_bytes(data[first:last], "big")
        if kind == 1:
            return codec, width, height
    return None
