"""Per-service totals printed as a table (tab-separated, pipe or HTML; see tables.py):
`STT | Tên dịch vụ công | Tổng số hồ sơ | Trực tuyến | Trực tiếp | Tỷ lệ trực tuyến`.

Columns are found by their header words (codelists/table_columns.csv); each row's service
name is mapped with the same keyword rules as the prose lists. Pure.
"""
from __future__ import annotations

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta, service_rules
from generator.extract.tables import Table, quote_for, read_tables
from generator.fold import fold
from generator.numbers import NUMBER_TOKEN, Reading, read_number

FIGURE_ROLES = {"total": "count", "online": "count", "offline": "count", "rate": "percent"}


def _reading(text: str, kind: str) -> Reading | None:
    m = NUMBER_TOKEN.search(text)
    return read_number(m.group(0), kind) if m else None  # type: ignore[arg-type]


def _is_service_table(table: Table) -> bool:
    return "service" in table.roles and sum(role in table.roles for role in FIGURE_ROLES) >= 2


def extract_service_tables(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    rules = service_rules(refs)
    for table in read_tables(doc, refs):
        if not _is_service_table(table):
            continue
        for row in table.data_rows:
            name = table.text(row, "service").strip()
            if not name:
                continue
            readings = {role: _reading(table.text(row, role), kind) for role, kind in FIGURE_ROLES.items()}
            if not any(readings.values()):
                continue
            line = row.line
            quote = quote_for(doc, line, name)
            ids = rules.match(fold(name))
            if len(ids) != 1:
                reason = "matches several services" if ids else "not in codelists/services.csv"
                out.to_review(line, quote, f"unknown_service: '{name}' ({reason}; add keywords or an alias)")
                out.flag("unknown_service", name, f"The service '{name}' could not be mapped to the code list; its figures are not published.",
                         f"Không ánh xạ được dịch vụ '{name}' vào danh mục.", line, quote, table="service_results")
                continue
            values = {role: (r.value if r is not None else None) for role, r in readings.items()}
            total, online = values["total"], values["online"]
            out.add("service_results", {
                "service_id": ids[0], "service_printed": name, "scope": "all",
                "total": total, "online": online, "offline": values["offline"],
                "online_rate_reported": values["rate"],
                "online_rate_printed": readings["rate"].printed if readings["rate"] is not None else "",
                "online_rate": round(online / total * 100, 2) if online is not None and total else None,
                "no_dossiers": None, "source_line": line, "source_quote": quote,
            })
            for role, reading in readings.items():
                if reading is not None:
                    cell = table.cell(row, role)
                    out.use((cell.line_at(0) if cell else None) or line, reading.printed, table="service_results", service_id=ids[0], service_part=role)
    return out
