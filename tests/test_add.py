"""The maintainer loop: add a report -> review -> corrections -> rebuild, in tmp copies.

Never touches the real sources/ or datapackages/: every test builds under tmp_path.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from generator.texts import published_text

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
import maintainer_builders as mb  # noqa: E402

from generator.add import same_slot  # noqa: E402
from generator.sources import sha256_of  # noqa: E402

DISTRICT_ID = "binh-son-quang-ngai"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The project's inputs, extracted and packaged once (cache included)."""
    root = mb.make_project(tmp_path_factory.mktemp("base") / "project")
    result = mb.run(root, "all", "--quiet")
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def project(built, tmp_path) -> Path:
    return mb.copy_project(built, tmp_path / "project")


def new_report_id(before: Path, after: Path) -> str:
    old = {r["report_id"] for r in mb.rows_of(before, "reports")}
    new = [r["report_id"] for r in mb.rows_of(after, "reports") if r["report_id"] not in old]
    assert len(new) == 1
    return new[0]


def test_add_district_markdown_changes_nothing_else(project, tmp_path):
    package = project / "datapackages" / "de-an-06"
    frozen = mb.copy_project(package, tmp_path / "before")
    cache = project / "build" / "cache" / "extract"
    cached = {p: p.stat().st_mtime_ns for p in cache.iterdir()}
    result = mb.run(project, "add", mb.DISTRICT_MD)
    assert result.exit_code == 0, result.output
    # only the new report was extracted; the others came from the per-sha256 cache
    fresh = set(cache.iterdir()) - set(cached)
    assert [p.name.split(".")[0] for p in fresh] == [sha256_of(mb.DISTRICT_MD.read_bytes())]
    assert {p: p.stat().st_mtime_ns for p in cached} == cached
    stored = project / "sources" / "reports" / mb.DISTRICT_MD.name
    assert stored.read_bytes() == mb.DISTRICT_MD.read_bytes()
    rid = new_report_id(frozen, package)
    assert rid.startswith(f"{DISTRICT_ID}-2024-03-monthly-")
    out = result.stdout
    assert f"jurisdiction: {DISTRICT_ID} (huyện Bình Sơn)" in out
    assert "period: 2024-02-15 .. 2024-03-14 (monthly)" in out
    assert "records: services " in out and "coverage: " in out and "quality flags: " in out
    assert f"review: build/review/{rid}.csv" in out
    assert (project / "build" / "review" / f"{rid}.csv").exists()
    # visible in the rebuilt package, with its sha256 and original
    report = next(r for r in mb.rows_of(package, "reports") if r["report_id"] == rid)
    assert report["source_file"] == mb.DISTRICT_MD.name
    assert report["source_sha256"] == sha256_of(mb.DISTRICT_MD.read_bytes())
    assert report["jurisdiction_id"] == DISTRICT_ID
    assert (project / "sources" / "reports" / mb.DISTRICT_MD.name).read_bytes() == mb.DISTRICT_MD.read_bytes()
    assert (package / report["text_file"]).read_text(encoding="utf-8") == published_text(mb.DISTRICT_MD.read_text(encoding="utf-8"))
    facts = [r for table in ("service_results", "indicator_values") for r in mb.rows_of(package, table) if r["report_id"] == rid]
    assert facts, "the new report's figures are in the package"
    assert all(r["source_quote"] in mb.DISTRICT_MD.read_text(encoding="utf-8").splitlines()[int(r["source_line"]) - 1] for r in facts)
    sources = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["sources"]
    assert {"title": mb.DISTRICT_MD.name, "report_id": rid} .items() <= next(s for s in sources if s["title"] == mb.DISTRICT_MD.name).items()
    # every row of the other reports (and every code list) is byte-identical
    assert mb.lines_not_of(package, rid) == mb.lines_not_of(frozen, rid)


