"""What a rebuild must do again: the parts of the package its changed reports touch.

Every package build records (build/state/parts.json, a checked cache entry) the key of
what made it (the code lists, corrections and limits included, and the generator's code
and schemas), the package's signature once in place, and for each report: its sha256,
report id, part (generator/parts.py) and flags per check. `plan` compares the reports in
sources/ with that record:

- a report added, removed or changed makes its part dirty (a new report's part is read
  from its extraction: the only reports extracted or read from the cache before the
  plan is made), and so does a report that a reviewed correction names (the corrections
  table is made from the rows it names);
- every report of a dirty part is read (from the extraction cache) and assembled: its
  rows, checks and flags are made again, and the part's files written again;
- the other parts' files and texts are the package's own, kept unread; their reports'
  rows of the `reports` table are read back from it.

No record, another key, or a package not as the record left it (any file touched): no
plan, the whole package is made again (as `all` always does). Every check is per report,
so a part's rows depend only on its reports, the code lists and the code: a kept part is
byte for byte what a full build writes (tests/test_parts.py compares the two).
"""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator import deps
from generator.codelists import References
from generator.extract.base import Row
from generator.parts import report_parts
from generator.paths import Layout
from generator.sources import Source

STATE = "parts"


@dataclass
class Plan:
    dirty: set[str]  # parts assembled, checked and written again
    results: list  # ExtractResult of the reports of the dirty parts, in sources order
    reports: list[Row]  # the `reports` rows of the other reports, read back from the package
    kept: dict[str, dict[str, Any]] = field(default_factory=dict)  # their recorded entries, by source name


def key(layout: Layout) -> str:
    """What every part depends on besides its reports: code lists and code."""
    return deps.digest({"codelists": deps.files_digest([layout.codelists]), "code": deps.code_digest(site=False)})


def current(layout: Layout) -> dict[str, Any] | None:
    """The record, when the package in place is the one it describes, made by these code
    lists and this code; else None."""
    found = deps.read(layout, STATE)
    if not found or found.get("key") != key(layout) or found.get("package") != deps.signature(layout.package):
        return None
    return found


def plan(layout: Layout, refs: References, sources: list[Source]) -> Plan | None:
    """The parts to make again for these sources, or None (make everything)."""
    from generator import corrections
    from generator.pipeline import run_extract

    found = current(layout)
    if found is None:
        return None
    recorded: dict[str, dict[str, Any]] = found.get("reports") or {}
    same = {s.name for s in sources if (recorded.get(s.name) or {}).get("sha256") == s.sha256}
    fresh = run_extract(layout, refs, [s for s in sources if s.name not in same], progress=False)
    new_parts = report_parts([r.data["report"] for r in fresh], refs.rows("jurisdictions"))
    by_report = {entry["report_id"]: entry["part"] for name, entry in recorded.items() if name in same}
    by_report.update(new_parts)
    dirty = {entry["part"] for name, entry in recorded.items() if name not in same} | set(new_parts.values())
    dirty |= {by_report[c["report_id"]] for c in corrections.load(layout.corrections) if c["report_id"] in by_report}
    load = [s for s in sources if s.name in same and recorded[s.name]["part"] in dirty]
    results = {r.source.name: r for r in fresh + run_extract(layout, refs, load, progress=False)}
    kept = {s.name: recorded[s.name] for s in sources if s.name in same and recorded[s.name]["part"] not in dirty}
    return Plan(dirty, [results[s.name] for s in sources if s.name in results], published_reports(layout, kept), kept)


def published_reports(layout: Layout, entries: dict[str, dict[str, Any]]) -> list[Row]:
    """The package's `reports` rows of these reports, typed as the pipeline holds them."""
    from generator.package import typed_row

    wanted = {entry["report_id"] for entry in entries.values()}
    with open(layout.package / "reports.csv", encoding="utf-8", newline="") as handle:
        return [typed_row("reports", row) for row in csv.DictReader(handle) if row["report_id"] in wanted]


def flag_counts(tables: dict[str, list[Row]], plan: Plan | None) -> dict[str, dict[str, int]]:
    """{report id: {check: flags}} of every report: counted for the reports assembled,
    recorded for the others."""
    out: dict[str, Counter] = {}
    for row in tables.get("quality_flags", []):
        out.setdefault(row["report_id"], Counter())[row["check"]] += 1
    for entry in (plan.kept.values() if plan else []):
        out[entry["report_id"]] = Counter(entry.get("flags") or {})
    return {rid: dict(counts) for rid, counts in out.items()}


def record(layout: Layout, tables: dict[str, list[Row]], part_of: dict[str, str], plan: Plan | None) -> None:
    """Remember the package just swapped in (best effort, as deps.record)."""
    flags = flag_counts(tables, plan)
    reports = {r["source_file"]: {"sha256": r["source_sha256"], "report_id": r["report_id"], "part": part_of[r["report_id"]],
                                  "flags": flags.get(r["report_id"], {})} for r in tables.get("reports", [])}
    deps.save(layout, STATE, {"key": key(layout), "package": deps.signature(layout.package), "reports": reports})


def forget(layout: Layout) -> None:
    deps.forget(layout, STATE)

