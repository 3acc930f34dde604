"""The downloads: the package as published (datapackage.json, one CSV per table, the
original documents), each table as JSON too, and a zip of the tables. All under
`downloads/<package name>/` at the site root, shared by both languages.

Deterministic: JSON keys in schema order, zip entries sorted with a fixed timestamp.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

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
    folder = site.package.folder
    for path in package_files(folder):
        out.file(download_path(site, path.relative_to(folder).as_posix()), path)
    for table in sorted(site.package.resources):
        out.file(json_path(site, table), table_json(site, table))
    out.file(zip_path(site), package_zip(site, stamp))
