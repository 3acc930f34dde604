"""The downloads: the package as published (datapackage.json, one CSV per table, the
documents' texts; a table the package stores in parts is one CSV here, its parts joined,
and the descriptor here names that file: generator/parts.py), a zip of the whole package (tables and texts: unpacked, it validates
with `frictionless validate`), every table as JSON in one optional zip (not a JSON copy
of each table beside its CSV: at national scale that doubled the site), and the package
as one spreadsheet workbook (workbook.py). All under `downloads/<package name>/` at the
site root, shared by both languages.

Deterministic: JSON keys in schema order, zip entries sorted with a fixed timestamp.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from generator import cache
from generator.site.output import Output
from generator.site.model import Site
from generator.site.zippieces import Kept, Piece, deflate, write_zip


def download_path(site: Site, rel: str) -> str:
    """Site-root path of a package file (rel: path inside the package folder)."""
    return f"downloads/{site.package.name}/{rel}"


def zip_path(site: Site) -> str:
    return download_path(site, f"{site.package.name}.zip")


def json_zip_path(site: Site) -> str:
    """Every table as JSON, in one zip (`<table>.json` each)."""
    return download_path(site, f"{site.package.name}-json.zip")


def workbook_path(site: Site) -> str:
    """The workbook of the whole package (one sheet per table and a data dictionary)."""
    return download_path(site, f"{site.package.name}.xlsx")


def package_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def flat_files(site: Site) -> dict[str, Path | Callable[[], bytes]]:
    """{path in the downloads: the package file, or the maker of its bytes}: the package
    with each table one CSV file (a table in parts joined, the descriptor naming it)."""
    package = site.package
    folder = package.folder
    parted = [r for r in package.resources.values() if r.parted]
    part_files = {rel for r in parted for rel in r.paths}
    out: dict[str, Path | Callable[[], bytes]] = {}
    for path in package_files(folder):
        rel = path.relative_to(folder).as_posix()
        if rel not in part_files:
            out[rel] = path
    if parted:
        out["datapackage.json"] = lambda: flat_descriptor(site)
        for resource in parted:
            out[resource.path] = resource.csv_bytes
    return dict(sorted(out.items()))


def flat_descriptor(site: Site) -> bytes:
    """datapackage.json with each table in parts named by its one joined file (written as
    the package writer writes it)."""
    descriptor = json.loads((site.package.folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor.get("resources", []):
        if isinstance(resource.get("path"), list):
            resource["path"] = site.package.resource(resource["name"]).path
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def flat_size(site: Site, rel: str) -> int | None:
    """Bytes of the descriptor or a table's CSV in the downloads (flat_files), without
    joining a table's parts; None for a file the package does not have."""
    resources = site.package.resources.values()
    if rel == "datapackage.json" and any(r.parted for r in resources):
        return len(flat_descriptor(site))
    resource = next((r for r in resources if r.parted and r.path == rel), None)
    if resource is None:
        file = site.package.folder / rel
        return file.stat().st_size if file.is_file() else None
    size = 0
    for number, part in enumerate(resource.paths):
        file = site.package.folder / part
        size += file.stat().st_size
        if number:
            with open(file, "rb") as handle:
                size -= len(handle.readline())
    return size


def _bytes(entry: Path | Callable[[], bytes]) -> bytes:
    return entry.read_bytes() if isinstance(entry, Path) else entry()


def table_json(site: Site, table: str) -> str:
    """The table as a JSON array of row objects, one row per line (compact: hundreds of
    thousands of rows at national scale)."""
    rows = site.package.resource(table).rows
    return "[\n" + ",\n".join(json_lines(rows)) + "\n]\n"


def json_lines(rows: list[Any]) -> list[str]:
    return [json.dumps(dict(row), ensure_ascii=False) for row in rows]


def table_json_pieces(site: Site, table: str, files: dict[str, str], kept: Kept) -> list[Piece]:
    """table_json's bytes as zip pieces: one per file of the table (a part's rows, kept
    under the part's sha256 and the table's schema), the brackets and commas between."""
    resource = site.package.resource(table)
    schema = hashlib.sha256(json.dumps([resource.fields, resource.schema.get("missingValues")], sort_keys=True).encode("utf-8")).hexdigest()
    pieces = [deflate(b"[\n")]
    for rel in resource.paths:
        piece = kept(f"json-part {JSON_FORMAT} {schema} {rel} {files.get(rel) or file_sha256(site, rel)}",
                     lambda rel=rel: ",\n".join(json_lines(resource.file_rows(rel))).encode("utf-8"))
        if piece.size:
            pieces += ([deflate(b",\n")] if len(pieces) > 1 else []) + [piece]
    return pieces + [deflate(b"\n]\n")]


