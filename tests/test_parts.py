"""The package in parts (generator/parts.py, generator/increment.py): large fact tables as
one file per province; an add assembles, writes and checks only the parts it touches."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import parts
from generator.cli import cli
from generator.package import fast_validate, validate_package
from generator.paths import Layout
from tests import package_tables
from tests.small_project import REPORTS, copy_reports, run

BINH_DINH = ["000_3285350e42ccdccd.txt", "001_41c211600f587ec3.txt"]
BAC_GIANG = "003_1fa459019333d3b8.txt"
ADDED = "002_75efb1c88190d799.txt"  # Bình Định too


def project(root: Path, reports: list[str]) -> Layout:
    return Layout(copy_reports(root, reports))


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def descriptor(package: Path) -> dict:
    return json.loads((package / "datapackage.json").read_text(encoding="utf-8"))


def test_fact_tables_are_stored_one_file_per_province(built_project):
    layout, _ = built_project
    resources = {r["name"]: r for r in descriptor(layout.package)["resources"]}
    assert parts.PARTED == ("service_results", "indicator_values", "pilot_model_status", "status_counts", "plan_tasks",
                            "quality_flags", "figures", "targets")
    for table in parts.PARTED:
        assert resources[table]["path"] == [f"{table}/bac-giang.csv", f"{table}/binh-dinh.csv"]
    assert resources["reports"]["path"] == "reports.csv"
    province = {r["report_id"]: r["jurisdiction_id"] for r in package_tables.rows(layout.package, "reports")}
    for table in parts.PARTED:
        for file in package_tables.files(layout.package, table):
            with open(file, encoding="utf-8", newline="") as handle:
                assert {province[row["report_id"]] for row in csv.DictReader(handle)} <= {file.stem}


def test_a_district_goes_with_its_province():
    jurisdictions = [{"jurisdiction_id": "binh-dinh", "level": "province", "parent_id": None},
                     {"jurisdiction_id": "an-nhon-binh-dinh", "level": "district", "parent_id": "binh-dinh"},
                     {"jurisdiction_id": "moi", "level": "province", "parent_id": None}]
    reports = [{"report_id": "a", "jurisdiction_id": "an-nhon-binh-dinh"}, {"report_id": "b", "jurisdiction_id": "binh-dinh"},
               {"report_id": "c", "jurisdiction_id": "not-listed"}, {"report_id": "d", "jurisdiction_id": "Not a slug"}]
    assert parts.report_parts(reports, jurisdictions) == {"a": "binh-dinh", "b": "binh-dinh", "c": "not-listed",
                                                          "d": "x-" + __import__("hashlib").sha256(b"Not a slug").hexdigest()[:12]}


def test_parts_join_to_what_one_file_held(built_project, tmp_path, monkeypatch):
    """The same reports packaged with every table in one file: each table's parts, joined
    (the header once), hold the same rows, part after part in key order."""
    from tests.conftest import build_project, copy_project

    layout, _ = built_project
    monkeypatch.setattr(parts, "PARTED", ())
    single = copy_project(tmp_path / "single")
    build_project(single, validate=False)
    for table in ("service_results", "indicator_values", "quality_flags", "figures"):
        assert not (single.package / f"{table}").is_dir()
        one = (single.package / f"{table}.csv").read_text(encoding="utf-8").splitlines(keepends=True)
        joined = package_tables.text(layout.package, table).splitlines(keepends=True)
        assert joined[0] == one[0]
        assert sorted(joined[1:]) == sorted(one[1:]) and len(joined) == len(one) > 2
        by_part = [line for file in package_tables.files(layout.package, table)
                   for line in file.read_text(encoding="utf-8").splitlines(keepends=True)[1:]]
        assert joined[1:] == by_part


def _copy_row(package: Path, table: str, source: str, target: str) -> None:
    """Append the first row of one part to another part's file."""
    rows = list(csv.reader(io.StringIO((package / parts.part_file(table, source)).read_text(encoding="utf-8"))))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(rows[1])
    with open(package / parts.part_file(table, target), "a", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())


