"""The command line: help for every stage, and one clear line (file, and line where it
makes sense) with exit code 1 for the input mistakes a maintainer will make."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).resolve().parent / "fixtures" / "cli_bad_reports"
STAGES = ["extract", "check", "package", "all", "site", "build"]


def run(layout, *args: str):
    return CliRunner().invoke(cli, ["--root", str(layout.root), *args])


def one_error_line(result) -> str:
    """The single 'error: ...' line; no traceback."""
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_has_help(stage):
    result = CliRunner().invoke(cli, [stage, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: cli {stage}") or "Usage:" in result.output
    assert "--help" in result.output


def test_help_through_python_dash_m_lists_every_stage():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0
    assert out.stdout.startswith("Usage: python -m generator")
    for stage in STAGES:
        assert re.search(rf"^\s+{stage}\s", out.stdout, re.MULTILINE), stage
    for stage in STAGES:
        sub = subprocess.run([sys.executable, "-m", "generator", stage, "--help"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        assert sub.returncode == 0 and f"python -m generator {stage}" in sub.stdout


def test_a_good_run_exits_0(project_copy):
    result = run(project_copy, "check", "--quiet")
    assert result.exit_code == 0, result.output
    assert "coverage" in result.output


def test_missing_report_folder(project_copy):
    shutil.rmtree(project_copy.reports)
    line = one_error_line(run(project_copy, "extract", "--quiet"))
    assert line == f"error: {project_copy.reports}: report folder not found"


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty file"),
    ("blank.md", "empty file"),
    ("binary.txt", "binary file"),
])
def test_unreadable_report_names_the_file(project_copy, name, message):
    shutil.copyfile(BAD / name, project_copy.reports / name)
    line = one_error_line(run(project_copy, "extract", "--quiet"))
    assert line.startswith(f"error: {project_copy.reports / name}: ")
    assert message in line


def test_non_utf8_report_names_file_and_line(project_copy):
    shutil.copyfile(BAD / "non_utf8.txt", project_copy.reports / "non_utf8.txt")
    line = one_error_line(run(project_copy, "extract", "--quiet"))
    assert line.startswith(f"error: {project_copy.reports / 'non_utf8.txt'}:3: not UTF-8")
    assert "convert the file to UTF-8" in line


def _edit_line(path: Path, number: int, change) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[number - 1] = change(lines[number - 1])
    path.write_text("\n".join(lines), encoding="utf-8")


def test_code_list_with_wrong_column_count_names_file_and_line(project_copy):
    path = project_copy.codelists / "statuses.csv"
    _edit_line(path, 3, lambda line: line + ",one too many")
    line = one_error_line(run(project_copy, "check", "--quiet"))
    assert line.startswith(f"error: {path}:3: expected ")
    assert re.search(r"expected \d+ cells, found \d+", line)


def test_code_list_with_unknown_enum_value_names_file_line_and_choices(project_copy):
    path = project_copy.codelists / "jurisdictions.csv"
    _edit_line(path, 3, lambda line: line.replace(",district,", ",county,", 1))
    line = one_error_line(run(project_copy, "package", "--quiet"))
    assert line.startswith(f"error: {path}:3: 'level' is 'county', expected one of ")
    assert "district" in line


def test_code_list_with_unknown_column_names_file_and_line_1(project_copy):
    path = project_copy.codelists / "units.csv"
    _edit_line(path, 1, lambda line: line + ",colour")
    _edit_line(path, 2, lambda line: line + ",red")
    line = one_error_line(run(project_copy, "check", "--quiet"))
    assert line == f"error: {path}:1: unknown column(s): colour"


def test_missing_code_list_names_the_file(project_copy):
    (project_copy.codelists / "services.csv").unlink()
    line = one_error_line(run(project_copy, "extract", "--quiet"))
    assert line == f"error: {project_copy.codelists / 'services.csv'}: file not found"


def test_a_failed_run_leaves_no_package(project_copy):
    shutil.copyfile(BAD / "binary.txt", project_copy.reports / "binary.txt")
    one_error_line(run(project_copy, "all", "--quiet"))
    assert not project_copy.package.exists()
