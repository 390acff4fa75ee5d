"""The soak's readings (memory, live objects, files, threads) and the verdict drawn from them:
each measure's trend after the warm-up, and whether it stays bounded."""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    """One reading, taken with the kiosk brought to the same resting state each time."""

    transitions: int
    seconds: float
    rss_mb: float          # VmRSS after a garbage collection and malloc_trim
    gc_objects: int        # objects the Python garbage collector tracks
    qobjects: int          # QObjects under the window (its QML scene)
    qml_items: int         # of which Qt Quick items
    pictures_mb: float     # pictures the picture store holds in memory
    fds: int               # open file descriptors
    threads: int           # the process's threads (Qt's included)


MEASURES = ("rss_mb", "gc_objects", "qobjects", "qml_items", "pictures_mb", "fds", "threads")


def slack(measure: str, level: float) -> float:
    """How far the later readings may rise above the earlier ones' highest and still count as
    bounded: a reading moves with what was last shown and with the heap's layout, not only
    with what is held for good.

    - objects (Python and Qt): 1 % of the level. Read at the same resting state they repeat
      to within a few dozen (caches of Python's typing, re and pydantic fill up early);
      a leak of one object per transition passes 1 % of a Python heap (~250,000 objects)
      in a few thousand transitions, and of the QML scene (~1,500) in a few dozen.
    - RSS: 3 % and at least 8 MB (one screen-sized picture at 1920x1080 is 8 MB, and freed
      memory goes back to the system in pieces).
    - pictures in memory: bounded by the store's own limit, which follows the window's size;
      read at the same size each time, 10 % for which pictures were preloaded last.
    - files and threads: 2 (a picture being read; Qt's thread pool keeps a worker for 30 s).
    """
    if measure in ("gc_objects", "qobjects", "qml_items"):
        return max(10.0, 0.01 * level)
    if measure == "rss_mb":
        return max(8.0, 0.03 * level)
    if measure == "pictures_mb":
        return max(8.0, 0.10 * level)
    return 2.0


@dataclass(frozen=True)
class Trend:
    """One measure after the warm-up: its range, its least-squares slope per 1000
    transitions, and whether the second half's highest stays within the first half's highest
    plus `slack`."""

    measure: str
    first: float
    last: float
    low: float
    high: float
    per_1000: float
    first_half_max: float
    second_half_max: float
    allowed: float
    bounded: bool


def slope(points: list[tuple[float, float]]) -> float:
    """The least-squares slope through (x, y) points (0 for fewer than two distinct x)."""
    count = len(points)
    if count < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / count
    mean_y = sum(y for _, y in points) / count
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def trends(samples: list[Sample], warmup: int) -> list[Trend]:
    """Each measure's trend over the samples taken at `warmup` transitions or later."""
    after = [s for s in samples if s.transitions >= warmup]
    if len(after) < 4:
        raise ValueError(f"{len(after)} samples after the warm-up; the verdict needs 4 or more "
                         "(more transitions, or a sample more often)")
    half = len(after) // 2
    found = []
    for measure in MEASURES:
        values = [float(getattr(s, measure)) for s in after]
        first_max, second_max = max(values[:half]), max(values[half:])
        allowed = slack(measure, first_max)
        found.append(Trend(
            measure, values[0], values[-1], min(values), max(values),
            slope([(s.transitions, v) for s, v in zip(after, values, strict=True)]) * 1000,
            first_max, second_max, allowed, second_max <= first_max + allowed))
    return found


def table(samples: list[Sample]) -> list[str]:
    """The samples as lines of a fixed-width table."""
    lines = [f"{'transitions':>11} {'RSS MB':>8} {'Python objs':>11} {'QObjects':>8} "
             f"{'QML items':>9} {'pictures MB':>11} {'fds':>4} {'threads':>7}"]
    lines += [f"{s.transitions:>11,} {s.rss_mb:>8.1f} {s.gc_objects:>11,} {s.qobjects:>8,} "
              f"{s.qml_items:>9,} {s.pictures_mb:>11.1f} {s.fds:>4} {s.threads:>7}"
              for s in samples]
    return lines


def verdict_lines(found: list[Trend]) -> list[str]:
    lines = [f"{'measure':<12} {'first':>10} {'last':>10} {'per 1000':>10} "
             f"{'1st half max':>12} {'2nd half max':>12} {'allowed':>8}  verdict"]
    for t in found:
        lines.append(f"{t.measure:<12} {t.first:>10.1f} {t.last:>10.1f} {t.per_1000:>+10.2f} "
                     f"{t.first_half_max:>12.1f} {t.second_half_max:>12.1f} "
                     f"{t.allowed:>8.1f}  {'bounded' if t.bounded else 'GROWING'}")
    return lines


def write_csv(samples: list[Sample], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, [f.name for f in fields(Sample)])
        writer.writeheader()
        writer.writerows(asdict(s) for s in samples)


def process_readings() -> dict[str, float]:
    """RSS (MB), open file descriptors and threads of this process, from /proc."""
    readings = {"rss_mb": 0.0, "threads": 0.0}
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                readings["rss_mb"] = int(line.split()[1]) / 1024
            elif line.startswith("Threads:"):
                readings["threads"] = float(line.split()[1])
    readings["fds"] = float(sum(1 for _ in Path("/proc/self/fd").iterdir()))
    return readings
