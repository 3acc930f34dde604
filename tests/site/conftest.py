"""Site test fixtures: sites generated and built once per session into temporary folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.paths import Layout
from generator.site.datapackage import Resource
from site_fixtures import dean06_project, make_vega_project


@pytest.fixture(scope="session")
def dean06_layout(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """A small Đề án 06 package + the real site config, with the site sources generated."""
    from generator.site import generate_site

    layout = Layout(dean06_project(tmp_path_factory.mktemp("dean06")))
    generate_site(layout)
    return layout


@pytest.fixture(scope="session")
def dean06_built(dean06_layout: Layout) -> Path:
    from generator.site import build_site

    return build_site(dean06_layout)


@pytest.fixture(scope="session")
def vega_layout(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    from generator.site import build_site, generate_site

    layout = Layout(make_vega_project(tmp_path_factory.mktemp("vega")))
    generate_site(layout)
    build_site(layout)
    return layout


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The package files whose rows are read, in order (the site's readers record what they read)."""
    done: list[str] = []
    real = Resource.file_rows

    def file_rows(self: Resource, rel: str):
        if "rows" not in self.__dict__:  # a slice of rows read already is no read
            done.append(rel)
        return real(self, rel)

    monkeypatch.setattr(Resource, "file_rows", file_rows)
    return done
