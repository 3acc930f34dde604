"""Editions: the package's version changes with its content (a new report: minor; a
correction or a value read again: patch; a schema change: major), its last-updated date
comes from the inputs, and the `changes` table records what changed, old and new value
and why, keeping the record of the editions before."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from generator.editions import bump, version_key

ROOT = Path(__file__).resolve().parents[1]
NEW_REPORT = ROOT / "tests" / "fixtures" / "maintainer" / "binh-son-2024-03.md"


def descriptor(layout) -> dict:
    return json.loads((layout.package / "datapackage.json").read_text(encoding="utf-8"))


def changes(layout) -> list[dict[str, str]]:
    """The edition record's rows, its parts (one per edition) joined."""
    from tests import package_tables

    return package_tables.rows(layout.package, "changes")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _edit_table(package: Path, table: str, edit, report_id: str) -> None:
    """_edit_csv on the file holding the report's rows (a part, for a table in parts)."""
    from tests import package_tables

    files = package_tables.files(package, table)
    _edit_csv(next(f for f in files if report_id in f.read_text(encoding="utf-8")) if len(files) > 1 else files[0], edit)


def _edit_csv(path: Path, edit) -> None:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    header = list(rows[0]) if rows else next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows = edit(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_bump_rules():
    assert bump("1.2.3", "major") == "2.0.0" and bump("1.2.3", "minor") == "1.3.0" and bump("1.2.3", "patch") == "1.2.4"
    assert sorted(["10.0.0", "2.0.0", "2.10.0", "2.9.1"], key=version_key) == ["2.0.0", "2.9.1", "2.10.0", "10.0.0"]


def test_first_edition_lists_its_reports(built_project):
    layout, built = built_project
    desc = descriptor(layout)
    assert desc["version"] == "1.0.0"
    reports = sorted(r["report_id"] for r in built["tables"]["reports"])
    assert desc["last_updated"] == max(r["reference_date"] for r in built["tables"]["reports"])
    rows = changes(layout)
    assert rows[0]["change"] == "first_edition"
    assert sorted(r["report_id"] for r in rows if r["change"] == "report_added") == reports
    assert {r["edition"] for r in rows} == {"1.0.0"} and {r["edition_date"] for r in rows} == {desc["last_updated"]}
    counted = {r["report_id"]: int(r["count"]) for r in rows if r["change"] == "report_added"}
    facts = ("service_results", "indicator_values", "pilot_model_status", "status_counts", "plan_tasks")
    for report in reports:
        assert counted[report] == sum(1 for t in facts for row in built["tables"][t] if row["report_id"] == report)


def test_same_inputs_keep_the_edition_byte_for_byte(project_copy, build):
    build(project_copy)
    first = _files(project_copy.package)
    build(project_copy)
    assert _files(project_copy.package) == first


def test_a_correction_is_a_patch_with_old_and_new_value(project_copy, build):
    built = build(project_copy)
    record = next(r for r in built["tables"]["indicator_values"] if r["value"] is not None and r["value_printed"])
    printed = f"{record['value']:g}"
    with open(project_copy.corrections, "a", encoding="utf-8") as handle:
        handle.write(f"c-test,{record['report_id']},indicator_values,{record['record_id']},value,{printed},12345,"
                     "misprint,tester,2030-01-02\n")
    build(project_copy)
    desc = descriptor(project_copy)
    assert desc["version"] == "1.0.1" and desc["last_updated"] == "2030-01-02"
    new = [r for r in changes(project_copy) if r["edition"] == "1.0.1"]
    assert [(r["change"], r["reason"], r["record_id"], r["field"], r["old_value"], r["new_value"], r["previous_edition"]) for r in new] == \
        [("correction_added", "correction", record["record_id"], "value", printed, "12345", "1.0.0")]
    assert any(r["edition"] == "1.0.0" for r in changes(project_copy))  # the record before is kept


def test_a_new_report_is_a_minor_edition(project_copy, build):
    build(project_copy)
    shutil.copyfile(NEW_REPORT, project_copy.reports / NEW_REPORT.name)
    built = build(project_copy)
    desc = descriptor(project_copy)
    assert desc["version"] == "1.1.0"
    new = [r for r in changes(project_copy) if r["edition"] == "1.1.0"]
    added = {r["report_id"] for r in built["tables"]["reports"] if r["source_file"] == NEW_REPORT.name}
    assert [(r["change"], r["reason"], r["report_id"]) for r in new] == [("report_added", "new_report", next(iter(added)))]
    assert int(new[0]["count"]) >= 1 and "figures" in new[0]["message"] and "số liệu" in new[0]["message_vi"]


def test_values_read_again_and_flags_are_listed_one_by_one(project_copy, build):
    """A previous edition whose value differs, with a flag the new one no longer raises:
    a patch listing the value (old -> new, read again) and the resolved flag."""
    built = build(project_copy)
    record = next(r for r in built["tables"]["indicator_values"] if r["value_printed"])
    flag = built["tables"]["quality_flags"][0]

    def older_value(rows):
        for row in rows:
            if row["record_id"] == record["record_id"]:
                row["value_printed"] = "1,5"
        return rows

    def extra_flag(rows):
        return rows + [{**rows[0], "record_id": flag["report_id"] + "-qf99999-1", "source_line": "7", "check": flag["check"]}]

    _edit_table(project_copy.package, "indicator_values", older_value, record["report_id"])
    _edit_table(project_copy.package, "quality_flags", extra_flag, flag["report_id"])
    build(project_copy)
    assert descriptor(project_copy)["version"] == "1.0.1"
    new = {(r["change"], r["record_id"]): r for r in changes(project_copy) if r["edition"] == "1.0.1"}
    value = new[("value_changed", record["record_id"])]
    assert (value["reason"], value["field"], value["old_value"], value["new_value"]) == \
        ("re_extraction", "value_printed", "1,5", record["value_printed"])
    resolved = new[("flag_resolved", flag["report_id"] + "-qf99999-1")]
    assert resolved["reason"] == "re_extraction" and resolved["field"] == flag["check"]
    assert len(new) == 2


def test_figures_read_again_name_the_edition_of_their_report(project_copy, build):
    """The `figures` table is not compared row by row (a million rows at national scale),
    but a report whose figures differ from the previous edition gets one `report_changed`
    row (rows before and now), so its pages and citations name this edition."""
    built = build(project_copy)
    first = built["tables"]["figures"][0]
    report = first["report_id"]
    count = sum(1 for r in built["tables"]["figures"] if r["report_id"] == report)

    def one_less(rows):
        return [r for r in rows if r["record_id"] != first["record_id"]]

    _edit_table(project_copy.package, "figures", one_less, report)
    build(project_copy)
    assert descriptor(project_copy)["version"] == "1.0.1"
    new = [r for r in changes(project_copy) if r["edition"] == "1.0.1"]
    assert [(r["change"], r["reason"], r["table"], r["report_id"], r["old_value"], r["new_value"]) for r in new] == \
        [("report_changed", "re_extraction", "figures", report, str(count - 1), str(count))]


def test_a_schema_change_is_a_major_edition(project_copy, build):
    """The previous edition lacked a field the schema has now."""
    build(project_copy)
    path = project_copy.package / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    resource = next(r for r in desc["resources"] if r["name"] == "reports")
    resource["schema"]["fields"] = [f for f in resource["schema"]["fields"] if f["name"] != "coverage"]
    path.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    build(project_copy)
    assert descriptor(project_copy)["version"] == "2.0.0"
    new = [r for r in changes(project_copy) if r["edition"] == "2.0.0"]
    assert [(r["change"], r["table"], r["field"]) for r in new] == [("schema_changed", "reports", "coverage")]


def test_a_package_from_before_editions_gets_its_record_made_up(project_copy, build):
    """The committed package before editions (version 1.0.0, no changes table): the new
    edition is a major one (a table added) and the record starts with the old edition."""
    build(project_copy)
    path = project_copy.package / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "changes"]
    desc.pop("last_updated")
    path.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(project_copy.package / "changes")
    build(project_copy)
    rows = changes(project_copy)
    assert descriptor(project_copy)["version"] == "2.0.0"
    assert [r["change"] for r in rows if r["edition"] == "2.0.0"] == ["schema_changed"]
    assert rows[0]["edition"] == "1.0.0" and rows[0]["change"] == "first_edition"