def test_same_file_twice_changes_nothing(project):
    assert mb.run(project, "add", mb.DISTRICT_MD).exit_code == 0
    before = mb.tree(project / "datapackages")
    sources = mb.tree(project / "sources")
    again = mb.run(project, "add", mb.DISTRICT_MD)
    assert again.exit_code == 0
    assert "nothing changed" in again.stdout
    assert mb.tree(project / "datapackages") == before
    assert mb.tree(project / "sources") == sources


def test_existing_report_added_again_from_elsewhere_is_unchanged(project, tmp_path):
    original = sorted((project / "sources" / "reports").iterdir())[0]
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(original.read_bytes())
    result = mb.run(project, "add", copy)
    assert result.exit_code == 0
    assert f"already added as sources/reports/{original.name}" in result.stdout
    assert not (project / "sources" / "reports" / "renamed.txt").exists()


def test_different_file_with_same_name_is_refused(project, tmp_path):
    name = sorted((project / "sources" / "reports").iterdir())[0].name
    other = tmp_path / name
    other.write_bytes(mb.DISTRICT_MD.read_bytes())
    before = mb.tree(project / "sources")
    result = mb.run(project, "add", other)
    assert result.exit_code == 1
    assert f"a different file named '{name}' is already in sources/reports" in result.stderr
    assert mb.tree(project / "sources") == before


def test_second_report_for_same_jurisdiction_and_period_is_a_conflict(project, tmp_path):
    assert mb.run(project, "add", mb.DISTRICT_MD).exit_code == 0
    before = mb.tree(project / "datapackages")
    revised = tmp_path / "binh-son-2024-03-v2.md"
    revised.write_text(mb.DISTRICT_MD.read_text(encoding="utf-8").replace("1.250 hồ sơ", "1.260 hồ sơ"), encoding="utf-8")
    result = mb.run(project, "add", revised)
    assert result.exit_code == 1
    assert "conflict" in result.stderr and mb.DISTRICT_MD.name in result.stderr
    assert "2024-02-15..2024-03-14" in result.stderr
    assert not (project / "sources" / "reports" / revised.name).exists()
    assert mb.tree(project / "datapackages") == before


def test_unknown_jurisdiction_is_accepted_with_a_review_entry(project, tmp_path):
    text = mb.DISTRICT_MD.read_text(encoding="utf-8").replace("HUYỆN BÌNH SƠN", "HUYỆN ĐÔNG TRƯỜNG").replace("huyện Bình Sơn", "huyện Đông Trường").replace("Bình Sơn, ngày", "Đông Trường, ngày")
    path = tmp_path / "dong-truong-2024-03.md"
    path.write_text(text, encoding="utf-8")
    result = mb.run(project, "add", path)
    assert result.exit_code == 0, result.output
    assert "NEW: not in codelists/jurisdictions.csv" in result.stdout
    package = project / "datapackages" / "de-an-06"
    report = next(r for r in mb.rows_of(package, "reports") if r["source_file"] == path.name)
    jid = report["jurisdiction_id"]
    assert jid.startswith("dong-truong")
    review = (project / "build" / "review" / f"{report['report_id']}.csv").read_text(encoding="utf-8")
    assert f"unknown jurisdiction 'huyện Đông Trường': add a row with jurisdiction_id '{jid}' to codelists/jurisdictions.csv" in review
    provisional = next(r for r in mb.rows_of(package, "jurisdictions") if r["jurisdiction_id"] == jid)
    assert provisional["level"] == "district" and provisional["aliases"].startswith("provisional")
    # its figures are still read (seen, and listed for review when no extractor took them)
    assert int(report["figures_seen"]) >= 4
    assert "1.250" in review or int(report["figures_captured"]) > 0


