"""Site search (Pagefind, served with the site) works offline from the sub-path, folds
Vietnamese tone marks and đ, and keeps each language to its own pages."""
from __future__ import annotations

import json
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.timeout(120)

# the names that match come first (places, indicators, services, models), then Pagefind's
RESULT = ".names-result-link, .pagefind-ui__result-link"
CASES = [  # (language, search page, query typed, a path part the first result must have)
    pytest.param("vi", "search/", "binh dinh", "binh-dinh", id="vi-no-marks-no-d-stroke"),
    pytest.param("vi", "search/", "Bình Định", "binh-dinh", id="vi-with-marks"),
    pytest.param("vi", "search/", "ly lich tu phap", "criminal_record", id="vi-service-no-marks"),
    pytest.param("vi", "search/", "gia lai", "gia-lai", id="vi-new-province"),
    pytest.param("en", "en/search/", "criminal record", "criminal_record", id="en-service"),
    pytest.param("en", "en/search/", "binh dinh", "binh-dinh", id="en-place-no-marks"),
    pytest.param("en", "en/search/", "digitisation", "digitisation_rate", id="en-indicator"),
]


@pytest.mark.parametrize("lang, path, query, expected", CASES)
def test_search_finds_pages_of_its_language(site, visit, lang, path, query, expected):
    v = visit(path)
    v.page.locator("#site-search input").first.fill(query)
    v.page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    results = v.page.locator(RESULT)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    urls = [urljoin(v.page.url, href) for href in hrefs]
    assert expected in urlsplit(urls[0]).path, f"{query!r}: first result {urls[0]}"
    en = site.url("en/")
    wrong = [u for u in urls if not u.startswith(site.base_url) or (u.startswith(en) != (lang == "en"))]
    assert wrong == [], f"{query!r} ({lang}): results outside the language's pages: {wrong}"
    for url in dict.fromkeys(u.split("#")[0] for u in urls[:5]):
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200, url
    anchored = next((u for u in urls if "#" in u), None)
    if anchored:  # a sub-result lands on its heading
        v.page.goto(anchored, wait_until="load")
        fragment = urlsplit(anchored).fragment
        assert v.page.evaluate("id => document.getElementById(decodeURIComponent(id)) !== null", fragment), anchored
    v.guard.assert_clean(f"{path} {query!r}")


def test_search_finds_a_figure_no_table_claimed(site, visit):
    """Every figure read stays searchable: a report page's figures table is its indexed part.
    `tin báo về tình hình ANTT` (Bắc Giang, January 2024) is a counted noun no table claimed."""
    v = visit("search/")
    v.page.locator("#site-search input").first.fill("tin báo về tình hình ANTT")
    results = v.page.locator(RESULT)
    results.first.wait_for(timeout=10_000)
    # report pages are in their own bundles, ranked by their own statistics: the report is
    # among the first ten pages (the first five and one "load more")
    v.page.locator(".pagefind-ui__button").first.click()
    v.page.wait_for_function("document.querySelectorAll('.pagefind-ui__result').length > 5", timeout=10_000)
    # results arrive bundle by bundle (report pages are in their own): wait for the ten, not for the first six
    v.page.wait_for_function(
        "[...document.querySelectorAll('.pagefind-ui__result a')].some(a => a.href.includes('/reports/bac-giang-2024-01-monthly-'))"
        " || document.querySelectorAll('.pagefind-ui__result').length >= 10", timeout=10_000)
    paths = [urlsplit(urljoin(v.page.url, results.nth(i).get_attribute("href"))).path for i in range(results.count())]
    assert any("/reports/bac-giang-2024-01-monthly-" in p for p in paths), paths
    v.guard.assert_clean("search for an unclaimed figure")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_header_search_box_searches_from_any_page(site, visit, lang):
    """Every page has a search box in its header: it sends the words to the search page of
    its language, which runs the search (place names first)."""
    start = site.template_path("indicator", lang)
    v = visit(start)
    box = v.page.locator("header input[type=search]")
    assert box.is_visible(), start
    box.fill("binh dinh")
    box.press("Enter")
    v.page.wait_for_url(lambda url: "/search/" in url and "q=binh" in url, timeout=10_000)
    assert urlsplit(v.page.url).path.endswith(("/en/search/" if lang == "en" else "/path/search/")), v.page.url
    first = v.page.locator(RESULT).first
    first.wait_for(timeout=10_000)
    assert "binh-dinh" in urlsplit(urljoin(v.page.url, first.get_attribute("href"))).path
    v.guard.assert_clean(f"{start} header search")


def test_snippets_keep_words_apart(site, visit):
    """A result's snippet never runs two cells' words together (`LevelProvince`)."""
    v = visit("en/search/")
    v.page.locator("#site-search input").first.fill("gia lai")
    excerpts = v.page.locator(".pagefind-ui__result-excerpt")
    excerpts.first.wait_for(timeout=10_000)
    text = " ".join(excerpts.nth(i).inner_text() for i in range(min(excerpts.count(), 5)))
    assert "LevelProvince" not in text and "ProvinceParent" not in text, text


def test_search_merges_the_bundles_of_report_and_place_pages(site, visit):
    """Report and place pages are indexed in their own bundles (pagefind/shards/, one per
    bucket) that the search page merges: their results come with the others, at the
    site's sub-path (issue 13)."""
    shards = json.loads(urllib.request.urlopen(site.url("pagefind/shards.json"), timeout=10).read())
    assert shards and all(s.startswith(("reports-", "places-")) for s in shards)
    v = visit("search/")
    v.page.locator("#site-search input").first.fill("tin báo về tình hình ANTT")
    results = v.page.locator(RESULT)
    results.first.wait_for(timeout=10_000)
    # the merged bundles' results arrive after the main bundle's (on a loaded machine, later than the
    # first screenful): wait until a report's and a place's result are listed
    reports, places = urlsplit(site.url("reports/")).path, urlsplit(site.url("places/")).path
    v.page.wait_for_function(
        """([reports, places]) => {
             const hrefs = [...document.querySelectorAll('.pagefind-ui__result-link')].map(a => new URL(a.href).pathname);
             return hrefs.some(h => h.startsWith(reports)) && hrefs.some(h => h.startsWith(places));
           }""", arg=[reports, places], timeout=30_000)
    paths = [urlsplit(urljoin(v.page.url, results.nth(i).get_attribute("href"))).path for i in range(results.count())]
    assert any(p.startswith(reports) for p in paths), paths
    assert any(p.startswith(places) for p in paths), paths
    v.guard.assert_clean("search/ merged bundles")
