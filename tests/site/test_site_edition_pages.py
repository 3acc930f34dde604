"""The editions pages after an add (issue 13; pages_editions.py, editionfiles.py): the index
and the feeds come from what each record file keeps, an edition's page from the page cache
unless what it shows changed. An add reads the new edition's record file and the fact rows
its changes name, and nothing else of the record or the fact tables; it renders the new
edition's page alone, and rewrites that page, the index and the feeds; the site is the one
a cold build of the same package gives. A page whose record's report line moved is made
again."""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.paths import Layout
from generator.site import generate_site, pages_editions
from generator.site.generate import load_site
from generator.site.output import Output
from generator.site.pages_documents import Documents
from site_fixtures import BD, BG, _fact, dean06_project, dean06_tables

PARTS = "indicator_values"  # the fact table stored in parts, one file a report (as the package has them by province)


def change(edition: str, n: int, kind: str, table: str, record: str, report: str, previous: str = "") -> dict[str, Any]:
    return {"change_id": f"{edition}-{n:05d}", "edition": edition, "edition_date": f"2024-0{int(edition.split('.')[1]) + 1}-14",
            "previous_edition": previous, "change": kind, "reason": "new_report", "table": table, "record_id": record,
            "report_id": report, "field": "", "old_value": "", "new_value": "", "count": 1,
            "message": f"{kind} {record}", "message_vi": f"{kind} {record} (vi)"}


EDITIONS = {
    "1.0.0": [change("1.0.0", 1, "report_added", "reports", BD, BD), change("1.0.0", 2, "report_added", "reports", BG, BG)],
    "1.1.0": [change("1.1.0", 1, "value_changed", PARTS, f"{BD}-r1", BD, "1.0.0"),
              change("1.1.0", 2, "flag_added", "quality_flags", f"{BD}-r50", BD, "1.0.0")],
}
ADDED = [change("1.2.0", 1, "report_changed", "reports", BG, BG, "1.1.0"),
         change("1.2.0", 2, "value_added", PARTS, f"{BG}-r2", BG, "1.1.0")]
NEW_FACT = _fact(BG, 2, 96, "1.000 (quote)", indicator_id="id_cards_collected", breakdown="all", value=1000, unit="count",
                 value_printed="1.000", number_style="vi")


def write_csv(path: Path, header: list[str], rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows([{k: ("" if v is None else v) for k, v in row.items()} for row in rows])


def header(package: Path, table: str) -> list[str]:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return [f["name"] for r in descriptor["resources"] if r["name"] == table for f in r["schema"]["fields"]]


def set_paths(package: Path, table: str, paths: list[str]) -> None:
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    next(r for r in descriptor["resources"] if r["name"] == table)["path"] = paths
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=1), encoding="utf-8")


def project(root: Path) -> Layout:
    """The small package with the record one file an edition (1.0.0, 1.1.0) and
    indicator_values one file a report."""
    tables = dean06_tables()
    root = dean06_project(root, tables)
    package = root / "datapackages" / "de-an-06"
    for table in ("changes", PARTS):
        (package / f"{table}.csv").unlink()
    for version, rows in EDITIONS.items():
        write_csv(package / "changes" / f"{version}.csv", header(package, "changes"), rows)
    set_paths(package, "changes", [f"changes/{v}.csv" for v in EDITIONS])
    for report in (BD, BG):
        write_csv(package / PARTS / f"{report}.csv", header(package, PARTS), [r for r in tables[PARTS] if r["report_id"] == report])
    set_paths(package, PARTS, [f"{PARTS}/{BD}.csv", f"{PARTS}/{BG}.csv"])
    return Layout(root)


def add(layout: Layout) -> None:
    """What `add` writes for a new Bắc Giang figure: edition 1.2.0's file, Bắc Giang's part (no other file)."""
    package = layout.package
    write_csv(package / "changes" / "1.2.0.csv", header(package, "changes"), ADDED)
    set_paths(package, "changes", [f"changes/{v}.csv" for v in [*EDITIONS, "1.2.0"]])
    rows = [r for r in dean06_tables()[PARTS] if r["report_id"] == BG] + [NEW_FACT]
    write_csv(package / PARTS / f"{BG}.csv", header(package, PARTS), rows)


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def cold(layout: Layout, root: Path) -> Layout:
    """A build of the same package from cold caches."""
    other = Layout(dean06_project(root))
    shutil.rmtree(other.package)
    shutil.copytree(layout.package, other.package)
    generate_site(other)
    return other


