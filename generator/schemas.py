"""Table Schemas (JSON files in generator/schemas/) and their bilingual metadata."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from generator.paths import SCHEMA_DIR

META_KEYS = ("title", "title_vi", "description", "description_vi")

FACT_TABLES = (
    "reports",
    "service_results",
    "indicator_values",
    "pilot_model_status",
    "status_counts",
    "plan_tasks",
    "quality_flags",
    "corrections",
    "figures",
    "targets",
)
CODE_TABLES = (
    "jurisdictions",
    "services",
    "indicators",
    "indicator_rules",
    "pilot_models",
    "pilot_model_local_numbers",
    "statuses",
    "units",
    "checks",
    "national_targets",
)
# What changed between editions of the package (written by generator/editions.py).
EDITION_TABLES = ("changes",)
ALL_TABLES = FACT_TABLES + CODE_TABLES + EDITION_TABLES


@lru_cache(maxsize=None)
def load(table: str) -> dict[str, Any]:
    """The whole schema file: table metadata plus the Table Schema keys."""
    with open(SCHEMA_DIR / f"{table}.json", encoding="utf-8") as handle:
        return json.load(handle)


def table_schema(table: str) -> dict[str, Any]:
    """Only the Table Schema part (fields, keys, missingValues)."""
    raw = load(table)
    schema = {k: v for k, v in raw.items() if k not in META_KEYS and not k.startswith("$")}
    for fk in schema.get("foreignKeys", []):
        if fk["reference"]["resource"] == table:
            fk["reference"]["resource"] = ""
    return schema


def table_meta(table: str) -> dict[str, str]:
    raw = load(table)
    return {k: raw[k] for k in META_KEYS if k in raw}


def field_names(table: str) -> list[str]:
    return [f["name"] for f in load(table)["fields"]]


def fields(table: str) -> list[dict[str, Any]]:
    return list(load(table)["fields"])


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,), "date": (date,),
}
ASSIGNED = ("record_id", "report_id", "severity")  # filled in when the rows are assembled (severity from checks.csv)


@lru_cache(maxsize=None)
def _row_rules(table: str) -> tuple[dict[str, tuple[tuple[type, ...], tuple[str, ...] | None, bool]], frozenset[str]]:
    rules = {}
    for f in load(table)["fields"]:
        constraints = f.get("constraints", {})
        enum = tuple(constraints["enum"]) if "enum" in constraints else None
        rules[f["name"]] = (_TYPES.get(f["type"], (object,)), enum, bool(constraints.get("required")))
    return rules, frozenset(rules)


def check_row(table: str, row: dict[str, Any]) -> None:
    """A row as an extractor makes it, against its table's schema: no unknown field, every
    value of the field's type (or empty), within its enum, required fields filled. Raises
    TypeError naming the table and field: a programming error, caught where it is made."""
    rules, names = _row_rules(table)
    unknown = row.keys() - names
    if unknown:
        raise TypeError(f"{table}: unknown field(s) {', '.join(sorted(unknown))}")
    for name, (types, enum, required) in rules.items():
        value = row.get(name)
        if value is None or value == "":
            if required and name not in ASSIGNED:
                raise TypeError(f"{table}.{name}: required, got {value!r}")
            continue
        if not isinstance(value, types) or (types == (int,) and isinstance(value, bool)):
            raise TypeError(f"{table}.{name}: expected {types[0].__name__}, got {type(value).__name__} {value!r}")
        if enum is not None and value not in enum:
            raise TypeError(f"{table}.{name}: {value!r} is not one of {', '.join(enum)}")
