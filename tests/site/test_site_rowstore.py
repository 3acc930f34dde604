"""Each package file's rows kept as parsed between runs (generator/site/rowstore.py): the
kept rows are the parsed ones (values and types), a file whose bytes changed is parsed
again, and a damaged entry is not used."""
from __future__ import annotations

import hashlib
from pathlib import Path

from generator.site.datapackage import DataPackage
from generator.site.rowstore import RowStore
from site_fixtures import dean06_project


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.csv")}


def loaded(folder: Path, store: RowStore | None) -> dict[str, list[list]]:
    package = DataPackage(folder)
    package.kept_rows = store
    return {name: [[(k, v, type(v).__name__) for k, v in row.items()] for row in res.rows] for name, res in package.resources.items()}


def test_kept_rows_are_the_parsed_rows_and_a_changed_file_is_parsed_again(tmp_path: Path):
    root = dean06_project(tmp_path / "p")
    folder = root / "datapackages" / "de-an-06"
    plain = loaded(folder, None)
    first = RowStore(tmp_path / "rows", digests(folder))
    assert loaded(folder, first) == plain
    assert sorted(first.parsed) == sorted(digests(folder))  # nothing kept yet: every file parsed
    again = RowStore(tmp_path / "rows", digests(folder))
    assert loaded(folder, again) == plain
    assert again.parsed == []  # every file's rows taken as kept

    table = folder / "indicator_values.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # the last row gone
    changed = RowStore(tmp_path / "rows", digests(folder))
    assert loaded(folder, changed) == loaded(folder, None)
    assert changed.parsed == ["indicator_values.csv"]

    entry = changed.entry("reports.csv")
    entry.write_bytes(entry.read_bytes()[:-10])  # damaged: parsed again
    damaged = RowStore(tmp_path / "rows", digests(folder))
    assert loaded(folder, damaged) == loaded(folder, None)
    assert damaged.parsed == ["reports.csv"]
