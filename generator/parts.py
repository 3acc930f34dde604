"""The package in parts: large fact tables stored as one CSV file per province.

A table whose schema says `"$parts": "province"` (generator/schemas/) is published as a
Frictionless resource whose `path` lists one file per part, `<table>/<part>.csv`, each
with the header row (frictionless-py v5 reads a multipart CSV resource as the parts
concatenated, skipping the header of every part after the first). A row goes to the part
of its report's province: the report's jurisdiction, or for a district the province it
belongs to (`parent_id` in the jurisdictions table). Every report-keyed table lists the
same parts (a part with no row of a table is a header-only file), in name order.

Why by province: a report touches its own rows only (every check is per report), and
reports come in by place, so a new report changes one part of each table (one province's
rows: about 1/100 of the national package), where parts by year would have an add
rewrite the whole current year. The province, not the district, keeps the number of
files small (about 100 per table nationally) while a part stays a few MB.

The table as one file (a journalist's download, `whole_csv`) is the header once and the
parts' rows in the order the descriptor lists them: what a single file held, ordered by
part, then by primary key.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from generator import schemas

PARTED = tuple(t for t in schemas.ALL_TABLES if schemas.load(t).get("$parts"))
_SAFE = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


def part_file(table: str, part: str) -> str:
    """Path of a table's part inside the package."""
    return f"{table}/{part}.csv"


def part_name(path: str) -> str:
    """The part a part file holds (`figures/ha-noi.csv` -> `ha-noi`)."""
    return Path(path).stem


def safe_name(jurisdiction_id: str) -> str:
    """A jurisdiction id as a file name: itself when it is a plain slug (they all are in
    the code list), else a digest of it (a provisional id read from a report)."""
    if _SAFE.match(jurisdiction_id or ""):
        return jurisdiction_id
    return "x-" + hashlib.sha256((jurisdiction_id or "").encode("utf-8")).hexdigest()[:12]


def provinces(jurisdictions: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """{jurisdiction id: the id of its part}: a district's or commune's parent (followed up
    while it is a district or commune), any other jurisdiction's own id."""
    rows = {r["jurisdiction_id"]: r for r in jurisdictions}
    out = {}
    for jid in rows:
        at, seen = jid, {jid}
        while rows[at].get("level") in ("district", "commune") and rows[at].get("parent_id") in rows and rows[at]["parent_id"] not in seen:
            at = rows[at]["parent_id"]
            seen.add(at)
        out[jid] = safe_name(at)
    return out


def report_parts(reports: Iterable[Mapping[str, Any]], jurisdictions: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """{report id: its part}."""
    province = provinces(jurisdictions)
    return {r["report_id"]: province.get(r["jurisdiction_id"]) or safe_name(r["jurisdiction_id"]) for r in reports}


def paths(resource: Mapping[str, Any]) -> list[str]:
    """A resource's files: its `path`, one or a list."""
    path = resource.get("path")
    return list(path) if isinstance(path, list) else [path] if path else []


def whole_csv(folder: Path, files: list[str], chunk: int = 1 << 20) -> Iterator[bytes]:
    """The table as one CSV file: the first file whole, the others without their header
    line (as frictionless reads a multipart resource)."""
    for number, rel in enumerate(files):
        with open(folder / rel, "rb") as handle:
            if number:
                handle.readline()
            while True:
                block = handle.read(chunk)
                if not block:
                    break
                yield block
