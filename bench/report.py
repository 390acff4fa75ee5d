"""Figures as the bench prints them: value, baseline from the same run, ratio, target, verdict."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure and how it compares with its baseline and its target."""

    part: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    limit: float | None = None
    """The target: value (or ratio, with `of_baseline`) at most this."""
    of_baseline: bool = False

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        measured = self.ratio if self.of_baseline else self.value
        return measured is not None and measured <= self.limit

    def line(self) -> str:
        value = f"{_number(self.value)} {self.unit}"
        against = (f"{self.baseline_name} {_number(self.baseline)} {self.unit}"
                   if self.baseline is not None else "")
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else ""
        target = ""
        if self.limit is not None:
            target = (f"<= {self.limit:g}x" if self.of_baseline
                      else f"<= {_number(self.limit)} {self.unit}")
        verdict = {True: "PASS", False: "MISS", None: ""}[self.met]
        return (f"{self.part:<2} {self.name:<44} {value:>12}  {against:<34} {ratio:>6}  "
                f"{target:<12} {verdict}")


def _number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def header() -> str:
    return (f"{'':<2} {'figure':<44} {'value':>12}  {'baseline (same run)':<34} {'ratio':>6}  "
            f"{'target':<12} verdict")


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]
