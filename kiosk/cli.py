"""The `kiosk` command: run, check, screenshot, export, schema, new, stats; Qt only where needed."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path


def default_pack() -> Path:
    """content/shandong beside the code (a source checkout), else in the working folder."""
    beside_code = Path(__file__).resolve().parent.parent / "content" / "shandong"
    return beside_code if beside_code.is_dir() else Path("content") / "shandong"


DEFAULT_PACK = default_pack()
MAX_PIN_DIGITS = 12       # as kiosk/app/operator.py's pad takes (not imported: no Qt here)
COMMANDS = ("run", "check", "screenshot", "export", "schema", "new", "stats")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})[xX](\d{2,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected a size such as 1920x1080, got {text!r}")
    return int(match[1]), int(match[2])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="A full-screen, touch-friendly slide tour for exhibition booths.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="show a pack (the default command)")
    run.add_argument("--content", type=Path, default=DEFAULT_PACK, metavar="DIR",
                     help="the content pack folder (default: content/shandong)")
    run.add_argument("--windowed", action="store_true",
                     help="a normal window instead of full screen (for authors)")
    run.add_argument("--screen", type=int, default=None, metavar="N",
                     help="the monitor to use, counting from 0 (default: the primary)")
    run.add_argument("--lang", default=None, metavar="CODE",
                     help="the starting language (default: the deck's first)")
    run.add_argument("--pin", default=None, metavar="DIGITS",
                     help="the operator PIN (default: the KIOSK_PIN environment variable; "
                          "none: the operator menu opens without one)")
    run.add_argument("--verbose", action="store_true", help="log more")
    log_file = run.add_mutually_exclusive_group()
    log_file.add_argument("--log-file", type=Path, default=None, metavar="PATH",
                          help="also log to this file, rotated at 1 MB, five kept (default: "
                               "kiosk.log in the state folder, $XDG_STATE_HOME/exhibition-kiosk "
                               "or $KIOSK_STATE_DIR)")
    log_file.add_argument("--no-log-file", action="store_true",
                          help="log to stderr only")
    status_file = run.add_mutually_exclusive_group()
    status_file.add_argument("--status-file", type=Path, default=None, metavar="PATH",
                             help="keep the kiosk's status in this JSON file (default: "
                                  "status.json in the state folder)")
    status_file.add_argument("--no-status-file", action="store_true",
                             help="write no status file")
    run.add_argument("--metrics-file", type=Path, default=None, metavar="PATH",
                     help="keep Prometheus metrics in this file, for node_exporter's textfile "
                          "collector (name it *.prom; default: none)")
    analytics = run.add_mutually_exclusive_group()
    analytics.add_argument("--analytics-file", type=Path, default=None, metavar="PATH",
                           help="record visitor analytics (slides, languages, input kinds, "
                                "times; nothing personal) in this SQLite file (default: "
                                "visits.sqlite in the state folder)")
    analytics.add_argument("--no-analytics", action="store_true",
                           help="record no visitor analytics")

    check = commands.add_parser("check", help="report every problem of a pack")
    check.add_argument("pack", type=Path, metavar="PACK")
    check.add_argument("--strict", action="store_true",
                       help="count warnings as errors (exit 1 when there are any)")

    commands.add_parser("schema", help="print the JSON Schema of deck.yaml, for editors")

    new = commands.add_parser("new", help="write a small starter pack into a new folder")
    new.add_argument("folder", type=Path, metavar="DIR")

    shot = commands.add_parser("screenshot", help="write one PNG per slide, rendered offscreen")
    shot.add_argument("pack", type=Path, metavar="PACK")
    shot.add_argument("--out", type=Path, required=True, metavar="DIR")
    _add_render_options(shot)

    export = commands.add_parser(
        "export", help="write a handout: one PDF page per slide, rendered offscreen")
    export.add_argument("pack", type=Path, metavar="PACK")
    export.add_argument("--pdf", type=Path, required=True, metavar="FILE",
                        help="the PDF to write, one page per slide (written whole or not at all)")
    _add_render_options(export)
    _add_stats_command(commands)
    return parser


def _add_stats_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kiosk.analytics.stats import since_date

    stats = commands.add_parser("stats", help="print visitor analytics: the most viewed "
                                              "slides, dwell, visitor sessions per hour")
    stats.add_argument("--db", type=Path, default=None, metavar="PATH",
                       help="the analytics file (default: visits.sqlite in the state folder)")
    stats.add_argument("--since", type=since_date, default=None, metavar="DATE",
                       help="only from this local date (2025-05-01) or time (2025-05-01T14:00)")
    stats.add_argument("--csv", type=Path, default=None, metavar="FILE",
                       help="also write the stats as CSV rows to FILE (-: CSV on stdout "
                            "instead of the table)")


def _add_render_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH",
                         help="window size in pixels (default: 1920x1080)")
    command.add_argument("--lang", default=None, metavar="CODE",
                         help="the language to render (default: the deck's first)")


def import_qt_free_layers() -> None:
    """Import the deck and picture layers (and pydantic, PyYAML, Pillow) before PySide6: once
    PySide6 is imported, it reads the source of every module imported after it, looking for
    `from __feature__ import` (shibokensupport's feature.py); for these ~300 modules that was
    about 100 ms of every start."""
    import kiosk.deck
    import kiosk.media.store  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "run")
    args = build_parser().parse_args(args_list)

    if args.command == "check":
        from kiosk.deck.check import check_pack

        return check_pack(args.pack, sys.stdout, sys.stderr, strict=args.strict)
    if args.command == "schema":
        from kiosk.deck.json_schema import schema_text

        sys.stdout.write(schema_text())
        return 0
    if args.command == "new":
        from kiosk.deck.starter import new_pack

        return new_pack(args.folder, sys.stdout, sys.stderr)
    if args.command == "screenshot":
        from kiosk.app.screenshot import ScreenshotOptions, take_screenshots

        width, height = args.size
        return take_screenshots(ScreenshotOptions(args.pack, args.out, width, height, args.lang))
    if args.command == "export":
        from kiosk.app.export_pdf import ExportOptions, export_pdf

        width, height = args.size
        return export_pdf(ExportOptions(args.pack, args.pdf, width, height, args.lang))
    if args.command == "stats":
        from kiosk.analytics.stats import show_stats
        from kiosk.analytics.store import default_database

        return show_stats(args.db or default_database(), args.since, args.csv)

    import_qt_free_layers()
    from kiosk.app.run import RunOptions, run_kiosk

    pin = (args.pin if args.pin is not None else os.environ.get("KIOSK_PIN", "")).strip()
    if pin and not (pin.isascii() and pin.isdigit() and len(pin) <= MAX_PIN_DIGITS):
        print(f"kiosk: the operator PIN must be 1 to {MAX_PIN_DIGITS} digits 0-9 (the on-screen "
              "pad has nothing else); check --pin or KIOSK_PIN", file=sys.stderr)
        return 2
    from kiosk.analytics.store import default_database
    from kiosk.app.ops.paths import default_log_file, default_status_file

    options = RunOptions(
        args.content, args.windowed, args.screen, args.lang, args.verbose, pin,
        log_file=None if args.no_log_file else args.log_file or default_log_file(),
        status_file=None if args.no_status_file else args.status_file or default_status_file(),
        metrics_file=args.metrics_file,
        analytics_file=None if args.no_analytics else args.analytics_file or default_database())
    return run_kiosk(options, started)
