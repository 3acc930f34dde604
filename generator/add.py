"""Add one report to the project: check it, store it byte for byte, rebuild the package.

Order matters so a bad file never touches what is published:
1. read and check the new file where it is (format, text, is it a report at all);
2. extract it (cached by sha256) and compare it with the reports already in sources/;
3. only then copy it into sources/reports/ and rebuild (extract from cache -> check ->
   package, which is built aside and swapped in whole); if the rebuild fails before the
   new package is in place, the copy is removed again. Once a package that lists the
   report is in place the copy stays, whatever happens next (a report the package lists
   is never missing from sources/). A run killed between the copy and the swap leaves the
   copy unpublished: the next `add` of that file (or `all`) publishes it.
The CLI holds the project lock for the whole command (lock.py), so two `add`s run one
after the other: both reports are kept, and the second sees the first in its conflict check.

General rules, no special cases:
- same bytes as a report already there -> nothing to do (exit 0);
- a different file with the same name -> refused (rename it);
- same jurisdiction, report type and period (or, without a period, the same reference
  month) as a report already there -> a conflict, refused;
- not a report: no Đề án 06 vocabulary (codelists/report_terms.csv), or no sign of a
  report at all (heading/title, jurisdiction, period, report date) -> refused;
- a jurisdiction not in codelists/jurisdictions.csv -> accepted; the review file says
  which row to add, and the package carries a provisional jurisdictions row.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import schemas
from generator.atomic import write_bytes
from generator.codelists import References
from generator.errors import InputError
from generator.fold import fold
from generator.paths import Layout
from generator.extract.metadata import UNRESOLVED_PLACE
from generator.limits import load as load_limits
from generator.sources import Source, check_file_size, list_sources, read_text, sha256_of, source_format

TERMS_FILE = "report_terms.csv"
FACT_TABLES = {
    "services": "service_results",
    "indicators": "indicator_values",
    "models": "pilot_model_status",
    "tasks": "plan_tasks",
}


class ConflictError(InputError):
    """The new report covers the same jurisdiction and period as one already added."""


@dataclass
class Build:
    refs: References
    results: list  # list[ExtractResult]
    tables: dict[str, list[dict[str, Any]]]
    review_paths: list[Path]
    package: Path


@dataclass
class AddOutcome:
    status: str  # "added" or "unchanged"
    name: str
    message: str
    lines: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the rebuild both commands use

def rebuild(layout: Layout, refs: References | None = None, validate: bool | str = True, incremental: bool = True) -> Build:
    """extract (cache) -> assemble -> review files -> package (staged, validated, swapped).

    Only the parts of the package the changed reports touch are assembled, checked,
    written and (with validate="delta") validated again (generator/increment.py); the
    results and tables are those of their reports (every report's `reports` row).
    incremental=False: every report (as `all`)."""
    from generator import increment
    from generator.package import write_package
    from generator.pipeline import assemble, run_extract, write_review

    refs = refs or References.load(layout.codelists)
    sources = list_sources(layout.reports)
    plan = increment.plan(layout, refs, sources) if incremental else None
    results = plan.results if plan else run_extract(layout, refs, sources, progress=False)
    tables = assemble(results, refs, layout.corrections, plan.reports if plan else ())
    paths = write_review(layout, results)
    package = write_package(layout, tables, refs, sources, validate=validate, plan=plan)
    from generator.cli import record_package

    record_package(layout, results, tables, validate, plan, sources)  # a following `all` has nothing to do
    return Build(refs, results, tables, paths, package)


# ---------------------------------------------------------------- is it a report?

def terms_found(text: str, terms: list[str]) -> list[str]:
    folded = fold(text)
    return [t for t in terms if t in folded]


def check_is_report(path: Path, text: str, report: dict[str, Any], terms: list[str]) -> None:
    if not terms_found(text, terms):
        raise InputError(path, f"not a Đề án 06 report: none of the words in codelists/{TERMS_FILE} (Đề án 06, định danh điện tử, dữ liệu dân cư, dịch vụ công trực tuyến, …) appear", 1)
    signs = [report.get("title"), report.get("jurisdiction_printed"), report.get("period_start"), report.get("report_date")]
    if not any(signs):
        raise InputError(path, "not a report: no report heading (BÁO CÁO …), jurisdiction, period or report date found in the text", 1)


def check_place(path: Path, data: dict[str, Any]) -> None:
    """Refuse a report whose author's place could not be read (never guessed from the
    addressee or from the provinces the text names)."""
    for row in data["review"]:
        if row["reason"].startswith(UNRESOLVED_PLACE):
            raise InputError(path, row["reason"], row["source_line"])


# ---------------------------------------------------------------- conflicts

def same_slot(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports for the same jurisdiction, type and period (or reference month). A report
    with neither a period nor any date is in no slot: nothing to compare."""
    if a["jurisdiction_id"] != b["jurisdiction_id"] or a["report_type"] != b["report_type"]:
        return False
    if a.get("period_start") and a.get("period_end") and b.get("period_start") and b.get("period_end"):
        return (a["period_start"], a["period_end"]) == (b["period_start"], b["period_end"])
    if not a.get("reference_date") or not b.get("reference_date"):
        return False
    return str(a["reference_date"])[:7] == str(b["reference_date"])[:7]


