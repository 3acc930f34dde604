"""The stages, in order: extract (per report, cached by sha256) -> assemble (ids, checks,
corrections, coverage) -> package. `build` in the CLI only calls these in order.
"""
from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from generator import cache, checks, corrections as corrections_mod
from generator.atomic import write_text
from generator.codelists import References
from generator.compact import Compactor
from generator.document import Document
from generator.errors import InputError
from generator.extract import SECTIONS
from generator.extract.base import Row
from generator.extract.metadata import extract_metadata, year_window
from generator.extract.indicators import labelled_figures
from generator.extract.scan import scan
from generator.reading.rows import figure_rows, review_unclaimed
from generator.schemas import check_row
from generator.paths import GENERATOR_DIR, Layout
from generator.sources import Source, list_sources, read_text
from generator.texts import text_file

TABLE_CODES = {
    "service_results": "sr", "indicator_values": "iv", "pilot_model_status": "pm",
    "status_counts": "sc", "plan_tasks": "pt", "quality_flags": "qf", "figures": "fg", "targets": "tg",
}


# Modules that only use what extraction gives (the stages after it, the command line, the
# write layer): none is imported by extract_source, so a change to them keeps the cache.
AFTER_EXTRACTION = {"__main__.py", "add.py", "atomic.py", "checks.py", "cli.py", "compact.py", "corrections.py", "deps.py", "editions.py",
                    "evaluate.py", "fastcheck.py", "increment.py", "lock.py", "package.py", "parts.py", "review.py"}