def test_same_slot_rule():
    a = {"jurisdiction_id": "x", "report_type": "monthly", "period_start": "2024-01-15", "period_end": "2024-02-14", "reference_date": "2024-02-14"}
    assert same_slot(a, dict(a))
    assert not same_slot(a, {**a, "period_start": "2024-02-15", "period_end": "2024-03-14", "reference_date": "2024-03-14"})
    assert not same_slot(a, {**a, "jurisdiction_id": "y"})
    assert not same_slot(a, {**a, "report_type": "annual"})
    undated = {**a, "period_start": None, "period_end": None, "reference_date": "2024-02-03"}
    assert same_slot(a, undated)  # no period: same reference month
    assert not same_slot(a, {**undated, "reference_date": "2024-03-01"})


def test_docx_and_pdf_reports_are_added(project, tmp_path):
    docx = tmp_path / "binh-son-2024-03.docx"
    docx.write_bytes(mb.make_docx(mb.report_blocks()))
    result = mb.run(project, "add", docx)
    assert result.exit_code == 0, result.output
    assert (project / "sources" / "reports" / docx.name).read_bytes() == docx.read_bytes()
    # the same report as PDF is the same jurisdiction and period: a conflict
    pdf = tmp_path / "binh-son-2024-03.pdf"
    pdf.write_bytes(mb.make_pdf([mb.report_blocks()]))
    result = mb.run(project, "add", pdf)
    assert result.exit_code == 1 and "conflict" in result.stderr


def test_pdf_report_is_added(project, tmp_path):
    blocks = mb.report_blocks()
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(mb.make_pdf([blocks[:6], blocks[6:]]))
    result = mb.run(project, "add", pdf)
    assert result.exit_code == 0, result.output
    assert f"jurisdiction: {DISTRICT_ID}" in result.stdout
    rows = mb.rows_of(project / "datapackages" / "de-an-06", "reports")
    assert next(r for r in rows if r["source_file"] == pdf.name)["source_format"] == "pdf"


def test_corrections_command_applies_the_file_and_lists_changes(project):
    package = project / "datapackages" / "de-an-06"
    flag = mb.rows_of(package, "quality_flags")[0]
    corrections = project / "codelists" / "corrections.csv"
    with open(corrections, "a", encoding="utf-8") as handle:
        handle.write(f"c-test-1,{flag['report_id']},quality_flags,{flag['record_id']},printed,\"{flag['printed']}\",reviewed value,checked against the signed copy,tester,2024-05-01\n")
    result = mb.run(project, "corrections")
    assert result.exit_code == 0, result.output
    assert f"correction c-test-1: quality_flags {flag['record_id']} printed: {flag['printed']} -> reviewed value" in result.stdout
    assert "changed corrections.csv" not in result.stdout  # tables are named without .csv
    assert "changed corrections: 1 added (c-test-1)" in result.stdout
    row = next(r for r in mb.rows_of(package, "corrections") if r["correction_id"] == "c-test-1")
    assert row["applied"] == "true"
    # the printed figure stays as printed
    assert next(r for r in mb.rows_of(package, "quality_flags") if r["record_id"] == flag["record_id"])["printed"] == flag["printed"]
    again = mb.run(project, "corrections")
    assert again.exit_code == 0 and "no rows changed" in again.stdout


def test_corrections_command_picks_up_code_list_edits(project):
    services = project / "codelists" / "services.csv"
    with open(services, "a", encoding="utf-8") as handle:
        handle.write("zz-test-service,Dịch vụ thử,Test service,test,de_an_06_25,dich vu thu nghiem,Dịch vụ thử nghiệm\n")
    result = mb.run(project, "corrections")
    assert result.exit_code == 0, result.output
    assert "changed services: 1 added (zz-test-service)" in result.stdout


def test_two_builds_are_byte_identical(built, tmp_path):
    fresh = mb.make_project(tmp_path / "fresh")  # no cache: everything extracted again
    assert mb.run(fresh, "all", "--quiet").exit_code == 0
    assert mb.tree(fresh / "datapackages") == mb.tree(built / "datapackages")
    again = mb.copy_project(fresh, tmp_path / "again")
    assert mb.run(again, "all", "--quiet").exit_code == 0
    assert mb.tree(again / "datapackages") == mb.tree(fresh / "datapackages")


