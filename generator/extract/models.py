"""Pilot models ("mô hình") -> table pilot_model_status, from three places a report uses:

- an appendix table with a model-name column (`Mô hình 6: ...` in each row): source_kind table;
- numbered lists next to a status count (`* Đang triển khai: 20 (3, 4, ...)`, items
  `1- Mô hình 1: ...` after `Đã hoàn thành triển khai: 15 mô hình`): source_kind list;
- footnotes listing the models a body count refers to: source_kind footnote.

Each printed model is mapped by its local number for the report's jurisdiction
(codelists/pilot_model_local_numbers.csv), then confirmed by the catalogue's name
keywords. A number with no mapping, or a name that disagrees with the mapped model,
leaves model_id empty, goes to the review output and raises an unknown_model flag. Pure.
"""
from __future__ import annotations

import re

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta, Row
from generator.extract.counts import Count, all_counts, check_group_counts
from generator.extract.status import first_status
from generator.extract.tables import Table, quote_for, read_tables
from generator.fold import fold, keyword_groups, matches_all

_MODEL_NAME = re.compile(r"^\s*Mô\s+hình\s+(?:thứ\s+|số\s+)?(?P<num>\d{1,3})\s*:?\s*(?P<name>.*)$", re.IGNORECASE | re.DOTALL)
# where the status of a model row is read, in order; the notes come first, then the
# cells a shifted row may have moved the notes into, then the results text
STATUS_CELLS = ("notes", "funding", "evaluation", "result")


class Catalogue:
    def __init__(self, refs: References) -> None:
        self.names = {r["model_id"]: r["name_vi"] for r in refs.rows("pilot_models")}
        self.keywords = {r["model_id"]: keyword_groups(r["match_keywords"]) for r in refs.rows("pilot_models")}
        self.local = {(r["jurisdiction_id"], int(r["local_number"])): r["model_id"] for r in refs.rows("pilot_model_local_numbers")}

    def by_name(self, name: str) -> list[str]:
        folded = fold(name)
        return [mid for mid, groups in self.keywords.items() if matches_all(folded, groups)]

    def resolve(self, jurisdiction: str, number: int | None, name: str) -> tuple[str, str]:
        """(model_id or "", reason it stays empty)."""
        mid = self.local.get((jurisdiction, number)) if number is not None else None
        if mid is None:
            hint = ", ".join(self.by_name(name)) if name else ""
            return "", f"no catalogue mapping for {jurisdiction} model {number}" + (f" (name matches {hint})" if hint else "")
        if name and not matches_all(fold(name), self.keywords[mid]):
            return "", f"{jurisdiction} model {number} maps to '{mid}' but the printed name does not match its keywords"
        return mid, ""


def _mapped(out: Extraction, doc: Document, cat: Catalogue, meta: ReportMeta, row: Row) -> Row:
    mid, reason = cat.resolve(meta.jurisdiction_id, row["local_number"], row["name_printed"])
    row["model_id"] = mid
    if not mid:
        printed = f"Mô hình {row['local_number']}" + (f": {row['name_printed']}" if row["name_printed"] else "")
        out.to_review(row["source_line"], row["source_quote"], f"unknown pilot model: {reason}; add it to codelists/pilot_model_local_numbers.csv (and pilot_models.csv) if it is one")
        out.flag("unknown_model", printed[:200], f"Pilot model not mapped to the catalogue: {reason}.", f"Mô hình chưa ánh xạ được vào danh mục: {reason}.",
                 row["source_line"], row["source_quote"], table="pilot_model_status")
    return out.add("pilot_model_status", row)


def _row(number: int | None, name: str, group: str, status: str, status_printed: str, kind: str, line: int, quote: str,
         results: str = "", difficulties: str = "", funding: str = "") -> Row:
    return {
        "model_id": "", "local_number": number, "name_printed": name, "group": group, "status": status,
        "status_printed": status_printed, "results": results, "difficulties": difficulties, "funding": funding,
        "source_kind": kind, "source_line": line, "source_quote": quote,
    }


def _table_rows(out: Extraction, doc: Document, refs: References, cat: Catalogue, meta: ReportMeta, table: Table) -> None:
    check_group_counts(out, doc, table, "pilot_model_status", "mo hinh")
    group = ""
    for row in table.rows:
        if row.heading:
            group = row.heading
            continue
        cell = table.cell(row, "model")
        m = _MODEL_NAME.match(cell.text) if cell else None
        if not cell or not m:
            quote = quote_for(doc, row.line, cell.text if cell else "")
            out.to_review(row.line, quote, "pilot-model table row without a 'Mô hình N' name")
            continue
        name = re.sub(r"\s+", " ", m.group("name")).strip(" .;")
        status, printed = "unknown", ""
        for role in STATUS_CELLS:
            found = first_status(table.text(row, role), refs)
            if found:
                text = table.text(row, role)
                status, printed = found.status, text if len(text) <= 200 else found.phrase
                break
        line = cell.spans[0][1]
        _mapped(out, doc, cat, meta, _row(int(m.group("num")), name, group, status, printed, "table", line, quote_for(doc, line, cell.text),
                                          table.text(row, "result"), table.text(row, "difficulties"), table.text(row, "funding")))


def _count_rows(out: Extraction, doc: Document, cat: Catalogue, meta: ReportMeta, count: Count) -> None:
    named = {item.number: item for item in count.items}
    for number in count.listed:
        item = named.get(number)
        if item:
            row = _row(number, item.name, "", count.status, count.phrase, count.kind, item.line, item.quote, difficulties=item.reason)
        else:
            row = _row(number, "", "", count.status, count.phrase, count.kind, count.line, count.quote)
        _mapped(out, doc, cat, meta, row)


def extract_models(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    cat = Catalogue(refs)
    for table in read_tables(doc):
        if "model" in table.roles:
            _table_rows(out, doc, refs, cat, meta, table)
    for count in all_counts(doc, refs, meta):
        if count.subject == "pilot_models" and count.status != "total" and count.listed:
            _count_rows(out, doc, cat, meta, count)
    return out
