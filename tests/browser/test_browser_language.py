"""The language switcher on a page lands on the same page in the other language."""
from __future__ import annotations

import pytest

import sitekit

pytestmark = pytest.mark.timeout(120)

OTHER = {lang: next(o for o in sitekit.LANGS if o != lang) for lang in sitekit.LANGS}


def reveal(page, link) -> None:
    """The switcher is a drop-down: hover its menu until the link shows."""
    if link.is_visible():
        return
    menu = page.locator(".md-select", has=link)
    if menu.count():
        menu.first.hover()
    else:  # another theme: hover the nearest ancestor that is on screen
        for ancestor in reversed(link.locator("xpath=ancestor::*").all()):
            if ancestor.is_visible():
                ancestor.hover()
                break
    link.wait_for(state="visible", timeout=5_000)


@pytest.mark.parametrize("lang", sitekit.LANGS)
@pytest.mark.parametrize("template", sitekit.TEMPLATES)
def test_switcher_lands_on_counterpart(site, visit, template, lang):
    path = site.template_path(template, lang)
    other = OTHER[lang]
    counterpart = site.template_path(template, other)
    v = visit(path)
    link = v.page.locator(f'a[hreflang="{other}"]:not([rel="alternate"])').first
    reveal(v.page, link)
    # Keyboard activation (a click event like the mouse's): a pointer moving onto the
    # drop-down's items can leave the hover area first and land on the page below.
    link.focus()
    v.page.keyboard.press("Enter")
    v.page.wait_for_url(site.url(counterpart), timeout=5_000)
    v.page.wait_for_load_state("load")
    assert v.page.evaluate("document.documentElement.lang") == other, v.page.url
    v.guard.assert_clean(f"{path} -> {counterpart}")
