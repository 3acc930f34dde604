"""Headline indicators: golden values from the real reports, provenance, purity, other layouts."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from seed_reports import read_report, refuse_file_access, report_path

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.indicators import extract_indicators

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

# (line, indicator, breakdown, value, unit, numerator, denominator, value_printed, number_style)
INDICATORS = {'000': [(174, 'digitisation_rate', 'all', 70.46, 'percent', None, None, '70,46%', 'vi'),
         (176, 'digitisation_rate', 'province_level', 50.14, 'percent', None, None, '50,14%', 'vi'),
         (176, 'digitisation_rate', 'district_level', 63.29, 'percent', None, None, '63,29%', 'vi'),
         (176, 'digitisation_rate', 'commune_level', 85.79, 'percent', None, None, '85,79%', 'vi'),
         (178, 'electronic_results_rate', 'all', 74.3, 'percent', None, None, '74,3%', 'vi'),
         (180, 'electronic_results_rate', 'province_level', 52, 'percent', None, None, '52%', 'plain'),
         (180, 'electronic_results_rate', 'district_level', 62, 'percent', None, None, '62%', 'plain'),
         (180, 'electronic_results_rate', 'commune_level', 93, 'percent', None, None, '93%', 'plain'),
         (184, 'dossiers_received', 'period', 24657, 'count', None, None, '24.657', 'vi'),
         (184, 'procedures_connected_population_db', 'all', 100, 'percent', None, None, '100%', 'plain'),
         (188, 'identity_verifications', 'all', 23720, 'count', None, None, '23.720', 'vi'),
         (190, 'population_db_use_rate', 'all', 96.79, 'percent', None, None, '96.79%', 'en')],
 '001': [(72, 'social_insurance_synced_rate', 'all', 99.48, 'percent', None, None, '99.48%', 'en'),
         (72, 'social_insurance_synced', 'all', 1417643, 'count', None, None, '1.417.643', 'vi'),
         (78, 'tax_ids_standardised_rate', 'all', 99.51, 'percent', 112315, 112864, '99,51%', 'vi'),
         (80, 'student_data_verified_rate', 'all', 98.92, 'percent', 330746, 334357, '98,92%', 'vi'),
         (80, 'teacher_data_verified_rate', 'all', 99.96, 'percent', 31385, 21394, '99,96%', 'vi'),
         (84, 'martyr_records_entered_rate', 'all', 25.6, 'percent', 6210, 31847, '25.6%', 'en'),
         (106, 'budget_allocated', 'all', 18535000000, 'vnd', None, None, '18.535.000.000 đồng', 'vi'),
         (128, 'procedures_connected_population_db', 'all', 100, 'percent', None, None, '100%', 'plain'),
         (136, 'criminal_record_vneid_dossiers', 'all', 595, 'count', None, None, '595', 'plain'),
         (142, 'full_online_procedures_rate', 'all', 58.3, 'percent', None, None, '58,3%', 'vi'),
         (142, 'full_online_procedures', 'all', 1089, 'count', None, None, '1.089', 'vi'),
         (142, 'partly_online_procedures_rate', 'all', 35.06, 'percent', None, None, '35,06%', 'vi'),
         (142, 'partly_online_procedures', 'all', 655, 'count', None, None, '655', 'plain'),
         (142, 'online_payment_procedures_rate', 'all', 100, 'percent', None, None, '100%', 'plain'),
         (142, 'online_payment_procedures', 'all', 621, 'count', None, None, '621', 'plain'),
         (142, 'online_dossier_rate', 'all', 90.32, 'percent', None, None, '90,32%', 'vi'),
         (142, 'online_dossiers', 'all', 509359, 'count', None, None, '509.359', 'vi'),
         (142, 'online_payment_dossier_rate', 'all', 84.26, 'percent', None, None, '84,26%', 'vi'),
         (142, 'online_payment_dossiers', 'all', 386670, 'count', None, None, '386.670', 'vi'),
         (196, 'digitisation_rate', 'all', 93.9, 'percent', None, None, '93,9%', 'vi'),
         (196, 'digitisation_rate', 'province_level', 87.8, 'percent', None, None, '87,8%', 'vi'),
         (196, 'digitisation_rate', 'district_level', 93.2, 'percent', None, None, '93,2%', 'vi'),
         (196, 'digitisation_rate', 'commune_level', 97.3, 'percent', None, None, '97,3%', 'vi'),
         (198, 'electronic_results_rate', 'all', 88.4, 'percent', None, None, '88,4%', 'vi'),
         (198, 'electronic_results_rate', 'province_level', 61.9, 'percent', None, None, '61,9%', 'vi'),
         (198, 'electronic_results_rate', 'district_level', 93.5, 'percent', None, None, '93,5%', 'vi'),
         (198, 'electronic_results_rate', 'commune_level', 98.5, 'percent', None, None, '98,5%', 'vi'),
         (200, 'reuse_rate', 'all', 40.7, 'percent', None, None, '40,7%', 'vi'),
         (200, 'reuse_rate', 'province_level', 22.5, 'percent', None, None, '22,5%', 'vi'),
         (200, 'reuse_rate', 'district_level', 39.2, 'percent', None, None, '39,2%', 'vi'),
         (200, 'reuse_rate', 'commune_level', 50.1, 'percent', None, None, '50,1%', 'vi'),
         (202, 'dossiers_received', 'period', 531670, 'count', None, None, '531.670', 'vi'),
         (202, 'procedures_connected_population_db', 'all', 100, 'percent', None, None, '100%', 'plain'),
         (204, 'population_db_use_rate', 'all', 96, 'percent', None, None, '96%', 'plain'),
         (220, 'medical_facilities_id_card_rate', 'all', 100, 'percent', 197, 197, '100%', 'plain'),
         (220, 'health_insurance_checks_rate', 'period', 81.46, 'percent', 1086072, 1333162, '81.46%', 'en'),
         (220, 'cashless_hospitals_rate', 'all', 100, 'percent', 20, 20, '100%', 'plain'),
         (220, 'cashless_hospital_payments', 'all', 78288, 'count', None, None, '78.288', 'vi'),
         (220, 'cashless_hospital_amount', 'all', 114347854105, 'vnd', None, None, '114.347.854.105 đồng', 'vi'),
         (226, 'vneid_health_insurance_accounts_rate', 'all', 21.94, 'percent', None, None, '21.94%', 'en'),
         (226, 'vneid_health_insurance_accounts', 'all', 395791, 'count', None, None, '395.791', 'vi'),
         (226, 'electronic_health_books_rate', 'all', 16.85, 'percent', None, None, '16.85%', 'en'),
         (226, 'electronic_health_books', 'all', 304026, 'count', None, None, '304.026', 'vi'),
         (232, 'pensions_via_bank_rate', 'all', 49.64, 'percent', 16331, 32901, '49,64%', 'vi'),
         (234, 'lump_sum_benefits_via_bank_rate', 'all', 93.45, 'percent', 14239, 15237, '93,45%', 'vi'),
         (236, 'unemployment_benefits_via_bank_rate', 'all', 99.26, 'percent', 5878, 5922, '99,26%', 'vi'),
         (240, 'digital_school_records_schools_rate', 'all', 60.37, 'percent', 128, 212, '60,37%', 'vi'),
         (240, 'digital_school_records_issued_rate', 'all', 99.17, 'percent', 62378, 62896, '99,17%', 'vi'),
         (244, 'vehicle_records_with_id_rate', 'all', 61.5, 'percent', 269527, 438300, '61.5%', 'en'),
         (246, 'vneid_driving_licence_checks', 'all', 1228, 'count', None, None, '1.228', 'vi'),
         (266, 'id_cards_collected', 'period', 113796, 'count', None, None, '113.796', 'vi'),
         (266, 'id_cards_issued_rate', 'cumulative', 98.68, 'percent', 1423725, 1442762, '98,68%', 'vi'),
         (266, 'vneid_accounts_collected', 'all', 268280, 'count', None, None, '268.280', 'vi'),
         (266, 'vneid_accounts_collected_rate', 'cumulative', 96.3, 'percent', 1224975, 1272073, '96.30%', 'en'),
         (266, 'vneid_accounts_activated_rate', 'all', 91.79, 'percent', 1124445, 1224975, '91,79%', 'vi'),
         (292, 'on_time_dossier_rate', 'all', 99.85, 'percent', None, None, '99,85%', 'vi'),
         (292, 'online_dossier_rate', 'all', 90.3, 'percent', None, None, '90,3%', 'vi'),
         (298, 'service_index_score', 'all', 91.39, 'points', None, None, '91,39', 'vi')],
 '002': [(71, 'prefilled_form_procedures', 'all', 69, 'count', None, None, '69', 'plain'),
         (91, 'online_dossier_rate', 'all', 51.9, 'percent', None, None, '51,9%', 'vi'),
         (116, 'online_only_procedures', 'all', 161, 'count', None, None, '161', 'plain'),
         (120, 'full_online_procedures_rate', 'all', 48.6, 'percent', None, None, '48,6%', 'vi'),
         (120, 'full_online_procedures', 'all', 941, 'count', None, None, '941', 'plain'),
         (123, 'partly_online_procedures_rate', 'all', 40.9, 'percent', None, None, '40,9%', 'vi'),
         (122, 'partly_online_procedures', 'all', 792, 'count', None, None, '792', 'plain')],
 '003': [(170, 'identity_verifications', 'all', 11167, 'count', None, None, '11.167', 'vi'),
         (204, 'online_payment_dossier_rate', 'all', 100, 'percent', None, None, '100%', 'plain'),
         (200, 'online_payment_dossiers', 'all', 440, 'count', None, None, '440', 'plain'),
         (212, 'medical_facilities_id_card', 'all', 255, 'count', 255, 255, '255', 'plain'),
         (214, 'health_insurance_checks', 'all', 1300879, 'count', None, None, '1,300,879', 'en'),
         (216, 'health_insurance_checks_successful', 'all', 1038836, 'count', None, None, '1,038,836', 'en'),
         (237, 'medical_facilities_id_card_rate', 'all', 100, 'percent', 253, 253, '100%', 'plain'),
         (241, 'health_insurance_checks_rate', 'all', 66.7, 'percent', 206288, 308932, '66,7%', 'vi'),
         (243, 'health_insurance_checks_successful_rate', 'all', 92.9, 'percent', None, None, '92,9%', 'vi'),
         (243, 'health_insurance_checks_successful', 'all', 191714, 'count', None, None, '191.714', 'vi'),
         (283, 'cashless_hospital_payments_rate', 'period', 92.68, 'percent', 42686, 46054, '92,68%', 'vi'),
         (289, 'cashless_hospital_amount_rate', 'all', 89.5, 'percent', 36501000000, 40795000000, '89,5%', 'vi'),
         (338, 'id_cards_collected', 'period', 4162, 'count', None, None, '4.162', 'vi'),
         (340, 'id_cards_collected', 'cumulative', 1532200, 'count', None, None, '1.532.200', 'vi'),
         (344, 'vneid_accounts_activated', 'period', 6132, 'count', None, None, '6.132', 'vi'),
         (346, 'vneid_accounts_activated', 'cumulative', 1245466, 'count', None, None, '1.245.466', 'vi'),
         (372, 'social_insurance_synced_rate', 'all', 98, 'percent', 1693520, 1734561, '98%', 'plain')]}


_read, _report = read_report, report_path


def _rows(ex):
    return [(r["source_line"], r["indicator_id"], r["breakdown"], r["value"], r["unit"], r["numerator"], r["denominator"],
             r["value_printed"], r["number_style"]) for r in ex.tables.get("indicator_values", [])]


@pytest.mark.parametrize("key", sorted(INDICATORS))
def test_indicator_rows_golden(refs, key):
    doc, meta = _read(_report(key), refs)
    assert _rows(extract_indicators(doc, refs, meta)) == INDICATORS[key]


def test_headline_examples():
    rows = {(r[0], r[1], r[2]): r for k in INDICATORS for r in INDICATORS[k]}
    assert rows[(174, "digitisation_rate", "all")][3] == 70.46
    assert INDICATORS["002"][1][1:4] == ("online_dossier_rate", "all", 51.9)
    by_id = {(r[1], r[2]): r for r in INDICATORS["003"]}
    assert by_id[("id_cards_collected", "period")][3] == 4162
    assert by_id[("id_cards_collected", "cumulative")][3] == 1532200
    assert by_id[("health_insurance_checks", "all")][7:] == ("1,300,879", "en")
    assert by_id[("cashless_hospital_amount_rate", "all")][5:7] == (36501000000, 40795000000)
    by_id = {(r[1], r[2]): r for r in INDICATORS["001"]}
    assert by_id[("id_cards_issued_rate", "cumulative")][3:7] == (98.68, "percent", 1423725, 1442762)
    assert by_id[("pensions_via_bank_rate", "all")][5:7] == (16331, 32901)
    # targets ("Chính phủ giao 80%") are not results
    assert 80 not in [r[3] for r in INDICATORS["001"] if r[1] == "digitisation_rate"]


EXPECTED_COUNTS = {"000": 12, "001": 58, "002": 7, "003": 17}


def test_counts_per_report():
    assert {k: len(v) for k, v in INDICATORS.items()} == EXPECTED_COUNTS


@pytest.mark.parametrize("key", sorted(INDICATORS))
def test_quotes_are_exact_substrings_of_their_line(refs, key):
    path = _report(key)
    doc, meta = _read(path, refs)
    ex = extract_indicators(doc, refs, meta)
    lines = path.read_text(encoding="utf-8").split("\n")
    for row in ex.tables.get("indicator_values", []):
        assert row["source_quote"] and row["source_quote"] in lines[row["source_line"] - 1], row
        assert row["value_printed"] in lines[row["source_line"] - 1]
    for line, printed in ex.used:
        assert printed in lines[line - 1]


def test_indicator_ids_and_units_are_in_the_code_lists(refs):
    ids = refs.ids("indicators")
    units = refs.ids("units")
    for rows in INDICATORS.values():
        for r in rows:
            assert r[1] in ids and r[4] in units


def test_pure_no_file_access(refs, monkeypatch):
    doc, meta = _read(_report("003"), refs)
    refuse_file_access(monkeypatch)
    assert _rows(extract_indicators(doc, refs, meta)) == INDICATORS["003"]


def test_other_layout_district_fixture(refs):
    path = FIXTURES / "indicators_district.txt"
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    meta = ReportMeta("x", "monthly", date(2024, 3, 31))
    assert _rows(extract_indicators(doc, refs, meta)) == [
        (12, "digitisation_rate", "all", 88.5, "percent", None, None, "88,5%", "vi"),
        (12, "digitisation_rate", "district_level", 80.1, "percent", None, None, "80,1%", "vi"),
        (12, "digitisation_rate", "commune_level", 90.2, "percent", None, None, "90,2%", "vi"),
        (13, "id_cards_collected", "period", 1234, "count", None, None, "1.234", "vi"),
        (14, "cashless_hospital_amount_rate", "all", 80, "percent", 10000000000, 12500000000, "80%", "plain"),
    ]