def test_source_date_epoch_sets_the_package_date(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")
    assert mb.run(project, "all", "--quiet").exit_code == 0
    desc = json.loads((project / "datapackages" / "de-an-06" / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["created"] == "2024-05-01T00:00:00Z"


def test_failed_rebuild_leaves_package_and_sources_intact(project, monkeypatch):
    from generator import package as package_mod

    before = mb.tree(project / "datapackages")
    sources = mb.tree(project / "sources")
    calls = {"n": 0}
    real = package_mod.csv_bytes

    def breaks_halfway(table, rows):
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError("disk full (simulated)")
        return real(table, rows)

    monkeypatch.setattr(package_mod, "csv_bytes", breaks_halfway)
    result = mb.run(project, "add", mb.DISTRICT_MD)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ") and "disk full (simulated)" in result.stderr
    assert mb.tree(project / "datapackages") == before
    assert mb.tree(project / "sources") == sources
    assert not [p for p in (project / "datapackages").iterdir() if p.name.startswith(".")]


def test_invalid_package_is_not_swapped_in(project, monkeypatch):
    from generator import package as package_mod

    before = mb.tree(project / "datapackages")
    monkeypatch.setattr(package_mod, "validate_package", lambda path: ["reports: simulated error"])
    result = mb.run(project, "add", mb.DISTRICT_MD)
    assert result.exit_code == 1
    assert "package does not validate: reports: simulated error" in result.stderr
    assert mb.tree(project / "datapackages") == before
    assert not (project / "sources" / "reports" / mb.DISTRICT_MD.name).exists()


# files a second build is known to write differently; each one is reported as xfail, not hidden
KNOWN_UNSTABLE = {"pagefind/pagefind-entry.json": "pagefind writes its languages in a varying order"}


@pytest.mark.timeout(600)
def test_site_builds_are_byte_identical_and_a_failed_build_keeps_the_site(built, tmp_path):
    site = pytest.importorskip("generator.site")
    if not hasattr(site, "generate_site") or not (mb.REPO / "site_config.yml").exists():
        pytest.skip("site generator not there yet")
    outputs = []
    for name in ("one", "two"):
        root = mb.copy_project(built, tmp_path / name)
        for name in ("site_config.yml", "mkdocs.yml"):
            if not (root / name).exists():
                (root / name).write_bytes((mb.REPO / name).read_bytes())
        for stage in ("site", "build"):
            result = mb.run(root, stage)
            assert result.exit_code == 0, result.output
        outputs.append(mb.tree(root / "site"))
    one, two = outputs
    assert sorted(one) == sorted(two)
    differ = sorted(k for k in one if one[k] != two[k])
    assert [k for k in differ if k not in KNOWN_UNSTABLE] == []
    # a run that fails leaves the built site as it was
    config = root / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n  : broken: [\n", encoding="utf-8")
    for stage in ("site", "build"):
        mb.run(root, stage)
    assert mb.tree(root / "site") == two
    if differ:
        pytest.xfail("; ".join(f"{k}: {KNOWN_UNSTABLE[k]}" for k in differ))


def test_report_copied_in_by_hand_is_published_by_add(project):
    stored = project / "sources" / "reports" / mb.DISTRICT_MD.name
    stored.write_bytes(mb.DISTRICT_MD.read_bytes())
    result = mb.run(project, "add", stored)
    assert result.exit_code == 0, result.output
    assert "not yet published; package rebuilt" in result.stdout
    assert any(r["source_file"] == stored.name for r in mb.rows_of(project / "datapackages" / "de-an-06", "reports"))
    again = mb.run(project, "add", stored)
    assert again.exit_code == 0 and "nothing changed" in again.stdout
