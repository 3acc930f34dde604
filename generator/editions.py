"""Editions of the data package: a version that changes with the content, a last-updated
date taken from the inputs, and a record of what changed (the `changes` table).

The previous edition is the package already in place (`datapackages/de-an-06/`, the
committed one in a fresh checkout) when a new one is written: `stamp_edition(staged,
previous)` compares the staged package with it, table by table, before the staged one
replaces it.

- version MAJOR.MINOR.PATCH: a schema change (a table or field added, removed or retyped)
  raises MAJOR; reports added or removed raise MINOR; any other content change
  (corrections, values read again, flags, code lists) raises PATCH. The same content
  keeps the previous version, date and record byte for byte, so a rebuild of the same
  inputs is a no-op (CI checks the committed package against a rebuild).
- last_updated: the latest report date, reference date or correction review date in the
  package, never earlier than the previous edition's: no clock, so builds are reproducible.
- changes: every edition's rows, the previous ones kept as they were. A new report is one
  row (with how many figures it brought); values of reports already published are listed
  one by one with the old and new value and the reason. Stored in parts, one file per
  edition (`changes/<version>.csv`, the resource's `path` a list in version order, as the
  fact tables are per province: generator/parts.py): a new edition writes its own file and
  keeps the earlier ones (links to the files in place, never read). A previous package
  whose record is one `changes.csv` (before the parts) has it split by edition, once.

Pure file work on two package folders (CSV + datapackage.json): no pipeline state.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import schemas
from generator.compact import Compactor
from generator.parts import PARTED, part_file, part_name, paths

if TYPE_CHECKING:
    from generator.atomic import Staged

TABLE = "changes"
FIRST_VERSION = "1.0.0"
# What a report brings: tables whose rows point at a report and are its figures.
FACTS = ("service_results", "indicator_values", "pilot_model_status", "status_counts", "plan_tasks")
FLAGS = "quality_flags"
REPORTS = "reports"
CORRECTIONS = "corrections"
DATED = {REPORTS: ("reference_date", "report_date", "period_end"), CORRECTIONS: ("reviewed_on",)}
# The tables an edition is compared on (the `figures` table, every figure read, and the
# `targets` are not: reading their million rows twice per add was most of its memory).
# The record itself is read only from a previous package that holds it in one file.
COMPARED = {REPORTS, CORRECTIONS, FLAGS, *FACTS, *schemas.CODE_TABLES}
# Compared as the figure, not as where it was read (a quote re-joined across lines is no new value).
NOT_VALUES = {"source_quote"}
# Tables too large to compare row by row: each report's rows are compared as one digest
# (streamed, never held), so a report whose figures were read again names this edition
# in its citations even when no recorded table changed.
DIGESTED = ("figures", "targets")
Rows = dict[tuple[str, ...], dict[str, str]]


@dataclass
class Package:
    """A package folder as published: descriptor and each table's rows as CSV text.

    `parts`: of a table stored in parts (generator/parts.py), only these parts' rows are
    read (None: all). Two editions read with the same parts compare as the whole packages
    do when every other part is the same file in both."""

    folder: Path
    descriptor: dict[str, Any]
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    parts: set[str] | None = None
    compact: Compactor = field(default_factory=Compactor)

    def files(self, resource: dict[str, Any]) -> list[Path]:
        """The resource's files that are read (all, or those of `parts`)."""
        names = paths(resource)
        if self.parts is not None and resource.get("name") in PARTED and isinstance(resource.get("path"), list):
            names = [n for n in names if part_name(n) in self.parts]
        return [self.folder / n for n in names]

    @classmethod
    def read(cls, folder: Path, only: set[str] | None = None, parts: set[str] | None = None) -> "Package | None":
        """The package in folder (None if there is none); `only`: read just these tables'
        rows (the others keep their schema in the descriptor); `parts`: see the class."""
        path = folder / "datapackage.json"
        if not path.is_file():
            return None
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        package = cls(folder, descriptor, {}, parts)
        for resource in descriptor.get("resources", []):
            if only is None or resource["name"] in only:
                package.load(resource["name"])
        return package

    def resource(self, table: str) -> dict[str, Any] | None:
        return next((r for r in self.descriptor.get("resources", []) if r["name"] == table), None)

    def load(self, table: str) -> None:
        """Read the table's rows (of its files that are read: `files`)."""
        resource = self.resource(table)
        for file in self.files(resource) if resource else []:
            if file.is_file():
                with open(file, encoding="utf-8", newline="") as handle:
                    # held compactly: two editions of every compared table at once
                    self.tables.setdefault(table, []).extend(
                        self.compact.row({k: _plain(v) for k, v in row.items()}) for row in csv.DictReader(handle))

    def record_parts(self) -> list[str] | None:
        """The files of the edition record when it is stored in parts (None: one file, or none)."""
        resource = self.resource(TABLE)
        return list(resource["path"]) if resource and isinstance(resource.get("path"), list) else None

    def digests(self, table: str) -> dict[str, tuple[int, str]]:
        """Per report: how many rows of `table` it has and one sha256 over them (the file
        is streamed; nothing but the digests is kept)."""
        resource = self.resource(table)
        hashes: dict[str, Any] = {}
        counts: dict[str, int] = {}
        for file in self.files(resource) if resource else []:
            if not file.is_file():
                continue
            with open(file, encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle)
                header = next(reader, [])
                if "report_id" not in header:
                    return {}
                at = header.index("report_id")
                for row in reader:
                    report = row[at] if at < len(row) else ""
                    digest = hashes.get(report)
                    if digest is None:
                        digest = hashes[report] = hashlib.sha256()
                    digest.update("\x1f".join(row).encode() + b"\x1e")
                    counts[report] = counts.get(report, 0) + 1
        return {report: (counts[report], digest.hexdigest()) for report, digest in hashes.items()}

    def schema(self, table: str) -> dict[str, Any] | None:
        return next((r.get("schema") for r in self.descriptor.get("resources", []) if r["name"] == table), None)

    def keyed(self, table: str) -> Rows:
        schema = self.schema(table) or {}
        key = schema.get("primaryKey") or []
        key = [key] if isinstance(key, str) else list(key)
        rows = self.tables.get(table, [])
        if not key:
            key = [f["name"] for f in schema.get("fields", [])]
        return {tuple(r.get(k, "") for k in key): r for r in rows}


