"""Site search (Pagefind, served with the site) works offline from the sub-path, folds
Vietnamese tone marks and đ, and keeps each language to its own pages."""
from __future__ import annotations

import json
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.timeout(120)

RESULT = ".pagefind-ui__result-link"
CASES = [  # (language, search page, query typed, a path part the first result must have)
    pytest.param("vi", "search/", "binh dinh", "binh-dinh", id="vi-no-marks-no-d-stroke"),
    pytest.param("vi", "search/", "Bình Định", "binh-dinh", id="vi-with-marks"),
    pytest.param("vi", "search/", "ly lich tu phap", "criminal_record", id="vi-service-no-marks"),
    pytest.param("en", "en/search/", "criminal record", "criminal_record", id="en-service"),
    # a figure no table claimed: found on its report's page (the figures table is that page's indexed part)
    pytest.param("vi", "search/", "tin báo về tình hình ANTT", "reports/", id="vi-unfiled-figure"),
]


@pytest.mark.parametrize("lang, path, query, expected", CASES)
def test_search_finds_pages_of_its_language(site, visit, lang, path, query, expected):
    v = visit(path)
    v.page.locator("input[type=search], #site-search input").first.fill(query)
    results = v.page.locator(RESULT)
    results.first.wait_for(timeout=10_000)
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


def test_search_merges_the_bundles_of_report_and_place_pages(site, visit):
    """Report and place pages are indexed in their own bundles (pagefind/shards/, one per
    bucket) that the search page merges: their results come with the others, at the
    site's sub-path (issue 13)."""
    shards = json.loads(urllib.request.urlopen(site.url("pagefind/shards.json"), timeout=10).read())
    assert shards and all(s.startswith(("reports-", "places-")) for s in shards)
    v = visit("search/")
    v.page.locator("input[type=search], #site-search input").first.fill("tin báo về tình hình ANTT")
    results = v.page.locator(RESULT)
    results.first.wait_for(timeout=10_000)
    v.page.wait_for_function("document.querySelectorAll('.pagefind-ui__result-link').length > 8", timeout=10_000)
    paths = [urlsplit(urljoin(v.page.url, results.nth(i).get_attribute("href"))).path for i in range(results.count())]
    assert any(p.startswith(urlsplit(site.url("reports/")).path) for p in paths), paths
    assert any(p.startswith(urlsplit(site.url("places/")).path) for p in paths), paths
    v.guard.assert_clean("search/ merged bundles")
