"""Incremental work gives what a cold build gives (issue 13): a report added to a built
project through `add`, `site` and `build` (caches, page cache and dependency records warm)
leaves the package, site_src/ and site/ byte for byte as a build of the same inputs from
cold caches: the same reports and code lists, and the same previous edition (the package
in place, which the edition record is computed against)."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.small_project import REPORTS, run, site_project

FIRST = ["000_3285350e42ccdccd.txt", "003_1fa459019333d3b8.txt"]
ADDED = "002_75efb1c88190d799.txt"


def project(root: Path, reports: list[str]) -> Path:
    return site_project(root, reports)


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.timeout(1200)  # three mkdocs builds: minutes on a loaded machine
def test_an_add_gives_the_bytes_of_a_cold_build(tmp_path: Path):
    warm = project(tmp_path / "warm", FIRST)
    for stage in ("all", "site", "build"):
        run(warm, stage, *(["--quiet"] if stage == "all" else []))
    cold = project(tmp_path / "cold", FIRST + [ADDED])
    shutil.copytree(warm / "datapackages", cold / "datapackages")  # the previous edition
    run(warm, "add", str(REPORTS / ADDED))
    for stage in ("site", "build"):
        run(warm, stage)
    for stage in ("all", "site", "build"):
        run(cold, stage, *(["--quiet"] if stage == "all" else []))
    for folder in ("datapackages", "site_src", "site"):
        a, b = tree(warm / folder), tree(cold / folder)
        assert sorted(a) == sorted(b), folder
        assert [name for name in a if a[name] != b[name]] == [], folder
    assert "1.1.0" in (cold / "datapackages" / "de-an-06" / "datapackage.json").read_text(encoding="utf-8")