def _plain(text: str | None) -> str:
    """A cell as its value: the spreadsheet guard the package writer adds is not part of it."""
    text = text or ""
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r") else text


def version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in str(version).split("."))
    except ValueError:
        return (0, 0, 0)


def bump(version: str, level: str) -> str:
    major, minor, patch = (list(version_key(version)) + [0, 0, 0])[:3]
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def input_date(package: Package) -> str:
    """The latest date the package's inputs carry (reports, reviewed corrections)."""
    dates = [row.get(name, "")[:10] for table, names in DATED.items() for row in package.tables.get(table, []) for name in names]
    return max((d for d in dates if len(d) == 10 and d[:4].isdigit()), default="")


# -- comparing two editions ----------------------------------------------------------------
@dataclass
class Change:
    change: str
    reason: str
    message: str
    message_vi: str
    table: str = ""
    record_id: str = ""
    report_id: str = ""
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    count: int | None = None


def _fields(schema: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in (schema or {}).get("fields", [])}


def schema_changes(old: Package, new: Package) -> list[Change]:
    out = []
    names = [r["name"] for r in new.descriptor.get("resources", [])]
    names += [r["name"] for r in old.descriptor.get("resources", []) if r["name"] not in names]
    for table in names:
        before, after = old.schema(table), new.schema(table)
        if before is None or after is None:
            what = "added" if before is None else "removed"
            out.append(Change("schema_changed", "schema", f"Table {table} {what}.",
                              f"Bảng {table} được {'thêm' if before is None else 'bỏ'}.", table=table,
                              old_value="" if before is None else "table", new_value="table" if before is None else ""))
            continue
        fb, fa = _fields(before), _fields(after)
        for name in list(fa) + [n for n in fb if n not in fa]:
            if name not in fb:
                out.append(Change("schema_changed", "schema", f"Table {table}: field {name} added ({fa[name].get('type', 'string')}).",
                                  f"Bảng {table}: thêm trường {name} ({fa[name].get('type', 'string')}).", table=table, field=name,
                                  new_value=fa[name].get("type", "string")))
            elif name not in fa:
                out.append(Change("schema_changed", "schema", f"Table {table}: field {name} removed.",
                                  f"Bảng {table}: bỏ trường {name}.", table=table, field=name, old_value=fb[name].get("type", "string")))
            elif _shape(fb[name]) != _shape(fa[name]):
                out.append(Change("schema_changed", "schema", f"Table {table}: field {name} changed (type or constraints).",
                                  f"Bảng {table}: trường {name} thay đổi (kiểu hoặc ràng buộc).", table=table, field=name,
                                  old_value=json.dumps(_shape(fb[name]), sort_keys=True, ensure_ascii=False),
                                  new_value=json.dumps(_shape(fa[name]), sort_keys=True, ensure_ascii=False)))
        keys_before = {k: before.get(k) for k in ("primaryKey", "foreignKeys")}
        keys_after = {k: after.get(k) for k in ("primaryKey", "foreignKeys")}
        if keys_before != keys_after:
            out.append(Change("schema_changed", "schema", f"Table {table}: keys changed.", f"Bảng {table}: khóa thay đổi.", table=table))
    return out


