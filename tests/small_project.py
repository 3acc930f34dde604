"""A small project of bundled reports in a temporary folder, and the command line run on it
(for the tests that add a report to a built project and compare with a cold build)."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"


def run(root: Path, *args: str) -> str:
    """`python -m generator --root root ARGS…`, which must succeed; its output."""
    result = CliRunner().invoke(cli, ["--root", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.output


def copy_reports(root: Path, reports: list[str]) -> Path:
    """The code lists and these bundled reports under root."""
    shutil.copytree(ROOT / "codelists", root / "codelists")
    (root / "sources" / "reports").mkdir(parents=True)
    for name in reports:
        shutil.copyfile(REPORTS / name, root / "sources" / "reports" / name)
    return root
