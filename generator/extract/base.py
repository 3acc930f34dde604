"""What every section extractor returns, and helpers they share.

An extractor is a pure function `(Document, References, ReportMeta) -> Extraction`.
Rows use the column names of the published Table Schemas; `record_id` and `report_id`
are filled in by the pipeline. Every row carries `source_line` and `source_quote`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Row = dict[str, Any]


@dataclass
class ReportMeta:
    """What the metadata extractor read; other extractors may use it for context."""

    jurisdiction_id: str
    report_type: str
    reference_date: date
    period_start: date | None = None
    period_end: date | None = None
    report_date: date | None = None
    body_end: int | None = None  # last line of the body before the signature block / appendices


@dataclass
class Extraction:
    tables: dict[str, list[Row]] = field(default_factory=dict)
    # (line, printed number) for every figure that went into a row: feeds the coverage ratio
    used: list[tuple[int, str]] = field(default_factory=list)
    # lines a maintainer should look at: {"source_line", "source_quote", "reason"}
    review: list[Row] = field(default_factory=list)

    def add(self, table: str, row: Row) -> Row:
        self.tables.setdefault(table, []).append(row)
        return row

    def flag(self, check: str, printed: str, message: str, message_vi: str, line: int, quote: str, computed: str = "", table: str = "", subject: str = "") -> Row:
        return self.add("quality_flags", {
            "check": check, "table": table, "subject_id": subject, "printed": printed,
            "computed": computed, "message": message, "message_vi": message_vi,
            "source_line": line, "source_quote": quote,
        })

    def use(self, line: int, *printed: str) -> None:
        self.used.extend((line, p) for p in printed if p)

    def to_review(self, line: int, quote: str, reason: str) -> None:
        self.review.append({"source_line": line, "source_quote": quote, "reason": reason})

    def merge(self, other: "Extraction") -> "Extraction":
        for table, rows in other.tables.items():
            self.tables.setdefault(table, []).extend(rows)
        self.used.extend(other.used)
        self.review.extend(other.review)
        return self
