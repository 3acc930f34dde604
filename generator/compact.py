"""Rows held compactly: a table's field names once, each row's values in a tuple.

At national scale the `figures` table (every figure printed in every report) is over a
million rows; as dicts they were most of the package step's memory (about 1 KB a row
before its values). A `FrozenRow` reads like a dict (`row["x"]`, `row.get`, `in`,
`items()`, `dict(row)`, `{**row}`) and cannot be changed: what changes a row (redaction,
corrections) makes a new dict from it, as it already did.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator


class FrozenRow(Mapping):
    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple[Any, ...]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values[self._index[key]]

    def get(self, key: str, default: Any = None) -> Any:
        at = self._index.get(key)
        return default if at is None else self._values[at]

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"FrozenRow({dict(self)!r})"


SHARED = 80  # strings up to this length are held once (roles, units, counted nouns, subjects…)


class Compactor:
    """Makes FrozenRows, sharing one field index per distinct field list and one copy of
    each short string (JSON decoding makes a new string for every cell)."""

    def __init__(self) -> None:
        self.indexes: dict[tuple[str, ...], dict[str, int]] = {}
        self.strings: dict[str, str] = {}

    def row(self, row: Mapping[str, Any]) -> FrozenRow:
        keys = tuple(row)
        index = self.indexes.get(keys)
        if index is None:
            index = self.indexes[keys] = {k: i for i, k in enumerate(keys)}
        strings = self.strings
        return FrozenRow(index, tuple(strings.setdefault(v, v) if v.__class__ is str and len(v) <= SHARED else v
                                      for v in map(row.__getitem__, keys)))

    def rows(self, rows: list[Mapping[str, Any]]) -> list[FrozenRow]:
        return [self.row(r) for r in rows]