def code_fingerprint() -> str:
    """Changes whenever extraction code changes, so cached extracts are redone (not the
    site, nor the modules of AFTER_EXTRACTION: at national scale a change there would
    otherwise re-read 6,500 reports)."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR_DIR.rglob("*.py")):
        rel = path.relative_to(GENERATOR_DIR)
        if "site" not in rel.parts and str(rel) not in AFTER_EXTRACTION:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))


def clear_memos() -> None:
    """Forget the text-keyed memos (figures, dates, folded blocks, number readings) shared
    across reports, so a benchmark run reads every report afresh. Memos per code-list
    version stay."""
    from generator.dates import _find_dates
    from generator.figures import _find_figures
    from generator.fold import fold, fold_keep
    from generator.numbers import read_number
    from generator.reading.read import evidence

    for memo in (_find_figures, _find_dates, fold, fold_keep, read_number, evidence):
        memo.cache_clear()


def extract_source(source: Source, refs: References) -> dict[str, Any]:
    """Everything one report yields, as plain JSON-able data (the cache file's content)."""
    return extract_document(Document(read_text(source, refs.limits), source.name), refs, source.name, source.sha256, source.format)


def extract_document(doc: Document, refs: References, name: str, sha256: str, fmt: str) -> dict[str, Any]:
    """Everything one report's text yields: its metadata, fact rows, figures and review lines."""
    report, meta, found = extract_metadata(doc, refs, name, sha256, fmt)
    for section in SECTIONS:
        found.merge(section(doc, refs, meta))
    _, scanned = scan(doc, refs, year_window(meta))
    found.merge(scanned)
    figures, labels = labelled_figures(doc, refs)
    rows = figure_rows(figures, labels, found, refs)
    review_unclaimed(rows, found)
    for row in rows:
        check_row("figures", row)
    found.tables["figures"] = rows
    captured = sum(1 for row in rows if row["claimed_by"])
    report["text_file"] = text_file(report["report_id"])
    report["figures_seen"] = len(rows)
    report["figures_captured"] = captured
    report["coverage"] = round(captured / len(rows), 4) if rows else 1.0
    return {"report": report, "tables": found.tables, "review": sorted(found.review, key=lambda r: (r["source_line"], r["reason"]))}


@dataclass
class ExtractResult:
    source: Source
    data: dict[str, Any]
    cached: bool


def _cache_path(layout: Layout, source: Source, key: str) -> Path:
    return layout.cache / "extract" / f"{source.sha256}.{key}.json"


_WORKER_REFS: dict[str, References] = {}


def _cache_text(data: dict[str, Any]) -> str:
    """The cache file's text for an extraction (dates as ISO strings, keys sorted)."""
    return json.dumps(data, default=_jsonable, ensure_ascii=False, sort_keys=True)


def _extract_to_cache(source: Source, refs: References, path: Path) -> str:
    """Extract one report and write its cache file; returns the file's text."""
    text = _cache_text(extract_source(source, refs))
    cache.write_text(path, text)
    return text


def _valid_extract(data: Any) -> bool:
    """The shape extract_source returns (a cache entry is checked before it is trusted)."""
    if not isinstance(data, dict) or not isinstance(data.get("report"), dict) or not isinstance(data.get("review"), list):
        return False
    tables = data.get("tables")
    return (isinstance(data["report"].get("report_id"), str) and isinstance(tables, dict)
            and all(isinstance(rows, list) and all(isinstance(r, dict) for r in rows) for rows in tables.values()))


def read_cached(path: Path) -> dict[str, Any] | None:
    """A cached extraction, or None when it is missing or damaged (then it is made again):
    the entry's sha256 must match (cache.py) and the JSON must have the expected shape."""
    text = cache.read_text(path)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not _valid_extract(data):
        cache.discard(path)
        return None
    return data


def _extract_worker(args: tuple[Source, str, str]) -> str:
    """Runs in a pool process: the code lists are loaded once per process, not once per
    report. The worker writes the cache file and sends back its text (one string pickles
    and unpickles far cheaper than the nested rows)."""
    source, root, path = args
    refs = _WORKER_REFS.get(root)
    if refs is None:
        refs = _WORKER_REFS[root] = References.load(Path(root))
    return _extract_to_cache(source, refs, Path(path))


def run_extract(layout: Layout, refs: References, sources: list[Source] | None = None, progress: bool = True, jobs: int | None = None) -> list[ExtractResult]:
    """Extract every report whose text, code lists or extraction code changed; reuse the rest.

    A fresh extraction's data is read back from its cache text, exactly as a later run
    reads it from the cache file."""
    sources = list_sources(layout.reports) if sources is None else sources
    key = hashlib.sha256((code_fingerprint() + refs.fingerprint).encode()).hexdigest()[:12]
    results: dict[str, ExtractResult] = {}
    todo: list[Source] = []
    for source in sources:
        data = read_cached(_cache_path(layout, source, key))
        if data is not None:
            data["report"]["source_file"] = source.name
            results[source.name] = ExtractResult(source, data, True)
        else:
            todo.append(source)
    jobs = jobs or min(os.cpu_count() or 1, 2)
    bar = _progress(len(todo), "extract", progress)
    if len(todo) > 8 and jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            work = [(s, str(refs.root), str(_cache_path(layout, s, key))) for s in todo]
            for source, text in zip(todo, pool.map(_extract_worker, work, chunksize=16)):
                results[source.name] = ExtractResult(source, json.loads(text), False)
                bar.update(1)
    else:
        for source in todo:
            text = _extract_to_cache(source, refs, _cache_path(layout, source, key))
            results[source.name] = ExtractResult(source, json.loads(text), False)
            bar.update(1)
    bar.close()
    return [results[s.name] for s in sources]


def _progress(total: int, label: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="report", disable=not enabled or total < 2, leave=False)


def assign_ids(report_id: str, tables: dict[str, list[Row]]) -> None:
    for table, rows in tables.items():
        code = TABLE_CODES[table]
        per_line: dict[int, int] = {}
        for row in rows:
            row["report_id"] = report_id
            n = per_line[row["source_line"]] = per_line.get(row["source_line"], 0) + 1
            row["record_id"] = f"{report_id}-{code}{row['source_line']:05d}-{n}"


def assemble(results: Iterable[ExtractResult], refs: References, corrections_path: Path, published: Iterable[Row] = ()) -> dict[str, list[Row]]:
    """All reports' rows as the published tables: ids, cross-record checks, corrections.
    published: `reports` rows of reports not assembled here (their parts are kept as
    published: generator/increment.py), listed with the others."""
    tables: dict[str, list[Row]] = {"reports": []}
    seen_ids: dict[str, str] = {}
    compactor = Compactor()
    for result in results:
        report = dict(result.data["report"])
        rid = report["report_id"]
        if rid in seen_ids:
            raise InputError(result.source.path, f"same report id {rid} as {seen_ids[rid]}")
        seen_ids[rid] = result.source.name
        tables["reports"].append(report)
        # the extraction's own row dicts, given ids in place, then held as FrozenRows
        # (compact.py: nothing changes a fact row after this; at national scale the
        # million `figures` rows as dicts were most of the package step's memory)
        found = {t: list(rows) for t, rows in result.data["tables"].items()}
        flags = found.pop("quality_flags", [])
        assign_ids(rid, found)
        for table in found:  # held compactly from here on, here and in the extraction result
            found[table] = result.data["tables"][table] = compactor.rows(found[table])
        for row in flags:
            row["report_id"] = rid
        for table, rows in found.items():
            tables.setdefault(table, []).extend(rows)
        tables.setdefault("quality_flags", []).extend(flags)
    for report in published:
        if report["report_id"] in seen_ids:
            raise InputError(Path(report["source_file"]), f"same report id {report['report_id']} as {seen_ids[report['report_id']]}")
        seen_ids[report["report_id"]] = report["source_file"]
        tables["reports"].append(report)
    tables.setdefault("quality_flags", []).extend(checks.run_checks(tables))
    by_report: dict[str, list[Row]] = {}
    for row in tables["quality_flags"]:
        by_report.setdefault(row["report_id"], []).append(row)
    tables["quality_flags"] = []
    for rid, rows in sorted(by_report.items()):
        rows.sort(key=lambda r: (r["source_line"], r["check"], r.get("subject_id") or "", r["printed"]))
        assign_ids(rid, {"quality_flags": rows})
        tables["quality_flags"].extend(rows)
    tables["corrections"] = corrections_mod.apply(corrections_path, tables)
    severity = {row["check_id"]: row["severity"] for row in refs.rows("checks")}
    for row in tables["quality_flags"]:
        row["severity"] = severity.get(row["check"], "warning")
    return tables


def write_review(layout: Layout, results: Iterable[ExtractResult]) -> list[Path]:
    """One CSV per report: every line with a figure no record took, and what to map."""
    import csv
    import io

    paths = []
    for result in results:
        path = layout.review / f"{result.data['report']['report_id']}.csv"
        paths.append(path)
        if result.cached and path.exists():
            continue  # same report, code and code lists as when it was written
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["source_file", "source_line", "reason", "source_quote"])
        for row in result.data["review"]:
            writer.writerow([result.source.name, row["source_line"], row["reason"], row["source_quote"]])
        write_text(path, buffer.getvalue())
    return paths
