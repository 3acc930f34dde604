"""generate_site on a small Đề án 06 package: the page URL scheme in both languages, escaping,
provenance anchors, redaction, per-chart CSV, and rewriting only what changed."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from generator.paths import Layout
from generator.site import generate_site
from site_fixtures import BD, BG, dean06_project, dean06_tables

PAGES = ["", "indicators", "indicators/digitisation_rate", "indicators/id_cards_collected", "services",
         "services/birth_registration", "models", "models/m-one", "models/m-two", "tasks", "tasks/binh-dinh",
         f"reports/{BD}", f"reports/{BG}", "reports", "reports/in/binh-dinh", "data", "data/reports", "quality",
         "quality/binh-dinh", "about", "search"]


def page(layout: Layout, lang: str, path: str) -> str:
    return (layout.site_src / "docs" / lang / path / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_exists_with_a_title(dean06_layout, lang, path):
    text = page(dean06_layout, lang, path)
    assert text.startswith("---\n") and "\ntitle: " in text.split("---", 2)[1]


def test_generated_config_and_readme(dean06_layout):
    src = dean06_layout.site_src
    config = (src / "mkdocs.yml").read_text(encoding="utf-8")
    assert "font: false" in config and "navigation.prune" in config and "repo_url" not in config
    assert "search" not in re.findall(r"^  - (\w+)", config, re.M)  # no lunr search plugin
    assert (src / "README.md").is_file() and (src / "hooks.py").is_file() and (src / "overrides" / "main.html").is_file()


def test_no_raw_markup_from_the_package(dean06_layout):
    for md in (dean06_layout.site_src / "docs").rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        assert "<script>" not in text, md


def test_titles_have_no_markup(dean06_layout):
    front = page(dean06_layout, "vi", f"reports/{BD}").split("---", 2)[1]
    assert "<" not in front and ">" not in front


def test_provenance_links_land_on_line_anchors(dean06_layout):
    indicator = page(dean06_layout, "vi", "indicators/digitisation_rate")
    assert f'href="../../reports/{BD}/#L117"' in indicator and f'href="../../reports/{BG}/#L95"' in indicator
    english = page(dean06_layout, "en", "indicators/digitisation_rate")
    assert f'href="../../reports/{BD}/#L117"' in english  # en/indicators/x -> en/reports/y
    report = page(dean06_layout, "vi", f"reports/{BD}")
    assert 'id="L117"' in report and 'id="L1"' in report


def test_report_text_redacts_the_signature_block(dean06_layout):
    vi, en = page(dean06_layout, "vi", f"reports/{BD}"), page(dean06_layout, "en", f"reports/{BD}")
    line_239 = re.search(r'<span id="L239">.*?</span>', vi).group(0)
    assert "[đã ẩn thông tin cá nhân]" in line_239 and "Nơi nhận" not in line_239
    assert "[personal data removed]" in en
    assert "thoaidx@" not in vi and "Võ Gia Nghĩa" not in vi


def test_indicator_page_has_chart_table_text_alternative_and_flags(dean06_layout):
    text = page(dean06_layout, "vi", "indicators/digitisation_rate")
    assert re.search(r'<img src="../../charts/indicators/digitisation_rate.vi.svg" alt="[^"]+"', text)
    english = page(dean06_layout, "en", "indicators/digitisation_rate")
    assert '<img src="../../../charts/indicators/digitisation_rate.en.svg"' in english
    assert '<table class="data">' in text and 'class="summary"' in text
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
    assert (docs / "plan_tasks.json").is_file() and (docs / "de-an-06.zip").is_file()
    assert "'=HYPERLINK(" in (docs / "plan_tasks.csv").read_text(encoding="utf-8")


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


def test_large_entities_get_one_page_per_place(tmp_path: Path):
    """Above `page_rows` values an indicator page lists the latest value per series and links
    one page per place (national scale)."""
    import yaml

    layout = Layout(dean06_project(tmp_path / "p"))
    config = yaml.safe_load((layout.root / "site_config.yml").read_text(encoding="utf-8"))
    for section in config["sections"]:
        if section["slug"] in ("indicators", "models"):
            section["page_rows"] = 1
    (layout.root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    generate_site(layout)
    main = page(layout, "en", "indicators/digitisation_rate")
    assert "Latest value of each series" in main and 'href="binh-dinh/"' in main
    place = page(layout, "vi", "indicators/digitisation_rate/binh-dinh")
    assert f'href="../../../reports/{BD}/#L117"' in place and "charts/indicators/digitisation_rate/binh-dinh.vi.csv" in place


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
    generate_site(layout)
    vi, en = page(layout, "vi", f"reports/{BD}"), page(layout, "en", f"reports/{BD}")
    assert '<span id="L10"><a href="#L10">10</a><em>[đã ẩn thông tin cá nhân]</em></span>' in vi
    assert '<span id="L10"><a href="#L10">10</a><em>[personal data removed]</em></span>' in en
