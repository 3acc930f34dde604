"""Who reported, for where, for which period: read from the report's own words.

Nothing comes from the file name. A blank date or number (drafts) stays empty and is
flagged. A jurisdiction that is not in the code list still gets an id (a slug of the
printed name) and goes to the review output with the next step to take.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from generator.codelists import References
from generator.dates import find_dates
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta, Row
from generator.fold import fold, slugify

HEADER_LINES = 45
MERGER = date(2025, 7, 1)

_BODY_START = re.compile(r"^\s*(?:#+\s*)?\**\s*(?:I|1)\.\s", re.IGNORECASE)
_SIGNATURE_START = re.compile(r"^\s*\**\s*Nơi nhận\s*:?", re.IGNORECASE)
_APPENDIX = re.compile(r"^\s*(?:#+\s*)?\**\s*Phụ lục\b", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*\**\s*Số\s*:\s*(?P<num>[^\n]*?)\s*\**\s*$", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"(?P<place>[A-ZĐÀ-Ỹ][^\n,]{1,40}),\s*ngày\s+(?P<d>\d{1,2}|\s*)\s+tháng\s+(?P<m>\d{1,2}|\s*)\s+năm\s+(?P<y>\d{4})",
)
_ISSUER = re.compile(
    r"(?P<issuer>(?:Văn phòng\s+|Tổ công tác\s+|Ban Chỉ đạo\s+|Công an\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Tổ công tác|Ban Chỉ đạo|Công an|Văn phòng)[^;:.]{0,80}?)\s+(?:trân trọng\s+)?báo cáo\b",
    re.IGNORECASE,
)
_TYPE_WORDS = [
    ("semiannual", re.compile(r"\b(?:6|sáu)\s+tháng\b", re.IGNORECASE)),
    ("quarterly", re.compile(r"\bquý\b", re.IGNORECASE)),
    ("monthly", re.compile(r"\btháng\b", re.IGNORECASE)),
    ("annual", re.compile(r"\b(?:sơ kết|tổng kết)\b.*\bnăm\s+\d{4}|\bnăm\s+\d{4}\b", re.IGNORECASE)),
]
_ADMIN_WORDS = r"(?:tỉnh|thành phố|huyện|thị xã|quận)"
_DISTRICT_TYPES = ("huyện", "thị xã", "quận")
# Upper-case letters, Vietnamese included ("[A-ZÀ-Ỹ]" would also take "đ", "ố": that range mixes cases)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_WORD = rf"[{_UPPER}][^\W\d_]*"
_PRINTED_PLACE = re.compile(
    rf"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Tổ công tác(?: Đề án 06(?:/CP)?)?|Công an|Ban Chỉ đạo[^,;]*?)\s+(?P<type>{_ADMIN_WORDS})\s+(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})",
)
# one header line: "HUYỆN BÌNH SƠN", "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "UBND THỊ XÃ ĐỨC PHỔ"
_STACKED = re.compile(rf"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN |UBND |CÔNG AN |TỔ CÔNG TÁC (?:ĐỀ ÁN 06(?:/CP)? )?)?(?P<type>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN) (?P<name>[{_UPPER}]+(?: [{_UPPER}]+){{0,3}})$")


@dataclass
class Header:
    title: str = ""
    number: str = ""
    number_line: int | None = None
    place_date_line: int | None = None
    report_date: date | None = None
    issuer: str = ""


def body_end(doc: Document) -> int:
    """Last line of the report body: before 'Nơi nhận' or the first appendix."""
    for number, line in enumerate(doc.lines, start=1):
        if number > 5 and (_SIGNATURE_START.match(line) or _APPENDIX.match(line)):
            return number - 1
    return len(doc.lines)


def read_header(doc: Document) -> Header:
    header = Header()
    limit = min(len(doc.lines), HEADER_LINES)
    for number in range(1, limit + 1):
        line = doc.line(number)
        m = _NUMBER.match(line)
        if m and not header.number_line:
            header.number_line = number
            header.number = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", m.group("num"))).strip(" *")
            if not re.search(r"\d", header.number.split("/")[0]):
                header.number = ""
        m = _PLACE_DATE.search(line)
        if m and not header.place_date_line:
            header.place_date_line = number
            if m.group("d").strip() and m.group("m").strip():
                try:
                    header.report_date = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    header.report_date = None
    header.title = _title(doc)
    header.issuer = _issuer(doc)
    return header


def _title(doc: Document) -> str:
    """The words under the `BÁO CÁO` heading, up to `Kính gửi` or the body. A trailing
    `(Từ ngày … đến …)` is the period, published as period_start/end, not title words."""
    lines = doc.lines[:HEADER_LINES]
    for i, line in enumerate(lines):
        m = re.fullmatch(r"\s*\**\s*BÁO CÁO\b\s*\**\s*(?P<rest>.*?)\s*\**\s*", line)
        if m:
            parts = [m.group("rest")] if m.group("rest") else []
            for nxt in lines[i + 1 :]:
                text = nxt.strip().strip("*").strip()
                if not text:
                    continue
                if re.match(r"(Kính gửi|Thực hiện|Căn cứ)\b", text) or _BODY_START.match(nxt):
                    break
                parts.append(text)
            title = " ".join(parts)
            period = re.search(r"\s*\(([^()]*)\)\s*$", title)
            if period and find_range(period.group(1)):
                title = title[: period.start()]
            return title.strip()
    return ""


def _issuer(doc: Document) -> str:
    for block in doc.blocks(1, min(len(doc.lines), 80)):
        for clause in block.text.split(";"):
            if "báo cáo" not in clause.lower():
                continue  # _ISSUER ends in "báo cáo" (its letters lower-case to these only)
            found = [m for m in _ISSUER.finditer(clause) if not re.search(r"\b(?:về việc|của)\b", m.group("issuer"))]
            for m in found[:1]:
                issuer = re.sub(r"\s+", " ", m.group("issuer")).strip()
                issuer = re.sub(r"^(?:Thực hiện|Theo đó)\b.*?,\s*", "", issuer)
                return issuer.replace("(UBND) ", "")
    return ""


_RANGE_FROM = re.compile(r"(?:từ|kể từ|tính từ)\s*(?:ngày\s*)?$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s*)?$", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"\b(?P<n>\d{1,2}|sáu|chín|ba)\s+tháng\s+(?P<side>đầu|cuối)\s+năm\s+(?P<y>\d{4})\b", re.IGNORECASE)
_MONTH_WORDS = {"ba": 3, "sáu": 6, "chín": 9}


def find_range(text: str) -> tuple[date, date, int] | None:
    """(first day, last day, offset) of the first `từ <day> đến <day>` in text, days printed
    in any form find_dates reads (`15/12/2023`, `ngày 16 tháng 12 năm 2023`, typos read)."""
    days = [d for d in find_dates(text) if d.precision == "day" and d.first]
    for a, b in zip(days, days[1:]):
        if _RANGE_FROM.search(text[max(0, a.start - 14) : a.start]) and _RANGE_GAP.match(text[a.end : b.start]) and a.first <= b.first:
            return a.first, b.last, a.start
    return None


def _period(doc: Document, title: str, end_line: int) -> tuple[date | None, date | None, int | None, str]:
    """(start, end, line, how) of the period the report covers, from its opening lines:
    a stated range, else the title's `N tháng đầu/cuối năm`, month, quarter or year."""
    stop = min(end_line, HEADER_LINES)
    for block in doc.blocks(1, stop):
        found = find_range(block.text)
        if found:
            return found[0], found[1], block.line_at(found[2]), "range"
    m = _PART_OF_YEAR.search(title)
    if m:
        n = _MONTH_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        y = int(m.group("y"))
        if 1 <= n <= 12:
            if m.group("side").lower() == "đầu":
                return date(y, 1, 1), find_dates(f"tháng {n}/{y}")[0].last, None, "title"
            return date(y, 13 - n, 1), date(y, 12, 31), None, "title"
    for d in find_dates(title):
        if d.precision in ("month", "quarter", "year") and d.first:
            return d.first, d.last, None, "title"
    return None, None, None, "none"


