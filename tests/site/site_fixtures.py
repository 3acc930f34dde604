"""Small data packages for the site tests.

- `make_dean06_package`: the Đề án 06 tables (schemas from generator/schemas), a few rows
  each, two real report texts as originals, and hostile strings (HTML, Markdown, attr_list
  braces, a spreadsheet formula) where untrusted report text goes.
- `make_vega_package`: a package made from a dataset bundled with vega-datasets (offline),
  to show the generator knows nothing of Đề án 06.
"""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator import schemas

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "sources" / "reports"
HOSTILE = "<script>alert('x')</script> & *bold* [link](http://evil.example) {: onclick=x}"
FORMULA = "=HYPERLINK(\"http://evil.example\")"
BD, BG = "bd-2024-02", "bg-2024-01"
BD_FILE, BG_FILE = "000_3285350e42ccdccd.txt", "003_1fa459019333d3b8.txt"


def _codelist(name: str, keep: set[str] | None = None, key: str | None = None) -> list[dict[str, Any]]:
    with open(ROOT / "codelists" / f"{name}.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r for r in rows if keep is None or r[key] in keep]


def _fact(report: str, n: int, line: int, quote: str, **values: Any) -> dict[str, Any]:
    return {"record_id": f"{report}-r{n}", "report_id": report, "source_line": line, "source_quote": quote, **values}


def dean06_tables() -> dict[str, list[dict[str, Any]]]:
    sha = {f: hashlib.sha256((REPORTS / f).read_bytes()).hexdigest() for f in (BD_FILE, BG_FILE)}
    report = dict(source_format="txt", report_date="", reference_date_basis="period_end", report_number="",
                  line_count=1, figures_seen=1, figures_captured=1, coverage=1)
    return {
        "reports": [
            {**report, "report_id": BD, "source_file": BD_FILE, "text_file": f"originals/{BD_FILE}", "source_sha256": sha[BD_FILE], "jurisdiction_id": "binh-dinh",
             "jurisdiction_printed": "Bình Định", "report_type": "monthly", "period_start": "2024-01-15",
             "period_end": "2024-02-14", "reference_date": "2024-02-14", "issuer": "UBND", "title": HOSTILE},
            {**report, "report_id": BG, "source_file": BG_FILE, "text_file": f"originals/{BG_FILE}", "source_sha256": sha[BG_FILE], "jurisdiction_id": "bac-giang",
             "jurisdiction_printed": "Bắc Giang", "report_type": "monthly", "period_start": "2023-12-16",
             "period_end": "2024-01-15", "reference_date": "2024-01-15", "issuer": "Tổ công tác", "title": "Báo cáo tháng"},
        ],
        "jurisdictions": _codelist("jurisdictions", {"vn", "binh-dinh", "bac-giang"}, "jurisdiction_id"),
        "units": _codelist("units"),
        "statuses": _codelist("statuses"),
        "checks": _codelist("checks"),
        "indicators": [
            {"indicator_id": "digitisation_rate", "name_vi": "Tỷ lệ số hóa hồ sơ", "name_en": "Digitisation rate", "unit": "percent",
             "direction": "higher_is_better", "topic": "administrative_procedures", "definition_vi": "Định nghĩa " + HOSTILE,
             "definition_en": "Definition", "target": "", "match_keywords": "so hoa", "exclude_keywords": ""},
            {"indicator_id": "id_cards_collected", "name_vi": "Hồ sơ căn cước đã thu nhận", "name_en": "Identity card applications collected",
             "unit": "count", "direction": "higher_is_better", "topic": "identity", "definition_vi": "Số hồ sơ.",
             "definition_en": "Applications.", "target": "", "match_keywords": "can cuoc", "exclude_keywords": ""},
        ],
        "indicator_values": [
            _fact(BG, 1, 95, "Tỷ lệ số hóa 80,5%", indicator_id="digitisation_rate", breakdown="all", value=80.5, unit="percent",
                  value_printed="80,5%", number_style="vi"),
            _fact(BD, 1, 117, "Tỷ lệ số hóa 91,43%", indicator_id="digitisation_rate", breakdown="all", value=91.43, unit="percent",
                  value_printed="91,43%", number_style="vi"),
            _fact(BD, 2, 118, HOSTILE, indicator_id="digitisation_rate", breakdown="commune_level", value=70, unit="percent",
                  value_printed="70%", number_style="plain"),
            _fact(BD, 3, 120, "thu nhận 24.657 hồ sơ", indicator_id="id_cards_collected", breakdown="all", value=24657,
                  unit="count", value_printed="24.657", number_style="vi"),
        ],
        "services": [{"service_id": "birth_registration", "name_vi": "Đăng ký khai sinh", "name_en": "Birth registration",
                      "sector": "justice", "programme_list": "de_an_06_25", "match_keywords": "khai sinh", "aliases": ""}],
        "service_results": [
            _fact(BD, 10, 130, "Đăng ký khai sinh 100 hồ sơ", service_id="birth_registration", service_printed="Đăng ký khai sinh",
                  scope="all", total=100, online=90, offline=10, online_rate_reported=90, online_rate=90, no_dossiers=False),
            _fact(BG, 10, 140, "khai sinh 50", service_id="birth_registration", service_printed="Khai sinh", scope="all",
                  total=50, online=40, offline=10, online_rate_reported=85, online_rate=80, no_dossiers=False),
        ],
        "pilot_models": [{"model_id": "m-one", "name_vi": "Mô hình một", "name_en": "Model one", "group_id": "g1", "match_keywords": "mot"},
                         {"model_id": "m-two", "name_vi": "Mô hình hai", "name_en": "Model two", "group_id": "g1", "match_keywords": "hai"}],
        "pilot_model_local_numbers": [{"jurisdiction_id": "binh-dinh", "local_number": 1, "model_id": "m-one", "plan": "QĐ 1"}],
        "pilot_model_status": [
            _fact(BD, 20, 150, "Mô hình 1: đã hoàn thành", model_id="m-one", local_number=1, name_printed="Mô hình 1", group="I",
                  status="completed", status_printed="đã hoàn thành", results=HOSTILE, difficulties="Thiếu kinh phí", funding="",
                  source_kind="table"),
            _fact(BD, 21, 151, "Mô hình 1", model_id="m-one", local_number=1, name_printed="Mô hình 1", group="I",
                  status="completed", status_printed="hoàn thành", results="", difficulties="", funding="", source_kind="list"),
            _fact(BG, 20, 160, "Mô hình 2 đang triển khai", model_id="m-two", local_number=2, name_printed="Mô hình 2", group="",
                  status="in_progress", status_printed="đang triển khai", results="", difficulties="", funding="", source_kind="footnote"),
            _fact(BG, 21, 161, "Mô hình lạ", model_id="", local_number=9, name_printed="Mô hình lạ", group="",
                  status="not_started", status_printed="chưa triển khai", results="", difficulties="", funding="", source_kind="footnote"),
        ],
        "status_counts": [_fact(BD, 30, 149, "01 mô hình hoàn thành", subject="pilot_models", status="completed", count=1, listed_numbers="1")],
        "plan_tasks": [
            _fact(BD, 40, 300, FORMULA, task_number=1, group="I", task=FORMULA, lead_unit="Công an tỉnh", deadline="2024",
                  status="completed", result=HOSTILE),
            _fact(BD, 41, 301, "Nhiệm vụ 2", task_number=2, group="I", task="Nhiệm vụ 2", lead_unit="Sở TT&TT", deadline="2024",
                  status="in_progress", result="Đang làm"),
        ],
        "quality_flags": [
            _fact(BD, 50, 118, HOSTILE, check="rate_mismatch", severity="warning", table="indicator_values", subject_id=f"{BD}-r2",
                  printed="70%", computed="65%", message="Rate does not match " + HOSTILE, message_vi="Tỷ lệ không khớp " + HOSTILE),
        ],
        "corrections": [],
    }


def _cell(value: Any, field: dict[str, Any]) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)  # as the package writer does: text as read


