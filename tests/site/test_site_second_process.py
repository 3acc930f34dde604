"""The series sections the site generator's second process writes (generate.second_series)
are the files the first process would write: a `site` run in a fresh process (where the
second process takes them) and one in a process that has rendered charts already (where
they stay in the first: a forked child cannot use vl-convert then) give the same site_src/."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import charts
from tests.small_project import ROOT, run, site_project

FIRST = ["000_3285350e42ccdccd.txt", "003_1fa459019333d3b8.txt"]


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.timeout(900)
def test_the_second_process_writes_what_the_first_would(tmp_path: Path):
    fresh = subprocess.run([sys.executable, "-c", "from generator.site.charts import renders_in_a_fork; print(renders_in_a_fork())"],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert fresh.stdout.strip() == "True"  # a fresh `site` process hands series pages to its second process
    root = site_project(tmp_path / "a", FIRST)
    run(root, "all", "--quiet")
    other = tmp_path / "b"
    shutil.copytree(root, other)
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "site"], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    charts.render_svg(charts.line_spec([charts.Point("A", "2024-01-31", 1.0)], "t", "v", "s", "en"))
    assert not charts.renders_in_a_fork()
    run(other, "site")
    a, b = tree(root / "site_src"), tree(other / "site_src")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
