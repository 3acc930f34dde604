"""No personal data and no made-up date in anything the project publishes.

The bundled reports plus a report full of personal data (stamp lines, a phone and an e-mail
on lines that hold figures, a landline in brackets, numbers in a table, a signature with no
`Nơi nhận`) and a report with no date at all are built into the package and the site; then
EVERY published file is scanned: the package (tables, datapackage.json, texts/), the site
(HTML pages, each table's JSON, the zip and its members, charts, the Pagefind search index).
"""
from __future__ import annotations

import gzip
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
import maintainer_builders as mb  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "faults"
PERSONAL = FIXTURES / "tu-nghia-2024-03-personal-data.md"
UNDATED = FIXTURES / "son-tinh-undated.md"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONES = [  # shapes written for this test, independently of generator.redact
    re.compile(r"(?<![\w.,/])0[35789]\d{2}[ .-]?\d{3}[ .-]?\d{3}(?!\w)"),  # 0905 123 456
    re.compile(r"(?<![\w.,/])0[35789]\d[ .-]?\d{3}[ .-]?\d{4}(?!\w)"),  # 090 512 3456
    re.compile(r"(?<![\w.,/])02\d{1,2}[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\w)"),  # 0255 3822 123
    re.compile(r"\(0\d{2,3}\)\s?\d{3,4}"),  # (0255) 3822 123
    re.compile(r"\+84[ .-]?\(?\d"),  # +84 905 …
]
# what the fixture prints that must not be published, whatever its shape
LITERALS = ["0905", "3822 123", "345.678", "0389", "905 999 888", "111.222", "tunghia.gov.vn", "gmail",
            "Nguyễn Văn An", "Trần Thị Bích", "08:15:42"]
TEXT_SUFFIXES = {".csv", ".json", ".txt", ".html", ".svg", ".js", ".xml", ".md", ".css", ".pf_meta", ".pf_fragment", ".pf_index", ".pagefind", ""}
# code shipped with every build (theme, chart library, Pagefind's UI and wasm), not data; the
# search index itself (pf_index, pf_fragment, pf_meta) is scanned
THEME = re.compile(r"^site/(?:assets/(?:javascripts|stylesheets|vega)/|pagefind/[^/]*\.(?:js|css|pagefind)$|search/)")


def published_files(root: Path):
    """(name, text) of every published file, zip members and compressed search-index files
    unpacked."""
    for folder in (root / "datapackages", root / "site"):
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            name = path.relative_to(root).as_posix()
            data = path.read_bytes()
            if path.suffix == ".zip":
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for member in archive.namelist():
                        yield f"{name}!{member}", archive.read(member).decode("utf-8")
                continue
            if "pagefind" in path.parts:
                try:
                    data = gzip.decompress(data)
                except (OSError, EOFError):
                    pass
            elif path.suffix not in TEXT_SUFFIXES:
                continue  # fonts, images
            yield name, data.decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def site_root(tmp_path_factory) -> Path:
    root = mb.make_project(tmp_path_factory.mktemp("published") / "project")
    for path in (PERSONAL, UNDATED):
        shutil.copyfile(path, root / "sources" / "reports" / path.name)
    for stage in (("all", "--quiet"), ("site",), ("build",)):
        result = mb.run(root, *stage)
        assert result.exit_code == 0, result.output
    return root


def test_the_fixture_reports_are_published(site_root):
    reports = {r["source_file"]: r for r in mb.rows_of(site_root / "datapackages" / "de-an-06", "reports")}
    assert reports[PERSONAL.name]["jurisdiction_id"] == "tu-nghia-quang-ngai"
    assert reports[UNDATED.name]["reference_date"] == ""
    quotes = [r["source_quote"] for t in ("indicator_values", "service_results") for r in mb.rows_of(site_root / "datapackages" / "de-an-06", t)
              if r["report_id"] == reports[PERSONAL.name]["report_id"]]
    assert any("[tel]" in q for q in quotes) and any("[e-mail]" in q for q in quotes), quotes


@pytest.mark.timeout(600)
def test_no_email_or_phone_in_any_published_file(site_root):
    leaks, scanned = [], 0
    for name, text in published_files(site_root):
        scanned += 1
        if THEME.match(name):
            continue
        leaks += [(name, "e-mail", m.group()) for m in EMAIL.finditer(text)]
        leaks += [(name, "phone", m.group()) for pattern in PHONES for m in pattern.finditer(text)]
        leaks += [(name, "fixture", literal) for literal in LITERALS if literal in text]
    assert scanned > 100
    assert any(name.startswith("site/pagefind/") for name, _ in published_files(site_root))
    assert leaks == [], leaks[:20]


def test_no_1970_anywhere_and_undated_values_are_noted(site_root):
    hits = [name for name, text in published_files(site_root) if re.search(r"1970-01-01|01/01/1970|\b1969\b|\b1968\b", text)]
    assert hits == []
    pages = [text for name, text in published_files(site_root) if name.endswith(".html") and "/indicators/" in name]
    assert any("reports that carry no date" in text for text in pages)
    assert any("báo cáo không có ngày tháng" in text for text in pages)
