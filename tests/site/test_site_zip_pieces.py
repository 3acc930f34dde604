"""The downloads made from what earlier runs kept (issue 13): the package zip and the JSON
zip written from kept compressed pieces (generator/site/zippieces.py), the workbook from
each table file's kept row templates (workbook.KeptRows). Valid zips holding exactly the
package's bytes, a workbook identical to one made without anything kept, and an add that
compresses or renders only the files it changed."""
from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from pathlib import Path

from generator.parts import whole_csv
from generator.paths import Layout
from generator.site import downloads
from generator.site.datapackage import DataPackage
from generator.site.generate import load_site
from generator.site.zippieces import crc32_combine, deflate, write_zip
from tests.small_project import REPORTS, run, site_project

FIRST = ["000_3285350e42ccdccd.txt", "003_1fa459019333d3b8.txt"]
ADDED = "002_75efb1c88190d799.txt"


def test_pieces_joined_inflate_to_their_bytes_joined():
    first, second = os.urandom(5000) + b"row,1\n" * 20000, b"x" * 7
    data = write_zip([("p/a.csv", [deflate(first), deflate(b""), deflate(second)]), ("p/\u00e9.json", [deflate(second)]),
                      ("p/empty", [])], (2026, 11, 28))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # every CRC-32 checked
        assert archive.read("p/a.csv") == first + second
        assert archive.read("p/\u00e9.json") == second
        assert archive.read("p/empty") == b""
        assert {i.date_time for i in archive.infolist()} == {(2026, 11, 28, 0, 0, 0)}
        assert {i.external_attr >> 16 for i in archive.infolist()} == {0o644}
    assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second)) == zlib.crc32(first + second)
    assert crc32_combine(zlib.crc32(first), zlib.crc32(b""), 0) == zlib.crc32(first)


def kept_pieces(layout: Layout, which: str) -> set[str]:
    folder = layout.cache / "site" / which
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


KEPT = ("zip-pieces/json", "zip-pieces/package", "sheet-rows", "zip-pieces/workbook")


def sheet_pieces(folder: Path) -> set[tuple[str, str, str, int]]:
    """What each workbook piece is made from: (table, file, its sha256, the table's rows
    before it) of each file with rows (one sheet a table here)."""
    package = DataPackage(folder)
    out = set()
    for res in package.resources.values():
        start = 0
        for rel in res.paths:
            count = len(res.file_rows(rel))
            if count:
                out.add((res.name, rel, hashlib.sha256((folder / rel).read_bytes()).hexdigest(), start))
            start += count
    return out


