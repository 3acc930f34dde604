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


def site_project(root: Path, reports: list[str]) -> Path:
    """copy_reports, with the site config (its texts named by absolute path) and mkdocs.yml."""
    import yaml

    copy_reports(root, reports)
    config = yaml.safe_load((ROOT / "site_config.yml").read_text(encoding="utf-8"))
    config["texts"] = str(ROOT / config["texts"])
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    return root
