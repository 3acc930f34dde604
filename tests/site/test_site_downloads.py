"""Downloads a journalist can use as they are: every CSV the site offers for a chart, a
place or an indicator is usable alone (names in the page's language, unit, dates, scope,
value as printed, flags, the source line and quote, a link and a citation), the workbook
keeps text as text, the zip holds the whole package, citations carry the edition and
never a placeholder address, and figures side by side say when they do not compare."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.paths import Layout
from generator.site import generate_site, rawblocks
from generator.site.generate import load_site
from tests import package_tables
from site_fixtures import BD, BG, FORMULA, dean06_project, dean06_tables

ROOT = Path(__file__).resolve().parents[2]
VIEW_COLUMNS = ["place_id", "place_name", "period_start", "period_end", "cut_off_date", "cut_off_basis", "scope", "scope_name",
                "unit", "unit_name", "value", "value_printed", "numerator", "denominator", "quality_flags", "quality_flag_ids",
                "report_id", "report_number", "report_date", "issuer", "source_line", "source_quote", "source_url", "citation",
                "record_id"]


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def page_text(layout: Layout, rel: str) -> str:
    """A generated page's Markdown with its HTML blocks in place (rawblocks.py)."""
    return rawblocks.whole(layout.site_src / "docs", layout.site_src / "docs" / rel)


def generated(layout: Layout) -> list[Path]:
    return [p for p in layout.site_src.rglob("*") if p.is_file() and p.suffix in (".md", ".csv", ".html", ".json", ".atom", ".ttl",
                                                                                   ".jsonld", ".yml")]


# -- self-contained views -----------------------------------------------------------------
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_csv_the_site_offers_explains_itself(dean06_layout, lang):
    docs = dean06_layout.site_src / "docs"
    paths = [docs / f"charts/indicators/digitisation_rate.{lang}.csv", docs / f"tables/indicators/digitisation_rate.{lang}.csv",
             docs / f"tables/indicators/by-place/binh-dinh.{lang}.csv", docs / f"tables/services/by-place/bac-giang.{lang}.csv",
             docs / f"tables/services/birth_registration.{lang}.csv"]
    for path in paths:
        found = rows(path)
        assert found, path
        assert [c for c in VIEW_COLUMNS if c not in found[0]] == [], path
        for row in found:
            assert row["place_name"] and row["unit"] and row["unit_name"] and row["citation"] and row["source_quote"], path
            assert row["source_url"].startswith(("reports/" if lang == "vi" else "en/reports/")) and "#L" in row["source_url"]
            assert f"#L{row['source_line']}" in row["source_url"] and row["source_url"] in row["citation"]
    place = rows(docs / f"tables/indicators/by-place/binh-dinh.{lang}.csv")
    names = {r["indicator_name"] for r in place}
    assert names == ({"Tỷ lệ số hóa hồ sơ", "Hồ sơ căn cước đã thu nhận"} if lang == "vi" else
                     {"Digitisation rate", "Identity card applications collected"})
    counted = next(r for r in place if r["indicator_id"] == "id_cards_collected")
    assert (counted["value"], counted["value_printed"], counted["unit"], counted["unit_name"]) == \
        ("24657", "24.657", "count", "số lượng" if lang == "vi" else "count")
    assert (counted["cut_off_date"], counted["cut_off_basis"], counted["period_start"]) == ("2024-02-14", "period_end", "2024-01-15")
    flagged = next(r for r in place if r["record_id"] == f"{BD}-r2")
    assert (flagged["quality_flags"], flagged["quality_flag_ids"]) == ("rate_mismatch", f"{BD}-r50")