def _slot(report: dict[str, Any]) -> str:
    if report.get("period_start") and report.get("period_end"):
        when = f"{report['period_start']}..{report['period_end']}"
    else:
        when = f"reference month {str(report['reference_date'])[:7]}"
    return f"{report['jurisdiction_id']}, {report['report_type']}, {when}"


# ---------------------------------------------------------------- add

def add_report(layout: Layout, path: Path, validate: bool | str = True) -> AddOutcome:
    from generator.pipeline import run_extract

    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder: give one report file (.txt, .md, .pdf or .docx)")
    if not path.is_file():
        raise InputError(path, "file not found")
    fmt = source_format(path)
    if path.name.startswith("."):
        raise InputError(path, "hidden file name (starts with '.'): the pipeline skips such files; rename it")
    limits = load_limits(layout.codelists)
    check_file_size(path, limits)  # before its bytes are read
    data = path.read_bytes()
    sha = sha256_of(data)
    layout.reports.mkdir(parents=True, exist_ok=True)
    existing = list_sources(layout.reports)
    for source in existing:
        if source.sha256 == sha:
            if sha not in published_shas(layout):  # copied in by hand, never built
                build = rebuild(layout, validate=validate)
                rid = next(r.data["report"]["report_id"] for r in build.results if r.source.sha256 == sha)
                message = f"{path.name}: already in {_rel(layout, source.path)} but not yet published; package rebuilt"
                return AddOutcome("added", source.name, message, summary(layout, build, rid, build.refs))
            message = f"{path.name}: already added as {_rel(layout, source.path)} (same sha256 {sha[:12]}…); nothing changed"
            return AddOutcome("unchanged", source.name, message)
    target = layout.reports / path.name
    if target.exists():
        raise InputError(path, f"a different file named '{path.name}' is already in {_rel(layout, layout.reports)}; if this is another report, rename it (e.g. add the month) and add it again; to replace the old one, delete it first")
    source = Source(path, sha, fmt)
    text = read_text(source, limits)  # empty, binary, non-UTF-8, damaged PDF/DOCX, over a limit -> InputError
    refs = References.load(layout.codelists)  # a hand-broken code list stops here
    terms = refs.report_terms  # folded Đề án 06 words (codelists/report_terms.csv); a report must use at least one
    new = run_extract(layout, refs, [source], progress=False)[0]
    report = new.data["report"]
    check_is_report(path, text, report, terms)
    check_place(path, new.data)
    for other, theirs in known_reports(layout, refs, existing):
        if same_slot(report, theirs):
            raise ConflictError(path, f"conflict: {other.name} (report {theirs['report_id']}) already covers {_slot(report)}; not added. If this one replaces it, delete {_rel(layout, other.path)} first; if the period was misread, add a correction")
    write_bytes(target, data)
    try:
        build = rebuild(layout, refs, validate=validate)
    except BaseException:
        if sha not in published_shas(layout):  # the package in place does not list it
            target.unlink(missing_ok=True)
            (layout.review / f"{report['report_id']}.csv").unlink(missing_ok=True)
        raise
    lines = summary(layout, build, report["report_id"], refs)
    return AddOutcome("added", path.name, f"added {path.name} -> {_rel(layout, target)} (sha256 {sha[:12]}…)", lines)