def part_csv(path: Path, first: bool) -> bytes:
    """A part file's bytes as they stand in its table's joined CSV (generator.parts.whole_csv):
    the first whole, the others without their header line."""
    data = path.read_bytes()
    if first:
        return data
    end = data.find(b"\n")
    return b"" if end < 0 else data[end + 1:]


def file_sha256(site: Site, rel: str) -> str:
    return hashlib.sha256((site.package.folder / rel).read_bytes()).hexdigest()


def json_zip(site: Site, stamp: tuple[int, int, int], files: dict[str, str] | None = None) -> bytes:
    """Every table as JSON (table_json), one file per table under one folder, with the
    descriptor: entries sorted, fixed timestamp; each file of a table compressed apart and
    kept in the site cache (zippieces.py), so an add compresses the parts it changed."""
    files = file_digests(site) if files is None else files
    kept = Kept(site.cache / "zip-pieces" / "json" if site.cache else None)
    root = f"{site.package.name}-json"
    entries = [(f"{root}/datapackage.json", [deflate(_bytes(flat_files(site)["datapackage.json"]))])]
    for table in sorted(site.package.resources):
        entries.append((f"{root}/{table}.json", table_json_pieces(site, table, files, kept)))
    data = write_zip(entries, stamp)
    kept.prune()
    return data


def package_zip(site: Site, stamp: tuple[int, int, int], files: dict[str, str] | None = None) -> bytes:
    """Everything the package holds: datapackage.json, the tables (one CSV each: flat_files),
    the documents' texts (the files its descriptor and tables point to), under one folder;
    each package file compressed apart and kept in the site cache (zippieces.py)."""
    files = file_digests(site) if files is None else files
    kept = Kept(site.cache / "zip-pieces" / "package" if site.cache else None)
    flat = flat_files(site)
    parted = {r.path: r for r in site.package.resources.values() if r.parted}
    names = ["datapackage.json"] + [name for name in flat if name != "datapackage.json"]
    entries = []
    for name in names:
        entry = flat[name]
        if name in parted:  # a table in parts: its first file whole, the others without their header line
            pieces = [kept(f"csv-part {number > 0} {rel} {files.get(rel) or file_sha256(site, rel)}",
                           lambda rel=rel, number=number: part_csv(site.package.folder / rel, number == 0))
                      for number, rel in enumerate(parted[name].paths)]
        elif isinstance(entry, Path):
            pieces = [kept(f"file {name} {files.get(name) or file_sha256(site, name)}", entry.read_bytes)]
        else:
            pieces = [deflate(entry())]
        entries.append((f"{site.package.name}/{name}", pieces))
    data = write_zip(entries, stamp)
    kept.prune()
    return data


def build(site: Site, out: Output, stamp: tuple[int, int, int], files: dict[str, str] | None = None) -> None:
    """The package files (copied, or kept from the previous site_src when unchanged), the
    zips and the workbook: made again only when the files they come from changed
    (remembered in the site cache by their sha256; files: file_digests, when known)."""
    for rel, entry in flat_files(site).items():
        if isinstance(entry, Path):  # its sha256 known: kept without reading when it is the one in place
            out.file(download_path(site, rel), entry, (files or {}).get(rel))
        else:
            out.file(download_path(site, rel), entry())
    remembered = Remembered(site.cache / "downloads" if site.cache else None)
    for path, (key, make) in slow_jobs(site, stamp, files).items():
        out.file(path, remembered(key, make))
    remembered.prune()


def file_digests(site: Site) -> dict[str, str]:
    """{package file: its sha256}; a file whose [size, mtime, inode] the last run recorded
    is not read again (inputmemo.py)."""
    folder = site.package.folder
    memo = site.input_memo("package-files")
    out = {}
    for path in package_files(folder):
        out[path.relative_to(folder).as_posix()] = memo.digest(path.relative_to(folder).as_posix(), memo.signature([path], None),
                                                               lambda path=path: hashlib.sha256(path.read_bytes()).hexdigest())
    memo.save()
    return out


def slow_jobs(site: Site, stamp: tuple[int, int, int], files: dict[str, str] | None = None) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """{site path: (cache key, maker)} of the downloads that take long to make at national
    scale: the zip of the whole package (texts included), the JSON zip and the workbook."""
    files = file_digests(site) if files is None else files
    tables = table_digests(site, files)
    return {zip_path(site): (f"zip {ZIP_FORMAT} {stamp} {sorted(files.items())}", lambda: package_zip(site, stamp, files)),
            json_zip_path(site): (f"json-zip {JSON_FORMAT} {stamp} {files.get('datapackage.json')} {tables}", lambda: json_zip(site, stamp, files)),
            workbook_path(site): workbook_job(site, stamp, files)}