def _report_type(title: str, start: date | None, end: date | None) -> str:
    if start and end:
        days = (end - start).days + 1
        if 26 <= days <= 35:
            return "monthly"
        if 85 <= days <= 95:
            return "quarterly"
        if 175 <= days <= 190:
            return "semiannual"
        if 330 <= days <= 370:
            return "annual"
        return "ad_hoc"  # a stated period of another length (9 months, two weeks)
    for kind, pattern in _TYPE_WORDS:
        if title and pattern.search(title):
            return kind
    return "ad_hoc"


_ALIASES: dict[str, list[tuple[str, str, str, int, date, date]]] = {}


def _all_aliases(refs: References) -> list[tuple[str, str, str, int, date, date]]:
    """(folded alias, id, level, specificity, valid from, valid to), longest first; folded
    once per code-list version (folding 783 rows per report dominated extraction time)."""
    cached = _ALIASES.get(refs.fingerprint)
    if cached is None:
        cached = []
        for row in refs.rows("jurisdictions"):
            if row["level"] not in ("province", "district"):
                continue
            start = date.fromisoformat(row["valid_from"]) if row["valid_from"] else date.min
            end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else date.max
            for alias in {row["name_vi"], *row["aliases"].split("|")}:
                alias = fold(alias)
                if alias:
                    typed = 1 if re.match(r"(tinh|thanh pho|huyen|thi xa|quan|ubnd) ", alias) else 0
                    cached.append((alias, row["jurisdiction_id"], row["level"], typed, start, end))
        cached.sort(key=lambda c: (-len(c[0]), c[1]))
        _ALIASES[refs.fingerprint] = cached
    return cached