def write_package(folder: Path, tables: dict[str, list[dict[str, Any]]], originals: list[Path]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    resources = []
    for table in schemas.ALL_TABLES:
        fields = schemas.fields(table)
        with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([f["name"] for f in fields])
            for row in tables.get(table, []):
                writer.writerow([_cell(row.get(f["name"]), f) for f in fields])
        resources.append({"name": table, "path": f"{table}.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          **schemas.table_meta(table), "schema": schemas.table_schema(table)})
    (folder / "originals").mkdir(exist_ok=True)
    for path in originals:
        shutil.copyfile(path, folder / "originals" / path.name)
    descriptor = {"name": "de-an-06", "title": "Test package", "title_vi": "Gói thử", "created": "2024-02-14T00:00:00Z",
                  "licenses": [{"name": "CC-BY-4.0"}], "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def dean06_project(root: Path, tables: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    """A project folder: the package and a site_config.yml equal to the real one, with the
    paths pointing into this folder and the repository's texts."""
    write_package(root / "datapackages" / "de-an-06", tables or dean06_tables(), [REPORTS / BD_FILE, REPORTS / BG_FILE])
    config = yaml.safe_load((ROOT / "site_config.yml").read_text(encoding="utf-8"))
    config["texts"] = str(ROOT / config["texts"])
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    return root


def make_vega_project(root: Path) -> Path:
    """Stock prices (vega-datasets `stocks`, bundled) as a package, with an English-first,
    two-language site config of its own."""
    from vega_datasets import local_data

    frame = local_data.stocks()
    folder = root / "pkg"
    folder.mkdir(parents=True)
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame.to_csv(folder / "stocks.csv", index=False)
    companies = [("AAPL", "Apple"), ("AMZN", "Amazon"), ("GOOG", "Google"), ("IBM", "IBM"), ("MSFT", "Microsoft")]
    with open(folder / "companies.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["symbol", "name_en", "name_vi"])
        writer.writerows([(s, n, f"Công ty {n}") for s, n in companies])
    descriptor = {
        "name": "stocks", "title": "Stock prices", "title_vi": "Giá cổ phiếu", "licenses": [{"name": "BSD-3-Clause"}],
        "resources": [
            {"name": "stocks", "path": "stocks.csv", "title": "Monthly prices", "title_vi": "Giá theo tháng",
             "schema": {"fields": [{"name": "symbol", "type": "string", "title": "Symbol", "title_vi": "Mã"},
                                   {"name": "date", "type": "date", "title": "Date", "title_vi": "Ngày"},
                                   {"name": "price", "type": "number", "title": "Price (USD)", "title_vi": "Giá (USD)"}],
                        "foreignKeys": [{"fields": ["symbol"], "reference": {"resource": "companies", "fields": ["symbol"]}}]}},
            {"name": "companies", "path": "companies.csv", "title": "Companies", "title_vi": "Công ty",
             "schema": {"fields": [{"name": "symbol", "type": "string"}, {"name": "name_en", "type": "string"},
                                   {"name": "name_vi", "type": "string"}], "primaryKey": ["symbol"]}},
        ],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    config = {
        "title": {"en": "Stock prices", "vi": "Giá cổ phiếu"},
        "site_url": "https://stocks.example.org/sub/path/",
        "package": "pkg",
        "languages": ["en", "vi"],
        "time": "date",
        "licence": {"name": "BSD-3-Clause"},
        "sections": [
            {"type": "series", "slug": "companies", "table": "stocks", "entity": "symbol", "value": "price",
             "headline": True, "title": {"en": "Companies", "vi": "Công ty"}},
            {"type": "listing", "slug": "prices", "table": "stocks", "split_by": "symbol", "group_by": ["year"],
             "columns": ["date", "price"], "title": {"en": "Prices by year", "vi": "Giá theo năm"}},
            {"type": "data", "slug": "data"},
            {"type": "search", "slug": "search"},
        ],
    }
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    return root