def test_an_add_compresses_only_the_parts_it_changed_and_the_zips_hold_the_package(tmp_path: Path):
    """A report added through `add` and `site`: the zips hold the package's tables as they
    are (the JSON as table_json writes it, the CSV with its parts joined), and the pieces
    compressed again are those of the files the add rewrote, not the others. (That the
    zips are a cold build's bytes: tests/test_incremental.py.)"""
    root = site_project(tmp_path / "p", FIRST)
    run(root, "all", "--quiet")
    run(root, "site")
    layout = Layout(root)
    before = {w: kept_pieces(layout, w) for w in KEPT}
    assert all(before.values())
    sheets_before = sheet_pieces(layout.root / "datapackages" / "de-an-06")
    run(root, "add", str(REPORTS / ADDED))
    run(root, "site")
    after = {w: kept_pieces(layout, w) for w in KEPT}
    site = load_site(layout)
    name = site.package.name
    parted = [r for r in site.package.resources.values() if r.parted]
    assert parted  # the package writer stores the fact tables in parts
    docs = layout.site_src / "docs" / "downloads" / name
    with zipfile.ZipFile(docs / f"{name}-json.zip") as archive:
        assert archive.testzip() is None
        for table in site.package.resources:
            assert archive.read(f"{name}-json/{table}.json").decode("utf-8") == downloads.table_json(site, table)
    with zipfile.ZipFile(docs / f"{name}.zip") as archive:
        assert archive.testzip() is None
        for resource in parted:
            assert archive.read(f"{name}/{resource.path}") == b"".join(whole_csv(site.package.folder, resource.paths))
    # the parts the add wrote are the new report's province's: one JSON piece and one CSV
    # piece for each table it has rows in, fewer than the tables' parts
    parts = sum(len(r.paths) for r in parted)
    files = sum(len(r.paths) for r in site.package.resources.values())
    new = {w: after[w] - before[w] for w in KEPT}
    assert 0 < len(new["zip-pieces/json"]) < parts
    assert 0 < len(new["sheet-rows"]) < parts
    assert 0 < len(new["zip-pieces/package"]) < len(after["zip-pieces/package"]) // 2
    assert len(after["zip-pieces/json"]) == files  # the unused ones forgotten
    assert files <= len(after["sheet-rows"]) <= 2 * files  # each file's rows (and count, when its rows were not loaded)
    # the workbook's pieces compressed again: the files the add changed and those after
    # them in their table (their rows moved down); the others kept
    sheets_after = sheet_pieces(site.package.folder)
    assert len(after["zip-pieces/workbook"]) == len(sheets_after)
    assert len(new["zip-pieces/workbook"]) == len(sheets_after - sheets_before) < len(sheets_after)
    # the workbook numbered from kept rows: the bytes of one rendered whole
    from datetime import datetime

    from generator.site.workbook import package_workbook

    book = (docs / f"{name}.xlsx").read_bytes()
    stamp = zipfile.ZipFile(io.BytesIO(book)).infolist()[0].date_time[:3]
    assert package_workbook(site.package, site.config.languages, downloads.about_lines(site), datetime(*stamp)) == book


def test_a_large_file_grown_at_its_end_compresses_its_last_chunk_only(tmp_path: Path, monkeypatch):
    """The edition record grows at its end on every add: a large table file is kept in
    pieces of CHUNK_ROWS rows under their values, so rows appended make the last piece
    again and a new one, and the others are taken as kept. Kept or not, the same bytes."""
    from datetime import datetime

    from site_fixtures import dean06_project, dean06_tables

    from generator.site import workbook
    from generator.site.workbook import KeptRows, package_workbook
    from generator.site.zippieces import Kept

    monkeypatch.setattr(workbook, "CHUNK_ROWS", 2)  # indicator_values: 8 rows, then 9 (4 chunks, then 5)
    tables = dean06_tables()
    tables["indicator_values"] = [{**row, "record_id": f"{row['record_id']}-{n}"} for n in range(2) for row in tables["indicator_values"]]
    root = dean06_project(tmp_path / "p", tables)
    folder = root / "datapackages" / "de-an-06"
    layout = Layout(root)

    def book(kept: bool) -> tuple[bytes, int]:
        site = load_site(layout)
        pieces = Kept(tmp_path / "pieces" if kept else None)
        data = package_workbook(site.package, site.config.languages, downloads.about_lines(site), datetime(2024, 2, 14),
                                kept=KeptRows(tmp_path / "rows" if kept else None, pieces=pieces))
        return data, pieces.made

    counts = [len(res.file_rows(rel)) for res in DataPackage(folder).resources.values() for rel in res.paths]
    first, made = book(True)
    assert made == sum(1 if n < 8 else -(-n // 2) for n in counts if n)  # a piece a file with rows, a large one's in chunks
    assert book(True) == (first, 0)  # nothing changed: every piece kept
    tables["indicator_values"].append({**tables["indicator_values"][-1], "record_id": "appended"})
    dean06_project(root, tables)
    grown, made = book(True)
    assert made == 1  # the fifth chunk (rows 9): the first four kept
    assert grown == book(False)[0]
    with zipfile.ZipFile(io.BytesIO(grown)) as archive:
        assert archive.testzip() is None
    from openpyxl import load_workbook

    ids = [r[0] for r in load_workbook(io.BytesIO(grown))["indicator_values"].iter_rows(values_only=True)]
    assert ids == ["record_id"] + [r["record_id"] for r in tables["indicator_values"]]