@dataclass(frozen=True)
class _Candidates:
    """The aliases valid at one date: all of them (longest first), by folded alias, and the
    province names counted in the body."""

    all: tuple[tuple[str, str, str, int], ...]  # (folded alias, id, level, specificity)
    by_alias: dict[str, list[tuple[str, str]]]  # alias -> [(id, level)] in list order
    provinces: tuple[tuple[str, str], ...]  # (alias, id): provinces, aliases of 4+ letters


_CANDIDATES: dict[tuple[str, tuple[bool, ...]], _Candidates] = {}
_INTERVALS: dict[str, tuple[tuple[date, date], ...]] = {}


def _candidates_at(refs: References, when: date) -> _Candidates:
    """Kept per code-list version and per set of validity intervals that hold `when` (the
    rows have a handful of distinct intervals, so every date maps to one of few lists)."""
    aliases = _all_aliases(refs)
    intervals = _INTERVALS.get(refs.fingerprint)
    if intervals is None:
        intervals = _INTERVALS[refs.fingerprint] = tuple(sorted({(start, end) for *_, start, end in aliases}))
    key = (refs.fingerprint, tuple(start <= when <= end for start, end in intervals))
    cached = _CANDIDATES.get(key)
    if cached is None:
        if len(_CANDIDATES) > 64:
            _CANDIDATES.clear()
        found = tuple((alias, jid, level, typed) for alias, jid, level, typed, start, end in aliases if start <= when <= end)
        by_alias: dict[str, list[tuple[str, str]]] = {}
        for alias, jid, level, _ in found:
            by_alias.setdefault(alias, []).append((jid, level))
        provinces = tuple((alias, jid) for alias, jid, level, _ in found if level == "province" and len(alias) >= 4)
        cached = _CANDIDATES[key] = _Candidates(found, by_alias, provinces)
    return cached


def _stacked_unit(doc: Document) -> tuple[str, str, int] | None:
    """(type word, name, line) from an upper-case header line such as `HUYỆN BÌNH SƠN` or
    `ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH`, above the `BÁO CÁO` heading."""
    for number, raw in enumerate(doc.lines[:HEADER_LINES], start=1):
        text = re.sub(r"\s+", " ", raw.strip().strip("*").strip())
        if not text:
            continue
        if re.match(r"BÁO CÁO\b", text):
            break
        m = _STACKED.search(text)
        if m and m.group("name").isupper():
            return m.group("type").lower(), m.group("name").title(), number
    return None