def table_digests(site: Site, files: dict[str, str]) -> list[tuple[str, str]]:
    """(table, the sha256 of its file, or of each of its parts) of every table."""
    return sorted((t, " ".join(files.get(rel, "") for rel in site.package.resource(t).paths)) for t in site.package.resources)


JSON_FORMAT = 2  # raise when table_json or the JSON zip is written differently (the cache keys)
ZIP_FORMAT = 2  # raise when the package zip is written differently (the cache key)


def workbook_job(site: Site, stamp: tuple[int, int, int], files: dict[str, str]) -> tuple[str, Callable[[], bytes]]:
    """(cache key, maker) of the workbook (about 40 s for 300,000 rows on one core);
    files: {package file: sha256}."""
    digests = table_digests(site, files)
    descriptor = files.get("datapackage.json", "")
    lines = about_lines(site)
    return f"xlsx {WORKBOOK_FORMAT} {stamp} {descriptor} {digests} {lines}", lambda: workbook(site, lines, stamp, files)


def prepare(site: Site, stamp: tuple[int, int, int], files: dict[str, str] | None = None,
            paths: Callable[[Site], list[str]] | None = None) -> None:
    """Make the slow downloads (those at `paths`, default all) into the site cache if they
    are not there yet (build() takes them from there): generate.py runs this in its second
    process while pages are written (the workbook, the JSON zip), and in the first once its
    pages are written (the package zip); files: file_digests, when known."""
    if site.cache:
        remembered = Remembered(site.cache / "downloads")
        wanted = paths(site) if paths else None
        for path, (key, make) in slow_jobs(site, stamp, files).items():
            if wanted is None or path in wanted:
                remembered(key, make)


def the_zips(site: Site) -> list[str]:
    """The package zip and the JSON zip (generate.py's first process, once its pages are
    written: both made from kept pieces, about a second after an add)."""
    return [zip_path(site), json_zip_path(site)]


def workbook_only(site: Site) -> list[str]:
    """The workbook (generate.py's second process, after the report pages and the other
    series sections)."""
    return [workbook_path(site)]


WORKBOOK_FORMAT = 4  # raise when workbook.py writes differently (the cache key)


def about_lines(site: Site) -> list[tuple[str, dict[str, str]]]:
    """The workbook's `about` sheet: what the package is, its edition, licence and citation."""
    from generator.site import citation

    languages = site.config.languages
    labels = site.labels

    def each(make) -> dict[str, str]:
        return {lang: make(lang) for lang in languages}

    lines = [("title", each(site.package.title)), ("description", each(site.package.description)),
             ("version", each(lambda lang: site.figures.version)), ("last_updated", each(lambda lang: site.figures.updated)),
             ("licence", each(lambda lang: site.config.licence.get("name", ""))),
             ("citation", each(lambda lang: citation.apa(site, lang))),
             ("cells", each(lambda lang: labels[lang].t("data.workbook_cells")))]
    if site.config.site_url and site.data_slug:
        lines.append(("source", each(lambda lang: site.figures.permalink(lang, site.data_slug))))
    return lines


def workbook(site: Site, lines: list[tuple[str, dict[str, str]]], stamp: tuple[int, int, int], files: dict[str, str] | None = None) -> bytes:
    """The workbook; each table file's rows kept in the site cache (workbook.KeptRows)."""
    from datetime import datetime

    from generator.site.workbook import KeptRows, package_workbook

    pieces = Kept(site.cache / "zip-pieces" / "workbook" if site.cache else None)
    kept = KeptRows(site.cache / "sheet-rows" if site.cache else None, files, pieces)
    data = package_workbook(site.package, site.config.languages, lines, datetime(*stamp), kept=kept)
    kept.prune()
    pieces.prune()
    return data


class Remembered:
    """Files made from other files, kept under a hash of what they were made from."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def __call__(self, key: str, make: Callable[[], bytes | str]) -> Path | bytes | str:
        """make()'s output, remembered (a damaged entry is made again: generator/cache.py)."""
        if self.folder is None:
            return make()
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()
        self.used.add(name)
        path = self.folder / name
        data = cache.read(path)
        if data is None:
            made = make()
            data = made.encode("utf-8") if isinstance(made, str) else made
            cache.write(path, data)
        return data

    def prune(self) -> None:
        """Forget what this run did not use."""
        cache.prune(self.folder, self.used)
