"""Problems found in a content pack, each pinned to a file, line, column and key path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
KeyPath = tuple[str | int, ...]
"""A place in deck.yaml: mapping keys and list indices, e.g. ("slides", 3, "items", 0)."""


def format_key(path: Sequence[str | int]) -> str:
    """`("slides", 3, "items", 0, "value")` as `slides[3].items[0].value`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class Problem:
    """One problem, printed as `deck.yaml:LINE:COLUMN: key.path: message`."""

    file: str
    line: int
    column: int
    key: str
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        message = self.message if self.is_error else f"warning: {self.message}"
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.key}: {message}" if self.key else f"{where}: {message}"