def _issuing_unit(doc: Document, end_line: int) -> tuple[str, str] | None:
    """(type word, name) of the unit named as issuer or sender in the header and body start."""
    stacked = _stacked_unit(doc)
    if stacked:
        return stacked[0], stacked[1]
    text = re.sub(r"\s+", " ", " ".join(doc.lines[: min(end_line, 80)]))
    m = _PRINTED_PLACE.search(text)
    if m:
        return m.group("type").lower(), m.group("name")
    return None


def _province_counts(doc: Document, refs: References, when: date, end_line: int) -> dict[str, int]:
    """How often each province valid at `when` is named in the report body."""
    counts: dict[str, int] = {}
    key = f"folded_lines:{end_line}"
    memo = doc.memo.get(key)
    if memo is None:
        folded = " " + " \n ".join(fold(line) for line in doc.lines[:end_line]) + " "
        words = set(folded.split(" "))
        memo = doc.memo[key] = (folded, words, {w.split(",", 1)[0] for w in words if "," in w})
    folded, words, before_comma = memo
    for alias, jid in _candidates_at(refs, when).provinces:
        # " alias " and " alias," begin a space-separated word of the text: the alias's first
        # word, or a one-word alias before a comma (a set lookup first: most provinces are
        # not named at all), then the text itself
        first = alias.split(" ", 1)[0]
        if first != alias:
            maybe = first in words
        else:
            maybe = "," in alias or alias in words or alias in before_comma
        if not maybe or alias not in folded:
            continue
        n = folded.count(f" {alias} ") + folded.count(f" {alias},")
        if n:
            counts[jid] = counts.get(jid, 0) + n
    return counts


def _parent_of(refs: References, jid: str) -> str:
    return next((r["parent_id"] for r in refs.rows("jurisdictions") if r["jurisdiction_id"] == jid), "")


def find_jurisdiction(doc: Document, refs: References, when: date, end_line: int) -> tuple[str | None, str, int]:
    """(jurisdiction id or None, printed words, line) for the unit the report is about.

    The issuing unit printed in the header (or named as the reporter) decides; a district
    name shared by several provinces (`huyện Châu Thành`) is settled by the province the
    report names most. A district that is not in the code list gives None (never its
    province). Without an issuing unit: the province named most often.
    """
    by_alias = _candidates_at(refs, when).by_alias
    unit = _issuing_unit(doc, end_line)
    if unit:
        typ, name = unit
        printed = f"{typ} {name}"
        # "thành phố" is a province-level city (Hà Nội) or a district-level one (Long Xuyên)
        levels = ("district",) if typ in _DISTRICT_TYPES else ("province", "district") if typ == "thành phố" else ("province",)
        for level, wanted in [(lvl, w) for lvl in levels for w in (fold(printed), fold(name))]:
            found = sorted({jid for jid, lvl in by_alias.get(wanted, ()) if lvl == level})
            if len(found) == 1:
                return found[0], printed, _line_of(doc, name)
            if found:
                counts = _province_counts(doc, refs, when, end_line)
                best = max(found, key=lambda j: (counts.get(_parent_of(refs, j), 0), -found.index(j)))
                if len(found) > 1 and not counts.get(_parent_of(refs, best)):
                    return None, printed, _line_of(doc, name)  # shared name, no province to tell
                return best, printed, _line_of(doc, name)
        if "district" in levels:  # a district not in the list: say so rather than fall back to its province
            return None, printed, _line_of(doc, name)
    counts = _province_counts(doc, refs, when, end_line)
    if counts:
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        name = next(r["name_vi"] for r in refs.rows("jurisdictions") if r["jurisdiction_id"] == best)
        return best, name, 1
    if unit:
        return None, f"{unit[0]} {unit[1]}", _line_of(doc, unit[1])
    return None, "", 1


def unknown_jurisdiction_id(doc: Document, refs: References, printed: str, when: date, end_line: int) -> str:
    """A provisional id following the code list's convention: `<name>` for a province,
    `<district>-<province>` for a district (province: the one the report names most),
    `-2025` for units after the 1 July 2025 merger."""
    if not printed:
        return "unknown"
    m = re.match(rf"(?P<type>{_ADMIN_WORDS})\s+(?P<name>.+)", printed, re.IGNORECASE)
    typ, name = (m.group("type").lower(), m.group("name")) if m else ("", printed)
    jid = slugify(name)
    if typ in _DISTRICT_TYPES or typ == "thành phố":
        counts = _province_counts(doc, refs, when, end_line)
        if counts:
            jid += "-" + sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0].removesuffix("-2025")
    if when >= MERGER:
        jid += "-2025"
    return jid


