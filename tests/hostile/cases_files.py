"""Hostile files: paths out of the pack (absolute, `..`, links), pictures that are missing,
empty, cut short, not pictures or decompression bombs, and deck.yaml that is no plain file."""

from __future__ import annotations

import os
from pathlib import Path

from tests.hostile.catalogue import PACK, Hostile, Setup, fails, picture, unreadable, with_slides

IMAGE = with_slides("- {type: image, image: %s}\n")
"""A one-slide deck showing one picture: its path at line 4, column 26."""
AT = "deck.yaml:4:26: slides[0].image: "
RESAVE = "open it in an image editor and save it again as PNG or JPEG"
NOT_FILE = "is not a plain file (a pipe, socket or device)"
DECK = with_slides("- {type: title, title: Fine}\n")
PNG = picture()


def _outside(pack: Path) -> Path:
    """A folder beside the pack, with a real picture in it."""
    folder = pack.parent / "outside"
    folder.mkdir(exist_ok=True)
    (folder / "secret.png").write_bytes(PNG)
    return folder


def _link_out(pack: Path) -> None:
    (pack / "images").mkdir()
    (pack / "images/a.png").symlink_to(_outside(pack) / "secret.png")


def _folder_link_out(pack: Path) -> None:
    (pack / "images").symlink_to(_outside(pack))


def _relative_link_out(pack: Path) -> None:
    _outside(pack)
    (pack / "a.png").symlink_to("../outside/secret.png")


def _link_loop(pack: Path) -> None:
    (pack / "images").mkdir()
    (pack / "images/a.png").symlink_to("b.png")
    (pack / "images/b.png").symlink_to("a.png")


