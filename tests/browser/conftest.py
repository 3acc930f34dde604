"""Browser tests: the real site, built once from the real data package into a scratch copy of
the project, served by http.server from a sub-path, driven by Debian's Chromium.

Set DEAN06_BROWSER_SITE=<built site folder> to test an already built site instead (its parent
folder must hold the project: datapackages/, sources/).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import sitekit
from generator.paths import Layout
from sitekit import FIXED, INSTANCES


@dataclass(frozen=True)
class SiteUnderTest:
    layout: Layout
    base_url: str

    @property
    def root(self) -> Path:
        return self.layout.site

    def url(self, path: str) -> str:
        return self.base_url + path

    def file(self, path: str) -> Path:
        """The built file behind a site path ('indicators/x/' -> .../indicators/x/index.html)."""
        target = self.root / path
        return target / "index.html" if path == "" or path.endswith("/") else target

    def instances(self, section: str) -> list[str]:
        """Site paths (vi) of the per-record pages of a section, sorted."""
        folder = self.root / section
        if not folder.is_dir():
            return []
        return sorted(f"{section}/{d.name}/" for d in folder.iterdir() if (d / "index.html").is_file())

    def template_path(self, template: str, lang: str) -> str:
        if template in FIXED:
            path = FIXED[template]
        else:
            pages = self.instances(INSTANCES[template])
            if not pages:
                pytest.fail(f"the built site has no {template} page under {INSTANCES[template]}/")
            # The smallest page of the template: same markup, quicker to check (axe on the
            # longest report takes 10 s).
            path = min(pages, key=lambda page: (self.file(page).stat().st_size, page))
        return sitekit.lang_prefix(lang) + path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> sitekit.BuildResult:
    prebuilt = os.environ.get("DEAN06_BROWSER_SITE")
    if prebuilt:
        site = Path(prebuilt).resolve()
        return sitekit.BuildResult(Layout(site.parent), 0.0, sitekit.count_pages(site))
    layout = sitekit.copy_project(tmp_path_factory.mktemp("project"))
    return sitekit.build(layout)


@pytest.fixture(scope="session")
def site(built_site, tmp_path_factory):
    with sitekit.Server(built_site.site, tmp_path_factory.mktemp("serve")) as server:
        yield SiteUnderTest(built_site.layout, server.base_url)


@pytest.fixture(scope="session")
def chromium():
    if not sitekit.chromium_available():
        pytest.skip(f"{sitekit.CHROMIUM} is absent (apt-get install chromium); CI installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = sitekit.launch(playwright)
        yield browser
        browser.close()


@dataclass
class Visit:
    page: object
    guard: sitekit.Guard
    status: int | None


@pytest.fixture
def visit(chromium, site):
    """visit(path, javascript=True, settle=False) -> Visit: a fresh guarded context per call, closed at teardown."""
    contexts = []

    def open_(path: str, javascript: bool = True, settle: bool = False) -> Visit:
        """settle: also wait for the network to be idle (late requests, late errors)."""
        guard = sitekit.Guard()
        context = sitekit.new_context(chromium, guard, javascript=javascript)
        contexts.append(context)
        page = context.new_page()
        guard.attach_page(page)
        response = page.goto(site.url(path), wait_until="load")
        if javascript and settle:
            page.wait_for_load_state("networkidle")
        return Visit(page, guard, response.status if response else None)

    yield open_
    for context in contexts:
        context.close()
