"""generate_site on a small Đề án 06 package: the page URL scheme in both languages, escaping,
provenance anchors, redaction, per-chart CSV, place pages, stamped report pages, and
rewriting only what changed."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from generator import cache, deps
from generator.paths import Layout
from generator.site import generate_site, rawblocks
from generator.site.generate import load_site
from site_fixtures import BD, BG, dean06_project, dean06_tables

PAGES = ["", "indicators", "indicators/digitisation_rate", "indicators/id_cards_collected", "services",
         "services/birth_registration", "models", "models/m-one", "models/m-two", "tasks", "places",
         "places/_stamp_", "reports", "reports/_stamp_", "data", "data/reports", "quality",
         "about", "search"]
GONE = ["tasks/binh-dinh", "reports/in/binh-dinh", "quality/binh-dinh", "indicators/digitisation_rate/binh-dinh"]


def page(layout: Layout, lang: str, path: str) -> str:
    return rawblocks.whole(layout.site_src / "docs", layout.site_src / "docs" / lang / path / "index.md")


def stamped(layout: Layout, lang: str, path: str) -> tuple[dict, str]:
    """(title and description, HTML body) of a stamped page (a report)."""
    import json

    meta, body = (layout.site_src / "stamps" / lang / f"{path}.html").read_text(encoding="utf-8").split("\n", 1)
    return json.loads(meta), body


def configure(layout: Layout, slug: str, **values) -> None:
    import yaml

    config = yaml.safe_load((layout.root / "site_config.yml").read_text(encoding="utf-8"))
    next(s for s in config["sections"] if s["slug"] == slug).update(values)
    (layout.root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_exists_with_a_title(dean06_layout, lang, path):
    text = page(dean06_layout, lang, path)
    assert text.startswith("---\n") and "\ntitle: " in text.split("---", 2)[1]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_place_pages_replace_the_pages_by_place(dean06_layout, lang):
    for path in GONE:
        assert not (dean06_layout.site_src / "docs" / lang / path).exists(), path
    for place in ("binh-dinh", "bac-giang"):
        meta, text = stamped(dean06_layout, lang, f"places/{place}")
        assert meta["title"] and text.count('<h1 id="title">') == 1
        for anchor in ("indicators", "services", "models", "tasks", "reports", "quality"):
            assert f'<h2 id="{anchor}">' in text, anchor
    template = page(dean06_layout, lang, "places/_stamp_")
    assert all(f"{{#{anchor}}}" in template for anchor in ("indicators", "services", "models", "tasks", "reports", "quality"))
    _, text = stamped(dean06_layout, lang, "places/binh-dinh")
    assert 'href="../../indicators/digitisation_rate/"' in text and f'href="../../reports/{BD}/#L117"' in text
    assert (dean06_layout.site_src / f"docs/tables/indicators/by-place/binh-dinh.{lang}.csv").is_file()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_pages_are_stamped_with_a_title(dean06_layout, lang):
    for doc in (BD, BG):
        meta, body = stamped(dean06_layout, lang, f"reports/{doc}")
        assert meta["title"] and "<" not in meta["title"] and ">" not in meta["title"]
        assert body.count('<h1 id="title">') == 1 and 'id="extracted"' in body and 'id="text"' in body
    template = page(dean06_layout, lang, "reports/_stamp_")
    assert "@@stamp-title@@ {#title}" in template and "{#extracted}" in template and "{#text}" in template


def test_generated_config_and_readme(dean06_layout):
    src = dean06_layout.site_src
    config = (src / "mkdocs.yml").read_text(encoding="utf-8")
    assert "font: false" in config and "navigation.prune" in config and "repo_url" not in config
    assert "search" not in re.findall(r"^  - (\w+)", config, re.M)  # no lunr search plugin
    assert (src / "README.md").is_file() and (src / "hooks.py").is_file() and (src / "overrides" / "main.html").is_file()


def test_no_raw_markup_from_the_package(dean06_layout):
    for md in (dean06_layout.site_src / "docs").rglob("*.md"):
        text = rawblocks.whole(dean06_layout.site_src / "docs", md)
        assert "<script>" not in text, md


def test_titles_have_no_markup(dean06_layout):
    front = page(dean06_layout, "vi", "models/m-one").split("---", 2)[1]
    assert "<" not in front and ">" not in front


def test_provenance_links_land_on_line_anchors(dean06_layout):
    indicator = page(dean06_layout, "vi", "indicators/digitisation_rate")
    assert f'href="../../reports/{BD}/#L117"' in indicator and f'href="../../reports/{BG}/#L95"' in indicator
    english = page(dean06_layout, "en", "indicators/digitisation_rate")
    assert f'href="../../reports/{BD}/#L117"' in english  # en/indicators/x -> en/reports/y
    _, report = stamped(dean06_layout, "vi", f"reports/{BD}")
    assert 'id="L117"' in report and 'id="L115"' in report and 'id="L119"' in report  # cited, and 2 lines around
    assert 'id="L1"' not in report and '<span class="gap">…</span>' in report


def test_report_text_redacts_the_signature_block(tmp_path: Path):
    layout = Layout(dean06_project(tmp_path / "p"))
    configure(layout, "reports", context=100000)  # every line shown
    generate_site(layout)
    vi, en = stamped(layout, "vi", f"reports/{BD}")[1], stamped(layout, "en", f"reports/{BD}")[1]
    assert 'id="L1"' in vi and "gap" not in vi
    line_239 = re.search(r'<span id="L239">.*?</span>', vi).group(0)
    assert "[đã ẩn thông tin cá nhân]" in line_239 and "Nơi nhận" not in line_239
    assert "[personal data removed]" in en
    assert "thoaidx@" not in vi and "Võ Gia Nghĩa" not in vi


def test_indicator_page_has_chart_table_text_alternative_and_flags(dean06_layout):
    text = page(dean06_layout, "vi", "indicators/digitisation_rate")
    assert re.search(r'<img src="../../charts/indicators/digitisation_rate.vi.svg" alt="[^"]+"', text)
    english = page(dean06_layout, "en", "indicators/digitisation_rate")
    assert '<img src="../../../charts/indicators/digitisation_rate.en.svg"' in english
    assert '<table class="data' in text and 'class="summary"' in text
    assert "Tỷ lệ không khớp" in text  # the quality flag on this indicator's value
    docs = dean06_layout.site_src / "docs"
    assert (docs / "charts/indicators/digitisation_rate.vi.svg").read_text(encoding="utf-8").startswith("<svg")


def test_chart_csv_is_exactly_the_chart_and_spreadsheet_safe(dean06_layout):
    path = dean06_layout.site_src / "docs/charts/indicators/digitisation_rate.en.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert sorted(r["value"] for r in rows) == ["70", "80.5", "91.43"]
    assert {r["report_id"] for r in rows} == {BD, BG}


def test_downloads_are_the_package_files(dean06_layout):
    docs = dean06_layout.site_src / "docs" / "downloads" / "de-an-06"
    package = dean06_layout.package
    for name in ("datapackage.json", "plan_tasks.csv", f"originals/{'000_3285350e42ccdccd.txt'}"):
        assert (docs / name).read_bytes() == (package / name).read_bytes()
    assert (docs / "de-an-06-json.zip").is_file() and (docs / "de-an-06.zip").is_file()
    assert [p.name for p in docs.glob("*.json")] == ["datapackage.json"]  # no JSON copy beside each CSV
    text = (docs / "plan_tasks.csv").read_text(encoding="utf-8")
    assert "=HYPERLINK(" in text and "'=HYPERLINK(" not in text  # text as read: spreadsheet safety lives in the workbook


def test_unmatched_models_and_printed_counts_are_shown(dean06_layout):
    text = page(dean06_layout, "en", "models")
    assert "Mô hình lạ" in text and "Completed: 1" in text


def test_generation_is_deterministic_and_rewrites_only_what_changed(tmp_path: Path):
    layout = Layout(dean06_project(tmp_path / "p"))
    first = generate_site(layout)
    assert first[0] > 0 and first[2] == 0
    assert generate_site(layout) == (0, first[0], 0)
    tables = dean06_tables()
    tables["indicator_values"].append(dict(tables["indicator_values"][3], record_id=f"{BG}-r9", report_id=BG, value=100))
    dean06_project(layout.root, tables)
    written, unchanged, removed = generate_site(layout)
    assert 0 < written < unchanged / 4 and removed == 0


def test_large_entities_list_the_latest_per_place(tmp_path: Path):
    """Above `page_rows` values an indicator page lists the latest value per series, links
    the place pages and offers every value as a CSV (national scale)."""
    layout = Layout(dean06_project(tmp_path / "p"))
    configure(layout, "indicators", page_rows=1)
    configure(layout, "models", page_rows=1)
    generate_site(layout)
    main = page(layout, "en", "indicators/digitisation_rate")
    assert "Latest value of each series" in main and 'href="../../places/binh-dinh/"' in main
    assert 'href="../../../tables/indicators/digitisation_rate.en.csv"' in main
    rows = list(csv.DictReader((layout.site_src / "docs/tables/indicators/digitisation_rate.en.csv").open(encoding="utf-8")))
    assert sorted(r["value"] for r in rows) == ["70", "80.5", "91.43"]
    assert not (layout.site_src / "docs/vi/indicators/digitisation_rate/binh-dinh").exists()


def test_lines_the_package_blanked_show_the_page_language_label(tmp_path: Path):
    import yaml

    from generator.texts import PLACEHOLDER

    layout = Layout(dean06_project(tmp_path / "p"))
    text = layout.package / "originals" / "000_3285350e42ccdccd.txt"
    lines = text.read_text(encoding="utf-8").split("\n")
    lines[9] = PLACEHOLDER
    text.write_text("\n".join(lines), encoding="utf-8")
    config = yaml.safe_load((layout.root / "site_config.yml").read_text(encoding="utf-8"))
    assert any(s.get("placeholder") == PLACEHOLDER for s in config["sections"])
    configure(layout, "reports", context=100000)
    generate_site(layout)
    vi, en = stamped(layout, "vi", f"reports/{BD}")[1], stamped(layout, "en", f"reports/{BD}")[1]
    assert '<span id="L10"><a href="#L10">10</a><em>[đã ẩn thông tin cá nhân]</em></span>' in vi
    assert '<span id="L10"><a href="#L10">10</a><em>[personal data removed]</em></span>' in en


def from_the_cache(layout: Layout) -> None:
    """The next run takes unchanged pages from the page cache: without the file record
    (filerecord.py) it keeps none from site_src/."""
    deps.forget(layout, "site-files")


def test_report_pages_are_rendered_again_only_when_their_inputs_change(tmp_path: Path):
    """The page cache (pagecache.py): an unchanged report's page is taken from the cache;
    a change to its rows, or to a site-wide input (a label), renders it again."""
    layout = Layout(dean06_project(tmp_path / "p"))
    generate_site(layout)
    entries = sorted((layout.cache / "site" / "pages" / "documents").iterdir())
    assert len(entries) == 2 * len(list((layout.site_src / "stamps" / "vi" / "reports").iterdir()))
    for entry in entries:  # mark every entry: what comes from the cache shows the mark
        cache.write_text(entry, cache.read_text(entry) + "<!--cached-->")
    generate_site(layout)  # the page in site_src/ was made from the same key: kept, the cache not even read
    assert "<!--cached-->" not in stamped(layout, "en", f"reports/{BG}")[1]
    from_the_cache(layout)
    generate_site(layout)
    assert "<!--cached-->" in stamped(layout, "en", f"reports/{BG}")[1]
    tables = dean06_tables()
    tables["indicator_values"].append(dict(tables["indicator_values"][3], record_id=f"{BG}-r9", report_id=BG, value=100))
    dean06_project(layout.root, tables)
    generate_site(layout)
    assert "<!--cached-->" not in stamped(layout, "en", f"reports/{BG}")[1]  # its rows changed
    assert "<!--cached-->" in stamped(layout, "en", f"reports/{BD}")[1]
    texts = layout.root / "site_config.yml"
    texts.write_text(texts.read_text(encoding="utf-8") + "\n# a change to the config\n", encoding="utf-8")
    generate_site(layout)
    assert "<!--cached-->" not in stamped(layout, "en", f"reports/{BD}")[1]
    assert len(list((layout.cache / "site" / "pages" / "documents").iterdir())) == len(entries)  # unused entries pruned


def test_place_pages_are_rendered_again_only_when_their_rows_change(tmp_path: Path):
    layout = Layout(dean06_project(tmp_path / "p"))
    generate_site(layout)
    for entry in (layout.cache / "site" / "pages" / "places").iterdir():  # entries as the cache writes them
        cache.write_text(entry, cache.read_text(entry) + "<!--cached-->")
    from_the_cache(layout)
    generate_site(layout)
    assert "<!--cached-->" in stamped(layout, "vi", "places/bac-giang")[1]
    tables = dean06_tables()
    tables["indicator_values"].append(dict(tables["indicator_values"][3], record_id=f"{BG}-r9", report_id=BG, value=100))
    dean06_project(layout.root, tables)
    generate_site(layout)
    assert "<!--cached-->" not in stamped(layout, "vi", "places/bac-giang")[1]  # a value of Bắc Giang changed
    assert "<!--cached-->" in stamped(layout, "vi", "places/binh-dinh")[1]


def test_the_json_zip_holds_every_table_and_follows_its_changes(tmp_path: Path):
    """Every table as JSON, in one optional zip (no JSON copy beside each CSV): the same
    bytes for the same package, and a row added to a table is in it after the next run."""
    import json
    import zipfile

    layout = Layout(dean06_project(tmp_path / "p"))
    path = layout.site_src / "docs/downloads/de-an-06/de-an-06-json.zip"
    generate_site(layout)
    first = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        rows = json.loads(archive.read("de-an-06-json/indicator_values.json"))
    assert names[0] == "de-an-06-json/datapackage.json"
    assert sorted(names[1:]) == sorted(f"de-an-06-json/{t}.json" for t in load_site(layout).package.resources)
    assert [r["record_id"] for r in rows] == [r["record_id"] for r in load_site(layout).package.resource("indicator_values").rows]
    generate_site(layout)
    assert path.read_bytes() == first
    tables = dean06_tables()
    tables["indicator_values"].append(dict(tables["indicator_values"][3], record_id=f"{BG}-r9", report_id=BG, value=100))
    dean06_project(layout.root, tables)
    generate_site(layout)
    with zipfile.ZipFile(path) as archive:
        assert f'"{BG}-r9"' in archive.read("de-an-06-json/indicator_values.json").decode("utf-8")


def test_the_checkouts_mkdocs_yml_gives_the_theme_and_keeps_generated_keys_out(tmp_path: Path):
    """mkdocs.yml (data-independent settings) is read, merged with what site_config.yml and
    the package give, and written to site_src/mkdocs.yml; a missing file or a key the
    generator owns stops the run naming the file."""
    import yaml

    from generator.errors import InputError

    layout = Layout(dean06_project(tmp_path / "p"))
    base = layout.root / "mkdocs.yml"
    settings = yaml.safe_load(base.read_text(encoding="utf-8"))
    settings["theme"]["palette"]["primary"] = "teal"
    base.write_text(yaml.safe_dump(settings), encoding="utf-8")
    generate_site(layout)
    made = (layout.site_src / "mkdocs.yml").read_text(encoding="utf-8")
    assert "primary: teal" in made and "font: false" in made and "locale: en" in made
    written = yaml.safe_load(made.replace("!!python/name:generator.site.slug.toc_slugify", ""))
    assert written["theme"]["language"] == "vi" and written["extra_css"] == ["assets/site.css"]
    assert [next(iter(e)) if isinstance(e, dict) else e for e in written["markdown_extensions"]] == ["attr_list", "toc"]
    settings["site_url"] = "https://example.gov.vn/"
    base.write_text(yaml.safe_dump(settings), encoding="utf-8")
    with pytest.raises(InputError, match="site_url: set by the generator"):
        generate_site(layout)
    base.unlink()
    with pytest.raises(InputError, match="missing"):
        generate_site(layout)


@pytest.mark.parametrize("in_parts", [False, True], ids=["one-file", "one-file-per-edition"])
def test_a_new_edition_keeps_the_cached_pages(tmp_path: Path, in_parts: bool):
    """What every added report changes and no cached page reads (the descriptor's sources,
    `created`, version and last-updated date, the `changes` table, and with the table in
    parts the list of its files) keeps the cache: after an add only the pages whose rows
    changed are rendered again (issue 13)."""
    import json

    def change(edition: str, report: str, n: int = 1) -> str:
        return (f"{edition}-{n:05d},{edition},2024-02-14,,report_added,new_report,reports,{report},{report},,,,1,"
                f"New report {report}.,Báo cáo mới {report}.\n")

    layout = Layout(dean06_project(tmp_path / "p"))
    descriptor_path = layout.package / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor.update(version="1.0.0", last_updated="2024-02-14")
    record = next(r for r in descriptor["resources"] if r["name"] == "changes")
    header = (layout.package / "changes.csv").read_text(encoding="utf-8")

    def add_edition(edition: str, rows: str) -> None:
        if in_parts:  # generator/editions.py: one file per edition, listed in version order
            (layout.package / "changes").mkdir(exist_ok=True)
            (layout.package / "changes" / f"{edition}.csv").write_text(header + rows, encoding="utf-8")
            record["path"] = [p for p in record["path"] if p != "changes.csv"] if isinstance(record["path"], list) else []
            record["path"].append(f"changes/{edition}.csv")
        else:
            with open(layout.package / "changes.csv", "a", encoding="utf-8") as handle:
                handle.write(rows)
        descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")

    if in_parts:
        (layout.package / "changes.csv").unlink()
    add_edition("1.0.0", change("1.0.0", BD) + change("1.0.0", BG, 2))  # the edition each report came in
    generate_site(layout)
    entries = [e for name in ("documents", "places") for e in (layout.cache / "site" / "pages" / name).iterdir()]
    for entry in entries:
        cache.write_text(entry, cache.read_text(entry) + "<!--cached-->")
    descriptor.update(created="2024-03-01T00:00:00Z", version="1.1.0", last_updated="2024-03-01",
                      sources=[{"title": "new.txt", "path": "texts/new.txt", "sha256": "0" * 64}])
    add_edition("1.1.0", change("1.1.0", "x"))
    from_the_cache(layout)
    generate_site(layout)
    for lang in ("vi", "en"):
        for path in (f"reports/{BD}", f"reports/{BG}", "places/binh-dinh", "places/bac-giang"):
            assert "<!--cached-->" in stamped(layout, lang, path)[1], (lang, path)
    descriptor["resources"][0]["title"] = "Another title"  # what pages do read
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")
    generate_site(layout)
    assert "<!--cached-->" not in stamped(layout, "vi", f"reports/{BD}")[1]