def test_a_rate_the_report_printed_is_never_blank(tmp_path: Path):
    """A service result with a printed rate and no counts (Bắc Giang's list of rates): the
    view's value is the printed rate; one with counts only: the computed rate, marked so."""
    tables = dean06_tables()
    tables["service_results"][1].update(total=None, online=None, offline=None, online_rate_reported=100, online_rate=None)
    tables["service_results"][0].update(online_rate_reported=None)
    layout = Layout(dean06_project(tmp_path / "p", tables))
    generate_site(layout)
    for lang in ("vi", "en"):
        printed = rows(layout.site_src / f"docs/tables/services/by-place/bac-giang.{lang}.csv")
        assert [(r["value"], r["value_basis"], r["online_rate_reported"]) for r in printed] == [("100", "printed", "100")]
        computed = rows(layout.site_src / f"docs/tables/services/by-place/binh-dinh.{lang}.csv")
        assert [(r["value"], r["value_basis"], r["numerator"], r["denominator"]) for r in computed] == [("90", "computed", "90", "100")]
    chart = rows(layout.site_src / "docs/charts/services/birth_registration.en.csv")
    assert sorted(r["value"] for r in chart) == ["100", "90"]


def _add_columns(layout: Layout, table: str, columns: dict[str, str], value) -> None:
    """New columns (name -> type) in a package table and its schema; value(row, name)
    gives each row's cell."""
    path = layout.package / f"{table}.csv"
    found = rows(path)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(found[0]) + list(columns), lineterminator="\n")
    writer.writeheader()
    for row in found:
        writer.writerow({**row, **{name: value(row, name) for name in columns}})
    path.write_text(buffer.getvalue(), encoding="utf-8")
    descriptor = json.loads((layout.package / "datapackage.json").read_text(encoding="utf-8"))
    fields = next(r for r in descriptor["resources"] if r["name"] == table)["schema"]["fields"]
    fields += [{"name": name, "type": kind} for name, kind in columns.items()]
    (layout.package / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")


def _add_reader_columns(layout: Layout, cut_off: dict[str, str], scope: dict[str, str]) -> None:
    """The reader rewrite's columns: each figure's own cut-off date and scope."""
    given = {"cut_off_date": cut_off, "scope": scope}
    _add_columns(layout, "indicator_values", {"cut_off_date": "date", "scope": "string"},
                 lambda row, name: given[name].get(row["record_id"], ""))


def test_a_figures_own_cut_off_date_and_scope_are_used_when_the_table_has_them(tmp_path: Path):
    layout = Layout(dean06_project(tmp_path / "p"))
    _add_reader_columns(layout, {f"{BD}-r1": "2024-02-10"}, {f"{BG}-r1": "police", f"{BD}-r1": "all"})
    generate_site(layout)
    found = {r["record_id"]: r for r in rows(layout.site_src / "docs/tables/indicators/digitisation_rate.en.csv")}
    assert (found[f"{BD}-r1"]["cut_off_date"], found[f"{BD}-r1"]["cut_off_basis"]) == ("2024-02-10", "cut_off_date")
    assert (found[f"{BG}-r1"]["cut_off_date"], found[f"{BG}-r1"]["cut_off_basis"]) == ("2024-01-15", "period_end")
    assert found[f"{BG}-r1"]["scope"] == "police" and found[f"{BD}-r1"]["scope_name"] == "Whole place"
    page = page_text(layout, "en/indicators/digitisation_rate/index.md")
    assert "10 Feb 2024" in page  # the chart and table place the figure at its own date
    assert "Compare with care:" in page and "Police (1)" in page  # scopes differ on one chart


def test_figures_far_apart_or_of_other_scopes_say_so(tmp_path: Path):
    tables = dean06_tables()
    tables["reports"][1].update(period_start="2025-01-01", period_end="2025-01-31", reference_date="2025-01-31")
    tables["service_results"][1]["scope"] = "police"
    layout = Layout(dean06_project(tmp_path / "p", tables))
    generate_site(layout)
    vi = page_text(layout, "vi/services/birth_registration/index.md")
    en = page_text(layout, "en/services/birth_registration/index.md")
    assert "Lưu ý khi so sánh:" in vi and "Toàn địa bàn (1)" in vi and "Ngành công an (1)" in vi
    assert "Compare with care:" in en and "Whole place (1)" in en and "Police (1)" in en
    home = page_text(layout, "en/index.md")
    assert "their dates are 352 days apart (14 Feb 2024 to 31 Jan 2025), more than one reporting period" in home


def test_no_compare_note_when_figures_compare(dean06_layout):
    text = page_text(dean06_layout, "en/services/birth_registration/index.md")
    assert "Compare with care" not in text


# -- citations and addresses --------------------------------------------------------------
def test_a_local_build_names_no_address(dean06_layout):
    for path in generated(dean06_layout):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "example.org" not in text and "de-an-06.example" not in text, path


def test_each_figure_has_a_citation_in_each_language(dean06_layout):
    vi = page_text(dean06_layout, "vi/indicators/digitisation_rate/index.md")
    en = page_text(dean06_layout, "en/indicators/digitisation_rate/index.md")
    assert vi.count('<details class="cite" data-pagefind-ignore><summary>Trích dẫn</summary>') == 3
    assert en.count('<details class="cite" data-pagefind-ignore><summary>Cite</summary>') == 3
    cite = re.search(r'<details class="cite" data-pagefind-ignore><summary>Cite</summary>\s*<p>(.*?)</p>\s*</details>', en).group(1)
    assert "Monthly report (no number, undated) (period 16 Dec 2023 – 15 Jan 2024), line 95" in cite
    assert '“<span lang="vi">Tỷ lệ số hóa 80,5%</span>”' in cite and f"en/reports/{BG}/#L95" in cite


def test_report_pages_cite_the_report(dean06_layout):
    text = (dean06_layout.site_src / f"stamps/en/reports/{BG}.html").read_text(encoding="utf-8")
    assert '<p class="cite-report"><strong>Cite this report</strong> <span lang="vi">Tổ công tác</span>, Monthly report ' \
           '(no number, undated) (period 16 Dec 2023 – 15 Jan 2024): <span lang="vi">Báo cáo tháng</span>.</p>' in text


def test_dataset_citations_with_a_public_address(tmp_path: Path, monkeypatch):
    import yaml

    from generator.site import citation

    layout = Layout(dean06_project(tmp_path / "p"))
    path = layout.package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**descriptor, "version": "3.1.4", "last_updated": "2024-02-20"}), encoding="utf-8")
    monkeypatch.setenv("DEAN06_SITE_URL", "https://data.example.gov.vn/de-an-06")
    site = load_site(layout)
    assert site.config.site_url == "https://data.example.gov.vn/de-an-06/"
    assert citation.apa(site, "en") == ("Đề án 06 Open Data. (2024). Test package (Version 3.1.4) [Data set]. "
                                        "https://data.example.gov.vn/de-an-06/en/data/")
    assert citation.apa(site, "vi").endswith("(Phiên bản 3.1.4) [Bộ dữ liệu]. https://data.example.gov.vn/de-an-06/data/")
    cff = yaml.safe_load(citation.cff(site, "vi"))
    assert (cff["cff-version"], cff["type"], cff["version"], cff["date-released"], cff["license"]) == \
        ("1.2.0", "dataset", "3.1.4", "2024-02-20", "CC-BY-4.0")
    assert cff["title"] == "Gói thử" and cff["url"] == "https://data.example.gov.vn/de-an-06/data/"
    bib = citation.bibtex(site, "en")
    assert bib.startswith("@misc{de-an-06-3-1-4,") and "version = {3.1.4}" in bib and bib.count("{") == bib.count("}")
    row = site.rows("indicator_values")[0]
    assert site.figures.figure_citation(row, "en").endswith(f"https://data.example.gov.vn/de-an-06/en/reports/{BG}/#L95")