def test_validation_finds_a_key_twice_in_two_parts(built_project, tmp_path):
    layout, _ = built_project
    copy = tmp_path / "package"
    shutil.copytree(layout.package, copy)
    path = copy / "datapackage.json"
    assert fast_validate(path) == [] and fast_validate(path, {"binh-dinh"}) == []
    _copy_row(copy, "indicator_values", "bac-giang", "binh-dinh")
    key = package_tables.rows(copy, "indicator_values")[0]["record_id"]
    found = f"indicator_values: 1 duplicate primary key(s) ['record_id']: '{key}'"
    assert fast_validate(path) == [found]
    assert fast_validate(path, {"binh-dinh"}) == [found]  # the other part's keys, read for the check
    assert fast_validate(path, {"bac-giang"}) == [found]
    errors = validate_package(path, jobs=1)
    assert [(e.resource, e.row) for e in errors] == [("indicator_values", len(package_tables.rows(copy, "indicator_values")) + 1)]
    assert "primary key" in errors[0].lower()


@pytest.mark.timeout(600)
def test_an_add_rewrites_only_the_parts_it_touches(tmp_path, monkeypatch):
    """Only Bình Định's reports are assembled; its parts, the reports and changes tables,
    the descriptor and the new text are written, nothing else; and the package is byte for
    byte what a cold build makes."""
    from generator import pipeline

    warm = project(tmp_path / "warm", BINH_DINH + [BAC_GIANG])
    run(warm.root, "all", "--quiet")
    before = stats(warm.package)
    cold = project(tmp_path / "cold", BINH_DINH + [BAC_GIANG, ADDED])
    shutil.copytree(warm.package.parent, cold.package.parent)  # the same previous edition
    assembled: list[list[str]] = []
    assemble = pipeline.assemble

    def recorded(results, *args):
        results = list(results)
        assembled.append(sorted(r.source.name for r in results))
        return assemble(results, *args)

    monkeypatch.setattr(pipeline, "assemble", recorded)
    run(warm.root, "add", str(REPORTS / ADDED))
    monkeypatch.setattr(pipeline, "assemble", assemble)
    assert assembled == [sorted(BINH_DINH + [ADDED])]
    after = stats(warm.package)
    rewritten = sorted(k for k, v in after.items() if before.get(k) != v)
    text = next(k for k in after if k.startswith("texts/binh-dinh-2023-10"))
    rid = text.removeprefix("texts/").removesuffix(".txt")
    touched = [t for t in parts.PARTED if any(r["report_id"] == rid for r in package_tables.rows(warm.package, t))]
    assert touched == ["indicator_values", "quality_flags", "figures", "targets"]  # an ad hoc report: no services, models or tasks
    assert rewritten == sorted([f"{table}/binh-dinh.csv" for table in touched] + ["changes/1.1.0.csv", "datapackage.json", "reports.csv", text])
    run(cold.root, "all", "--quiet")
    files = sorted(p.relative_to(cold.package) for p in cold.package.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(warm.package) for p in warm.package.rglob("*") if p.is_file())
    for rel in files:
        assert (warm.package / rel).read_bytes() == (cold.package / rel).read_bytes(), rel


def test_a_row_an_add_cannot_validate_names_the_report_and_line(tmp_path, monkeypatch):
    """On the fast path too, an invalid row is the report's doing: frictionless checks the
    dirty parts (row numbers among the rows the add holds) and the error names the report
    and line; nothing is published."""
    from generator import package as package_mod

    layout = project(tmp_path / "p", BINH_DINH + [BAC_GIANG])
    run(layout.root, "all", "--quiet")
    before = stats(layout.package)
    checked: list[list[str]] = []

    def invalid(path):
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        checked.append(next(r["path"] for r in descriptor["resources"] if r["name"] == "service_results"))
        problem = package_mod.Problem("service_results: simulated bad cell")
        problem.resource, problem.row = "service_results", 2
        return [problem]

    monkeypatch.setattr(package_mod, "validate_package", invalid)
    result = CliRunner().invoke(cli, ["--root", str(layout.root), "add", str(REPORTS / ADDED)])
    assert result.exit_code == 1
    assert checked == ["service_results.csv", ["service_results/binh-dinh.csv"]]  # the changed rows, then Bình Định's part
    first = package_tables.rows(layout.package, "service_results")
    first = next(r for r in first if r["report_id"].startswith("binh-dinh"))  # the first row of Bình Định's part
    report = next(r for r in package_tables.rows(layout.package, "reports") if r["report_id"] == first["report_id"])
    assert f"{report['source_file']}:{first['source_line']}: a published row does not validate (service_results/binh-dinh.csv row 2)" in result.output
    assert stats(layout.package) == before and not (layout.reports / ADDED).exists()
