"""Every published fact can be traced to its source line, and no personal data from the
signature blocks reaches a published table.

The whole pipeline runs once (session fixture `built_project`) on a copy of the bundled
reports in a temporary folder: nothing depends on committed output.
"""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pytest

from generator.texts import PLACEHOLDER

from generator import schemas
from generator.document import split_lines
from tests import package_tables

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"
PROVENANCE_TABLES = [t for t in schemas.FACT_TABLES if {"source_line", "source_quote"} <= set(schemas.field_names(t))]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese phone numbers: 0 + 9-10 digits, optionally grouped (0243.7738668, 0912 345 678), or +84
PHONE = re.compile(r"(?<![\w.,/+])(?:\+84|0)\d{2,3}[ .]?\d{3,4}[ .]?\d{3,4}(?![\w.,/])")
_STAMP = re.compile(r"^\s*(?P<name>[^<>\t]+?)\s*<[^>]*@[^>]*>\s*đã ký", re.MULTILINE)
_SIGNATURE_START = re.compile(r"^\s*\**\s*Nơi nhận\b", re.IGNORECASE)
_STOP = re.compile(r"^\s*(?:#+\s*)?\**\s*Phụ lục\b|^\s*\S*\t", re.IGNORECASE)
_ORG_WORDS = re.compile(r"\b(?:Văn phòng|Ủy ban|Uỷ ban|UBND|Sở|Công an|Tỉnh|Cục|Bộ|Ban)\b", re.IGNORECASE)
# 2-4 capitalised words, nothing else: how a signer's name is printed under the title
_PERSON = re.compile(r"^(?:[^\W\d_][^\W\d_]*\s){1,3}[^\W\d_]+$")


def signer_names(text: str) -> set[str]:
    """People's names in the report's signature block and digital-signature stamps."""
    names = {m.group("name").strip() for m in _STAMP.finditer(text)}
    lines = split_lines(text)
    start = next((i for i, line in enumerate(lines) if _SIGNATURE_START.match(line)), None)
    if start is not None:
        for line in lines[start + 1:]:
            if _STOP.match(line):
                break
            candidate = line.strip().strip("*").strip()
            if _PERSON.match(candidate) and all(w[0].isupper() and not w.isupper() for w in candidate.split()):
                names.add(candidate)
    return {n for n in names if not _ORG_WORDS.search(n)}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def unescape(cell: str) -> str:
    """Cells are published as read: no spreadsheet-safety prefix is added to the data."""
    assert not (cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@")), cell
    return cell


@pytest.fixture(scope="session")
def package_dir(built_project) -> Path:
    layout, _ = built_project
    return layout.package


@pytest.fixture(scope="session")
def source_lines(package_dir) -> dict[str, list[str]]:
    """report_id -> the lines of its source file as received (sources/reports/)."""
    out = {}
    for report in read_rows(package_dir / "reports.csv"):
        original = REPORTS / report["source_file"]
        data = original.read_bytes()
        assert hashlib.sha256(data).hexdigest() == report["source_sha256"]
        out[report["report_id"]] = split_lines(data.decode("utf-8-sig"))
    return out


def test_every_bundled_report_is_published(package_dir):
    published = {r["source_file"] for r in read_rows(package_dir / "reports.csv")}
    assert published == {p.name for p in REPORTS.iterdir() if p.is_file()}
    for report in read_rows(package_dir / "reports.csv"):
        original = split_lines((REPORTS / report["source_file"]).read_text(encoding="utf-8"))
        text = split_lines((package_dir / report["text_file"]).read_text(encoding="utf-8"))
        # line for line: provenance line numbers hold in the published text
        assert len(text) == len(original)
        changed = [n for n, (a, b) in enumerate(zip(original, text), start=1) if a != b]
        assert all(b == PLACEHOLDER or "@" not in b for b in text)
        assert len(changed) < len(original) // 5


@pytest.fixture(scope="session")
def published_lines(package_dir) -> dict[str, list[str]]:
    """report_id -> the lines of its published text (texts/ of the package)."""
    return {r["report_id"]: split_lines((package_dir / r["text_file"]).read_text(encoding="utf-8")) for r in read_rows(package_dir / "reports.csv")}


@pytest.mark.parametrize("table", PROVENANCE_TABLES)
def test_source_quote_is_on_its_published_line(package_dir, published_lines, table):
    """The contract: a quote is an exact substring of its line in texts/ (personal data
    blanked in both the same way)."""
    rows = package_tables.rows(package_dir, table)
    bad = []
    for row in rows:
        lines = published_lines[row["report_id"]]
        number = int(row["source_line"])
        quote = unescape(row["source_quote"])
        if not (1 <= number <= len(lines)) or not quote or quote not in lines[number - 1]:
            bad.append((row.get("record_id"), number, quote[:80]))
    assert bad == [], f"{len(bad)} of {len(rows)} {table} rows cite a quote not on their published line"


@pytest.mark.parametrize("table", PROVENANCE_TABLES)
def test_source_quote_is_on_its_source_line(package_dir, source_lines, table):
    rows = package_tables.rows(package_dir, table)
    bad = []
    for row in rows:
        lines = source_lines[row["report_id"]]
        number = int(row["source_line"])
        quote = unescape(row["source_quote"])
        if not (1 <= number <= len(lines)) or not quote or quote != quote.strip() or quote not in lines[number - 1]:
            bad.append((row.get("record_id"), number, quote[:80]))
    assert bad == [], f"{len(bad)} of {len(rows)} {table} rows cite a quote not on their line"


def test_assembled_rows_carry_provenance_before_writing(built_project, source_lines):
    """The same check on the rows in memory (no CSV escaping in between)."""
    _, built = built_project
    checked = 0
    for table in PROVENANCE_TABLES:
        for row in built["tables"].get(table, []):
            if table == "corrections":
                continue
            line = source_lines[row["report_id"]][row["source_line"] - 1]
            assert row["source_quote"] and row["source_quote"] in line, (table, row.get("record_id"))
            checked += 1
    assert checked >= len(source_lines)  # at least the metadata flags of each report


def test_signer_names_are_found_in_the_seed_reports():
    names = set()
    for path in REPORTS.iterdir():
        names |= signer_names(path.read_text(encoding="utf-8-sig"))
    assert {"Võ Gia Nghĩa", "Đặng Xuân Thoại", "Nguyễn Tuấn Thanh"} <= names
    assert not any(_ORG_WORDS.search(n) for n in names)


def test_personal_data_patterns_match_what_the_reports_print():
    text = (REPORTS / "000_3285350e42ccdccd.txt").read_text(encoding="utf-8")
    assert "thoaidx@vpub.binhdinh.gov.vn" in EMAIL.findall(text)
    assert "0243.7738668" in PHONE.findall(text)
    assert PHONE.findall("tiếp nhận 1.532.200 trường hợp, 05 hồ sơ, 0,5%, số 0912/QĐ") == []


def test_no_personal_data_in_published_tables(package_dir):
    names = set()
    for path in REPORTS.iterdir():
        names |= signer_names(path.read_text(encoding="utf-8-sig"))
    leaks = []
    for csv_path in sorted(package_dir.glob("*.csv")) + [package_dir / "datapackage.json"]:
        text = csv_path.read_text(encoding="utf-8")
        for pattern, what in ((EMAIL, "e-mail"), (PHONE, "phone")):
            leaks += [(csv_path.name, what, hit) for hit in pattern.findall(text)]
        leaks += [(csv_path.name, "signer", n) for n in names if n in text]
    assert leaks == []
