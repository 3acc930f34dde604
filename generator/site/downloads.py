"""The downloads: the package as published (datapackage.json, one CSV per table, the
original documents), each table as JSON too, and a zip of the tables. All under
`downloads/<package name>/` at the site root, shared by both languages.

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


def json_path(site: Site, table: str) -> str:
    return download_path(site, f"{table}.json")


def package_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def table_json(site: Site, table: str) -> str:
    """The table as a JSON array of row objects, one row per line (compact: hundreds of
    thousands of rows at national scale)."""
    rows = site.package.resource(table).rows
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def package_zip(site: Site, stamp: tuple[int, int, int]) -> bytes:
    """datapackage.json and the tables (not the report texts: those are linked one by one)."""
    folder = site.package.folder
    names = ["datapackage.json"] + sorted(r.path for r in site.package.resources.values())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"{site.package.name}/{name}", date_time=(*stamp, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (folder / name).read_bytes())
    return buffer.getvalue()


def build(site: Site, out: Output, stamp: tuple[int, int, int]) -> None:
    """The package files (copied, or kept from the previous site_src when unchanged), and
    each table's JSON and the zip: made again only when the files they come from changed
    (remembered in the site cache by their sha256)."""
    folder = site.package.folder
    for path in package_files(folder):
        out.file(download_path(site, path.relative_to(folder).as_posix()), path)
    remembered = Remembered(site.cache / "downloads" if site.cache else None)
    digests = {}
    for table in sorted(site.package.resources):
        digests[table] = hashlib.sha256((folder / site.package.resource(table).path).read_bytes()).hexdigest()
        out.file(json_path(site, table), remembered(f"json {table} {digests[table]}", lambda t=table: table_json(site, t)))
    descriptor = hashlib.sha256((folder / "datapackage.json").read_bytes()).hexdigest()
    out.file(zip_path(site), remembered(f"zip {stamp} {descriptor} {sorted(digests.items())}", lambda: package_zip(site, stamp)))
    remembered.prune()


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
