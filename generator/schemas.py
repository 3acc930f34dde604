"""Table Schemas (JSON files in generator/schemas/) and their bilingual metadata."""
from __future__ import annotations

import json
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
)
CODE_TABLES = (
    "jurisdictions",
    "services",
    "indicators",
    "pilot_models",
    "pilot_model_local_numbers",
    "statuses",
    "units",
    "checks",
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
