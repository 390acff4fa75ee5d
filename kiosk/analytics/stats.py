"""`kiosk stats`: the analytics file's stats as a table on stdout, and as CSV with --csv."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from kiosk.analytics.report import NotAnalyticsError, format_report, load_report, write_csv

EXIT_OK = 0
EXIT_NO_DATA = 1     # the file is missing, unreadable, or not analytics; the CSV not written
# 2: a wrong command line (a bad --since), as argparse exits


def since_date(text: str) -> float:
    """--since: a local date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM), as seconds."""
    try:
        return datetime.fromisoformat(text.strip()).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2025-05-01 or 2025-05-01T14:00, got {text!r}") from None


def show_stats(database: Path, since: float | None, csv_file: Path | None,
               out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Print the stats of `database` (from `since`); with `csv_file`, also write the CSV
    (`-`: the CSV on stdout instead of the table). The exit status."""
    try:
        report = load_report(database, since)
    except NotAnalyticsError as error:
        print(f"kiosk stats: {error}", file=err)
        return EXIT_NO_DATA
    if csv_file is not None and str(csv_file) == "-":
        write_csv(report, out)
        return EXIT_OK
    out.write(format_report(report, database))
    if csv_file is not None:
        try:
            with csv_file.open("w", encoding="utf-8", newline="") as handle:
                write_csv(report, handle)
        except OSError as error:
            print(f"kiosk stats: cannot write {csv_file}: {error.strerror or error}; choose "
                  "another --csv path", file=err)
            return EXIT_NO_DATA
    return EXIT_OK
