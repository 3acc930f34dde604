"""Reviewed corrections: a data file a maintainer edits (codelists/corrections.csv).

A correction never overwrites what the report printed: the published `corrections` table
carries both values, the reason, who reviewed it and when, and whether the record it
names was found (`applied`).
"""
from __future__ import annotations

from pathlib import Path

from generator import schemas
from generator.codelists import TYPE_WORDS, check_table, read_csv, typed_ok
from generator.errors import InputError
from generator.extract.base import Row

COLUMNS = [n for n in schemas.field_names("corrections") if n != "applied"]


def load(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    rows = read_csv(path, COLUMNS, tuple(COLUMNS))
    for row in rows:
        row["applied"] = "false"
    check_table(path, "corrections", rows)
    return rows


# tables whose records a correction can name (they have a record_id)
CORRECTABLE = tuple(t for t in schemas.FACT_TABLES if t != "corrections" and "record_id" in schemas.field_names(t))


def _check_value(path: Path, row: dict[str, str]) -> None:
    """The corrected value must be of the field's type (an integer field takes `297`, not
    `abc`): one line naming the file and the line."""
    line = int(row["_line"])
    if row["table"] not in CORRECTABLE:
        raise InputError(path, f"table '{row['table']}' cannot be corrected, expected one of {', '.join(CORRECTABLE)}", line)
    fields = {f["name"]: f for f in schemas.fields(row["table"])}
    field = fields.get(row["field"])
    if field is None or row["field"] in ("record_id", "report_id", "source_line", "source_quote"):
        raise InputError(path, f"table {row['table']} has no correctable field '{row['field']}'", line)
    value = row["value_corrected"].strip()
    kind = field["type"]
    if not typed_ok(kind, value):
        raise InputError(path, f"value_corrected '{row['value_corrected']}' is not {TYPE_WORDS.get(kind, kind)}, as field '{row['field']}' of {row['table']} requires", line)
    enum = field.get("constraints", {}).get("enum")
    if enum and value not in enum:
        raise InputError(path, f"value_corrected '{value}' is not one of {', '.join(enum)} (field '{row['field']}' of {row['table']})", line)


def apply(path: Path, tables: dict[str, list[Row]]) -> list[Row]:
    out = []
    index = {(table, row["record_id"]): row for table, rows in tables.items() for row in rows if "record_id" in row}
    reports = {row["report_id"] for row in tables.get("reports", [])}
    for row in load(path):
        if row["report_id"] not in reports:
            raise InputError(path, f"report_id '{row['report_id']}' is not a report of the package (see reports.csv: a report id changes when its place, period or type is read differently)", int(row["_line"]))
        _check_value(path, row)
        target = index.get((row["table"], row["subject_id"]))
        applied = False
        if target is not None:
            if row["field"] not in target:
                raise InputError(path, f"table {row['table']} has no field '{row['field']}'", int(row["_line"]))
            printed = target[row["field"]]
            printed_text = "" if printed is None else (f"{printed:g}" if isinstance(printed, float) else str(printed))
            if printed_text != row["value_printed"]:
                raise InputError(path, f"value_printed '{row['value_printed']}' differs from the record's '{printed_text}'", int(row["_line"]))
            applied = True
        out.append({**{k: v for k, v in row.items() if not k.startswith("_")}, "applied": applied})
    return out


def changed_rows(path: Path, tables: dict[str, list[Row]]) -> list[str]:
    """Human-readable lines: which records the corrections file touches."""
    return [f"{c['correction_id']}: {c['table']} {c['subject_id']} {c['field']}: {c['value_printed']} -> {c['value_corrected']}" + ("" if c["applied"] else " (record not found)") for c in apply(path, tables)]
