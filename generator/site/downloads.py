"""The downloads: the package as published (datapackage.json, one CSV per table, the
documents' texts), a zip of the whole package (tables and texts: unpacked, it validates
with `frictionless validate`), every table as JSON in one optional zip (not a JSON copy
of each table beside its CSV: at national scale that doubled the site), and the package
as one spreadsheet workbook (workbook.py). All under `downloads/<package name>/` at the
site root, shared by both languages.

Deterministic: JSON keys in schema order, zip entries sorted with a fixed timestamp.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Callable

from generator import cache
from generator.site.output import Output
from generator.site.model import Site


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


def table_json(site: Site, table: str) -> str:
    """The table as a JSON array of row objects, one row per line (compact: hundreds of
    thousands of rows at national scale)."""
    rows = site.package.resource(table).rows
    return "[\n" + ",\n".join(json.dumps(dict(row), ensure_ascii=False) for row in rows) + "\n]\n"


def json_zip(site: Site, stamp: tuple[int, int, int]) -> bytes:
    """Every table as JSON (table_json), one file per table under one folder, with the
    descriptor: entries sorted, fixed timestamp; one table's JSON in memory at a time."""
    folder = site.package.folder
    names = ["datapackage.json"] + sorted(f"{table}.json" for table in site.package.resources)

    def read(name: str) -> bytes:
        if name == "datapackage.json":
            return (folder / name).read_bytes()
        return table_json(site, name.removesuffix(".json")).encode("utf-8")

    return _zip(f"{site.package.name}-json", names, read, stamp)


def package_zip(site: Site, stamp: tuple[int, int, int]) -> bytes:
    """Everything the package holds: datapackage.json, the tables, the documents' texts
    (the files its descriptor and tables point to), under one folder."""
    folder = site.package.folder
    names = ["datapackage.json"] + sorted(p.relative_to(folder).as_posix() for p in package_files(folder)
                                          if p.relative_to(folder).as_posix() != "datapackage.json")
    return _zip(site.package.name, names, lambda name: (folder / name).read_bytes(), stamp)


def _zip(root: str, names: list[str], read: Callable[[str], bytes], stamp: tuple[int, int, int]) -> bytes:
    """A zip of these entries under `root/`, in this order, each read when it is written,
    with a fixed timestamp and mode (the same bytes for the same files)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"{root}/{name}", date_time=(*stamp, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, read(name))
    return buffer.getvalue()


def build(site: Site, out: Output, stamp: tuple[int, int, int]) -> None:
    """The package files (copied, or kept from the previous site_src when unchanged), the
    zips and the workbook: made again only when the files they come from changed
    (remembered in the site cache by their sha256)."""
    folder = site.package.folder
    for path in package_files(folder):
        out.file(download_path(site, path.relative_to(folder).as_posix()), path)
    remembered = Remembered(site.cache / "downloads" if site.cache else None)
    for path, (key, make) in slow_jobs(site, stamp).items():
        out.file(path, remembered(key, make))
    remembered.prune()


def slow_jobs(site: Site, stamp: tuple[int, int, int]) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """{site path: (cache key, maker)} of the downloads that take long to make at national
    scale: the zip of the whole package (texts included), the JSON zip and the workbook."""
    folder = site.package.folder
    files = {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in package_files(folder)}
    tables = sorted((t, files.get(site.package.resource(t).path, "")) for t in site.package.resources)
    return {zip_path(site): (f"zip {stamp} {sorted(files.items())}", lambda: package_zip(site, stamp)),
            json_zip_path(site): (f"json-zip {JSON_FORMAT} {stamp} {files.get('datapackage.json')} {tables}", lambda: json_zip(site, stamp)),
            workbook_path(site): workbook_job(site, stamp)}


JSON_FORMAT = 1  # raise when table_json writes differently (the cache key)


def workbook_job(site: Site, stamp: tuple[int, int, int]) -> tuple[str, Callable[[], bytes]]:
    """(cache key, maker) of the workbook (about 40 s for 300,000 rows on one core)."""
    folder = site.package.folder
    digests = sorted((t, hashlib.sha256((folder / site.package.resource(t).path).read_bytes()).hexdigest()) for t in site.package.resources)
    descriptor = hashlib.sha256((folder / "datapackage.json").read_bytes()).hexdigest()
    lines = about_lines(site)
    return f"xlsx {WORKBOOK_FORMAT} {stamp} {descriptor} {digests} {lines}", lambda: workbook(site, lines, stamp)


def prepare(site: Site, stamp: tuple[int, int, int]) -> None:
    """Make the slow downloads into the site cache if they are not there yet (build()
    takes them from there): generate.py runs this in its second process while pages are
    written."""
    if site.cache:
        remembered = Remembered(site.cache / "downloads")
        for key, make in slow_jobs(site, stamp).values():
            remembered(key, make)


WORKBOOK_FORMAT = 1  # raise when workbook.py writes differently (the cache key)


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


def workbook(site: Site, lines: list[tuple[str, dict[str, str]]], stamp: tuple[int, int, int]) -> bytes:
    from datetime import datetime

    from generator.site.workbook import package_workbook

    return package_workbook(site.package, site.config.languages, lines, datetime(*stamp))


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
        if self.folder is not None and self.folder.is_dir():
            for old in self.folder.iterdir():
                if old.name not in self.used:
                    old.unlink()
