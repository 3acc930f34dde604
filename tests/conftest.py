"""Shared fixtures: the real checkout, its code lists, and throw-away project copies.

Tests never write into the checkout: a pipeline run goes into a copy under tmp_path
(`project_copy`) or the session-wide `built_project`.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.codelists import References
from generator.paths import Layout

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"


def copy_project(dest: Path) -> Layout:
    """A minimal project folder (code lists + reports) at dest."""
    shutil.copytree(ROOT / "codelists", dest / "codelists")
    shutil.copytree(REPORTS, dest / "sources" / "reports")
    return Layout(dest)


def build_project(layout: Layout, validate: bool = True) -> dict:
    """extract -> assemble -> package into layout; returns the assembled tables."""
    from generator.package import write_package
    from generator.pipeline import assemble, run_extract

    refs = References.load(layout.codelists)
    results = run_extract(layout, refs, progress=False, jobs=1)
    tables = assemble(results, refs, layout.corrections)
    write_package(layout, tables, refs, [r.source for r in results], validate=validate)
    return {"tables": tables, "results": results, "refs": refs}


@pytest.fixture(scope="session")
def refs() -> References:
    return References.load(ROOT / "codelists")


@pytest.fixture
def project_copy(tmp_path: Path) -> Layout:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Layout, dict]:
    """The whole pipeline run once on the bundled reports, into a temporary folder."""
    layout = copy_project(tmp_path_factory.mktemp("built") / "project")
    return layout, build_project(layout)


@pytest.fixture(scope="session")
def build():
    """build_project(layout, validate=True) for tests that run the pipeline themselves."""
    return build_project