def test_without_an_address_citations_carry_none(dean06_layout):
    from generator.site import citation

    site = load_site(dean06_layout)
    for lang in ("vi", "en"):
        for text in (citation.apa(site, lang), citation.bibtex(site, lang), citation.cff(site, lang), citation.text(site, lang)):
            assert "http" not in text, text


def test_a_deployment_build_needs_the_public_address(tmp_path: Path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.delenv("DEAN06_SITE_URL", raising=False)
    layout = Layout(dean06_project(tmp_path / "p"))
    with pytest.raises(InputError, match="site_url is not set"):
        generate_site(layout, deploy=True)
    result = CliRunner().invoke(cli, ["--root", str(layout.root), "site", "--deploy"])
    assert result.exit_code == 1 and "site_url is not set" in result.output
    monkeypatch.setenv("DEAN06_SITE_URL", "https://de-an-06.example.org/")
    with pytest.raises(InputError, match="placeholder"):
        generate_site(layout, deploy=True)
    assert not layout.site_src.exists()


# -- workbook and zip ---------------------------------------------------------------------
def test_the_workbook_keeps_text_as_text_and_numbers_as_numbers(dean06_layout):
    from openpyxl import load_workbook

    path = dean06_layout.site_src / "docs/downloads/de-an-06/de-an-06.xlsx"
    book = load_workbook(path)
    site = load_site(dean06_layout)
    assert book.sheetnames == ["about", "dictionary"] + list(site.package.resources)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
    tasks = book["plan_tasks"]
    header = [c.value for c in tasks[1]]
    task = tasks.cell(row=2, column=header.index("task") + 1)
    assert task.value == FORMULA and task.data_type == "s" and task.quotePrefix  # exact text, never a formula
    values = book["indicator_values"]
    header = [c.value for c in values[1]]
    numbers = [values.cell(row=r, column=header.index("value") + 1).value for r in range(2, values.max_row + 1)]
    assert sorted(numbers) == [70, 80.5, 91.43, 24657] and all(isinstance(n, (int, float)) for n in numbers)
    reports = book["reports"]
    header = [c.value for c in reports[1]]
    assert reports.cell(row=2, column=header.index("period_end") + 1).value.year == 2024  # a date
    dictionary = book["dictionary"]
    header = [c.value for c in dictionary[1]]
    assert {"title_vi", "title_en", "description_vi", "description_en"} <= set(header)
    entry = next(r for r in dictionary.iter_rows(values_only=True) if r[0] == "reports" and r[1] == "report_id")
    assert entry[header.index("title_vi")] == "Mã báo cáo" or entry[header.index("title_en")]
    about = {r[0]: r[1:] for r in book["about"].iter_rows(values_only=True)}
    assert about["title"] == ("Gói thử", "Test package")


def test_the_workbook_is_byte_identical_for_the_same_package(dean06_layout):
    from datetime import datetime

    from generator.site.downloads import about_lines
    from generator.site.workbook import package_workbook

    site = load_site(dean06_layout)
    make = lambda: package_workbook(load_site(dean06_layout).package, site.config.languages, about_lines(site), datetime(2024, 2, 14))  # noqa: E731
    assert make() == make()


def test_a_table_longer_than_a_sheet_continues_on_further_sheets(dean06_layout):
    """Excel holds 1,048,576 rows a sheet; the national `figures` table has more. Each
    sheet keeps the header row; together they hold every row once, in order; the about
    sheet lists them (here with a limit of 3 rows a sheet)."""
    from datetime import datetime

    from openpyxl import load_workbook

    from generator.site.downloads import about_lines
    from generator.site.workbook import package_workbook

    site = load_site(dean06_layout)
    res = site.package.resources["indicator_values"]
    assert len(res.rows) == 4
    data = package_workbook(site.package, site.config.languages, about_lines(site), datetime(2024, 2, 14), limit=3)
    book = load_workbook(io.BytesIO(data))
    assert [n for n in book.sheetnames if n.startswith("indicator_values")] == ["indicator_values", "indicator_values_2"]
    rows = [r for name in ("indicator_values", "indicator_values_2") for r in book[name].iter_rows(values_only=True)]
    header = list(rows[0])
    assert header == res.field_names and rows[3] == rows[0]  # the header again on the second sheet
    ids = [r[header.index("record_id")] for r in rows if r != rows[0]]
    assert ids == [row["record_id"] for row in res.rows]
    about = {r[0]: r[1:] for r in book["about"].iter_rows(values_only=True)}
    assert about["sheet indicator_values_2"][1].endswith("(2/2)")


def test_the_zip_holds_the_package_and_validates_once_unpacked(tmp_path: Path):
    """On the real package: every file it lists (tables, texts/), and frictionless'
    own command finds it valid."""
    import subprocess
    import sys
    import zipfile

    from generator.site.downloads import package_zip

    site = load_site(Layout(ROOT))
    data = package_zip(site, (2024, 12, 31))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path)
    descriptor = json.loads((tmp_path / "de-an-06" / "datapackage.json").read_text(encoding="utf-8"))
    listed = {r["path"] for r in descriptor["resources"]} | {s["path"] for s in descriptor.get("sources", [])}
    assert {f"de-an-06/{p}" for p in listed} | {"de-an-06/datapackage.json"} <= names
    # one CSV per table: a table the package stores in parts is joined (generator/parts.py)
    assert {r["name"]: r["path"] for r in descriptor["resources"]}["figures"] == "figures.csv"
    assert not any(n.startswith("de-an-06/figures/") for n in names)
    assert (tmp_path / "de-an-06" / "figures.csv").read_text(encoding="utf-8") == package_tables.text(ROOT / "datapackages/de-an-06", "figures")
    assert any(n.startswith("de-an-06/texts/") for n in names)
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", str(tmp_path / "de-an-06" / "datapackage.json")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_indicator_pages_show_the_definition_and_its_scope_note(tmp_path: Path):
    """The indicator code list's definition, and its scope note once it has one
    (scope_note_vi/en, from the code-list rewrite), in the page's language."""
    layout = Layout(dean06_project(tmp_path / "p"))
    notes = {"scope_note_vi": "Hồ sơ của cả ba cấp.", "scope_note_en": "Dossiers of all three levels."}
    _add_columns(layout, "indicators", {"scope_note_vi": "string", "scope_note_en": "string"},
                 lambda row, name: notes[name] if row["indicator_id"] == "digitisation_rate" else "")
    generate_site(layout)
    # one element a line (search snippets keep words apart): compared without the line breaks
    en = page_text(layout, "en/indicators/digitisation_rate/index.md").replace("\n", "")
    vi = page_text(layout, "vi/indicators/digitisation_rate/index.md").replace("\n", "")
    assert "<dt>Definition</dt><dd>Definition</dd><dt>What is counted</dt><dd>Dossiers of all three levels.</dd>" in en
    assert "<dt>Phạm vi đếm</dt><dd>Hồ sơ của cả ba cấp.</dd>" in vi and "Định nghĩa &lt;script&gt;" in vi


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_status_chart_csv_names_places_dates_and_documents(dean06_layout, lang):
    found = rows(dean06_layout.site_src / f"docs/charts/models/latest.{lang}.csv")
    assert found and list(found[0]) == ["place_id", "place_name", "date", "report_id", "status", "status_name", "count",
                                        "source_url", "report_citation"]
    done = next(r for r in found if r["place_id"] == "binh-dinh" and r["status"] == "completed")
    assert (done["date"], done["report_id"], done["count"]) == ("2024-02-14", BD, "1")
    assert done["source_url"] == ("" if lang == "vi" else "en/") + f"reports/{BD}/"
    assert done["status_name"] == ("Đã hoàn thành" if lang == "vi" else "Completed") and "UBND" in done["report_citation"]
