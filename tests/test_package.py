"""The data package: valid for frictionless, reproducible to the byte, swapped in only when
valid, and self-contained (no remote profile or schema URL)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.parts import paths
from tests import package_tables


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_frictionless_finds_no_error(built_project):
    from frictionless import Package

    layout, _ = built_project
    report = Package(str(layout.package / "datapackage.json")).validate()
    errors = [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors] + [e.message for e in report.errors]
    assert errors == []
    assert report.valid
    assert {"reports", "quality_flags", "jurisdictions", "services"} <= {task.name for task in report.tasks}


def test_descriptor_names_no_remote_profile_or_schema(built_project):
    layout, _ = built_project
    descriptor = json.loads((layout.package / "datapackage.json").read_text(encoding="utf-8"))
    remote = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("profile", "profiles", "$schema") and "http" in json.dumps(value):
                    remote.append((f"{path}/{key}", value))
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    walk(descriptor, "")
    assert remote == []
    for resource in descriptor["resources"]:
        for path in paths(resource):
            assert not path.startswith(("http:", "https:", "/")) and ".." not in path


def test_two_runs_give_byte_identical_files(built_project, project_copy, build, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first_layout, _ = built_project
    build(project_copy)  # a second, independent run (cold cache, other folder)
    first, second = _files(first_layout.package), _files(project_copy.package)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    build(project_copy)  # and again over its own output, from the extraction cache
    assert _files(project_copy.package) == second


def _break_foreign_key(codelists: Path) -> None:
    """A jurisdiction whose parent does not exist: every row passes the loader's own
    checks (columns, enums, keys); only frictionless' foreign-key check can catch it."""
    path = codelists / "jurisdictions.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    header = rows[0]
    target = next(r for r in rows[1:] if r[header.index("jurisdiction_id")] == "binh-dinh")
    target[header.index("parent_id")] = "no-such-parent"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_failed_validation_leaves_the_previous_package_untouched(project_copy, build):
    build(project_copy)
    before = _files(project_copy.package)
    _break_foreign_key(project_copy.codelists)
    with pytest.raises(InputError) as caught:
        build(project_copy)
    assert "does not validate" in str(caught.value) and "jurisdictions" in str(caught.value)
    assert _files(project_copy.package) == before
    leftovers = [p.name for p in project_copy.package.parent.iterdir() if p.name != project_copy.package.name]
    assert leftovers == []  # no staging folder left behind


def test_failed_validation_through_the_cli_exits_1_and_keeps_the_package(project_copy, build):
    from click.testing import CliRunner

    from generator.cli import cli

    build(project_copy)
    before = _files(project_copy.package)
    _break_foreign_key(project_copy.codelists)
    result = CliRunner().invoke(cli, ["--root", str(project_copy.root), "package", "--quiet"])
    assert result.exit_code == 1
    assert "datapackage.json" in result.output and "does not validate" in result.output
    assert _files(project_copy.package) == before


def test_validation_in_two_processes_finds_what_one_finds(built_project, tmp_path, monkeypatch):
    """A large package is validated in two processes (resources shared by size, foreign
    keys checked in each): the same errors, in the descriptor's order, as one process."""
    import shutil

    from generator import package as package_mod

    layout, _ = built_project
    copy = tmp_path / "package"
    shutil.copytree(layout.package, copy)
    path = copy / "datapackage.json"
    monkeypatch.setattr(package_mod, "PARALLEL_BYTES", 0)
    assert package_mod.validate_package(path, jobs=1) == [] and package_mod.validate_package(path, jobs=2) == []
    _break_foreign_key(copy)
    values = package_tables.files(copy, "indicator_values")[0]
    rows = list(csv.reader(io.StringIO(values.read_text(encoding="utf-8"))))
    rows[1][rows[0].index("value")] = "not a number"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    values.write_text(buffer.getvalue(), encoding="utf-8")
    one, two = package_mod.validate_package(path, jobs=1), package_mod.validate_package(path, jobs=2)
    assert [str(e) for e in one] == [str(e) for e in two]
    assert [(e.resource, e.row) for e in two] == [(e.resource, e.row) for e in one]
    assert [e.resource for e in one] == ["indicator_values", "jurisdictions"]


def test_tables_match_their_schemas_exactly(built_project):
    from generator import schemas

    layout, _ = built_project
    descriptor = json.loads((layout.package / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == list(schemas.ALL_TABLES)
    for resource in descriptor["resources"]:
        for file in package_tables.files(layout.package, resource["name"]):
            with file.open(encoding="utf-8", newline="") as handle:
                header = next(csv.reader(handle))
            assert header == schemas.field_names(resource["name"]), file
