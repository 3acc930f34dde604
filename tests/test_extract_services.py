"""Essential-service results: golden values from the real reports, provenance, purity, other layouts."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from seed_reports import read_report, refuse_file_access, report_path

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.services import extract_services

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

SERVICES = {'000': [(117, 'birth_registration', 'all', 35, 32, 3, 91.43, 91.43, None),
         (121, 'death_registration', 'all', 278, 271, 7, 97.48, 97.48, None),
         (125, 'marriage_registration', 'all', 637, 628, 9, 98.59, 98.59, None),
         (129, 'criminal_record', 'all', 745, 740, 5, 99.33, 99.33, None),
         (133, 'linked_birth', 'all', 1609, 1609, 0, 100, 100.0, None),
         (139, 'linked_death', 'all', 616, 616, 0, 100, 100.0, None),
         (144, 'driving_licence', 'all', 730, 730, 0, 100, 100.0, None),
         (148, 'tax_registration', 'all', 459, 459, 0, 100, 100.0, None),
         (154, 'electricity_connection', 'all', 817, 817, 0, 100, 100.0, None),
         (158, 'electricity_contract_change', 'all', 4, 4, 0, 100, 100.0, None),
         (162, 'unemployment_benefit', 'all', 562, 439, 123, 78, 78.11, None),
         (166, 'land_registration_change', 'all', 304, 301, 3, 99, 99.01, None)],
 '001': [(152, 'permanent_residence', 'police', 94183, 93703, 480, 99.49, 99.49, None),
         (153, 'temporary_residence', 'police', 10493, 8990, 1503, 85.68, 85.68, None),
         (154, 'temporary_absence', 'police', 462, 462, 0, 100, 100.0, None),
         (155, 'stay_notification', 'police', 73924, 73924, 0, 100, 100.0, None),
         (156, 'id_card', 'police', 113796, 86205, 27591, 75.75, 75.75, None),
         (157, 'id_number_confirmation', 'police', 255, 255, 0, 100, 100.0, None),
         (158, 'passport', 'police', 20925, 20914, 11, 99.95, 99.95, None),
         (159, 'traffic_fine_camera', 'police', 3941, 3278, 663, 83.2, 83.18, None),
         (160, 'vehicle_registration', 'police', 66383, 65959, 424, 99.36, 99.36, None),
         (161, 'new_seal', 'police', 1204, 1204, 0, 100, 100.0, None),
         (162, 'small_seal', 'police', None, None, None, None, None, True),
         (168, 'birth_registration', 'sectors', 1058, 1050, 8, 99.2, 99.24, None),
         (169, 'death_registration', 'sectors', 4390, 4366, 24, 99.4, 99.45, None),
         (170, 'marriage_registration', 'sectors', 8830, 8801, 29, 99.67, 99.67, None),
         (171, 'criminal_record', 'sectors', 12688, 12676, 12, 99.8, 99.91, None),
         (172, 'linked_birth', 'sectors', 8527, 8527, None, 100, 100.0, None),
         (176, 'linked_death', 'sectors', 3284, None, None, 100, None, None),
         (178, 'driving_licence', 'sectors', 15048, 15048, None, 100, 100.0, None),
         (180, 'tax_registration', 'sectors', 52692, 52692, None, 100, 100.0, None),
         (182, 'electricity_connection', 'sectors', 14719, 14719, None, 100, 100.0, None),
         (184, 'electricity_contract_change', 'sectors', 158, 158, None, 100, 100.0, None),
         (186, 'unemployment_benefit', 'sectors', 9681, 8540, 1141, 88.2, 88.21, None),
         (188, 'land_registration_change', 'sectors', 4601, 4497, 107, 97.7, 97.74, None),
         (190, 'health_insurance_household', 'sectors', 58, 58, None, 100, 100.0, None),
         (192, 'exam_registration', 'sectors', 19424, 18972, 452, 97.67, 97.67, None)],
 '002': [],
 '003': [(97, 'id_number_confirmation', 'all', None, None, None, 100, None, None),
         (99, 'id_card', 'all', None, None, None, 100, None, None),
         (101, 'permanent_residence', 'all', None, None, None, 100, None, None),
         (101, 'temporary_residence', 'all', None, None, None, 100, None, None),
         (101, 'temporary_absence', 'all', None, None, None, 100, None, None),
         (103, 'stay_notification', 'all', None, None, None, 100, None, None),
         (103, 'vehicle_registration', 'all', None, None, None, 100, None, None),
         (105, 'traffic_fine_camera', 'all', None, None, None, 100, None, None),
         (107, 'birth_registration', 'all', None, None, None, 96.1, None, None),
         (109, 'death_registration', 'all', None, None, None, 89, None, None),
         (109, 'marriage_registration', 'all', None, None, None, 81.7, None, None),
         (109, 'passport', 'all', None, None, None, 99.6, None, None),
         (111, 'new_seal', 'all', None, None, None, 100, None, None),
         (113, 'linked_birth', 'all', None, None, None, 100, None, None),
         (115, 'health_insurance_household', 'all', None, None, None, 100, None, None),
         (117, 'tax_registration', 'all', None, None, None, 60.4, None, None),
         (121, 'land_registration_change', 'all', None, None, None, 100, None, None),
         (125, 'driving_licence', 'all', None, None, None, 61.3, None, None),
         (127, 'criminal_record', 'all', None, None, None, 100, None, None),
         (127, 'unemployment_benefit', 'all', None, None, None, 67.2, None, None),
         (129, 'electricity_connection', 'all', None, None, None, 100, None, None),
         (133, 'electricity_contract_change', 'all', None, None, None, 100, None, None),
         (137, 'exam_registration', 'all', None, None, None, None, None, True),
         (139, 'small_seal', 'all', None, None, None, None, None, True),
         (176, 'birth_registration', 'all', 3472, None, None, None, None, None),
         (178, 'death_registration', 'all', 1365, None, None, None, None, None),
         (178, 'marriage_registration', 'all', 1931, None, None, None, None, None),
         (178, 'linked_birth', 'all', 2937, None, None, None, None, None),
         (182, 'linked_death', 'all', 668, None, None, None, None, None),
         (184, 'criminal_record', 'all', 2340, None, None, None, None, None)]}
_read, _report = read_report, report_path


def _service_rows(ex):
    return [(r["source_line"], r["service_id"], r["scope"], r["total"], r["online"], r["offline"],
             r["online_rate_reported"], r["online_rate"], r["no_dossiers"]) for r in ex.tables.get("service_results", [])]


@pytest.mark.parametrize("key", sorted(SERVICES))
def test_service_rows_golden(refs, key):
    doc, meta = _read(_report(key), refs)
    ex = extract_services(doc, refs, meta)
    assert _service_rows(ex) == SERVICES[key]
    assert "indicator_values" not in ex.tables  # a group's totals are the indicator labeller's


def test_counts_per_report(refs):
    assert {k: len(v) for k, v in SERVICES.items()} == {"000": 12, "001": 25, "002": 0, "003": 30}
    # 001 lists all 25 services once each, 11 under the police heading and 14 under the sectors heading
    assert len({r[1] for r in SERVICES["001"]}) == 25
    assert [r[2] for r in SERVICES["001"]].count("police") == 11
    assert [r[2] for r in SERVICES["001"]].count("sectors") == 14


def test_linked_services_win_over_plain_ones(refs):
    ids = [r[1] for r in SERVICES["000"]]
    assert "linked_birth" in ids and ids.count("birth_registration") == 1
    assert "linked_death" in ids and ids.count("death_registration") == 1


def test_rate_only_list_and_malformed_rate(refs):
    rows = {r[1]: r for r in SERVICES["003"] if r[0] < 145}
    # the report announces 23 + 2 services but lists 22 + 2 (linked death registration is missing)
    assert len(rows) == 24 and "linked_death" not in rows
    assert rows["temporary_residence"][6] == 100  # printed "(100,%)": read as 100, flagged by scan
    assert rows["birth_registration"][6] == 96.1 and rows["birth_registration"][3] is None
    assert rows["exam_registration"][8] is True and rows["small_seal"][8] is True


@pytest.mark.parametrize("key", sorted(SERVICES))
def test_quotes_are_exact_substrings_of_their_line(refs, key):
    path = _report(key)
    doc, meta = _read(path, refs)
    ex = extract_services(doc, refs, meta)
    lines = path.read_text(encoding="utf-8").split("\n")
    for table, rows in ex.tables.items():
        for row in rows:
            assert row["source_quote"] and row["source_quote"] in lines[row["source_line"] - 1], (table, row)
    for line, printed in ex.used:
        assert printed in lines[line - 1]


def test_pure_no_file_access(refs, monkeypatch):
    doc, meta = _read(_report("001"), refs)
    again = Document("\n".join(doc.lines), doc.name)  # a fresh document: no memoised result
    refuse_file_access(monkeypatch)
    first = _service_rows(extract_services(doc, refs, meta))
    assert first == _service_rows(extract_services(again, refs, meta))


def test_other_layout_district_fixture(refs):
    path = FIXTURES / "services_district.txt"
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    meta = ReportMeta("x", "monthly", date(2024, 3, 31))
    ex = extract_services(doc, refs, meta)
    assert _service_rows(ex) == [
        (7, "birth_registration", "district_commune", 120, 110, 10, 91.67, 91.67, None),
        (8, "marriage_registration", "district_commune", 42, 40, 2, None, 95.24, None),
        (10, "stay_notification", "district_commune", None, None, None, None, None, True),
    ]
    flags = ex.tables["quality_flags"]
    assert [(f["check"], f["printed"], f["source_line"]) for f in flags] == [("unknown_service", "Cấp giấy phép xây dựng", 9)]
    assert any("unknown_service" in r["reason"] for r in ex.review)


def test_people_a_desk_helped_are_no_services_dossiers(refs):
    """`Hướng dẫn 57 trường hợp nộp hồ sơ cấp phiếu lý lịch tư pháp qua ứng dụng VNeID`: people
    helped (vocabulary assisted), not the criminal-record service's online dossiers."""
    from generator.extract.service_figures import extract_service_figures

    rows = extract_service_figures(Document("đ) Hướng dẫn 57 trường hợp nộp hồ sơ cấp phiếu lý lịch tư pháp qua ứng dụng VNeID.\n", "t"),
                                   refs, ReportMeta("x", "monthly", date(2024, 10, 14))).tables.get("service_results", [])
    assert rows == []
