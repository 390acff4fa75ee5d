"""Every hostile case, from the three tables, by name."""

from __future__ import annotations

from tests.hostile import cases_files, cases_schema, cases_yaml
from tests.hostile.catalogue import Hostile

ALL: list[Hostile] = cases_yaml.CASES + cases_schema.CASES + cases_files.CASES
BY_NAME: dict[str, Hostile] = {case.name: case for case in ALL}


def named(*names: str) -> list[Hostile]:
    """The cases called `names`, in that order."""
    return [BY_NAME[name] for name in names]
