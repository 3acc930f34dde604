"""The synthetic national corpus (benchmarks/make_corpus.py): deterministic, internally
consistent, and read back exactly by the pipeline. Small N: runs in seconds."""
from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus as mc  # noqa: E402
from generator.codelists import References  # noqa: E402
from generator.pipeline import extract_source  # noqa: E402
from generator.sources import open_source  # noqa: E402

SEED = 3


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_and_n_give_the_same_bytes(tmp_path):
    mc.write_corpus(tmp_path / "a", 12, SEED)
    mc.write_corpus(tmp_path / "b", 12, SEED)
    mc.write_corpus(tmp_path / "c", 12, SEED + 1)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert len(_files(tmp_path / "a")) == 12
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_schedule_follows_the_reporting_pattern():
    items = mc.schedule()
    provinces = {i.unit.jurisdiction_id for i in items if i.report_type == "monthly" and (i.year, i.part) < (2025, 7)}
    assert len(provinces) == 63
    after = [i for i in items if (i.year, i.part) >= (2025, 7) and i.report_type == "monthly"]
    assert {i.unit.level for i in after} == {"province"} and len({i.unit.jurisdiction_id for i in after}) == 34
    assert all(i.report_type == "semiannual" for i in items if i.unit.level == "district")
    assert len(items) >= mc.DEFAULT_N


def test_perturbed_figures_are_consistent():
    for item in mc.pick(40, SEED):
        _, text, exp = mc.render(item, SEED)
        for f in exp.services:
            assert f.online + f.offline == f.total and f.total > 0
            computed = Decimal(f.online) * 100 / Decimal(f.total)
            decimals = len(f.rate_printed.split(",")[1]) if "," in f.rate_printed else 0
            assert abs(Decimal(f.rate_printed.replace(",", ".")) - computed) <= Decimal("0.5") * Decimal(10) ** -decimals
            assert f"{f.rate_printed}%" in text.replace("\n", " ") or exp.layout == "pdf"
        assert exp.jurisdiction_id in {u.jurisdiction_id for group in mc.units().values() for u in group}


def _sample_by_layout(per_layout: int = 1) -> list[tuple[Path, mc.Expected]]:
    chosen: dict[str, list] = {}
    for item in mc.pick(80, SEED):
        name, text, exp = mc.render(item, SEED)
        if len(chosen.setdefault(exp.layout, [])) < per_layout:
            chosen[exp.layout].append((name, text, exp))
    assert set(chosen) == set(mc.LAYOUTS)
    return [entry for entries in chosen.values() for entry in entries]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    refs = References.load(ROOT / "codelists")
    out = {}
    for name, text, exp in _sample_by_layout():
        (folder / name).write_text(text, encoding="utf-8")
        out[exp.layout] = (exp, extract_source(open_source(folder / name), refs))
    return out


@pytest.mark.parametrize("layout", mc.LAYOUTS)
def test_metadata_is_read_exactly(extracted, layout):
    exp, data = extracted[layout]
    report = data["report"]
    assert report["jurisdiction_id"] == exp.jurisdiction_id
    assert report["report_type"] == exp.report_type
    assert (report["period_start"], report["period_end"]) == (exp.period_start, exp.period_end)
    assert report["report_date"] == exp.report_date
    assert report["report_number"] == exp.report_number


def _service_rows(data) -> list[tuple]:
    return [(r.get("total"), r.get("online"), r.get("offline"), r.get("online_rate_reported")) for r in data["tables"].get("service_results", [])]


def test_pdf_layout_service_figures_are_read_exactly(extracted):
    exp, data = extracted["pdf"]
    want = Counter((f.total, f.online, f.offline, f.rate) for f in exp.services)
    assert Counter(_service_rows(data)) == want


def test_footnote_layout_rates_are_read_exactly(extracted):
    exp, data = extracted["footnote"]
    rates = Counter(rate for _, _, _, rate in _service_rows(data) if rate is not None)
    assert not Counter(f.rate for f in exp.services) - rates


@pytest.mark.parametrize("layout", ["md_tab", "md_pipe"])
def test_table_layouts_service_figures_are_read_exactly(extracted, layout):
    exp, data = extracted[layout]
    want = Counter((f.total, f.online, f.offline, f.rate) for f in exp.services)
    assert Counter(_service_rows(data)) == want
