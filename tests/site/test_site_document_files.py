"""What pages need to know of a package file's rows is kept per file (generator/site/filefacts.py).
Report pages know which files hold each report's rows without reading them: after a run,
a new process lists them from the files' kept lists and reads no row; a rewritten file is
read again, the others not; a report's rows are read from its own files only, and are the
rows the whole tables give. The edition naming each report is the whole record's too, and
so are the data page's row counts; neither reads a row once kept."""
from __future__ import annotations

import os
from pathlib import Path


from generator.paths import Layout
from generator.site import filefacts
from generator.site.generate import generate_site, load_site
from generator.site.pages_documents import Documents
from site_fixtures import BD, BG, dean06_project, dean06_tables

FACT_FILES = ["service_results.csv", "indicator_values.csv", "pilot_model_status.csv", "status_counts.csv",
              "plan_tasks.csv", "quality_flags.csv", "corrections.csv", "figures.csv", "targets.csv"]


def documents(root: Path) -> Documents:
    """The report pages' section as a new `site` process builds it."""
    site = load_site(Layout(root))
    return Documents(site, site.config.sections_of("documents")[0])


def test_a_run_lists_the_files_of_every_report_and_the_next_reads_none(tmp_path: Path, reads: list[str]):
    root = dean06_project(tmp_path / "project")
    docs = documents(root)
    assert reads == ["reports.csv"] + FACT_FILES  # nothing kept yet: every file read to list its reports
    assert [f for f, _ in docs.fact_tables] == [f.removesuffix(".csv") for f in FACT_FILES]
    generate_site(Layout(root))
    reads.clear()
    docs = documents(root)
    assert reads == ["reports.csv"]  # the reports themselves (every page lists them), no fact table
    assert docs.files["indicator_values"] == {BG: ["indicator_values.csv"], BD: ["indicator_values.csv"]}
    assert docs.files["figures"] == {}
    # a rewritten file (same bytes, another inode) is read again, alone
    path = root / "datapackages" / "de-an-06" / "quality_flags.csv"
    copy = path.with_suffix(".new")
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)
    reads.clear()
    documents(root)
    assert reads == ["reports.csv", "quality_flags.csv"]


def test_a_reports_rows_come_from_its_own_files_and_equal_the_whole_tables(tmp_path: Path, reads: list[str]):
    root = dean06_project(tmp_path / "project")
    generate_site(Layout(root))
    docs = documents(root)
    reads.clear()
    facts = docs.facts(BD)
    assert reads == ["service_results.csv", "indicator_values.csv", "pilot_model_status.csv", "status_counts.csv",
                     "plan_tasks.csv", "quality_flags.csv"]  # BD has no row in corrections, figures or targets
    whole = load_site(Layout(root))
    for table, rows in facts.items():
        assert rows == [r for r in whole.rows(table) if r.get("report_id") == BD], table
    assert [r["record_id"] for r in facts["indicator_values"]] == [f"{BD}-r1", f"{BD}-r2", f"{BD}-r3"]
    assert facts["indicator_values"][0]["jurisdiction_id"] == "binh-dinh"  # the report's columns joined, as on every row
    assert docs.facts(BG)["quality_flags"] == []


def edition(number: int, version: str, report: str, day: str) -> dict:
    return {"change_id": f"c{number}", "edition": version, "edition_date": day, "previous_edition": "",
            "change": "report_added", "reason": "", "table": "reports", "record_id": report, "report_id": report, "field": "",
            "old_value": "", "new_value": "", "count": 1, "message": "", "message_vi": ""}


def test_editions_and_row_counts_are_the_whole_tables_and_read_no_row_once_kept(tmp_path: Path, reads: list[str]):
    tables = dean06_tables()
    tables["changes"] = [edition(1, "1.0.0", BD, "2024-01-01"), edition(2, "1.0.0", BG, "2024-01-01"),
                         edition(3, "1.10.0", BD, "2024-03-01"), edition(4, "1.2.0", BD, "2024-02-01"),
                         edition(5, "1.10.0", BD, "2024-03-09")]  # the first row of the latest edition names its date
    root = dean06_project(tmp_path / "project", tables)
    editions = {BD: ("1.10.0", "2024-03-01"), BG: ("1.0.0", "2024-01-01")}
    generate_site(Layout(root))
    reads.clear()
    site = load_site(Layout(root))
    assert site.figures.document_editions == editions
    # the data page's row counts: a table no page of this process loads is counted from its files' kept counts
    assert {name: filefacts.row_count(site, name) for name in ("figures", "changes", "corrections")} == \
        {"figures": 0, "changes": 5, "corrections": 0}
    assert reads == []
    whole = load_site(Layout(root))
    assert {name: filefacts.row_count(site, name) for name in site.package.resources} == \
        {name: len(whole.package.rows(name)) for name in whole.package.resources}
