"""Consistency checks that respect how precisely a report printed a figure."""
from __future__ import annotations

from datetime import date

import pytest

from generator.checks import printed_decimals, rate_differs, run_checks


@pytest.mark.parametrize("printed,decimals", [("83,20%", 2), ("99,8%", 1), ("100%", 0), ("96.79%", 2), ("91,43", 2), ("1.234", 0)])
def test_printed_decimals(printed, decimals):
    assert printed_decimals(printed) == decimals


def test_rates_are_compared_at_their_printed_precision():
    assert rate_differs(83.20, "83,20%", 3278 / 3941 * 100)  # 83,18 %
    assert rate_differs(99.8, "99,8%", 12676 / 12688 * 100)  # 99,91 % -> 99,9
    assert not rate_differs(95.96, "95,96%", 54958 / 57274 * 100)
    assert not rate_differs(100, "100%", 99.6)  # printed with no decimals: 99,6 rounds to 100
    assert not rate_differs(91.4, "91,4%", 91.43)


def _iv(rid: str, line: int, indicator: str, value: float, **extra) -> dict:
    row = {"record_id": f"{rid}-iv{line}", "report_id": rid, "indicator_id": indicator, "value": value, "unit": "count",
           "numerator": None, "denominator": None, "value_printed": str(value), "breakdown": "all", "time_scope": "",
           "cut_off_date": None, "scope": "all", "source_line": line, "source_quote": "q"}
    row.update(extra)
    return row


def test_service_rate_flagged_at_printed_precision():
    row = {"record_id": "r-sr1", "report_id": "r", "service_id": "marriage_registration", "total": 3941, "online": 3278, "offline": 663,
           "online_rate_reported": 83.2, "online_rate_printed": "83,20", "online_rate": 83.18, "source_line": 1, "source_quote": "q"}
    flags = run_checks({"service_results": [row], "reports": []})
    assert [(f["check"], f["printed"], f["computed"]) for f in flags] == [("rate_mismatch", "83.2%", "83.18%")]


def test_cut_off_outside_the_period_and_the_same_quantity_twice():
    reports = [{"report_id": "r", "period_start": date(2024, 1, 15), "period_end": date(2024, 2, 14)}]
    rows = [
        _iv("r", 10, "vneid_accounts_activated", 1124445, cut_off_date=date(2024, 2, 10)),
        _iv("r", 20, "vneid_accounts_activated", 1105678, cut_off_date=date(2024, 2, 10)),
        _iv("r", 30, "id_cards_collected", 5, cut_off_date=date(2024, 6, 30)),
    ]
    flags = run_checks({"indicator_values": rows, "reports": reports})
    assert [(f["check"], f["source_line"], f["printed"], f["computed"]) for f in flags] == [
        ("cut_off_outside_period", 30, "2024-06-30", "2024-01-15..2024-02-14"),
        ("duplicate_figure", 20, "1105678", "1124445"),
    ]