def _shape(spec: dict[str, Any]) -> dict[str, Any]:
    """What makes a field's data valid (not its titles and descriptions)."""
    return {"type": spec.get("type", "string"), "format": spec.get("format"), "constraints": spec.get("constraints") or {}}


def _diff(old: Rows, new: Rows, fields: list[str]) -> tuple[list[tuple], list[tuple], list[tuple[tuple, str, str, str]]]:
    """(added keys, removed keys, (key, field, old, new) changed)."""
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    changed = []
    for key, row in new.items():
        before = old.get(key)
        if before is None:
            continue
        for name in fields:
            if name in NOT_VALUES:
                continue
            a, b = before.get(name, ""), row.get(name, "")
            if a != b:
                changed.append((key, name, a, b))
    return added, removed, changed


def _common_fields(old: Package, new: Package, table: str) -> list[str]:
    before = _fields(old.schema(table))
    return [name for name in _fields(new.schema(table)) if name in before]


def content_changes(old: Package, new: Package) -> list[Change]:
    """Every content difference, reports first, then values, flags, corrections, code lists."""
    out: list[Change] = []
    old_reports, new_reports = old.keyed(REPORTS), new.keyed(REPORTS)
    added_reports = {k[0] for k in new_reports if k not in old_reports}
    removed_reports = {k[0] for k in old_reports if k not in new_reports}

    # rows per report, counted once (a count per report over every row was quadratic: a
    # first edition of 6,500 reports scanned half a million rows 6,500 times)
    if added_reports:
        new_figures, new_flags = _per_report(new, FACTS), _per_report(new, (FLAGS,))
    if removed_reports:
        old_figures = _per_report(old, FACTS)
    for report in sorted(added_reports):
        n, f = new_figures.get(report, 0), new_flags.get(report, 0)
        out.append(Change("report_added", "new_report", f"New report {report}: {n} figures, {f} quality flags.",
                          f"Báo cáo mới {report}: {n} số liệu, {f} cảnh báo chất lượng.", table=REPORTS, record_id=report,
                          report_id=report, count=n))
    for report in sorted(removed_reports):
        n = old_figures.get(report, 0)
        out.append(Change("report_removed", "report_removed", f"Report {report} removed, with its {n} figures.",
                          f"Gỡ báo cáo {report} cùng {n} số liệu.", table=REPORTS, record_id=report, report_id=report, count=n))
    _, _, changed = _diff(old_reports, new_reports, _common_fields(old, new, REPORTS))
    for key, name, a, b in changed:
        out.append(Change("report_changed", "re_extraction", f"Report {key[0]}: {name} {a or '(empty)'} → {b or '(empty)'} (read again).",
                          f"Báo cáo {key[0]}: {name} {a or '(trống)'} → {b or '(trống)'} (đọc lại).", table=REPORTS,
                          record_id=key[0], report_id=key[0], field=name, old_value=a, new_value=b))
    out += read_again(old, new, added_reports | removed_reports)
    corrected = {(r.get("table", ""), r.get("subject_id", ""), r.get("field", "")) for r in new.tables.get(CORRECTIONS, [])}
    for table in FACTS:
        fields = _common_fields(old, new, table)
        before, after = old.keyed(table), new.keyed(table)
        added, removed, changed = _diff(before, after, fields)
        for key in added:
            row = after[key]
            if row.get("report_id") in added_reports:
                continue  # counted in its report's row
            out.append(_value(table, "value_added", "re_extraction", row, "", _label(row)))
        for key in removed:
            row = before[key]
            if row.get("report_id") in removed_reports:
                continue
            out.append(_value(table, "value_removed", "re_extraction", row, _label(row), ""))
        for key, name, a, b in changed:
            row = after[key]
            reason = "correction" if (table, row.get("record_id", ""), name) in corrected else "re_extraction"
            out.append(_value(table, "value_changed", reason, row, a, b, name))
    before, after = old.keyed(FLAGS), new.keyed(FLAGS)
    added, removed, _ = _diff(before, after, [])
    for key in added:
        row = after[key]
        if row.get("report_id") not in added_reports:
            out.append(_flag("flag_added", row))
    for key in removed:
        row = before[key]
        if row.get("report_id") not in removed_reports:
            out.append(_flag("flag_resolved", row))
    out += correction_changes(old, new)
    out += code_changes(old, new)
    return out


