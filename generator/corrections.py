"""Reviewed corrections: a data file a maintainer edits (codelists/corrections.csv).

A correction never overwrites what the report printed: the published `corrections` table
carries both values, the reason, who reviewed it and when, and whether the record it
names was found (`applied`).
"""
from __future__ import annotations

from pathlib import Path

from generator import schemas
from generator.codelists import check_table, read_csv
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


def apply(path: Path, tables: dict[str, list[Row]]) -> list[Row]:
    out = []
    index = {(table, row["record_id"]): row for table, rows in tables.items() for row in rows if "record_id" in row}
    for row in load(path):
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