@pytest.mark.parametrize("table", ["changes"])
def test_the_changes_table_validates(built_project, table):
    from frictionless import Package

    layout, _ = built_project
    report = Package(str(layout.package / "datapackage.json")).validate()
    assert report.valid and table in {task.name for task in report.tasks}


def _record_files(layout) -> list[str]:
    return next(r for r in descriptor(layout)["resources"] if r["name"] == "changes")["path"]


def test_the_record_is_one_file_per_edition_and_an_edition_writes_its_own(project_copy, build):
    """Each edition's rows are one file, listed in version order; a new edition writes its
    file only: the earlier ones are the same files (not written again, same inode)."""
    import os

    build(project_copy)
    package = project_copy.package
    assert _record_files(project_copy) == ["changes/1.0.0.csv"]
    assert not (package / "changes.csv").exists()
    first = package / "changes" / "1.0.0.csv"
    before = (first.read_bytes(), os.stat(first).st_ino)
    shutil.copyfile(NEW_REPORT, project_copy.reports / NEW_REPORT.name)
    build(project_copy)
    assert _record_files(project_copy) == ["changes/1.0.0.csv", "changes/1.1.0.csv"]
    assert (first.read_bytes(), os.stat(first).st_ino) == before
    new = list(csv.DictReader(io.StringIO((package / "changes" / "1.1.0.csv").read_text(encoding="utf-8"))))
    assert [(r["change_id"], r["change"], r["previous_edition"]) for r in new] == [("1.1.0-00001", "report_added", "1.0.0")]
    assert [r["edition"] for r in changes(project_copy)][-2:] == ["1.0.0", "1.1.0"]  # joined: the editions in order


