"""The journalist's paths, clicked in Chromium in both languages: from the home page to a
self-explaining CSV of a figure in two clicks; citing a figure and its report; the
workbook and the zip; and from the data page to what changed in an edition."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from urllib.parse import urljoin, urlsplit

import pytest

import sitekit

from generator.editions import version_key

pytestmark = pytest.mark.timeout(180)

WORDS = {"vi": {"line": "dòng", "cite": "Trích dẫn", "editions": "Các phiên bản và thay đổi", "edition": "Phiên bản",
                "footer": "Dữ liệu: phiên bản", "report": "Trích dẫn báo cáo này"},
         "en": {"line": "line", "cite": "Cite", "editions": "Editions and what changed", "edition": "Edition",
                "footer": "Data: edition", "report": "Cite this report"}}
COLUMNS = {"place_id", "place_name", "cut_off_date", "unit", "unit_name", "value", "value_printed", "scope", "report_id",
           "report_number", "source_line", "source_quote", "source_url", "citation", "quality_flags"}


def download(page, locator) -> bytes:
    with page.expect_download() as info:
        locator.click()
    path = info.value.path()
    with open(path, "rb") as handle:
        return handle.read()


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_home_to_a_figure_csv_in_two_clicks(site, visit, lang):
    v = visit(sitekit.lang_prefix(lang))
    card = v.page.locator("ul.cards > li").first
    name = card.locator(".card-name a")
    name.click()  # 1: the indicator's page
    v.page.wait_for_load_state("load")
    assert "/indicators/" in urlsplit(v.page.url).path
    data = download(v.page, v.page.locator("p.download a[download]").first)  # 2: its CSV
    rows = read_csv(data)
    assert rows and COLUMNS <= set(rows[0]), sorted(set(rows[0]))
    for row in rows:
        assert row["place_name"] and row["unit_name"] and row["source_quote"] and row["citation"]
        assert f" {WORDS[lang]['line']} {row['source_line']}:" in row["citation"]
        assert row["source_url"] in row["citation"] and row["source_url"].startswith(sitekit.lang_prefix(lang) + "reports/")
    # the source link of a row is a page of the site, at the figure's line
    target = site.url(rows[0]["source_url"])
    landed = visit(target.removeprefix(site.base_url))
    assert landed.status == 200 and landed.page.locator(f'[id="L{rows[0]["source_line"]}"]').count() == 1
    # the card's own CSV link: the same file, one click from home
    home = visit(sitekit.lang_prefix(lang))
    same = download(home.page, home.page.locator("ul.cards > li .card-source a[download]").first)
    assert same == data
    v.guard.assert_clean(v.page.url)
    home.guard.assert_clean(home.page.url)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_cite_a_figure_and_its_report(site, visit, lang):
    path = sitekit.lang_prefix(lang) + "indicators/essential_services_online_rate/"
    v = visit(path)
    details = v.page.locator("details.cite").first
    summary = details.locator("summary")
    assert summary.text_content().strip() == WORDS[lang]["cite"]
    text = details.locator("p")
    assert not text.is_visible()
    summary.click()
    assert text.is_visible()
    citation = text.text_content()
    # the edition named is the one the figure's report was last published or changed in
    report = re.search(r"reports/([^/]+)/", citation).group(1)
    record = csv.DictReader(io.StringIO(site.root.joinpath("downloads/de-an-06/changes.csv").read_text(encoding="utf-8")))
    version = max((r["edition"] for r in record if r["report_id"] == report), key=version_key)
    assert f" {WORDS[lang]['line']} " in citation and f" {version}," in citation and "“" in citation
    # the report the figure comes from cites itself
    source = v.page.locator("td a[href*='reports/']").first
    source.click()
    v.page.wait_for_load_state("load")
    cite = v.page.locator("p.cite-report")
    assert cite.count() == 1 and cite.text_content().startswith(WORDS[lang]["report"])
    v.guard.assert_clean(path)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_workbook_and_zip_from_the_data_page(site, visit, lang, tmp_path):
    from openpyxl import load_workbook

    path = sitekit.lang_prefix(lang) + "data/"
    v = visit(path)
    book = download(v.page, v.page.locator("a[href$='.xlsx']").first)
    (tmp_path / "book.xlsx").write_bytes(book)
    workbook = load_workbook(tmp_path / "book.xlsx", read_only=True)
    assert workbook.sheetnames[:2] == ["about", "dictionary"] and "indicator_values" in workbook.sheetnames
    archive = zipfile.ZipFile(io.BytesIO(download(v.page, v.page.locator("a[href$='.zip']").first)))
    names = archive.namelist()
    assert "de-an-06/datapackage.json" in names and "de-an-06/changes.csv" in names
    assert any(n.startswith("de-an-06/texts/") for n in names)
    v.guard.assert_clean(path)


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_what_changed_from_the_data_page(site, visit, lang):
    path = sitekit.lang_prefix(lang) + "data/"
    v = visit(path)
    footer = v.page.locator(".md-copyright").text_content()
    assert WORDS[lang]["footer"] in footer
    v.page.get_by_role("link", name=WORDS[lang]["editions"]).first.click()
    v.page.wait_for_load_state("load")
    assert urlsplit(v.page.url).path.endswith("/data/editions/")
    v.page.locator("table.data tbody tr th a").first.click()  # the latest edition
    v.page.wait_for_load_state("load")
    heading = v.page.locator("h1").text_content()
    assert heading.startswith(WORDS[lang]["edition"]) and "(" in heading
    rows = v.page.locator("table.data tbody tr")
    assert rows.count() >= 1
    # the feed the page links to is there and is Atom
    feed = v.page.locator("head link[type='application/atom+xml']").get_attribute("href")
    response = v.page.request.get(urljoin(v.page.url, feed))
    assert response.status == 200 and b"<feed xmlns=\"http://www.w3.org/2005/Atom\"" in response.body()
    v.guard.assert_clean(v.page.url)