def known_reports(layout: Layout, refs: References, sources: list[Source]) -> list[tuple[Source, dict[str, Any]]]:
    """(source, its `reports` row) of these reports: the published row of a report the
    package lists (same sha256; not its whole extraction read back from the cache) when
    the package was made by these code lists and code (generator/increment.py), else its
    extraction's."""
    from generator.increment import current
    from generator.pipeline import run_extract

    published: dict[str, dict[str, Any]] = {}
    path = layout.package / "reports.csv"
    if path.is_file() and current(layout) is not None:
        with open(path, encoding="utf-8", newline="") as handle:
            published = {row["source_sha256"]: {k: v or None for k, v in row.items()} for row in csv.DictReader(handle)}
    found = {s.name: published[s.sha256] for s in sources if s.sha256 in published}
    rest = run_extract(layout, refs, [s for s in sources if s.name not in found], progress=False)
    found.update({r.source.name: r.data["report"] for r in rest})
    return [(s, found[s.name]) for s in sources]


def published_shas(layout: Layout) -> set[str]:
    """sha256 of every original the current package lists (empty if there is none)."""
    import json

    path = layout.package / "datapackage.json"
    if not path.exists():
        return set()
    try:
        return {s.get("sha256", "") for s in json.loads(path.read_text(encoding="utf-8")).get("sources", [])}
    except ValueError:
        return set()


def summary(layout: Layout, build: Build, report_id: str, refs: References) -> list[str]:
    """Short text: what the new report yielded and where to review it."""
    result = next(r for r in build.results if r.data["report"]["report_id"] == report_id)
    rep = result.data["report"]
    known = rep["jurisdiction_id"] in refs.ids("jurisdictions")
    jline = f"{rep['jurisdiction_id']} ({rep['jurisdiction_printed'] or '?'})"
    if not known:
        jline += " NEW: not in codelists/jurisdictions.csv; published with a provisional row; add it (see review file)"
    if rep.get("period_start"):
        period = f"{rep['period_start']} .. {rep['period_end']}"
    elif rep.get("reference_date"):
        period = f"not stated; placed at {rep['reference_date']} ({rep['reference_date_basis']})"
    else:
        period = "not stated, and no date in the report: left out of time charts"
    counts = {label: sum(1 for row in build.tables.get(table, []) if row.get("report_id") == report_id) for label, table in FACT_TABLES.items()}
    flags = Counter(row["check"] for row in build.tables.get("quality_flags", []) if row["report_id"] == report_id)
    review = layout.review / f"{report_id}.csv"
    return [
        f"report: {report_id}",
        f"jurisdiction: {jline}",
        f"period: {period} ({rep['report_type']})",
        "records: " + ", ".join(f"{label} {n}" for label, n in counts.items()),
        f"coverage: {rep['figures_captured']}/{rep['figures_seen']} figures ({rep['coverage']:.1%})",
        "quality flags: " + (", ".join(f"{c} {n}" for c, n in sorted(flags.items())) or "none"),
        f"review: {_rel(layout, review)} ({len(result.data['review'])} line(s) to look at)",
        f"package: {_rel(layout, build.package)}",
    ]


def _rel(layout: Layout, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(layout.root.resolve()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- what a rebuild changed

def read_package_rows(folder: Path) -> dict[str, dict[tuple[str, ...], str]]:
    """{table: {primary key: the row's CSV line}} of a package on disk (empty if none)."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for table in schemas.ALL_TABLES:
        path = folder / f"{table}.csv"
        if not path.exists():
            continue
        keys = schemas.load(table).get("primaryKey", [])
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        if not rows:
            continue
        header, body = rows[0], rows[1:]
        index = [header.index(k) for k in keys if k in header] or list(range(len(header)))
        out[table] = {tuple(r[i] for i in index): ",".join(r) for r in body}
    return out


def package_changes(before: dict[str, dict[tuple[str, ...], str]], after: dict[str, dict[tuple[str, ...], str]], show: int = 5) -> list[str]:
    """One line per table that changed: rows added, changed, removed, with a few keys."""
    lines = []
    for table in sorted(set(before) | set(after)):
        old, new = before.get(table, {}), after.get(table, {})
        added = sorted(k for k in new if k not in old)
        removed = sorted(k for k in old if k not in new)
        changed = sorted(k for k in new if k in old and new[k] != old[k])
        if not (added or removed or changed):
            continue
        parts = []
        for label, keys in (("added", added), ("changed", changed), ("removed", removed)):
            if keys:
                shown = ", ".join("/".join(k) for k in keys[:show]) + (", …" if len(keys) > show else "")
                parts.append(f"{len(keys)} {label} ({shown})")
        lines.append(f"{table}: " + "; ".join(parts))
    return lines
