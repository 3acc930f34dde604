"""Each package file's rows kept as parsed, between runs (issue 13: reading the whole
package into typed rows was about 5 s of every `site` run at 2,000 reports, before any
page). An entry holds one file's field names and values as JSON, under the file's sha256
and its table's schema (field types, missing values): a file the package writer kept is
not parsed again, a changed one is. The rows are the ones the CSV reader gives (the same
values and types: JSON writes ints, floats, booleans, text and null as they are), held
compactly by the package's Compactor as before.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from generator import cache
from generator.compact import SHARED, FrozenRow

if TYPE_CHECKING:
    from generator.site.datapackage import Resource, Row

FORMAT = 1  # raise when the kept form changes


class RowStore:
    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        """folder: where entries are kept (one per package file, named by its path's hash);
        files: {package file: its sha256} (downloads.file_digests)."""
        self.folder = folder
        self.files = files
        self.parsed: list[str] = []  # the files this process parsed (the others were kept)

    def key(self, res: "Resource", rel: str) -> str:
        schema = [[f["name"], f.get("type", "string")] for f in res.fields], sorted(res.schema.get("missingValues", [""]))
        return json.dumps([FORMAT, rel, self.files.get(rel), schema], ensure_ascii=False)

    def entry(self, rel: str) -> Path:
        return self.folder / hashlib.sha256(rel.encode("utf-8")).hexdigest()

    def __call__(self, res: "Resource", rel: str, parse: Callable[[], list["Row"]]) -> list["Row"]:
        if rel not in self.files:  # not a file the digests know: read as before
            return parse()
        key = self.key(res, rel)
        data = cache.read(self.entry(rel))
        if data is not None:
            head, _, body = data.partition(b"\n")
            if head.decode("utf-8") == key:
                return self._rows(res, json.loads(body))
        rows = parse()
        self.parsed.append(rel)
        names = list(rows[0]) if rows else []
        if all(list(r) == names for r in rows):  # one field list (a CSV file's header): kept
            try:
                body = json.dumps([names, [list(r.values()) for r in rows]], ensure_ascii=False, allow_nan=False)
            except ValueError:  # a number JSON cannot hold exactly (NaN, infinity): parsed each time
                return rows
            cache.write(self.entry(rel), key.encode("utf-8") + b"\n" + body.encode("utf-8"))
        return rows

    @staticmethod
    def _rows(res: "Resource", kept: list) -> list["Row"]:
        names, values = kept
        compact = res.package.compactor
        index = compact.indexes.get(tuple(names))
        if index is None:
            index = compact.indexes[tuple(names)] = {k: i for i, k in enumerate(names)}
        strings = compact.strings
        limit = SHARED
        return [FrozenRow(index, tuple(strings.setdefault(v, v) if v.__class__ is str and len(v) <= limit else v for v in line))
                for line in values]

    def prune(self) -> None:
        """Forget the entries of files the package no longer has."""
        cache.prune(self.folder, {self.entry(rel).name for rel in self.files})
