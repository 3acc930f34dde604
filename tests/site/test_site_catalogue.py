"""Findable and followable: the schema.org Dataset (JSON-LD) on the data pages and the
DCAT-AP catalogue, read with a real RDF library; hreflang links on every page; the pages
and Atom feed of the editions."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.paths import Layout
from generator.site import build_site, generate_site
from generator.site.generate import load_site
from site_fixtures import BD, BG, dean06_project, dean06_tables

rdflib = pytest.importorskip("rdflib")
from rdflib import RDF, Graph, Literal, Namespace, URIRef  # noqa: E402
from rdflib.compare import isomorphic  # noqa: E402

pytestmark = [pytest.mark.timeout(600), pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")]
SDO = Namespace("https://schema.org/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
BASE = "http://127.0.0.1:8000/sub/path/"
# schema.org's context, as far as these documents use it (the real one is remote; a
# test never fetches): terms in the vocabulary, addresses as IRIs.
SCHEMA_CONTEXT = {"@vocab": "https://schema.org/", "url": {"@type": "@id"}, "contentUrl": {"@type": "@id"},
                  "license": {"@type": "@id"}}


def changes_rows() -> list[dict]:
    common = {"previous_edition": "", "table": "", "record_id": "", "report_id": "", "field": "", "old_value": "", "new_value": "",
              "count": None}
    return [
        {**common, "change_id": "1.0.0-00001", "edition": "1.0.0", "edition_date": "2024-01-15", "change": "first_edition",
         "reason": "new_report", "message": "First edition.", "message_vi": "Phiên bản đầu tiên."},
        {**common, "change_id": "1.0.0-00002", "edition": "1.0.0", "edition_date": "2024-01-15", "change": "report_added",
         "reason": "new_report", "table": "reports", "record_id": BG, "report_id": BG, "count": 3,
         "message": f"New report {BG}.", "message_vi": f"Báo cáo mới {BG}."},
        {**common, "change_id": "1.1.0-00001", "edition": "1.1.0", "edition_date": "2024-02-14", "previous_edition": "1.0.0",
         "change": "report_added", "reason": "new_report", "table": "reports", "record_id": BD, "report_id": BD, "count": 7,
         "message": f"New report {BD}: 7 figures <b>", "message_vi": f"Báo cáo mới {BD}: 7 số liệu <b>"},
        {**common, "change_id": "1.1.0-00002", "edition": "1.1.0", "edition_date": "2024-02-14", "previous_edition": "1.0.0",
         "change": "value_changed", "reason": "re_extraction", "table": "indicator_values", "record_id": f"{BD}-r1",
         "report_id": BD, "field": "value", "old_value": "91.34", "new_value": "91.43", "message": "changed", "message_vi": "đổi"},
    ]


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory) -> Layout:
    """The small package as edition 1.1.0 with a record of what changed, built."""
    tables = dean06_tables()
    tables["changes"] = changes_rows()
    layout = Layout(dean06_project(tmp_path_factory.mktemp("editions"), tables))
    path = layout.package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    descriptor.update(version="1.1.0", last_updated="2024-02-14", description="A test package.", description_vi="Gói thử nghiệm.")
    path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")
    generate_site(layout)
    build_site(layout)
    return layout


def jsonld_of(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_data_page_describes_the_dataset_in_schema_org(edition_site, lang):
    prefix = "" if lang == "vi" else "en/"
    html = (edition_site.site / f"{prefix}data/index.html").read_text(encoding="utf-8")
    doc = jsonld_of(html)
    assert doc["@context"] == "https://schema.org" and doc["inLanguage"] == lang
    site = load_site(edition_site)
    graph = Graph().parse(data=json.dumps({**doc, "@context": SCHEMA_CONTEXT}), format="json-ld", publicID=f"{BASE}{prefix}data/")
    datasets = list(graph.subjects(RDF.type, SDO.Dataset))
    assert len(datasets) == 1
    dataset = datasets[0]
    assert graph.value(dataset, SDO.name) == Literal(site.package.title(lang))
    assert str(graph.value(dataset, SDO.version)) == "1.1.0" and str(graph.value(dataset, SDO.dateModified)) == "2024-02-14"
    assert graph.value(dataset, SDO.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(graph.value(dataset, SDO.temporalCoverage)) == "2023-12-16/2024-02-14"
    creator = graph.value(dataset, SDO.creator)
    assert str(graph.value(creator, SDO.name)) == site.config.publisher[lang] and graph.value(dataset, SDO.publisher)
    spatial = graph.value(dataset, SDO.spatialCoverage)
    places = {str(graph.value(p, SDO.name)) for p in graph.objects(spatial, SDO.containsPlace)}
    assert places == ({"Tỉnh Bắc Giang", "Tỉnh Bình Định"} if lang == "vi" else {"Bắc Giang Province", "Bình Định Province"})
    downloads = list(graph.objects(dataset, SDO.distribution))
    tables = len(site.package.resources)
    assert len(downloads) == tables + 4  # each table as CSV, the descriptor, the zip, the JSON zip, the workbook
    formats = sorted(str(graph.value(d, SDO.encodingFormat)) for d in downloads)
    assert formats.count("text/csv") == tables and formats.count("application/json") == 1 and formats.count("application/zip") == 2
    urls = {str(graph.value(d, SDO.contentUrl)) for d in downloads}
    assert f"{BASE}downloads/de-an-06/reports.csv" in urls and f"{BASE}downloads/de-an-06/de-an-06.xlsx" in urls
    for url in urls:  # every address resolves to a file of the built site
        assert (edition_site.site / url[len(BASE):]).is_file(), url


def test_the_dcat_catalogue_in_turtle_and_json_ld(edition_site):
    site_dir = edition_site.site
    turtle = Graph().parse(site_dir / "catalog.ttl", format="turtle", publicID=f"{BASE}catalog.ttl")
    jsonld = Graph().parse(site_dir / "catalog.jsonld", format="json-ld", publicID=f"{BASE}catalog.jsonld")
    catalogs = list(turtle.subjects(RDF.type, DCAT.Catalog))
    datasets = list(turtle.subjects(RDF.type, DCAT.Dataset))
    distributions = list(turtle.subjects(RDF.type, DCAT.Distribution))
    site = load_site(edition_site)
    assert len(catalogs) == 1 and len(datasets) == 1 and len(distributions) == len(site.package.resources) + 4
    assert (catalogs[0], DCAT.dataset, datasets[0]) in turtle
    assert set(turtle.objects(datasets[0], DCAT.distribution)) == set(distributions)
    for subject in catalogs + datasets + distributions:
        titles = {t.language for t in turtle.objects(subject, DCT.title)}
        assert titles == {"vi", "en"}, subject
    for dist in distributions:
        url = turtle.value(dist, DCAT.accessURL)
        assert isinstance(url, URIRef) and str(url).startswith(BASE) and (site_dir / str(url)[len(BASE):]).is_file(), url
        assert turtle.value(dist, DCAT.mediaType) and turtle.value(dist, DCT["format"])
    assert str(turtle.value(datasets[0], DCAT.version)) == "1.1.0"
    assert str(turtle.value(datasets[0], DCT.modified)) == "2024-02-14"
    assert turtle.value(datasets[0], DCT.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    temporal = turtle.value(datasets[0], DCT.temporal)
    assert str(turtle.value(temporal, DCAT.startDate)) == "2023-12-16" and str(turtle.value(temporal, DCAT.endDate)) == "2024-02-14"
    assert isomorphic(turtle, jsonld)  # the two files say the same thing


def test_the_catalogue_with_a_public_address(tmp_path: Path, monkeypatch):
    from generator.site.catalog import catalog_turtle

    monkeypatch.setenv("DEAN06_SITE_URL", "https://data.example.gov.vn/de-an-06/")
    site = load_site(Layout(dean06_project(tmp_path / "p")))
    graph = Graph().parse(data=catalog_turtle(site), format="turtle")  # no base given: @base in the file
    for dist in graph.subjects(RDF.type, DCAT.Distribution):
        assert str(graph.value(dist, DCAT.downloadURL)).startswith("https://data.example.gov.vn/de-an-06/downloads/de-an-06/")


def test_every_page_names_its_counterparts_with_hreflang(edition_site):
    site_dir = edition_site.site
    pages = [p for p in site_dir.rglob("index.html") if "pagefind" not in p.parts]
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        links = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
        assert [lang for lang, _ in links] == ["vi", "en", "x-default"], path
        for _, href in links:
            target = (path.parent / href).resolve() / "index.html"
            assert target.is_file(), (path, href)
        rel = path.relative_to(site_dir).as_posix()
        own = dict(links)["en" if rel.startswith("en/") else "vi"]
        assert (path.parent / own).resolve() == path.parent.resolve(), (path, own)
    bundle = next((site_dir / "assets" / "javascripts").glob("bundle.*.js")).read_text(encoding="utf-8")
    assert '"link[rel=alternate]"' not in bundle  # the theme fetches no sitemap below our links


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_edition_has_a_page_and_the_feed_follows_them(edition_site, lang):
    prefix = "" if lang == "vi" else "en/"
    site_dir = edition_site.site
    index = (site_dir / f"{prefix}data/editions/index.html").read_text(encoding="utf-8")
    assert 'href="1.1.0/"' in index and 'href="1.0.0/"' in index
    page = (site_dir / f"{prefix}data/editions/1.1.0/index.html").read_text(encoding="utf-8")
    assert ("Phiên bản 1.1.0 (14/02/2024)" if lang == "vi" else "Edition 1.1.0 (14 Feb 2024)") in page
    assert "91.34" in page and "91.43" in page and f'href="../../../reports/{BD}/#L117"' in page
    assert ("Báo cáo mới" if lang == "vi" else "New report") in page and "7 figures <b>" not in page  # escaped
    assert ("Đọc lại báo cáo" if lang == "vi" else "Report read again") in page
    footer = "Dữ liệu: phiên bản 1.1.0, cập nhật 14/02/2024" if lang == "vi" else "Data: edition 1.1.0, updated 14 Feb 2024"
    for path in ("", "indicators/digitisation_rate/", f"reports/{BD}/", "places/binh-dinh/", "data/editions/1.0.0/"):
        assert footer in (site_dir / f"{prefix}{path}index.html").read_text(encoding="utf-8"), path
    feed = ET.parse(site_dir / f"feeds/editions.{lang}.atom").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.tag == f"{atom}feed" and feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = feed.findall(f"{atom}entry")
    assert [e.find(f"{atom}updated").text for e in entries] == ["2024-02-14T00:00:00Z", "2024-01-15T00:00:00Z"]
    assert all(e.find(f"{atom}id").text.startswith("urn:uuid:") for e in entries)
    link = entries[0].find(f"{atom}link").get("href")
    assert (site_dir / "feeds" / link).resolve() == (site_dir / f"{prefix}data/editions/1.1.0").resolve()
    assert 'type="application/atom+xml" title=' in (site_dir / f"{prefix}index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_page_names_the_edition_its_figures_come_from(edition_site, lang):
    """Bắc Giang's report came in edition 1.0.0 and has not changed since: its report and
    place pages and the citations of its figures name 1.0.0, so edition 1.1.0 (which added
    Bình Định's report) did not rewrite them (issue 13); pages over every report name the
    package's edition."""
    prefix = "" if lang == "vi" else "en/"
    site_dir = edition_site.site
    old = "Dữ liệu: phiên bản 1.0.0, cập nhật 15/01/2024" if lang == "vi" else "Data: edition 1.0.0, updated 15 Jan 2024"
    new = "Dữ liệu: phiên bản 1.1.0, cập nhật 14/02/2024" if lang == "vi" else "Data: edition 1.1.0, updated 14 Feb 2024"
    for path in (f"reports/{BG}/", "places/bac-giang/"):
        html = (site_dir / f"{prefix}{path}index.html").read_text(encoding="utf-8")
        assert old in html and new not in html, path
    assert new in (site_dir / f"{prefix}indicators/index.html").read_text(encoding="utf-8")
    page = (site_dir / f"{prefix}indicators/digitisation_rate/index.html").read_text(encoding="utf-8")
    cited = re.findall(r'<details class="cite".*?</details>', page, re.S)
    edition_of = {"1.0.0": "phiên bản 1.0.0" if lang == "vi" else "edition 1.0.0", "1.1.0": "phiên bản 1.1.0" if lang == "vi" else "edition 1.1.0"}
    assert sorted(next(v for v, text in edition_of.items() if text in c) for c in cited) == ["1.0.0", "1.1.0", "1.1.0"]
