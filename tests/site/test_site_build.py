"""build_site: mkdocs --strict + Pagefind into site/, both languages, relative links only,
nothing loaded from another host, byte-identical rebuilds, failed builds keep the old site."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.site import build_site
from site_fixtures import BD

pytestmark = pytest.mark.timeout(600)
LOADS = re.compile(r'<(?:script|img|link|iframe|source)\b[^>]*?\b(?:src|href)="([^"]+)"')


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_both_languages_and_the_url_scheme(dean06_built):
    for lang in ("", "en/"):
        for path in ("", "indicators/digitisation_rate/", "services/", "models/", "models/m-one/", "tasks/",
                     f"reports/{BD}/", "data/", "quality/", "about/", "search/"):
            html = (dean06_built / f"{lang}{path}index.html").read_text(encoding="utf-8")
            assert f'<html lang="{lang[:-1] or "vi"}"' in html, f"{lang}{path}"
    assert (dean06_built / "pagefind" / "pagefind-ui.js").is_file()
    assert not (dean06_built / "assets" / "javascripts" / "lunr").exists()


def test_switcher_links_are_relative_counterparts(dean06_built):
    html = (dean06_built / "indicators/digitisation_rate/index.html").read_text(encoding="utf-8")
    assert 'href="../../en/indicators/digitisation_rate/" hreflang="en"' in html
    home = (dean06_built / "en/index.html").read_text(encoding="utf-8")
    assert 'href=".." hreflang="vi"' in home
    assert 'rel="canonical"' not in home
    # the theme's language-root alternates are gone; ours name this page in each language
    assert re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', home) == \
        [("vi", "../"), ("en", "../en/"), ("x-default", "../")]


def test_nothing_is_loaded_from_elsewhere(dean06_built):
    for path in dean06_built.rglob("*.html"):
        if path.name == "404.html":
            continue  # served at any path, so its links are absolute to the site root
        for url in LOADS.findall(path.read_text(encoding="utf-8")):
            assert not re.match(r"^(?:[a-z]+:)?//|^/", url), f"{path}: {url}"


def test_hostile_strings_stay_text(dean06_built):
    for path in dean06_built.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "onclick=x" not in re.sub(r"&[^;]+;", "", text).split("{")[0], path


def test_rebuild_is_byte_identical(dean06_layout, dean06_built):
    before = digest(dean06_built)
    build_site(dean06_layout)
    assert digest(dean06_layout.site) == before


def test_failed_build_keeps_the_previous_site(dean06_layout, dean06_built, tmp_path):
    before = digest(dean06_built)
    broken = dean06_layout.site_src / "docs" / "vi" / "broken" / "index.md"
    broken.parent.mkdir()
    broken.write_text("# Broken\n\n[x](nowhere/index.md)\n", encoding="utf-8")
    try:
        with pytest.raises(InputError, match="strict"):
            build_site(dean06_layout)
    finally:
        broken.unlink()
        broken.parent.rmdir()
    assert digest(dean06_layout.site) == before


@pytest.mark.parametrize("lang", ["", "en/"])
def test_stamped_pages_are_whole_pages(dean06_built, lang):
    """Report and place pages come from one mkdocs-rendered template each (stamps.py): no
    placeholder is left, each has its own title, switcher link and content, the template
    itself is gone, and the sitemap lists every stamped page instead of the template."""
    for path in (f"reports/{BD}/", "places/binh-dinh/", "places/bac-giang/"):
        html = (dean06_built / f"{lang}{path}index.html").read_text(encoding="utf-8")
        assert "@@stamp" not in html and "_stamp_" not in html, path
        assert html.count('<h1 id="title">') == 1 and "<title>" in html
        other = "" if lang else "en/"
        depth = "../" * (path.count("/") + (1 if lang else 0))
        assert f'href="{depth}{other}{path}" hreflang="{"vi" if lang else "en"}"' in html, path
    assert not (dean06_built / f"{lang}reports/_stamp_").exists() and not (dean06_built / f"{lang}places/_stamp_").exists()
    sitemap = (dean06_built / "sitemap.xml").read_text(encoding="utf-8")
    assert "_stamp_" not in sitemap and f"{lang}reports/{BD}/</loc>" in sitemap and f"{lang}places/binh-dinh/</loc>" in sitemap


def test_report_pages_are_not_indexed_and_place_pages_are(dean06_built):
    from generator.site.search import indexed_pages

    indexed = {str(p.relative_to(dean06_built)) for p in indexed_pages(dean06_built)}
    assert "places/binh-dinh/index.html" in indexed and "en/places/binh-dinh/index.html" in indexed
    reports = [p for p in indexed if p.startswith(("reports/", "en/reports/"))]
    assert sorted(reports) == ["en/reports/index.html", "reports/index.html"]  # the index, no report page
    assert "reports/index.html" in indexed
