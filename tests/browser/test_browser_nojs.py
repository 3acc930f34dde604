"""Without JavaScript the content is all there: the indicator table and the figures."""
from __future__ import annotations

import pytest

import sitekit

pytestmark = pytest.mark.timeout(120)

MAIN = "main, article, [role=main]"


def check_static_content(v, path: str, figures: bool) -> None:
    page = v.page
    assert v.status == 200, path
    main = page.locator(MAIN).first
    rows = main.locator("table tbody tr")
    assert rows.count() > 0, f"{path}: no table rows without JavaScript"
    assert rows.first.is_visible(), f"{path}: the table is hidden without JavaScript"
    assert rows.first.inner_text().strip(), f"{path}: the first table row is empty"
    images = main.locator("img")
    for i in range(images.count()):
        image = images.nth(i)
        image.scroll_into_view_if_needed()
        src = image.get_attribute("src")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), f"{path}: image {src} did not load"
    if figures:
        shown = main.locator("figure img, figure svg")
        assert shown.count() > 0, f"{path}: no figure (img or svg) without JavaScript"
        box = shown.first.bounding_box()
        assert box and box["width"] > 50 and box["height"] > 50, f"{path}: first figure renders {box}"
    v.guard.assert_clean(path)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_indicator_page_without_javascript(site, visit, lang):
    path = site.template_path("indicator", lang)
    check_static_content(visit(path, javascript=False), path, figures=True)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_home_page_without_javascript(site, visit, lang):
    path = site.template_path("home", lang)
    check_static_content(visit(path, javascript=False), path, figures=False)
