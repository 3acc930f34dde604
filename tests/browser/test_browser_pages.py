"""Every page template, in both languages: loads clean, stays on the site, passes axe-core."""
from __future__ import annotations

import pytest

import sitekit

pytestmark = pytest.mark.timeout(120)

PAGES = [pytest.param(t, lang, id=f"{t}-{lang}") for t in sitekit.TEMPLATES for lang in sitekit.LANGS]


@pytest.mark.parametrize("template, lang", PAGES)
def test_page_loads_without_errors(site, visit, template, lang):
    path = site.template_path(template, lang)
    v = visit(path, settle=True)
    assert v.status == 200, f"{path}: HTTP {v.status}"
    assert v.page.evaluate("document.documentElement.lang") == lang, path
    assert v.page.title().strip(), f"{path}: empty <title>"
    v.guard.assert_clean(path)


@pytest.mark.parametrize("template, lang", PAGES)
def test_page_has_no_axe_violations(site, visit, template, lang):
    from axe_playwright_python.sync_playwright import Axe

    path = site.template_path(template, lang)
    results = Axe().run(visit(path).page)  # JavaScript is on: axe hangs without it
    assert results.violations_count == 0, f"{path}:\n{results.generate_report()}"


def test_guard_sees_requests_to_other_hosts(site, visit):
    """The checks above prove nothing if the guard misses traffic: a request to another host
    (as a font or CDN script would make) is aborted and recorded."""
    v = visit("")
    v.page.evaluate("""() => fetch('https://fonts.googleapis.com/css?family=Roboto').catch(() => null)""")
    v.page.evaluate("""() => new Promise(done => { const s = document.createElement('script');
        s.src = 'https://unpkg.com/x.js'; s.onerror = done; s.onload = done; document.head.append(s); })""")
    assert any("fonts.googleapis.com" in url for url in v.guard.outside), v.guard.outside
    assert any("unpkg.com" in url for url in v.guard.outside), v.guard.outside