def test_an_add_reads_the_new_editions_file_and_the_rows_it_names_and_renders_its_page_alone(
        tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch):
    layout = project(tmp_path / "p")
    generate_site(layout)
    add(layout)
    rendered: list[tuple[str, str]] = []
    real = pages_editions.Editions.edition_page

    def edition_page(self: pages_editions.Editions, lang: str, version: str):
        rendered.append((lang, version))
        return real(self, lang, version)

    monkeypatch.setattr(pages_editions.Editions, "edition_page", edition_page)
    site = load_site(layout)
    documents = Documents(site, site.documents)  # as the site's second process has it (made before the fork)
    site.rows("jurisdictions")  # code lists loaded, as they are by then
    reads.clear()
    out = Output(tmp_path / "out" / "docs")
    pages_editions.build(site, site.config.sections_of("data")[0], out, documents)
    # the new edition's file (its summary and its rows, read once) and the part that holds
    # its changes' records; not the other editions' files, not the other fact files
    assert reads == ["changes/1.2.0.csv", f"{PARTS}/{BG}.csv"]
    assert rendered == [("vi", "1.2.0"), ("en", "1.2.0")]
    assert sorted(out.pages) == sorted((lang, f"data/editions{page}") for lang in ("vi", "en") for page in ("", "/1.0.0", "/1.1.0", "/1.2.0"))
    page = (tmp_path / "out" / "blocks" / "en" / "data" / "editions" / "1.2.0" / "index.json").read_text(encoding="utf-8")
    assert f"reports/{BG}/#L96" in page  # the new record links to its report line
    # with nothing changed since, no row is read and no page rendered
    site = load_site(layout)
    documents = Documents(site, site.documents)
    reads.clear()
    rendered.clear()
    pages_editions.build(site, site.config.sections_of("data")[0], Output(tmp_path / "again" / "docs"), documents)
    assert reads == [] and rendered == []
    assert tree(tmp_path / "again") == tree(tmp_path / "out")


def test_an_add_rewrites_the_new_page_the_index_and_the_feeds_and_gives_a_cold_builds_bytes(tmp_path: Path):
    layout = project(tmp_path / "warm")
    generate_site(layout)
    before = inodes(layout.site_src)
    add(layout)
    generate_site(layout)
    after = inodes(layout.site_src)
    editions = sorted(p for p in after if "editions" in p and before.get(p) != after[p])
    # the index's Markdown is the same (its table is in its sidecar of raw blocks: rawblocks.py)
    assert editions == sorted(
        [f"blocks/{lang}/data/editions/index.json" for lang in ("vi", "en")] +
        [f"blocks/{lang}/data/editions/1.2.0/index.json" for lang in ("vi", "en")] +
        [f"docs/{lang}/data/editions/1.2.0/index.md" for lang in ("vi", "en")] +
        [f"docs/feeds/editions.{lang}.atom" for lang in ("vi", "en")])
    assert tree(layout.site_src) == tree(cold(layout, tmp_path / "cold").site_src)


def test_an_editions_page_follows_the_report_line_of_its_record(tmp_path: Path):
    """Bình Định's figure r1 (named by edition 1.1.0) is read again on another line: the page
    of 1.1.0 links the new line, as a cold build's does; a report's new label shows too."""
    layout = project(tmp_path / "warm")
    generate_site(layout)
    page = layout.site_src / "blocks" / "en" / "data" / "editions" / "1.1.0" / "index.json"
    assert f"reports/{BD}/#L117" in page.read_text(encoding="utf-8")
    rows = [r for r in dean06_tables()[PARTS] if r["report_id"] == BD]
    rows[0] = {**rows[0], "source_line": 119}
    write_csv(layout.package / PARTS / f"{BD}.csv", header(layout.package, PARTS), rows)
    reports = list(csv.DictReader(open(layout.package / "reports.csv", encoding="utf-8")))
    reports[1]["report_type"] = "annual"  # Bắc Giang's report, named by 1.0.0
    write_csv(layout.package / "reports.csv", list(reports[0]), reports)
    generate_site(layout)
    assert f"reports/{BD}/#L119" in page.read_text(encoding="utf-8")
    assert tree(layout.site_src) == tree(cold(layout, tmp_path / "cold").site_src)


def test_an_identifiers_old_and_new_values_are_code():
    """A changed identifier (`rule_id`: `es-police-online` → `es-police-total`) is no word of
    either language: its cells and its message's values are written as code."""
    from types import SimpleNamespace

    row = {"field": "rule_id", "old_value": "es-police-online", "new_value": "es-police-total", "record_id": "r-iv00150-3",
           "message": "indicator_values r-iv00150-3: rule_id es-police-online → es-police-total"}
    view = SimpleNamespace(lang="vi", site=SimpleNamespace(config=SimpleNamespace(languages=("vi", "en"))))
    assert pages_editions._in_language(view, row, "new_value") == "<code>es-police-total</code>"
    assert pages_editions._message(row, "vi") == ("indicator_values <code>r-iv00150-3</code>: <code>rule_id</code> "
                                                  "<code>es-police-online</code> → <code>es-police-total</code>")
    plain = dict(row, field="value", old_value="78288", new_value="100")
    assert pages_editions._in_language(view, plain, "new_value") == "100"
