"""Prepared pictures held in memory, least recently used dropped first, within a byte budget."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class MemoryLru(Generic[T]):
    """A thread-safe map from keys to pictures whose costs (bytes) add up to at most `limit`."""

    def __init__(self, limit: int, cost: Callable[[T], int]) -> None:
        self._limit = limit
        self._cost = cost
        self._items: OrderedDict[Hashable, tuple[T, int]] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> T | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
            return found[0]

    def put(self, key: Hashable, value: T) -> None:
        """Keep `value` (unless it alone is over the budget), dropping the least recently used."""
        cost = self._cost(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._total -= old[1]
            if cost > self._limit:
                return
            self._items[key] = (value, cost)
            self._total += cost
            self._shrink()

    def set_limit(self, limit: int) -> None:
        with self._lock:
            self._limit = limit
            self._shrink()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._total = 0

    @property
    def total(self) -> int:
        """Bytes held."""
        return self._total

    @property
    def limit(self) -> int:
        return self._limit

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._items

    def _shrink(self) -> None:
        while self._total > self._limit and self._items:
            _, (_, cost) = self._items.popitem(last=False)
            self._total -= cost