def _per_report(package: Package, tables: tuple[str, ...]) -> Counter:
    """How many rows of these tables each report has."""
    return Counter(r.get("report_id", "") for t in tables for r in package.tables.get(t, []))


def read_again(old: Package, new: Package, skip: set[str]) -> list[Change]:
    """One row per report and large table (DIGESTED) whose rows differ between the
    editions: how many it had and has. Reports added or removed are counted in their own row."""
    out = []
    for table in DIGESTED:
        if old.schema(table) is None or new.schema(table) is None:
            continue  # a table added or removed is a schema change
        before, after = old.digests(table), new.digests(table)
        for report in sorted(set(before) | set(after)):
            if report in skip or before.get(report) == after.get(report):
                continue
            a, b = before.get(report, (0, ""))[0], after.get(report, (0, ""))[0]
            out.append(Change("report_changed", "re_extraction", f"Report {report}: {table} read again ({a} rows before, {b} now).",
                              f"Báo cáo {report}: {table} đọc lại ({a} dòng trước, {b} dòng nay).", table=table,
                              record_id=report, report_id=report, field=table, old_value=str(a), new_value=str(b), count=b))
    return out


def _label(row: dict[str, str]) -> str:
    """A fact row's figure in a few words (its value columns)."""
    for name in ("value_printed", "online_rate_reported", "status", "count", "task"):
        if row.get(name):
            return row[name]
    return row.get("record_id", "")


def _value(table: str, change: str, reason: str, row: dict[str, str], old: str, new: str, name: str = "") -> Change:
    record, report = row.get("record_id", ""), row.get("report_id", "")
    why_en = {"correction": "reviewed correction", "re_extraction": "report read again"}[reason]
    why_vi = {"correction": "hiệu chỉnh đã rà soát", "re_extraction": "đọc lại báo cáo"}[reason]
    if change == "value_changed":
        en = f"{table} {record}: {name} {old or '(empty)'} → {new or '(empty)'} ({why_en})."
        vi = f"{table} {record}: {name} {old or '(trống)'} → {new or '(trống)'} ({why_vi})."
    elif change == "value_added":
        en, vi = f"{table} {record} added: {new} ({why_en}).", f"Thêm {table} {record}: {new} ({why_vi})."
    else:
        en, vi = f"{table} {record} removed: {old} ({why_en}).", f"Bỏ {table} {record}: {old} ({why_vi})."
    return Change(change, reason, en, vi, table=table, record_id=record, report_id=report, field=name, old_value=old, new_value=new)


def _flag(change: str, row: dict[str, str]) -> Change:
    check, report, line = row.get("check", ""), row.get("report_id", ""), row.get("source_line", "")
    if change == "flag_added":
        en, vi = f"New quality flag {check} on {report}, line {line}.", f"Cảnh báo chất lượng mới {check} ở {report}, dòng {line}."
    else:
        en, vi = f"Quality flag {check} on {report}, line {line}, resolved.", f"Hết cảnh báo chất lượng {check} ở {report}, dòng {line}."
    return Change(change, "re_extraction", en, vi, table=FLAGS, record_id=row.get("record_id", ""), report_id=report, field=check,
                  old_value=row.get("printed", "") if change == "flag_resolved" else "",
                  new_value=row.get("printed", "") if change == "flag_added" else "")