def test_a_record_in_one_file_is_split_by_edition_on_the_next_run(project_copy, build):
    """A previous package whose record is one `changes.csv` (before the parts): the next
    run, with the same inputs, writes each edition's rows as its own file, byte for byte
    what a package made in parts holds, and keeps the version; the next edition adds its file."""
    from tests import package_tables

    build(project_copy)
    shutil.copyfile(NEW_REPORT, project_copy.reports / NEW_REPORT.name)
    build(project_copy)
    package = project_copy.package
    parted = _files(package)
    joined = package_tables.text(package, "changes")
    path = package / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    next(r for r in desc["resources"] if r["name"] == "changes")["path"] = "changes.csv"
    path.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(package / "changes")
    (package / "changes.csv").write_text(joined, encoding="utf-8")
    build(project_copy)
    assert descriptor(project_copy)["version"] == "1.1.0"
    assert _files(package) == parted
    (package / "changes.csv").write_text(joined, encoding="utf-8")  # once more, with a new edition
    path.write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(package / "changes")
    (project_copy.reports / NEW_REPORT.name).unlink()
    build(project_copy)
    assert _record_files(project_copy) == ["changes/1.0.0.csv", "changes/1.1.0.csv", "changes/1.2.0.csv"]
    assert [r["change"] for r in changes(project_copy) if r["edition"] == "1.2.0"] == ["report_removed"]
    assert (package / "changes" / "1.0.0.csv").read_bytes() == parted["changes/1.0.0.csv"]


def test_change_ids_are_keys_across_the_editions_files(project_copy, build):
    """A change id repeated in another edition's file: found by the fast check of the new
    file alone (against the other files' keys) and by frictionless (the files as one table)."""
    from frictionless import Package

    from generator.fastcheck import fast_check

    build(project_copy)
    shutil.copyfile(NEW_REPORT, project_copy.reports / NEW_REPORT.name)
    build(project_copy)
    package = project_copy.package

    def repeat_an_earlier_id(rows):
        rows[0]["change_id"] = "1.0.0-00001"
        return rows

    _edit_csv(package / "changes" / "1.1.0.csv", repeat_an_earlier_id)
    assert fast_check(package / "datapackage.json", {"1.1.0"}) == ["changes: 1 duplicate primary key(s) ['change_id']: '1.0.0-00001'"]
    report = Package(str(package / "datapackage.json")).validate()
    task = next(t for t in report.tasks if t.name == "changes")
    assert [e.type for e in task.errors] == ["unique-error", "primary-key"]
