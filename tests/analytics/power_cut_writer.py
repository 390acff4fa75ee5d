"""Run by test_power_cut.py as a process of its own: writes numbered views through the kiosk's
writer thread, one at a time, saying "committed N" after each commit, until it is killed."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from kiosk.analytics.events import VIEW, Event, Slide
from kiosk.analytics.writer import EventWriter


def main(path: Path, first: int) -> None:
    committed = threading.Event()

    def say(event: Event, _row: int) -> None:
        assert event.slide is not None
        print(f"committed {event.slide.number}", flush=True)
        committed.set()

    writer = EventWriter(path, on_committed=say)
    number = first
    while True:
        committed.clear()
        writer.put(Event(1746093600.0 + number, VIEW, slide=Slide("pack", f"s{number}", number,
                                                                  "en"),
                         language="en", input="touch", detail="next", ends_view=True,
                         dwell=1.5))
        if not committed.wait(10):
            sys.exit(f"event {number} was not committed within 10 s")
        number += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
