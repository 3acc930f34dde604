"""A citizen on a 390 px phone: every page template in both languages fits the screen (no
sideways scroll), chart text shows at 11 px or more, and where a page shows figures the
link to their source line is on screen; the phone layout passes axe too."""
from __future__ import annotations

import pytest

import sitekit

pytestmark = pytest.mark.timeout(180)

PHONE = {"width": 390, "height": 844}
SMALLEST = 360  # the narrowest phone the layout is made for
MIN_FONT = 11  # px, chart text as shown
# templates whose pages show figures with their source line (a link to `…/reports/<id>/#L<n>`)
SOURCED = {"home", "indicator", "model", "place", "report"}

CHART_TEXT = """async () => {
  const out = [];
  for (const img of document.querySelectorAll('figure.chart img')) {
    if (!img.offsetWidth) continue;  // not shown (another <picture> source, or replaced by its table)
    const svg = await (await fetch(img.currentSrc || img.src)).text();
    const width = parseFloat((svg.match(/<svg[^>]*\\bwidth="([\\d.]+)"/) || [])[1]);
    const sizes = [...svg.matchAll(/font-size="([\\d.]+)px"/g)].map(m => parseFloat(m[1]));
    out.push({src: img.currentSrc, shown: img.getBoundingClientRect().width, width, smallest: Math.min(...sizes)});
  }
  return out;
}"""

SOURCE_LINK = """() => {
  const width = document.documentElement.clientWidth;
  const links = [...document.querySelectorAll('a[href*="#L"]')];
  const shown = links.filter(a => {
    const box = a.getBoundingClientRect();
    return a.offsetParent !== null && box.width > 0 && box.left >= 0 && box.right <= width + 0.5;
  });
  return {links: links.length, shown: shown.length};
}"""


def phone_pages(site) -> list[str]:
    """Every template in both languages: a fixed page, or the smallest and the largest page
    of a template with one page per record."""
    pages = []
    for lang in sitekit.LANGS:
        for template in sitekit.TEMPLATES:
            if template in sitekit.FIXED:
                pages.append((template, sitekit.lang_prefix(lang) + sitekit.FIXED[template]))
                continue
            instances = site.instances(sitekit.INSTANCES[template])
            sized = sorted(instances, key=lambda p: (site.file(p).stat().st_size, p))
            for path in dict.fromkeys([sized[0], sized[-1]]):
                pages.append((template, sitekit.lang_prefix(lang) + path))
    return pages


@pytest.fixture(scope="module")
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, service_workers="block")
    context.set_default_timeout(15_000)
    guard = sitekit.Guard()
    guard.attach_context(context)
    yield context, guard
    context.close()


def test_every_template_fits_a_phone(site, phone):
    context, guard = phone
    page = context.new_page()
    problems = []
    for template, path in phone_pages(site):
        page.goto(site.url(path), wait_until="load")
        for width in (PHONE["width"], SMALLEST):
            page.set_viewport_size({"width": width, "height": PHONE["height"]})
            sideways = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if sideways > 0:
                wide = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
                    const b = e.getBoundingClientRect(); return b.width && b.right > document.documentElement.clientWidth + 1;
                  }).slice(0, 3).map(e => e.tagName + '.' + e.className)""")
                problems.append(f"{path} at {width} px: {sideways} px of sideways scroll ({wide})")
        page.set_viewport_size(PHONE)
        for chart in page.evaluate(CHART_TEXT):
            shown = chart["smallest"] * chart["shown"] / chart["width"]
            if shown < MIN_FONT:
                problems.append(f"{path}: chart text {shown:.1f} px as shown ({chart['src']})")
        if template in SOURCED:
            found = page.evaluate(SOURCE_LINK)
            if not found["shown"]:
                problems.append(f"{path}: no source link on screen ({found['links']} in the page)")
    page.close()
    guard.assert_clean("phone pages")
    assert problems == [], "\n".join(problems)


def test_phone_charts_keep_their_text_at_11_px_on_the_narrowest_phone(site, phone):
    """The phone version of a chart (<picture> source) is what a 360 px screen shows."""
    context, _ = phone
    page = context.new_page()
    page.set_viewport_size({"width": SMALLEST, "height": PHONE["height"]})
    for lang in sitekit.LANGS:
        path = sitekit.lang_prefix(lang) + site.instances("indicators")[0]
        page.goto(site.url(path), wait_until="load")
        charts = page.evaluate(CHART_TEXT)
        assert charts and all(".narrow.svg" in c["src"] for c in charts), (path, charts)
        assert all(c["smallest"] * c["shown"] / c["width"] >= MIN_FONT for c in charts), (path, charts)
    page.close()


@pytest.mark.parametrize("lang", sitekit.LANGS)
@pytest.mark.parametrize("template", ["place", "indicator", "report", "reporting", "home"])
def test_phone_layout_has_no_axe_violations(site, phone, template, lang):
    from axe_playwright_python.sync_playwright import Axe

    context, _ = phone
    page = context.new_page()
    if template in sitekit.FIXED:
        path = sitekit.lang_prefix(lang) + sitekit.FIXED[template]
    else:
        instances = site.instances(sitekit.INSTANCES[template])
        path = sitekit.lang_prefix(lang) + max(instances, key=lambda p: (site.file(p).stat().st_size, p))
    page.goto(site.url(path), wait_until="load")
    results = Axe().run(page)
    page.close()
    assert results.violations_count == 0, f"{path} at 390 px:\n{results.generate_report()}"


def test_place_page_opens_with_its_summary_and_contents(site, phone):
    """On a phone the Bình Định page shows its summary first (headline figures with their
    change since the previous report, progress against targets, flags), a table of
    contents, and folds its long sections: no longer tens of thousands of pixels."""
    context, _ = phone
    page = context.new_page()
    page.goto(site.url("places/binh-dinh/"), wait_until="load")
    assert page.locator("#summary").count() == 1 and page.locator("nav.toc-inline a").count() >= 5
    cards = page.locator("ul.cards > li")
    assert cards.count() >= 3
    assert page.locator("ul.cards .card-change").first.inner_text().strip()
    assert page.locator("#progress ~ .table-wrap, #progress ~ details.fold").count() >= 1
    assert page.locator("details.fold").count() >= 3
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 15_000, f"{height} px tall"
    page.close()
