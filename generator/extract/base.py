"""What every section extractor returns, and helpers they share.

An extractor is a pure function `(Document, References, ReportMeta) -> Extraction`.
Rows use the column names of the published Table Schemas; `record_id` and `report_id`
are filled in by the pipeline. Every row carries `source_line` and `source_quote`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from generator.redact import rules as redaction_rules, signature_lines
from generator.schemas import check_row

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
    # which fact table claimed each figure: {"line", "printed", "table", ...what it was filed as}
    claims: list[Row] = field(default_factory=list)

    def add(self, table: str, row: Row) -> Row:
        """Add a row, checked against its table's schema as it is made."""
        check_row(table, row)
        self.tables.setdefault(table, []).append(row)
        return row

    def flag(self, check: str, printed: str, message: str, message_vi: str, line: int, quote: str, computed: str = "", table: str = "", subject: str = "") -> Row:
        return self.add("quality_flags", {
            "check": check, "table": table, "subject_id": subject, "printed": printed,
            "computed": computed, "message": message, "message_vi": message_vi,
            "source_line": line, "source_quote": quote,
        })

    def use(self, line: int, *printed: str, table: str = "", figure: int | None = None, **filed: Any) -> None:
        """Claim the figures `printed` on `line` for a row of `table` (filed as `filed`:
        indicator_id, rule_id, service_id, service_part). `figure` is the read figure's index
        when the claimer worked from the reader: it tells apart one number printed twice on a line."""
        for p in printed:
            if p:
                self.used.append((line, p))
                claim = {"line": line, "printed": p, "table": table, **filed}
                if figure is not None:
                    claim["figure"] = figure
                self.claims.append(claim)

    def to_review(self, line: int, quote: str, reason: str) -> None:
        self.review.append({"source_line": line, "source_quote": quote, "reason": reason})

    def merge(self, other: "Extraction") -> "Extraction":
        for table, rows in other.tables.items():
            self.tables.setdefault(table, []).extend(rows)
        self.used.extend(other.used)
        self.review.extend(other.review)
        self.claims.extend(other.claims)
        return self


class ServiceRules:
    """Which essential service a name is: the keyword rules of services.csv (the rule with
    the most groups wins; a tie is no answer), then, when none matches, its aliases (the
    `aliases` column: one phrase each). Each list has its first-group index."""

    def __init__(self, refs: Any) -> None:
        from generator.extract.clauses import rule_index

        self.rules = refs.keyword_rules("services", "service_id")
        self.aliases = refs.service_aliases()
        self.rules_index = rule_index(self.rules)
        self.aliases_index = rule_index(self.aliases)

    def match(self, folded: str) -> list[str]:
        from generator.extract.clauses import best_rules

        return best_rules(folded, self.rules, self.rules_index) or best_rules(folded, self.aliases, self.aliases_index)


def service_rules(refs: Any) -> ServiceRules:
    """The ServiceRules of the code lists, prepared once per References."""
    return refs.prepare("service_rules", ServiceRules)


def signature(doc: Any, refs: Any) -> set[int]:
    """signature_lines(doc.lines) by the code lists' redaction rules, computed once per
    document (read-only; the metadata reader asks first, so the figure reader finds it)."""
    return doc.context.once("signature_lines", lambda: signature_lines(doc.lines, redaction_rules(refs)))