def _truncated(kind: str) -> bytes:
    whole = picture(kind, (400, 300))
    return whole[: len(whole) // 2] if kind == "PNG" else whole[:400]


def _svg_entity_bomb() -> bytes:
    """Entities of ten entities, seven levels deep: 10**8 letters from a 600-byte drawing."""
    entities = ['<!ENTITY e0 "aaaaaaaaaa">']
    for level in range(1, 8):
        entities.append(f'<!ENTITY e{level} "' + f"&e{level - 1};" * 10 + '">')
    return (f'<?xml version="1.0"?><!DOCTYPE svg [{"".join(entities)}]>'
            '<svg viewBox="0 0 9 9"><text>' + "&e7;" * 10 + "</text></svg>").encode()


def _unreadable_picture(pack: Path) -> None:
    (pack / "images/a.png").chmod(0)


def _deck_link(target: str) -> Setup:
    def make(pack: Path) -> None:
        (pack / "deck.yaml").symlink_to(target)
    return make


CASES: list[Hostile] = [
    # --- paths that leave the pack ---
    fails("an absolute path", IMAGE % "/etc/passwd.png",
          AT + "'/etc/passwd.png' is an absolute path; write it relative to the pack folder"),
    fails("a Windows drive path", IMAGE % "'C:\\pictures\\a.png'",
          AT + "'C:\\\\pictures\\\\a.png' is an absolute path; write it relative to the pack "
          "folder"),
    fails("a path up and out with ..", IMAGE % "../outside/secret.png",
          AT + "'../outside/secret.png' leaves the pack folder; keep every file inside it",
          setup=_outside),
    fails("a path in and out with ..", IMAGE % "images/../../outside/secret.png",
          AT + "'images/../../outside/secret.png' leaves the pack folder; keep every file "
          "inside it", setup=_outside),
    fails("a picture that is a link out of the pack", IMAGE % "images/a.png",
          AT + "'images/a.png' is a link that points outside the pack folder; copy the file "
          "into the pack", setup=_link_out),
    fails("a folder that is a link out of the pack", IMAGE % "images/secret.png",
          AT + "'images/secret.png' is a link that points outside the pack folder; copy the "
          "file into the pack", setup=_folder_link_out),
    fails("a relative link out of the pack", IMAGE % "a.png",
          AT + "'a.png' is a link that points outside the pack folder; copy the file into "
          "the pack", setup=_relative_link_out),
    fails("links in a loop", IMAGE % "images/a.png",
          AT + "'images/a.png' is a link that leads round in a loop; put the file itself in "
          "its place", setup=_link_loop),
    # --- pictures that are not there, or not pictures ---
    fails("a missing picture", IMAGE % "images/gone.png",
          AT + "file not found: 'images/gone.png' (relative to the pack folder)"),
    fails("a zero-byte picture", IMAGE % "images/a.png",
          AT + "'images/a.png' is an empty file (0 bytes); copy the picture into the pack "
          "again", files={"images/a.png": b""}),
    fails("a PNG cut short", IMAGE % "images/a.png",
          AT + "'images/a.png' is damaged or cut short, so it cannot be shown (image file is "
          "truncated); " + RESAVE,
          files={"images/a.png": _truncated("PNG")}, shown="placeholder"),
    fails("a JPEG cut short in its header", IMAGE % "images/a.jpg",
          AT + "'images/a.jpg' is not a picture the kiosk can read "
          "(Truncated File Read); " + RESAVE, files={"images/a.jpg": _truncated("JPEG")}),
    fails("a web page saved as .jpg", IMAGE % "images/a.jpg",
          AT + "'images/a.jpg' is not a picture the kiosk can read (cannot identify image "
          "file); " + RESAVE, files={"images/a.jpg": b"<html><body>Not found</body></html>"}),
    fails("a GIF named .png", IMAGE % "images/a.png",
          AT + "'images/a.png' holds a GIF picture; the kiosk shows JPEG, PNG, WebP and SVG: "
          + RESAVE, files={"images/a.png": picture("GIF", mode="P")}),
    fails("a picture type the kiosk does not show", IMAGE % "images/a.bmp",
          AT + "'images/a.bmp' is not a picture the kiosk can show; use one of .jpg .jpeg "
          ".png .webp .svg", files={"images/a.bmp": picture("BMP")}),
    fails("a decompression bomb", IMAGE % "images/a.png",
          AT + "'images/a.png' is too large to open safely (more than 89 million pixels, a "
          "possible 'decompression bomb'); scale it down (3840x2160 is enough for a 4K "
          "screen)", files={"images/a.png": picture("PNG", (12_000, 8_000), "1")}),
    fails("an SVG entity bomb", IMAGE % "images/a.svg",
          AT + "'images/a.svg' is not a valid SVG file (limit on input amplification factor "
          "(from DTD and entities) breached at line 1, column 478); open it in a drawing "
          "program and save it again as SVG",
          files={"images/a.svg": _svg_entity_bomb()}),
    fails("an SVG that is not XML", IMAGE % "images/a.svg",
          AT + "'images/a.svg' is not a valid SVG file (mismatched tag at line 1, column 11); "
          "open it in a drawing program and save it again as SVG",
          files={"images/a.svg": b"<svg><g></svg>"}),
    fails("a folder named like a picture", IMAGE % "images/a.png",
          AT + "'images/a.png' is a folder, not a file; name a file in it",
          setup=lambda pack: (pack / "images/a.png").mkdir(parents=True)),
    fails("a pipe named like a picture", IMAGE % "a.png",
          AT + "'a.png' " + NOT_FILE + "; copy the file itself into the pack",
          setup=lambda pack: os.mkfifo(pack / "a.png")),
    fails("an unreadable picture", IMAGE % "images/a.png",
          AT + "'images/a.png' cannot be read; check its permissions",
          files={"images/a.png": PNG}, setup=_unreadable_picture, unprivileged=True),
    fails("an empty video", with_slides("- {type: video, source: clip.mp4}\n"),
          "deck.yaml:4:27: slides[0].source: 'clip.mp4' is empty (0 bytes); export or copy it "
          "again", files={"clip.mp4": b""}, shown="placeholder"),
    # --- deck.yaml that is not a plain, readable file ---
    unreadable("no deck.yaml", None,
               PACK + ": no deck.yaml in this folder; is it a content pack?"),
    unreadable("deck.yaml is a folder", None,
               PACK + "/deck.yaml: is a folder; deck.yaml must be the file that describes the "
               "tour", setup=lambda pack: (pack / "deck.yaml").mkdir()),
    unreadable("deck.yaml is a pipe", None,
               PACK + "/deck.yaml: " + NOT_FILE + "; deck.yaml must be the file that describes "
               "the tour", setup=lambda pack: os.mkfifo(pack / "deck.yaml")),
    unreadable("deck.yaml is a link to a device", None,
               PACK + "/deck.yaml: " + NOT_FILE + "; deck.yaml must be the file that describes "
               "the tour", setup=_deck_link("/dev/zero")),
    unreadable("deck.yaml is a link to itself", None,
               PACK + "/deck.yaml: is a link that leads round in a loop; put the file itself "
               "in its place", setup=_deck_link("deck.yaml")),
    unreadable("deck.yaml is a broken link", None,
               PACK + "/deck.yaml: is a link to old/deck.yaml, which does not exist",
               setup=_deck_link("old/deck.yaml")),
    unreadable("deck.yaml cannot be read", DECK,
               PACK + "/deck.yaml: cannot be read (Permission denied); check its permissions",
               setup=lambda pack: (pack / "deck.yaml").chmod(0), unprivileged=True),
]
