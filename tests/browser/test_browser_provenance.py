"""Provenance links on indicator pages land on the report page, at the cited line, and that
line holds the quote the data package records for it."""
from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

import pytest

import sitekit

pytestmark = pytest.mark.timeout(120)

HREF = re.compile(r'href="([^"]*reports/([^"/#]+)/#L(\d+))"')
LINE_TEXTS = """() => Object.fromEntries(
    Array.from(document.querySelectorAll('[id^="L"]'))
        .filter(e => /^L\\d+$/.test(e.id)).map(e => [e.id, e.textContent]))"""


def provenance_links(site, lang) -> list[tuple[str, str, str, int]]:
    """(indicator page path, href, report_id, line) for every provenance link, in page order."""
    prefix = sitekit.lang_prefix(lang)
    links = []
    for path in site.instances("indicators"):
        page = prefix + path
        for match in HREF.finditer(site.file(page).read_text(encoding="utf-8")):
            links.append((page, html.unescape(match.group(1)), match.group(2), int(match.group(3))))
    return links


def quoted(quotes: set[str], text: str) -> bool:
    return any(sitekit.squash(q) in sitekit.squash(text) for q in quotes)


@pytest.fixture(scope="module")
def quotes(site):
    return sitekit.provenance_quotes(site.layout.package)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_click_provenance_link_lands_on_quoted_line(site, visit, quotes, lang):
    links = provenance_links(site, lang)
    assert links, f"no indicator page ({lang}) links to a report line (reports/<id>/#L<n>)"
    path, href, report_id, line = links[0]
    v = visit(path)
    v.page.locator(f'a[href="{href}"]').first.click()
    expected = urljoin(site.url(path), href)
    v.page.wait_for_url(expected, timeout=10_000)
    assert urlsplit(v.page.url).path.rstrip("/").endswith(f"reports/{report_id}"), v.page.url
    target = v.page.locator(f'[id="L{line}"]')
    assert target.count() == 1, f"{v.page.url}: no single element with id L{line}"
    target.scroll_into_view_if_needed()
    assert target.is_visible()
    assert v.page.evaluate(f"document.getElementById('L{line}').matches(':target')"), f"{v.page.url}: #L{line} is not the :target"
    cited = quotes.get((report_id, line))
    assert cited, f"{path}: links {report_id} line {line}, which no row of the data package cites"
    assert quoted(cited, target.text_content()), f"{v.page.url}: line text {target.text_content()!r} lacks {cited}"
    v.guard.assert_clean(path)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_every_provenance_link_cites_its_line(site, visit, quotes, lang):
    """All indicator pages: each linked report line exists and holds a quote the package cites."""
    links = provenance_links(site, lang)
    assert links, f"no indicator page ({lang}) links to a report line"
    lines_of: dict[str, dict[str, str]] = {}
    problems = []
    for path, href, report_id, line in links:
        report_url = urljoin(site.url(path), href).split("#")[0]
        if report_url not in lines_of:
            lines_of[report_url] = visit(report_url.removeprefix(site.base_url), javascript=True).page.evaluate(LINE_TEXTS)
        text = lines_of[report_url].get(f"L{line}")
        cited = quotes.get((report_id, line), set())
        if text is None:
            problems.append(f"{path}: {href}: no element #L{line} on the report page")
        elif not cited:
            problems.append(f"{path}: {href}: no row of the data package cites {report_id} line {line}")
        elif not quoted(cited, text):
            problems.append(f"{path}: {href}: line text {text.strip()[:120]!r} lacks the quote {sorted(cited)[0]!r}")
    assert problems == [], "\n".join(problems[:30])
