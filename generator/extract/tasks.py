"""Plan tasks ("nhiệm vụ") -> table plan_tasks, from any table whose header has a task
column and a number column (and no model-name column). The group is the heading row the
task is listed under, as printed; the status is read from the notes, then the result text
(codelists/statuses.csv), `unknown` when neither says. Pure.
"""
from __future__ import annotations

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta
from generator.extract.counts import check_group_counts
from generator.extract.status import first_status
from generator.extract.tables import quote_for, read_tables, row_number

STATUS_CELLS = ("notes", "result")


def extract_tasks(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    for table in read_tables(doc, refs):
        if "task" not in table.roles or "number" not in table.roles or "model" in table.roles:
            continue
        check_group_counts(out, doc, table, "plan_tasks", "plan_tasks", refs)
        group = ""
        for row in table.rows:
            if row.heading:
                group = row.heading
                continue
            task_cell = table.cell(row, "task")
            number = row_number(table.text(row, "number"))
            line = task_cell.spans[0][1] if task_cell and task_cell.spans else row.line
            quote = quote_for(doc, line, task_cell.text if task_cell else "")
            if number is None or not task_cell or not task_cell.text:
                out.to_review(line, quote, "plan-task table row without a task number or task text")
                continue
            status = next((s.status for s in (first_status(table.text(row, c), refs) for c in STATUS_CELLS) if s), "unknown")
            out.add("plan_tasks", {
                "task_number": number, "group": group, "task": task_cell.text,
                "lead_unit": table.text(row, "lead_unit"), "deadline": table.text(row, "deadline"),
                "status": status, "result": table.text(row, "result"),
                "source_line": line, "source_quote": quote,
            })
    return out
