"""Write the Frictionless data package (CSV + datapackage.json) and validate it.

Deterministic: rows sorted by primary key, no timestamps except SOURCE_DATE_EPOCH or the
latest report's reference date. Written whole into a staging folder and swapped in (one
rename) only when frictionless finds no error, so a failed or killed run leaves the
previous package untouched.
"""
from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import parts, schemas
from generator.atomic import Staged
from generator.codelists import References
from generator.editions import TABLE as RECORD, stamp_edition
from generator.errors import InputError
from generator.extract.base import Row
from generator.document import split_lines
from generator.limits import load as load_limits
from generator.paths import PACKAGE_NAME, Layout
from generator.redact import redact_tables, rules as redaction_rules
from generator.sources import Source, read_text
from generator.texts import cached_text, text_file

if TYPE_CHECKING:
    from generator.increment import Plan


def _text_cell(value: Any) -> str:
    """Text exactly as read: a quote stays an exact substring of its line (spreadsheet
    safety belongs to the spreadsheet download, not to the data)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _integer_cell(value: Any) -> str:
    return "" if value is None else str(int(value))


def _number_cell(value: Any) -> str:
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.6f}".rstrip("0").rstrip(".")


def _other_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_CELL = {"string": _text_cell, "integer": _integer_cell, "number": _number_cell}


def cell(value: Any, field: dict[str, Any]) -> str:
    """One CSV cell as published (chosen once per field in to_csv; this is the same rule)."""
    if isinstance(value, (bool, date)):
        return _other_cell(value)
    return _CELL.get(field["type"], _other_cell)(value)


def sorted_rows(table: str, rows: list[Row]) -> list[Row]:
    """Rows in the order the CSV lists them (by primary key)."""
    keys = schemas.load(table).get("primaryKey", [])
    return sorted(rows, key=lambda row: tuple(_natural(row.get(k)) for k in keys))


def to_csv(table: str, rows: list[Row]) -> str:
    return csv_bytes(table, rows).decode("utf-8")


def csv_bytes(table: str, rows: list[Row]) -> bytes:
    """The table's CSV file as published, encoded as it is written (at national scale the
    `figures` table is hundreds of MB: no text copy of it is held beside the bytes)."""
    fields = schemas.fields(table)
    names = [f["name"] for f in fields]
    converters = [(f["name"], _CELL.get(f["type"], _other_cell)) for f in fields]
    buffer = io.BytesIO()
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([convert(row.get(name)) for name, convert in converters] for row in sorted_rows(table, rows))
    text.flush()
    data = buffer.getvalue()
    text.detach()
    return data


def _natural(value: Any) -> tuple:
    if value is None:
        return (0, "")
    if isinstance(value, (int, float)):
        return (1, f"{value:020.6f}")
    return (2, str(value))


def code_rows(refs: References, table: str, extra: list[Row] | None = None) -> list[Row]:
    rows = [{k: (v if v != "" else None) for k, v in row.items() if not k.startswith("_")} for row in refs.rows(table)]
    return rows + (extra or [])


def created_stamp(tables: dict[str, list[Row]]) -> str | None:
    """SOURCE_DATE_EPOCH, else the latest reference date; None (no `created`) when no
    report carries a date: never a made-up one."""
    from generator.environment import source_date_epoch

    moment = source_date_epoch()
    if moment is not None:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [str(r["reference_date"]) for r in tables.get("reports", []) if r.get("reference_date")]
    return f"{max(dates)}T00:00:00Z" if dates else None


def typed_row(table: str, row: dict[str, str]) -> Row:
    """A published CSV row read back as the pipeline holds it: empty cells None, integers
    and numbers as such, the rest as text (csv_bytes writes it again byte for byte)."""
    kinds = {f["name"]: f["type"] for f in schemas.fields(table)}
    cast = {"integer": int, "number": float, "boolean": lambda v: v == "true"}
    return {k: None if v == "" else cast.get(kinds.get(k, ""), str)(v) for k, v in row.items()}


def descriptor(tables: dict[str, list[Row]], sources: list[Source], files: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """files: the part files of each table stored in parts (generator/parts.py)."""
    resources = []
    for table in schemas.ALL_TABLES:
        meta = schemas.table_meta(table)
        resources.append({
            "name": table,
            "path": (files or {}).get(table) or f"{table}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            **meta,
            "schema": schemas.table_schema(table),
        })
    reports = {r["source_file"]: r for r in tables.get("reports", [])}
    created = created_stamp(tables)
    out = {
        "name": PACKAGE_NAME,
        "title": "Đề án 06 progress reports: indicators, essential services, pilot models and plan tasks",
        "title_vi": "Báo cáo tiến độ Đề án 06: chỉ tiêu, dịch vụ công thiết yếu, mô hình điểm và nhiệm vụ",
        "description": "Figures printed in provincial and district progress reports on Đề án 06 (Decision 06/QĐ-TTg), each traceable to the line of the report it came from, with the quality flags where a report does not add up.",
        "description_vi": "Số liệu trong các báo cáo tiến độ Đề án 06 (Quyết định 06/QĐ-TTg) của tỉnh, huyện; mỗi số liệu truy được về dòng của báo cáo gốc, kèm các cảnh báo chất lượng.",
        "version": "1.0.0",
        **({"created": created} if created else {}),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        "sources": [
            {"title": s.name, "path": text_file(reports[s.name]["report_id"]), "sha256": s.sha256, "report_id": reports[s.name]["report_id"],
             "description": "Report text as received, line for line, with the signature block's personal data removed; sha256 is that of the file as received (kept in the project's sources/reports/)."}
            for s in sources if s.name in reports
        ],
        "resources": resources,
    }
    return out


def provisional_level(printed: str | None, refs: References) -> str:
    """The level of a unit the code list lacks, by the type word printed before its name
    (`huyện …` a district, `xã …`, `phường …` a commune; else a province)."""
    text = (printed or "").lower()
    for level in ("district", "commune"):
        if text.startswith(tuple(w + " " for w in refs.terms("place_type", level, form="exact"))):
            return level
    return "province"


def provisional_parent(jurisdiction_id: str, known: set[str] | frozenset[str]) -> str | None:
    """The unit of the code list a provisional id was made inside (its longest known suffix:
    `tan-kieu-thap-muoi-dong-thap` -> `thap-muoi-dong-thap`), or None."""
    parts = jurisdiction_id.split("-")
    for i in range(1, len(parts)):
        suffix = "-".join(parts[i:])
        if suffix in known:
            return suffix
    return None


def write_package(layout: Layout, tables: dict[str, list[Row]], refs: References, sources: list[Source], validate: bool | str = True,
                  plan: "Plan | None" = None) -> Path:
    """Stage, validate, then swap the package into place. Returns the package folder.

    validate: True (full frictionless), "delta" (delta_validate: pandas across every row,
    frictionless on the rows that changed; full when the package in place is not a
    validated one), "fast" (pandas key/enum/type checks) or False.

    plan (generator/increment.py): the tables hold only the rows of the reports of the
    parts it names dirty (and every report's row); the other parts' files and texts are
    kept from the package in place, unread, and only the dirty parts are compared for the
    edition and checked."""
    from generator import increment

    all_tables = dict(tables)
    known = refs.ids("jurisdictions")
    provisional = [
        {"jurisdiction_id": r["jurisdiction_id"], "name_vi": r["jurisdiction_printed"] or r["jurisdiction_id"], "name_en": r["jurisdiction_printed"] or r["jurisdiction_id"],
         "level": (level := provisional_level(r["jurisdiction_printed"], refs)),
         "parent_id": provisional_parent(r["jurisdiction_id"], known) if level != "province" else None,
         "official_code": "?", "code_vintage": "2025" if r["jurisdiction_id"].endswith("-2025") else "2004",
         "valid_from": None, "valid_to": None, "successor_ids": None, "aliases": "provisional: not yet in codelists/jurisdictions.csv"}
        for r in tables.get("reports", []) if r["jurisdiction_id"] not in known
    ]
    unique = {p["jurisdiction_id"]: p for p in provisional}
    for table in schemas.CODE_TABLES:
        all_tables[table] = code_rows(refs, table, list(unique.values()) if table == "jurisdictions" else None)
    created_stamp(tables)  # SOURCE_DATE_EPOCH checked before anything is written
    report_ids = {r["source_file"]: r["report_id"] for r in tables.get("reports", [])}
    part_of = parts.report_parts(tables.get("reports", []), all_tables["jurisdictions"])
    dirty = set(part_of.values()) if plan is None else plan.dirty
    kept = {rid for rid, part in part_of.items() if part not in dirty}  # reports whose parts stay as they are
    # built whole beside the package, validated, then swapped in (atomic.Staged): a reader
    # or a killed run sees the previous package or this one, never a mix
    with Staged(layout.package) as staged:
        texts: dict[str, tuple[bytes, Source]] = {}
        for source in sources:
            rid = report_ids[source.name]
            if rid in kept:
                staged.keep(text_file(rid))
                continue
            text = cached_text(layout, source, refs)
            staged.put(text_file(rid), text)
            texts[rid] = (text, source)
        loaded = {**all_tables, "reports": [r for r in tables.get("reports", []) if r["report_id"] not in kept]}
        published = _published_tables(layout, loaded, texts, refs)
        published["reports"] = published["reports"] + [r for r in tables.get("reports", []) if r["report_id"] in kept]
        files: dict[str, list[str]] = {}
        for table in schemas.ALL_TABLES:
            if table in parts.PARTED and part_of:
                files[table] = _put_parts(staged, table, published.get(table, []), part_of, dirty)
            elif table == RECORD:
                continue  # the edition record's files: stamp_edition's
            else:
                staged.put(f"{table}.csv", csv_bytes(table, published.get(table, [])))
        desc = descriptor(published, sources, files)
        staged.put("datapackage.json", json.dumps(desc, ensure_ascii=False, indent=2) + "\n")
        only = None if plan is None else dirty
        edition = stamp_edition(staged, layout.package, only)  # version, last_updated, the record (generator/editions.py)
        if only is not None:  # the edition's own part of the record is checked whole too
            only = only | {edition.version}
        if validate == "delta" and not previous_validated(layout):
            validate = True  # no validated package to compare with: validate it all
        if validate:
            check = {"fast": fast_validate, "delta": lambda path: delta_validate(path, layout.package, only)}.get(validate, validate_package)
            errors = check(staged.path / "datapackage.json")
            if errors and validate == "delta":  # the full report, rows numbered as in the rows held here
                errors = _validate_parts(staged.path / "datapackage.json", only) or errors
            if errors:
                _raise_at_report_line(errors, published, texts, part_of)
                raise InputError(layout.package / "datapackage.json", "package does not validate: " + "; ".join(errors[:5]))
        staged.commit()
    increment.record(layout, tables, part_of, plan)
    return layout.package


def _validate_parts(path: Path, only: set[str] | None) -> list[str]:
    """Frictionless on the package, or with `only` on those parts of the tables in parts
    (the rows a plan holds; the other tables whole), so that an error's row number finds
    its row among them. Keys across parts are the pandas check's (fastcheck.py)."""
    if only is None:
        return validate_package(path)
    desc = json.loads(path.read_text(encoding="utf-8"))
    for resource in desc["resources"]:
        if resource["name"] in parts.PARTED and isinstance(resource["path"], list):
            resource["path"] = [f for f in resource["path"] if parts.part_name(f) in only] or resource["path"][:1]
    subset = path.with_name(".datapackage.parts.json")  # beside the tables it names; removed before the swap
    subset.write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    try:
        return validate_package(subset)
    finally:
        subset.unlink()


def _put_parts(staged: Staged, table: str, rows: list[Row], part_of: dict[str, str], dirty: set[str]) -> list[str]:
    """Write the dirty parts of a table stored in parts, keep the others' files as they
    are; returns the table's part files (every report's part, in name order)."""
    grouped = _grouped(rows, part_of)
    files = []
    for part in sorted(set(part_of.values())):
        rel = parts.part_file(table, part)
        if part in dirty:
            staged.put(rel, csv_bytes(table, grouped.get(part, [])))
        else:
            staged.keep(rel)
        files.append(rel)
    return files


def _published_tables(layout: Layout, tables: dict[str, list[Row]], texts: dict[str, tuple[bytes, Source]], refs: References) -> dict[str, list[Row]]:
    """The tables as published: personal data out of every text cell, quotes cut from their
    published lines (generator.redact.redact_tables, the one place rows are redacted)."""
    limits = load_limits(layout.codelists)

    def published(report_id: str) -> list[str] | None:
        found = texts.get(report_id)
        return split_lines(found[0].decode("utf-8")) if found else None

    def original(report_id: str) -> list[str] | None:
        found = texts.get(report_id)
        return split_lines(read_text(found[1], limits)) if found else None

    return redact_tables(tables, published, original, redaction_rules(refs))


class Problem(str):
    """A validation message that knows its table and CSV row (1 = the header), if any."""

    resource: str | None = None
    row: int | None = None


def published_order(table: str, rows: list[Row], part_of: dict[str, str]) -> list[Row]:
    """Rows in the order a reader of the table meets them: by primary key, and for a table
    in parts, part after part (generator/parts.py)."""
    if table not in parts.PARTED or not part_of:
        return sorted_rows(table, rows)
    return [row for part, group in sorted(_grouped(rows, part_of).items()) for row in sorted_rows(table, group)]


def _grouped(rows: list[Row], part_of: dict[str, str]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in rows:
        out.setdefault(part_of[row["report_id"]], []).append(row)
    return out


def _raise_at_report_line(errors: list[str], tables: dict[str, list[Row]], texts: dict[str, tuple[bytes, Source]], part_of: dict[str, str]) -> None:
    """An invalid cell of a fact row is the report's doing: name the report and its line."""
    for error in errors:
        table, row_number = getattr(error, "resource", None), getattr(error, "row", None)
        if not table or not row_number or table not in tables or row_number < 2:
            continue
        rows = published_order(table, tables[table], part_of)
        if row_number - 2 >= len(rows):
            continue
        row = rows[row_number - 2]
        where = f"{table}.csv row {row_number}"
        if table in parts.PARTED and part_of:  # the part file and the row in it
            part = part_of[row["report_id"]]
            before = sum(1 for other in rows[:row_number - 2] if part_of[other["report_id"]] == part)
            where = f"{parts.part_file(table, part)} row {before + 2}"
        found = texts.get(row.get("report_id") or "")
        if found and row.get("source_line"):
            raise InputError(found[1].path, f"a published row does not validate ({where}): {error.split(': ', 1)[-1]}", int(row["source_line"]))


def fast_validate(path: Path, only: set[str] | None = None) -> list[str]:
    """Keys, enums and types in pandas: seconds on the national corpus (see generator.fastcheck);
    only: of the tables in parts, check these parts' rows (primary keys across every part)."""
    from generator.fastcheck import fast_check

    return fast_check(path, only)


def previous_validated(layout: Layout) -> bool:
    """Whether the package in place is the one the last build validated (with frictionless,
    in full or on its changed rows), untouched since (its dependency record, deps.py)."""
    from generator import deps

    found = deps.read(layout, "package")
    return bool(found and found.get("validated") in (True, "delta")
                and (found.get("outputs") or {}).get("package") == deps.signature(layout.package))


def delta_validate(path: Path, previous: Path, only: set[str] | None = None) -> list[str]:
    """The fast path for a package that differs from a validated one by a few reports:
    keys, enums, types and patterns in pandas (fastcheck.py: every row, or with `only`,
    the rows of those parts of the tables in parts, their primary keys checked against
    every part's), then frictionless on the rows that differ from the previous package,
    with the tables foreign keys point at, and any table whose schema changed, kept whole.
    Rows already published were validated when they were; a part not in `only` is the
    previous package's file, unchanged. CI, `all` and `package` validate in full."""
    import csv
    import tempfile

    errors = fast_validate(path, only)
    if errors:
        return errors
    staged = path.parent
    desc = json.loads(path.read_text(encoding="utf-8"))
    targets = {fk["reference"]["resource"] or r["name"] for r in desc.get("resources", [])
               for fk in r.get("schema", {}).get("foreignKeys", [])}
    before = json.loads((previous / "datapackage.json").read_text(encoding="utf-8"))
    schemas_before = {r["name"]: r.get("schema") for r in before.get("resources", [])}
    mini_desc = {**desc, "resources": []}
    with tempfile.TemporaryDirectory(prefix="de-an-06-delta-") as tmp:
        mini = Path(tmp)
        for resource in desc.get("resources", []):
            files = parts.paths(resource)
            if only is not None and resource["name"] in parts.PARTED:
                files = [f for f in files if parts.part_name(f) in only]
            target = mini / f"{resource['name']}.csv"
            mini_desc["resources"].append({**resource, "path": target.name})
            whole = resource["name"] in targets or schemas_before.get(resource["name"]) != resource.get("schema")
            if not whole:  # a file kept from the package in place (the same file): its rows were validated
                files = [f for f in files if not _same_file(staged / f, previous / f)] or files[:1]
            olds = [previous / f for f in files]
            if whole or not any(old.is_file() for old in olds):
                with open(target, "wb") as out:
                    out.writelines(parts.whole_csv(staged, files))
                continue
            published: set[tuple[str, ...]] = set()
            for old in olds:
                if old.is_file():
                    with open(old, encoding="utf-8", newline="") as handle:
                        published.update(tuple(row) for row in csv.reader(handle))
            with open(target, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\n")
                for at, rel in enumerate(files):
                    with open(staged / rel, encoding="utf-8", newline="") as handle:
                        for number, row in enumerate(csv.reader(handle)):
                            if (number == 0 and at == 0) or (number and tuple(row) not in published):
                                writer.writerow(row)
                if not files:
                    writer.writerow(schemas.field_names(resource["name"]))
        (mini / "datapackage.json").write_text(json.dumps(mini_desc, ensure_ascii=False), encoding="utf-8")
        return validate_package(mini / "datapackage.json")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def validate_package(path: Path, jobs: int | None = None) -> list[str]:
    """Full frictionless validation (types, constraints, primary and foreign keys).

    frictionless validates resources one after the other, and not in parallel when a
    schema has foreign keys (ours do); a large package is therefore validated in two
    processes, each loading the package and validating its share of the resources in
    full (foreign keys included), balanced by file size. The errors are listed in the
    descriptor's order whichever process found them."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor.get("resources", [])]
    size = {r["name"]: sum(_size(path.parent / f) for f in parts.paths(r)) for r in descriptor.get("resources", [])}
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 2)
    if jobs < 2 or sum(size.values()) < PARALLEL_BYTES:
        found = _validate_resources((str(path), None))
    else:
        groups: list[list[str]] = [[] for _ in range(jobs)]
        loads = [0] * jobs
        for name in sorted(names, key=lambda n: -size[n]):
            at = loads.index(min(loads))
            groups[at].append(name)
            loads[at] += size[name]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fresh processes, not forks: a fork shares the caller's rows (gigabytes at national
        # scale), which its garbage collector would touch and so copy
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            shares = list(pool.map(_validate_resources, [(str(path), group) for group in groups if group]))
        found = {"tasks": {k: v for share in shares for k, v in share["tasks"].items()},
                 "errors": [e for share in shares for e in share["errors"]]}
    out: list[str] = []
    for name in names:
        for message, row in found["tasks"].get(name, []):
            problem = Problem(f"{name}: {message}")
            problem.resource, problem.row = name, row
            out.append(problem)
    if out:
        return out[:50]
    return found["errors"]


PARALLEL_BYTES = 20_000_000  # below this, one process (starting a second costs more than it saves)


def _size(file: Path) -> int:
    return file.stat().st_size if file.is_file() else 0


def _validate_resources(args: tuple[str, list[str] | None]) -> dict[str, Any]:
    """Validate these resources of the package (None: all) in this process: {"tasks":
    {resource: [(message, row number)]}, "errors": [package-level messages]}."""
    from frictionless import Package

    path, names = args
    package = Package(path)
    reports = [package.validate()] if names is None else [package.validate(name=name) for name in names]
    tasks: dict[str, list[tuple[str, Any]]] = {}
    errors: list[str] = []
    for report in reports:
        if report.valid:
            continue
        for task in report.tasks:
            tasks.setdefault(task.name, []).extend((err.message, getattr(err, "row_number", None)) for err in task.errors)
        if not report.tasks:
            errors += [e.message for e in report.errors]
    return {"tasks": tasks, "errors": errors}