def _line_of(doc: Document, words: str) -> int:
    target = fold(words)
    for number, line in enumerate(doc.lines, start=1):
        if target in fold(line):
            return number
    return 1


def latest_cited_date(doc: Document, end_line: int) -> date | None:
    best = None
    for block in doc.blocks(1, end_line):
        for d in find_dates(block.text):
            if d.precision == "day" and d.first and not d.malformed and (best is None or d.first > best):
                best = d.first
    return best


def extract_metadata(doc: Document, refs: References, source_name: str, sha256: str, fmt: str) -> tuple[Row, ReportMeta, Extraction]:
    out = Extraction()
    end = body_end(doc)
    header = read_header(doc)
    start, finish, _line, _how = _period(doc, header.title, end)
    rtype = _report_type(header.title, start, finish)
    if finish:
        reference, basis = finish, "period_end"
    elif header.report_date:
        reference, basis = header.report_date, "report_date"
    else:
        cited = latest_cited_date(doc, end)
        reference, basis = (cited or date(1970, 1, 1)), "latest_cited_date"
    jid, printed, jline = find_jurisdiction(doc, refs, reference, end)
    if jid is None:
        jid = unknown_jurisdiction_id(doc, refs, printed, reference, end)
        out.to_review(jline, doc.line(jline).strip()[:300], f"unknown jurisdiction '{printed or '?'}': add a row with jurisdiction_id '{jid}' to codelists/jurisdictions.csv (level, parent, official code), then rebuild")
    report_id = f"{jid}-{reference:%Y-%m}-{rtype.replace('_', '-')}-{sha256[:8]}"
    row: Row = {
        "report_id": report_id,
        "source_file": source_name,
        "source_sha256": sha256,
        "source_format": fmt,
        "jurisdiction_id": jid,
        "jurisdiction_printed": printed,
        "report_type": rtype,
        "period_start": start,
        "period_end": finish,
        "report_date": header.report_date,
        "reference_date": reference,
        "reference_date_basis": basis,
        "report_number": header.number,
        "issuer": header.issuer,
        "title": header.title,
        "line_count": len(doc.lines),
    }
    first = next((n for n, text in enumerate(doc.lines, start=1) if text.strip()), 1)
    if header.report_date is None:
        line = header.place_date_line or first
        printed = doc.line(line).strip() if header.place_date_line else "(no date line)"
        out.flag("missing_report_date", printed, "The report date is blank or missing (a draft?).", "Ngày báo cáo để trống hoặc không có (dự thảo?).", line, doc.line(line).strip())
    if not header.number:
        line = header.number_line or first
        printed = doc.line(line).strip() if header.number_line else "(no number line)"
        out.flag("missing_report_number", printed, "The report number is blank or missing.", "Số báo cáo để trống hoặc không có.", line, doc.line(line).strip())
    if start is None:
        out.flag("missing_period", "(no period)", "The report does not state the period it covers; it is placed in time by its latest cited date.", "Báo cáo không nêu kỳ báo cáo; được xếp theo ngày muộn nhất được trích dẫn.", first, doc.line(first).strip())
    return row, ReportMeta(jid, rtype, reference, start, finish, header.report_date, end), out


PROGRAMME_START = date(2022, 1, 6)  # Decision 06/QĐ-TTg approving Đề án 06
LATE_GRACE = timedelta(days=62)  # figures "as of" a few days after the period, late signing


def year_window(meta: ReportMeta) -> tuple[date, date]:
    """(earliest, latest) date a programme event in this report can carry: the programme's
    start, and the report's own date (or period end) plus a grace. See scan._check_date for
    which dates outside it are flagged: legal citations and cut-offs may lie outside."""
    latest = max(d for d in (meta.reference_date, meta.report_date, meta.period_end) if d)
    return PROGRAMME_START, max(latest + LATE_GRACE, PROGRAMME_START)