def correction_changes(old: Package, new: Package) -> list[Change]:
    out = []
    before, after = old.keyed(CORRECTIONS), new.keyed(CORRECTIONS)
    added, removed, changed = _diff(before, after, _common_fields(old, new, CORRECTIONS))
    for key in added:
        row = after[key]
        what = f"{row.get('table')} {row.get('subject_id')} {row.get('field')}"
        out.append(Change("correction_added", "correction",
                          f"Correction {key[0]}: {what} printed {row.get('value_printed')}, corrected to {row.get('value_corrected')} ({row.get('reason')}).",
                          f"Hiệu chỉnh {key[0]}: {what} in {row.get('value_printed')}, sửa thành {row.get('value_corrected')} ({row.get('reason')}).",
                          table=row.get("table", ""), record_id=row.get("subject_id", ""), report_id=row.get("report_id", ""),
                          field=row.get("field", ""), old_value=row.get("value_printed", ""), new_value=row.get("value_corrected", "")))
    for key in removed:
        row = before[key]
        out.append(Change("correction_removed", "correction", f"Correction {key[0]} withdrawn.", f"Rút hiệu chỉnh {key[0]}.",
                          table=row.get("table", ""), record_id=row.get("subject_id", ""), report_id=row.get("report_id", ""),
                          field=row.get("field", ""), old_value=row.get("value_corrected", ""), new_value=row.get("value_printed", "")))
    for key, name, a, b in changed:
        row = after[key]
        out.append(Change("correction_changed", "correction", f"Correction {key[0]}: {name} {a} → {b}.",
                          f"Hiệu chỉnh {key[0]}: {name} {a} → {b}.", table=row.get("table", ""), record_id=row.get("subject_id", ""),
                          report_id=row.get("report_id", ""), field=name, old_value=a, new_value=b))
    return out


def code_changes(old: Package, new: Package) -> list[Change]:
    out = []
    for table in schemas.CODE_TABLES:
        if new.schema(table) is None or old.schema(table) is None:
            continue
        added, removed, changed = _diff(old.keyed(table), new.keyed(table), _common_fields(old, new, table))
        for key in added:
            out.append(Change("code_added", "code_list", f"Code list {table}: {'/'.join(key)} added.",
                              f"Danh mục {table}: thêm {'/'.join(key)}.", table=table, record_id="/".join(key)))
        for key in removed:
            out.append(Change("code_removed", "code_list", f"Code list {table}: {'/'.join(key)} removed.",
                              f"Danh mục {table}: bỏ {'/'.join(key)}.", table=table, record_id="/".join(key)))
        for key, name, a, b in changed:
            out.append(Change("code_changed", "code_list", f"Code list {table}: {'/'.join(key)} {name} changed.",
                              f"Danh mục {table}: {'/'.join(key)} đổi {name}.", table=table, record_id="/".join(key), field=name,
                              old_value=a, new_value=b))
    return out


def first_edition(new: Package) -> list[Change]:
    """The record of a package with no previous edition: one row per report."""
    out = [Change("first_edition", "new_report", "First edition.", "Phiên bản đầu tiên.")]
    empty = Package(new.folder, {"resources": []})
    out += [c for c in content_changes(empty, new) if c.change == "report_added"]
    return out


# -- stamping the staged package -----------------------------------------------------------
@dataclass
class Edition:
    version: str
    date: str
    previous: str
    changes: list[Change]
    level: str  # major, minor, patch, first, same


def decide(old: Package | None, new: Package) -> Edition:
    date = input_date(new)
    if old is None:
        return Edition(FIRST_VERSION, date or "1970-01-01", "", first_edition(new), "first")
    previous = str(old.descriptor.get("version") or FIRST_VERSION)
    structure = schema_changes(old, new)
    content = content_changes(old, new)
    if not structure and not content:
        return Edition(previous, str(old.descriptor.get("last_updated") or date or "1970-01-01"), previous, [], "same")
    if structure:
        level = "major"
    elif any(c.change in ("report_added", "report_removed") for c in content):
        level = "minor"
    else:
        level = "patch"
    old_date = str(old.descriptor.get("last_updated") or "")
    return Edition(bump(previous, level), max(date, old_date) or "1970-01-01", previous, structure + content, level)


