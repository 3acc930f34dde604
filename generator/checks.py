"""Arithmetic and consistency checks over the extracted records -> quality_flags rows.

Each check is a small function `(tables) -> flags`. Flags name the record, what was
printed and what was computed. Nothing is corrected here.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Callable, Iterable

from generator.extract.base import Row

CUT_OFF_GRACE = timedelta(days=62)  # a figure "as of" a few weeks after the period, a late report

Tables = dict[str, list[Row]]


def _flag(row: Row, table: str, check: str, printed: str, computed: str, message: str, message_vi: str) -> Row:
    return {
        "report_id": row["report_id"], "check": check, "table": table, "subject_id": row["record_id"],
        "printed": printed, "computed": computed, "message": message, "message_vi": message_vi,
        "source_line": row["source_line"], "source_quote": row["source_quote"],
    }


def _g(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _n(value: float) -> str:
    """A number in full (no exponent): 1105678, 90.32."""
    return str(int(value)) if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")


_PRINTED_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def printed_decimals(printed: str) -> int:
    """How many decimals a rate was printed with (`83,20%` -> 2, `99,8%` -> 1, `100%` -> 0)."""
    m = _PRINTED_NUMBER.search(printed or "")
    if not m:
        return 2
    token = m.group(0)
    seps = [i for i, ch in enumerate(token) if ch in ".,"]
    if not seps:
        return 0
    tail = token[seps[-1] + 1 :]
    return len(tail) if len(tail) != 3 or len(seps) == 1 and token[seps[-1]] == "," else 0


def at_printed(value: float, printed: str) -> str:
    """value shown with the decimals a printed rate had (`98,34%` -> 98.40 for 98.4001)."""
    return f"{value:.{printed_decimals(printed)}f}"


def rate_differs(printed_value: float, printed: str, computed: float) -> bool:
    """The printed rate is not the computed rate rounded to the decimals it was printed with."""
    k = printed_decimals(printed)
    return round(computed + 1e-9, k) != round(printed_value, k)


def service_arithmetic(tables: Tables) -> Iterable[Row]:
    for row in tables.get("service_results", []):
        total, online, offline = row.get("total"), row.get("online"), row.get("offline")
        rate = row.get("online_rate_reported")
        if total is not None and online is not None and offline is not None and online + offline != total:
            yield _flag(row, "service_results", "parts_do_not_add_up", f"{online} + {offline} vs {total}", str(online + offline),
                        f"Online ({online}) plus in person ({offline}) is {online + offline}, not the printed total {total}.",
                        f"Trực tuyến ({online}) cộng trực tiếp ({offline}) là {online + offline}, khác tổng {total}.")
        for part, name in ((online, "online"), (offline, "in person")):
            if total is not None and part is not None and part > total:
                yield _flag(row, "service_results", "part_exceeds_whole", f"{part} > {total}", "", f"The {name} count {part} is larger than the total {total}.", f"Số {name} {part} lớn hơn tổng {total}.")
        computed = online / total * 100 if online is not None and total else None
        printed = row.get("online_rate_printed") or f"{rate}"
        if rate is not None and computed is not None and rate_differs(rate, printed, computed):
            shown = at_printed(computed, printed)
            yield _flag(row, "service_results", "rate_mismatch", f"{_g(rate)}%", f"{shown}%",
                        f"The printed online rate {_g(rate)}% does not match {online}/{total} = {shown}%.",
                        f"Tỷ lệ trực tuyến in {_g(rate)}% khác {online}/{total} = {shown}%.")
        if rate is not None and rate > 100:
            yield _flag(row, "service_results", "ratio_over_100", f"{_g(rate)}%", "", f"A printed rate of {_g(rate)}% is above 100%.", f"Tỷ lệ in {_g(rate)}% vượt 100%.")


def indicator_arithmetic(tables: Tables) -> Iterable[Row]:
    for row in tables.get("indicator_values", []):
        num, den, value = row.get("numerator"), row.get("denominator"), row.get("value")
        if num is not None and den is not None:
            if num > den:
                yield _flag(row, "indicator_values", "part_exceeds_whole", f"{num:g}/{den:g}", "", f"The part {num:g} is larger than its whole {den:g}.", f"Phần {num:g} lớn hơn tổng {den:g}.")
            if row.get("unit") == "percent" and value is not None and den:
                computed = num / den * 100
                if rate_differs(value, row.get("value_printed", ""), computed):
                    shown = at_printed(computed, row.get("value_printed", ""))
                    yield _flag(row, "indicator_values", "rate_mismatch", f"{_g(value)}%", f"{shown}%",
                                f"The printed rate {_g(value)}% does not match {num:g}/{den:g} = {shown}%.",
                                f"Tỷ lệ in {_g(value)}% khác {num:g}/{den:g} = {shown}%.")
        if row.get("unit") == "percent" and value is not None and value > 100:
            yield _flag(row, "indicator_values", "ratio_over_100", f"{_g(value)}%", "", f"A printed rate of {_g(value)}% is above 100%.", f"Tỷ lệ in {_g(value)}% vượt 100%.")


def cut_off_outside_period(tables: Tables) -> Iterable[Row]:
    """A figure's own cut-off date (`đến ngày 15/12/2024`) outside its report's period."""
    periods = {r["report_id"]: (r.get("period_start"), r.get("period_end")) for r in tables.get("reports", [])}
    for row in tables.get("indicator_values", []):
        cut_off = row.get("cut_off_date")
        start, end = periods.get(row["report_id"], (None, None))
        if cut_off is None or start is None or end is None:
            continue
        start, end = (date.fromisoformat(d) if isinstance(d, str) else d for d in (start, end))
        cut = date.fromisoformat(cut_off) if isinstance(cut_off, str) else cut_off
        if cut < start or cut > end + CUT_OFF_GRACE:
            yield _flag(row, "indicator_values", "cut_off_outside_period", cut.isoformat(), f"{start.isoformat()}..{end.isoformat()}",
                        f"The figure is dated {cut.isoformat()}, outside the report's period {start.isoformat()} to {end.isoformat()}.",
                        f"Số liệu tính đến {cut:%d/%m/%Y}, ngoài kỳ báo cáo {start:%d/%m/%Y} - {end:%d/%m/%Y}.")


def same_quantity_twice(tables: Tables) -> Iterable[Row]:
    """One indicator printed twice in a report for the same level, time scope and cut-off, with
    different values (`1.124.445` accounts activated in the body, `1.105.678` further on)."""
    seen: dict[tuple, Row] = {}
    for row in tables.get("indicator_values", []):
        if row.get("value") is None:
            continue
        key = (row["report_id"], row["indicator_id"], row.get("breakdown"), row.get("time_scope"), row.get("cut_off_date"), row.get("scope"))
        first = seen.setdefault(key, row)
        if first is not row and first["value"] != row["value"]:
            this, other = _n(row["value"]), _n(first["value"])
            yield _flag(row, "indicator_values", "duplicate_figure", this, other,
                        f"{row['indicator_id']} is printed as {this} here and as {other} on line {first['source_line']}.",
                        f"{row['indicator_id']} được in là {this} ở đây và {other} ở dòng {first['source_line']}.")


def summary_counts(tables: Tables) -> Iterable[Row]:
    """Counts the body prints vs the items it lists and vs the appendix table."""
    statuses: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for subject, table in (("pilot_models", "pilot_model_status"), ("plan_tasks", "plan_tasks")):
        for row in tables.get(table, []):
            if table == "pilot_model_status" and row.get("source_kind") != "table":
                continue
            statuses[(row["report_id"], subject)][row["status"]] += 1
    for row in tables.get("status_counts", []):
        listed = row.get("listed_numbers") or ""
        numbers = listed.split()
        if numbers and len(numbers) != row["count"]:
            yield _flag(row, "status_counts", "summary_count_mismatch", str(row["count"]), str(len(numbers)),
                        f"The report says {row['count']} but lists {len(numbers)} items ({listed}).",
                        f"Báo cáo ghi {row['count']} nhưng liệt kê {len(numbers)} mục ({listed}).")
        counted = statuses.get((row["report_id"], row["subject"]))
        if counted and row["status"] != "total":
            n = counted.get(row["status"], 0)
            # rows whose status the appendix does not state could be any status: only a
            # printed count outside [n, n + unknown] is a mismatch
            unknown = counted.get("unknown", 0) if row["status"] != "unknown" else 0
            if not n <= row["count"] <= n + unknown:
                shown = f"{n}" if not unknown else f"{n} (up to {n + unknown} counting its {unknown} rows with no status stated)"
                shown_vi = f"{n}" if not unknown else f"{n} (tối đa {n + unknown} nếu tính {unknown} dòng không ghi tình trạng)"
                yield _flag(row, "status_counts", "summary_count_mismatch", str(row["count"]), str(n) if not unknown else f"{n}-{n + unknown}",
                            f"The body counts {row['count']} {row['subject'].replace('_', ' ')} as {row['status']}; the appendix table shows {shown}.",
                            f"Thân báo cáo ghi {row['count']} ({row['status']}); phụ lục cho thấy {shown_vi}.")
        elif counted and row["status"] == "total":
            n = sum(counted.values())
            if n != row["count"]:
                yield _flag(row, "status_counts", "summary_count_mismatch", str(row["count"]), str(n),
                            f"The body counts {row['count']} {row['subject'].replace('_', ' ')} in all; the appendix table lists {n}.",
                            f"Thân báo cáo ghi tổng {row['count']}; phụ lục liệt kê {n}.")


CHECKS: list[Callable[[Tables], Iterable[Row]]] = [service_arithmetic, indicator_arithmetic, cut_off_outside_period, same_quantity_twice, summary_counts]


def run_checks(tables: Tables) -> list[Row]:
    return [flag for check in CHECKS for flag in check(tables)]
