"""Each row's view line and values-table cells kept between runs (generator/site/rowpieces.py):
after a change of what a kept piece reads (a quality flag on the row, the edition that
names its document, its document's row) or of nothing, a warm run writes the bytes of a
cold one, and only the entries of the entities whose rows read the change are written
again; a damaged entry is made again."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from generator.paths import Layout
from generator.site.generate import generate_site
from site_fixtures import BD, BG, _fact, dean06_project, dean06_tables, write_package, REPORTS, BD_FILE, BG_FILE

ENTRIES = ["digitisation_rate.en.json", "digitisation_rate.vi.json", "id_cards_collected.en.json", "id_cards_collected.vi.json"]


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def entries(root: Path) -> dict[str, str]:
    return tree(root / "build" / "cache" / "site" / "row-pieces" / "indicators")


def edition(number: int, version: str, report: str) -> dict[str, Any]:
    return {"change_id": f"c{number}", "edition": version, "edition_date": f"2024-0{number}-01", "previous_edition": "",
            "change": "report_added", "reason": "", "table": "reports", "record_id": report, "report_id": report, "field": "",
            "old_value": "", "new_value": "", "count": 1, "message": "", "message_vi": ""}


def before() -> dict[str, list[dict[str, Any]]]:
    tables = dean06_tables()
    tables["changes"] = [edition(1, "1.0.0", BD), edition(1, "1.0.0", BG)]
    return tables


def warm_and_cold(tmp_path: Path, after: dict[str, list[dict[str, Any]]]) -> tuple[Path, dict[str, str]]:
    """A project generated with `before()`, its package then rewritten to `after` and
    generated again (warm), and the same `after` generated cold: their site_src/ must be
    the same. Returns the warm root and its row-piece entries before the second run."""
    warm = dean06_project(tmp_path / "warm", before())
    generate_site(Layout(warm))
    kept = entries(warm)
    write_package(warm / "datapackages" / "de-an-06", after, [REPORTS / BD_FILE, REPORTS / BG_FILE])
    generate_site(Layout(warm))
    cold = dean06_project(tmp_path / "cold", after)
    generate_site(Layout(cold))
    a, b = tree(warm / "site_src"), tree(cold / "site_src")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    return warm, kept


def rewritten(root: Path, kept: dict[str, str]) -> list[str]:
    now = entries(root)
    assert sorted(now) == ENTRIES
    return [name for name in ENTRIES if now[name] != kept[name]]


def test_nothing_changed_keeps_every_entry(tmp_path: Path):
    warm, kept = warm_and_cold(tmp_path, before())
    assert sorted(kept) == ENTRIES
    assert rewritten(warm, kept) == []


def test_a_flag_on_a_row_makes_its_pieces_again(tmp_path: Path):
    after = before()
    after["quality_flags"].append(_fact(BG, 51, 95, "Tỷ lệ số hóa 80,5%", check="rate_mismatch", severity="warning",
                                        table="indicator_values", subject_id=f"{BG}-r1", printed="80,5%", computed="79%",
                                        message="Rate does not match", message_vi="Tỷ lệ không khớp"))
    warm, kept = warm_and_cold(tmp_path, after)
    assert rewritten(warm, kept) == ["digitisation_rate.en.json", "digitisation_rate.vi.json"]
    page = (warm / "site_src" / "docs" / "en" / "indicators" / "digitisation_rate" / "index.md").read_text(encoding="utf-8")
    csv = (warm / "site_src" / "docs" / "tables" / "indicators" / "digitisation_rate.en.csv").read_text(encoding="utf-8")
    assert f"{BG}-r51" in csv and f"{BG}-r51" in (warm / "site_src" / "blocks" / "en" / "indicators" / "digitisation_rate"
                                                   / "index.json").read_text(encoding="utf-8") + page


def test_a_new_edition_of_a_document_makes_its_pieces_again(tmp_path: Path):
    after = before()
    after["changes"].append(edition(3, "1.1.0", BD))  # BD's figures changed in 1.1.0: their citations name it
    warm, kept = warm_and_cold(tmp_path, after)
    assert rewritten(warm, kept) == ENTRIES  # BD has rows of both indicators
    csv = (warm / "site_src" / "docs" / "tables" / "indicators" / "id_cards_collected.en.csv").read_text(encoding="utf-8")
    assert "1.1.0" in csv and "1.0.0" not in csv


def test_a_changed_document_row_makes_its_pieces_again(tmp_path: Path):
    after = before()
    after["reports"][1]["issuer"] = "Công an tỉnh"  # BG's issuer: cited on its rows (digitisation_rate only)
    warm, kept = warm_and_cold(tmp_path, after)
    assert "digitisation_rate.en.json" in rewritten(warm, kept)
    assert "id_cards_collected.en.json" not in rewritten(warm, kept)


def test_a_damaged_entry_is_made_again(tmp_path: Path):
    root = dean06_project(tmp_path / "p", before())
    generate_site(Layout(root))
    first = tree(root / "site_src")
    entry = root / "build" / "cache" / "site" / "row-pieces" / "indicators" / "digitisation_rate.vi.json"
    kept = entry.read_bytes()
    entry.write_bytes(kept.replace(b"digitisation_rate", b"digitisation_ratX"))
    generate_site(Layout(root))
    assert tree(root / "site_src") == first
    assert entry.read_bytes() == kept