def history(old: Package | None) -> list[dict[str, Any]]:
    """The change rows of the editions before: the previous package's own record, or for
    a package from before editions were recorded, one made up from it (its reports)."""
    if old is None:
        return []
    if TABLE in old.tables:
        return [{**row, "count": int(row["count"]) if row.get("count") else None} for row in old.tables[TABLE]]
    version = str(old.descriptor.get("version") or FIRST_VERSION)
    date = input_date(old) or str(old.descriptor.get("created", ""))[:10] or "1970-01-01"
    return rows_of(Edition(version, date, "", first_edition(old), "first"))


def rows_of(edition: Edition) -> list[dict[str, Any]]:
    return [{"change_id": f"{edition.version}-{n:05d}", "edition": edition.version, "edition_date": edition.date,
             "previous_edition": edition.previous, "change": c.change, "reason": c.reason, "table": c.table,
             "record_id": c.record_id, "report_id": c.report_id, "field": c.field, "old_value": c.old_value,
             "new_value": c.new_value, "count": c.count, "message": c.message, "message_vi": c.message_vi}
            for n, c in enumerate(edition.changes, start=1)]


def record_file(version: str) -> str:
    """The file of one edition's rows in the package (`changes/1.2.0.csv`)."""
    return part_file(TABLE, version)


def stamp_edition(staged: "Staged", previous: Path, parts: set[str] | None = None) -> Edition:
    """Compare the staged package with the previous edition (the package in `previous`,
    if any), write the staged edition record and set `version` and `last_updated` in its
    datapackage.json. Returns the edition. `parts`: of the tables in parts, compare only
    these parts (the others are the previous package's files, unchanged).

    The record's earlier editions are the previous package's files, kept (`staged.keep`);
    this edition's rows, if it has any, are one new file. A previous record in one file
    (or none: a package from before editions were recorded) is written in parts, each
    edition's rows as they were."""
    from generator.package import to_csv  # the package writer's own CSV rules

    new = Package.read(staged.path, COMPARED, parts)
    if new is None:
        raise FileNotFoundError(staged.path / "datapackage.json")
    old = Package.read(previous, COMPARED, parts)
    kept = old.record_parts() if old is not None else None
    if old is not None and kept is None:
        old.load(TABLE)  # one file: migrated below
    edition = decide(old, new)
    rows = [] if edition.level == "same" else rows_of(edition)
    if kept is None:
        rows = history(old) + rows
    by_edition: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_edition.setdefault(record_file(str(row["edition"])), []).append(row)
    if not by_edition and not kept:  # no edition recorded anything: the table's header
        by_edition[record_file(edition.version)] = []
    files = [rel for rel in kept or [] if rel not in by_edition]
    for rel in files:
        staged.keep(rel)
    for rel, group in by_edition.items():
        staged.put(rel, to_csv(TABLE, group))
        files.append(rel)
    files.sort(key=lambda rel: (version_key(part_name(rel)), rel))
    descriptor = dict(new.descriptor)
    descriptor["resources"] = [{**r, "path": files} if r["name"] == TABLE else r for r in descriptor.get("resources", [])]
    ordered: dict[str, Any] = {}
    for key, value in descriptor.items():
        if key in ("version", "last_updated"):
            continue
        ordered[key] = value
        if key == "name":
            ordered["version"] = edition.version
            ordered["last_updated"] = edition.date
    if "version" not in ordered:
        ordered = {"version": edition.version, "last_updated": edition.date, **ordered}
    staged.put("datapackage.json", json.dumps(ordered, ensure_ascii=False, indent=2) + "\n")
    return edition


def read_changes(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def edition_of(folder: Path) -> str:
    """'edition 2.1.0 of 2025-01-10' for the package in folder (empty if none)."""
    path = folder / "datapackage.json"
    if not path.is_file():
        return ""
    desc = json.loads(path.read_text(encoding="utf-8"))
    return f"edition {desc.get('version', '?')} of {desc.get('last_updated', '?')}"
