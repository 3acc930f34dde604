"""Who reported, for where, for which period: read from the report's own words.

Nothing comes from the file name. A blank date or number (drafts) stays empty and is
flagged; a report with no date at all has no reference date (never a made-up one).

The jurisdiction is the report's author, read from the heading block, the issuer
(`<unit> báo cáo`), the title (`… trên địa bàn <unit>`), the closing sentence, the signature block and the place-and-date line,
in that order; never from the addressee (`Kính gửi:` and the lines that continue it) and
never from a count of the provinces the text names. Names are matched with and without
their accents (`HUYEN BINH SON`). A unit printed by the author but not in the code list
still gets an id (a slug of the printed name) and goes to the review output with the next
step to take; a report whose author names no place (or a district name several provinces
share, with nothing to tell them apart) gets an UNRESOLVED_PLACE review entry, and `add`
refuses it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
import calendar
from datetime import date, timedelta

from generator.codelists import References
from generator.dates import find_dates
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta, Row
from generator.extract.base import signature
from generator.fold import fold, slugify, unmark
from generator.reading.places import HEADER_LINES as PLACE_HEADER_LINES, first_column, national_issuer
from generator.redact import is_next_report, rules as redaction_rules
from generator.vocabulary import alternatives

HEADER_LINES = 45
NATION = "vn"  # codelists/jurisdictions.csv: the country
MERGER = date(2025, 7, 1)
# A report with no date at all is matched against the code list of the last day before the
# 1 July 2025 merger (its reference date stays empty).
UNDATED_CODES = date(2025, 6, 30)
UNRESOLVED_PLACE = "place not resolved"

_BODY_START = re.compile(r"^\s*(?:#+\s*)?\**\s*(?:I|1)\.\s", re.IGNORECASE)
_WORD = r"[A-Z][^\W\d_]*"
_NAME = rf"(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})"
_LISTED = re.compile(r"^\s*(?:[-+•*–(]|\d{1,2}[.)]\s)")


class Words:
    """The words the metadata reader looks for (codelists/vocabulary.csv: document_part,
    body_start, issuer, place_type, title_place, signature_title, signature_stamp, closing,
    sent_to, not_issuer, lead_in, calendar, date_range, number_word, year_part,
    report_type), as patterns built once per References (`words(refs)`). Patterns marked
    "unmarked" run on `unmark`ed text (marks removed, same length): they match names
    printed with or without accents, and their spans cut the printed words out of the text."""

    def __init__(self, refs: References) -> None:
        def terms(category: str, *values: str, form: str = "printed") -> list[str]:
            return refs.terms(category, *values, form=form)

        def alt(words: list[str], initials: bool = False) -> str:
            return alternatives(words, space=" ", initials=initials)

        def upper(words: list[str]) -> list[str]:
            return [w.upper() for w in words]

        part = refs.term_values("document_part", form="printed")
        report = part.get("report", [])
        self.signature_start = re.compile(rf"^\s*\**\s*{alt(part.get('distribution', []))}\s*:?", re.IGNORECASE)
        self.appendix = re.compile(rf"^\s*(?:#+\s*)?\**\s*{alt(part.get('appendix', []))}\b", re.IGNORECASE)
        self.number = re.compile(rf"^\s*\**\s*{alt(part.get('number', []))}\s*:\s*(?P<num>[^\n]*?)\s*\**\s*$", re.IGNORECASE)
        self.report_heading = re.compile(rf"\s*\**\s*{alt(upper(report))}\b\s*\**\s*(?P<rest>.*?)\s*\**\s*")  # `BÁO CÁO`, fullmatch
        self.report_heading_plain = re.compile(rf"{alt(upper(terms('document_part', 'report', form='unmarked')))}\b")  # unmarked
        self.report_folded = terms("document_part", "report", form="folded")
        self.report_plain = [w.lower() for w in terms("document_part", "report", form="unmarked")]
        self.title_end = re.compile(rf"{alt(part.get('addressee', []) + terms('body_start', 'opening'))}\b")  # as printed
        self.addressee = re.compile(rf"^\W*{alternatives(terms('document_part', 'addressee_also', 'addressee', form='folded'))}\b")  # folded
        self.body_words = re.compile(rf"^\W*{alt(terms('body_start', 'lead', form='folded'))}\b")  # folded
        # the programme's own horizon in its name (`… tầm nhìn đến năm 2030`): never a report's period
        self.horizon = tuple(terms("programme", "horizon", form="folded"))
        calendar = refs.term_values("calendar", form="exact")
        day, month, year = (alternatives(calendar.get(v, [])) for v in ("day", "month", "year"))
        published = alternatives(calendar.get("weekday", []) + calendar.get("published", []))
        # a dateline: `Thứ Hai, 09/06/2025 06:00 (GMT+7)`, `**Ngày ban hành:** 10/12/2025`
        self.dateline = re.compile(rf"(?<!\w){published}[\s*:,]*(?:{day}\s+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\b", re.IGNORECASE)
        self.place_date = re.compile(
            rf"(?P<place>[A-ZĐÀ-Ỹ][^\n,]{{1,40}}),\s*{day}\s+(?P<d>\d{{1,2}}|\s*)\s+{month}\s+(?P<m>\d{{1,2}}|\s*)\s+{year}\s+(?P<y>\d{{4}})",
        )
        # the issuer: `<unit> báo cáo`, `<unit> trân trọng báo cáo` (unmarked)
        issuer = refs.term_values("issuer", form="unmarked")
        council = issuer.get("council", []) + issuer.get("council_short", [])
        team, team_of, steering, police, office = (issuer.get(v, []) for v in ("team", "team_of", "steering", "police", "office"))
        self.council_short = terms("issuer", "council_short")
        self.issuer = re.compile(
            rf"(?P<issuer>(?:{alt(office + team + steering + police)}\s+)?{alt(council + team + steering + police + office)}[^;:.]{{0,80}}?)"
            rf"\s+(?:{alt(issuer.get('polite', []))}\s+)?{alt(terms('document_part', 'report', form='unmarked'))}\b",
            re.IGNORECASE,
        )
        self.not_issuer = re.compile(rf"\b{alt(terms('not_issuer', form='exact'))}\b")
        self.not_issuer_plain = re.compile(rf"\b{alt(terms('not_issuer', form='folded'))}\b")
        lead_in = terms("lead_in")
        self.lead_in = re.compile(rf"^{alt(lead_in + [unmark(w) for w in lead_in])}\b.*?,\s*")
        # a unit as printed: `<body> <type> <Name>` in prose, a whole upper-case heading line (unmarked)
        types = terms("place_type", form="unmarked")
        bodies = "|".join((alt(council, True), rf"{alt(team, True)}(?: {alt(team_of, True)})?", alt(police, True), rf"{alt(steering, True)}[^,;]*?"))
        self.printed_place = re.compile(rf"(?:{bodies})\s+(?P<type>{alt(types)})\s+{_NAME}")
        agency = issuer.get("agency", [])  # `BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG`: a national agency's branch in one place
        stacked_bodies = rf"{alt(upper(council + police + agency))}|{alt(upper(team))}(?: {alt(upper(team_of))})?"
        on_behalf = alt(upper(terms("signature_title", "on_behalf", form="unmarked")))
        self.stacked = re.compile(rf"^(?:{on_behalf}\.\s*)?(?:(?:{stacked_bodies}) )?(?P<type>{alt(upper(types))}) (?P<name>[A-Z]+(?: [A-Z]+){{0,3}})$")
        self.typed_place = re.compile(rf"(?<!\w)(?i:(?P<type>{alt(types)}))\s+{_NAME}")  # `huyện Lý Nhân` anywhere (unmarked)
        self.title_place = re.compile(rf"\b{alt(terms('title_place', form='unmarked'))}\s+(?P<type>{alt(types)})\s+{_NAME}", re.IGNORECASE)
        self.stamp_label = re.compile(rf"^\s*{alt(terms('signature_stamp', 'signed_by', 'organisation', form='unmarked'))}\s*:\s*", re.IGNORECASE)
        self.closing = re.compile(rf"{alt(terms('closing', form='unmarked'))}\b", re.IGNORECASE)
        self.sent_to = re.compile(rf"\b{alt(terms('sent_to', form='unmarked'))}\b", re.IGNORECASE)
        # type words: which levels a printed type means
        place = refs.term_values("place_type", form="exact")
        self.type_words = {w for words in place.values() for w in words}  # a type word printed with marks is one of these
        self.district_types = set(place.get("district", []))
        self.commune_types = set(place.get("commune", []))
        self.commune_folded = {fold(w) for w in self.commune_types}
        self.city_types = set(place.get("city", []))
        self.district_folded = {fold(w) for w in self.district_types}
        self.city_folded = {fold(w) for w in self.city_types}
        self.admin_words = alt(terms("place_type"))
        self.typed_alias = re.compile(rf"{alt(terms('place_type', form='folded') + terms('issuer', 'council_short', form='folded'))} ")
        # periods: `từ ngày … đến ngày …`, `6 tháng đầu năm 2024`
        ranges = refs.term_values("date_range", form="exact")
        self.range_from = re.compile(rf"{alt(ranges.get('from', []))}\s*(?:{day}\s*)?$", re.IGNORECASE)
        self.range_gap = re.compile(rf"^\s*(?:{alt(ranges.get('to', []))}|-|–)\s*(?:{alt(ranges.get('through', []))}\s+)?(?:{day}\s*)?$", re.IGNORECASE)
        numbers = refs.term_values("number_word", form="exact")
        self.number_words = {w: int(value) for value, words in numbers.items() for w in words}
        parts_of_year = refs.term_values("year_part", form="exact")
        self.first_part = set(parts_of_year.get("first", []))
        self.part_of_year = re.compile(
            rf"\b(?P<n>\d{{1,2}}|{alternatives(self.number_words)})\s+{month}\s+(?P<side>{alternatives(w for ws in parts_of_year.values() for w in ws)})\s+{year}\s+(?P<y>\d{{4}})\b",
            re.IGNORECASE,
        )
        kinds = refs.term_values("report_type", form="exact")
        annual = alternatives(kinds.get("annual", []))
        self.title_types = [
            ("semiannual", re.compile(rf"\b{alternatives(kinds.get('semiannual', []))}\b", re.IGNORECASE)),
            ("quarterly", re.compile(rf"\b{alternatives(kinds.get('quarterly', []))}\b", re.IGNORECASE)),
            ("monthly", re.compile(rf"\b{alternatives(kinds.get('monthly', []))}\b", re.IGNORECASE)),
            ("annual", re.compile(rf"\b{alt(kinds.get('annual_review', []))}\b.*\b{annual}\s+\d{{4}}|\b{annual}\s+\d{{4}}\b", re.IGNORECASE)),
        ]


def words(refs: References) -> Words:
    return refs.prepare("metadata_words", Words)


@dataclass
class Header:
    title: str = ""
    number: str = ""
    number_line: int | None = None
    place_date_line: int | None = None
    report_date: date | None = None
    issuer: str = ""


def body_end(doc: Document, refs: References) -> int:
    """Last line of the report body: before 'Nơi nhận' or the first appendix (in a file of reports
    pasted one after another, the last report's)."""
    vocab = words(refs)
    rules = redaction_rules(refs)
    end = None
    for number, line in enumerate(doc.lines, start=1):
        if end is not None and is_next_report(line[:80], rules):
            end = None  # `BÁO CÁO TUẦN 2 …` past the first report's `Nơi nhận`: its body goes on
        elif end is None and number > 5 and (vocab.signature_start.match(line) or vocab.appendix.match(line)):
            end = number - 1
            if vocab.appendix.match(line):
                return end
    return len(doc.lines) if end is None else end


def read_header(doc: Document, refs: References) -> Header:
    vocab = words(refs)
    header = Header()
    limit = min(len(doc.lines), HEADER_LINES)
    for number in range(1, limit + 1):
        line = doc.line(number)
        m = vocab.number.match(line)
        if m and not header.number_line:
            header.number_line = number
            header.number = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", m.group("num"))).strip(" *")
            if not re.search(r"\d", header.number.split("/")[0]):
                header.number = ""
        m = vocab.place_date.search(line)
        if m and not header.place_date_line:
            header.place_date_line = number
            if m.group("d").strip() and m.group("m").strip():
                try:
                    header.report_date = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    header.report_date = None
    if header.place_date_line is None:
        header.report_date = _dateline(doc, vocab, limit)
    header.title = _title(doc, vocab)
    header.issuer = _issuer(doc, vocab)
    return header


def _dateline(doc: Document, vocab: Words, limit: int) -> date | None:
    """A page with no place-and-date line (a news page, a wiki page): the date of its
    dateline (vocabulary calendar weekday, published), the first in its opening lines."""
    for number in range(1, limit + 1):
        m = vocab.dateline.search(doc.line(number))
        if m:
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
    return None


def _title(doc: Document, vocab: Words) -> str:
    """The words under the `BÁO CÁO` heading, up to `Kính gửi` or the body. A trailing
    `(Từ ngày … đến …)` is the period, published as period_start/end, not title words."""
    lines = doc.lines[:HEADER_LINES]
    for i, line in enumerate(lines):
        m = vocab.report_heading.fullmatch(line)
        if m:
            parts = [m.group("rest")] if m.group("rest") else []
            for nxt in lines[i + 1 :]:
                text = nxt.strip().strip("*").strip()
                if not text:
                    continue
                if vocab.title_end.match(text) or _BODY_START.match(nxt):
                    break
                parts.append(text)
            title = " ".join(parts)
            period = re.search(r"\s*\(([^()]*)\)\s*$", title)
            if period and find_range(period.group(1), vocab):
                title = title[: period.start()]
            return title.strip()
    first = next((line for line in lines if line.strip()), "")
    heading = _MARKDOWN_TITLE.match(first)
    if heading:  # a wiki page titled `# Báo cáo tổng kết Đề án 06 năm 2024 - UBND huyện Thạch Hà`
        text = heading.group(1).strip()
        for word in vocab.report_folded:
            if fold(text).startswith(word + " "):
                return text[len(word) + 1 :].strip()
    return ""


_MARKDOWN_TITLE = re.compile(r"\s*#{1,2}\s+(.+)")


def addressee_lines(doc: Document, vocab: Words) -> set[int]:
    """Line numbers of the addressee: each `Kính gửi:` / `Đồng kính gửi:` line in the opening
    and the lines that continue it (hard-wrapped words, `- …` items, `(…)`), up to the first
    line that starts the body (`Thực hiện …`, `Căn cứ …`, `I.`, a sentence with `báo cáo`) or
    the first line after a blank that is not an item."""
    return doc.context.once("addressee_lines", lambda: _addressee_lines(doc, vocab))


def _addressee_lines(doc: Document, vocab: Words) -> set[int]:
    out: set[int] = set()
    limit = min(len(doc.lines), 2 * HEADER_LINES)
    number = 1
    while number <= limit:
        if not vocab.addressee.match(fold(doc.line(number))):
            number += 1
            continue
        out.add(number)
        blank = False
        number += 1
        while number <= min(len(doc.lines), limit + 20):
            raw = doc.line(number)
            text = raw.strip().strip("*").strip()
            if not text:
                blank = True
                number += 1
                continue
            folded = fold(text)
            if vocab.addressee.match(folded):
                break  # the next addressee block (the outer loop takes it)
            if _BODY_START.match(raw) or vocab.body_words.match(folded) or any(f" {w} " in f" {folded} " for w in vocab.report_folded) \
                    or (blank and not _LISTED.match(text)):
                break
            out.add(number)
            blank = False
            number += 1
    return out


def _without(block, skip: set[int]) -> str:
    """A block's text without the parts that come from the skipped lines."""
    segments = block.segments
    if not skip or not any(n in skip for _, n, _ in segments):
        return block.text
    parts = []
    for k, (start, number, _) in enumerate(segments):
        end = segments[k + 1][0] - 1 if k + 1 < len(segments) else len(block.text)
        if number not in skip:
            parts.append(block.text[start:end])
    return " ".join(parts)


def _issuer_in(clause: str, vocab: Words) -> str:
    """The unit that `báo cáo` (reports) in one clause, as printed, or ''."""
    plain = unmark(clause)
    lower = plain.lower()
    if not any(w in lower for w in vocab.report_plain):
        return ""  # the issuer pattern ends in "báo cáo"
    for m in vocab.issuer.finditer(plain):
        issuer = clause[m.start("issuer") : m.end("issuer")]
        if vocab.not_issuer.search(issuer) or (issuer.isascii() and vocab.not_issuer_plain.search(issuer)):
            continue
        issuer = re.sub(r"\s+", " ", issuer).strip()
        issuer = vocab.lead_in.sub("", issuer)
        for short in vocab.council_short:  # `Ủy ban nhân dân (UBND) tỉnh …`
            issuer = issuer.replace(f"({short}) ", "")
        return issuer
    return ""


def _issuer(doc: Document, vocab: Words) -> str:
    skip = addressee_lines(doc, vocab)
    for block in doc.blocks(1, min(len(doc.lines), 80)):
        for clause in _without(block, skip).split(";"):
            issuer = _issuer_in(clause, vocab)
            if issuer:
                return issuer
    return ""


def find_range(text: str, vocab: Words) -> tuple[date, date, int] | None:
    """(first day, last day, offset) of the first `từ <day> đến <day>` in text, days printed
    in any form find_dates reads (`15/12/2023`, `ngày 16 tháng 12 năm 2023`, typos read)."""
    days = [d for d in find_dates(text) if d.precision == "day" and d.first]
    for a, b in zip(days, days[1:]):
        if vocab.range_from.search(text[max(0, a.start - 14) : a.start]) and vocab.range_gap.match(text[a.end : b.start]) and a.first <= b.first:
            return a.first, b.last, a.start
    return None


def _period(doc: Document, title: str, end_line: int, vocab: Words) -> tuple[date | None, date | None, int | None, str]:
    """(start, end, line, how) of the period the report covers, from its opening lines:
    a stated range, else the title's `N tháng đầu/cuối năm`, month, quarter or year."""
    stop = min(end_line, HEADER_LINES)
    titled = _named_period(title, vocab) is not None
    for block in doc.blocks(1, stop):
        if titled and _SECTION.match(block.text):
            break  # `1.5. Qua đối chiếu, … Từ ngày 01/7/2024 …` under a title naming its year: a section's range is its own
        found = find_range(block.text, vocab)
        if found:
            return found[0], found[1], block.line_at(found[2]), "range"
    named = _named_period(title, vocab)
    if named:
        return named[0], named[1], None, "title"
    # a letter with no `BÁO CÁO` title (`V/v báo cáo …`) or a title naming no period: the sentence that opens
    # the body and leads into it (`Chi nhánh … báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:`)
    for block in doc.blocks(1, min(end_line, LEAD_IN_LINES)):
        text = block.text.rstrip(" *_")
        if not text.endswith(":"):
            continue
        folded = fold(text)
        at = max((folded.rfind(f"{w} ") for w in vocab.report_folded), default=-1) if len(folded) == len(text) else -1
        if at != -1 and (named := _named_period(text[at:], vocab)):
            return named[0], named[1], block.first_line, "lead_in"
    return None, None, None, "none"


# a section's number after the first (`II.`, `1.5.`): the report's own period is stated before it (`I. KHÁI QUÁT …` /
# `Thời kỳ giám sát: từ ngày 01/01/2024 đến ngày 31/10/2024`)
_SECTION = re.compile(r"^\s*(?:(?!I[.)\s])[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})+)[.)]?\s")
LEAD_IN_LINES = 60  # lines from a report's top searched for the sentence that leads into its body


def _named_period(text: str, vocab: Words) -> tuple[date, date] | None:
    """The period a title (or a lead-in's words after `báo cáo`) names: `N tháng đầu/cuối năm`, else its
    first month, quarter or year (not the programme's horizon, `tầm nhìn đến năm 2030`)."""
    m = vocab.part_of_year.search(text)
    if m:
        n = vocab.number_words.get(m.group("n").lower()) or int(m.group("n"))
        y = int(m.group("y"))
        if 1 <= n <= 12:
            if m.group("side").lower() in vocab.first_part:
                return date(y, 1, 1), date(y, n, calendar.monthrange(y, n)[1])
            return date(y, 13 - n, 1), date(y, 12, 31)
    for d in find_dates(text):
        if d.precision in ("month", "quarter", "year") and d.first and not fold(text[: d.start]).rstrip().endswith(vocab.horizon):
            return d.first, d.last
    return None


def _report_type(title: str, start: date | None, end: date | None, vocab: Words) -> str:
    if start and end:
        days = (end - start).days + 1
        if 26 <= days <= 35:
            return "monthly"
        if 85 <= days <= 95:
            return "quarterly"
        if 175 <= days <= 190:
            return "semiannual"
        if 265 <= days <= 280 and start.month == 1 and end.month == 9:
            return "quarterly"  # `9 tháng đầu năm`: the third quarter's report, cumulative since January
        if 330 <= days <= 370:
            return "annual"
        return "ad_hoc"  # a stated period of another length (two weeks, eight months)
    for kind, pattern in vocab.title_types:
        if title and pattern.search(title):
            return kind
    return "ad_hoc"


@dataclass(frozen=True)
class _Candidates:
    """The aliases valid at one date: all of them (longest first), by folded alias, and the
    province names counted in the body."""

    all: tuple[tuple[str, str, str, int], ...]  # (folded alias, id, level, specificity)
    by_alias: dict[str, list[tuple[str, str]]]  # alias -> [(id, level)] in list order
    provinces: tuple[tuple[str, str], ...]  # (alias, id): provinces, aliases of 4+ letters


class _Aliases:
    """The aliases of jurisdictions.csv, folded once per References (folding 783 rows per
    report dominated extraction time): (folded alias, id, level, specificity, valid from,
    valid to), longest first; their distinct validity intervals; and the candidates valid at
    a date, kept per set of intervals that hold it (the rows have a handful of distinct
    intervals, so every date maps to one of few lists: `at` stays small)."""

    def __init__(self, refs: References) -> None:
        typed_alias = words(refs).typed_alias
        self.all: list[tuple[str, str, str, int, date, date]] = []
        for row in refs.rows("jurisdictions"):
            if row["level"] not in ("province", "district"):
                continue
            start = date.fromisoformat(row["valid_from"]) if row["valid_from"] else date.min
            end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else date.max
            for alias in {row["name_vi"], *row["aliases"].split("|")}:
                alias = fold(alias)
                if alias:
                    typed = 1 if typed_alias.match(alias) else 0
                    self.all.append((alias, row["jurisdiction_id"], row["level"], typed, start, end))
        self.all.sort(key=lambda c: (-len(c[0]), c[1]))
        self.intervals = tuple(sorted({(start, end) for *_, start, end in self.all}))
        self.at: dict[tuple[bool, ...], _Candidates] = {}


def _aliases(refs: References) -> _Aliases:
    return refs.prepare("jurisdiction_aliases", _Aliases)


def _candidates_at(refs: References, when: date) -> _Candidates:
    """The candidates valid at `when` (see _Aliases)."""
    aliases = _aliases(refs)
    key = tuple(start <= when <= end for start, end in aliases.intervals)
    cached = aliases.at.get(key)
    if cached is None:
        found = tuple((alias, jid, level, typed) for alias, jid, level, typed, start, end in aliases.all if start <= when <= end)
        by_alias: dict[str, list[tuple[str, str]]] = {}
        for alias, jid, level, _ in found:
            by_alias.setdefault(alias, []).append((jid, level))
        provinces = tuple((alias, jid) for alias, jid, level, _ in found if level == "province" and len(alias) >= 4)
        cached = aliases.at[key] = _Candidates(found, by_alias, provinces)
    return cached


@dataclass(frozen=True)
class _Unit:
    """A unit the author prints: its type word as printed, lower case (`huyện`, or `huyen`
    without accents; '' for the bare name of a place-and-date line), its name, its line."""

    type: str
    name: str
    line: int

    @property
    def printed(self) -> str:
        return f"{self.type} {self.name}".strip()

    @property
    def accentless(self) -> bool:
        return self.type.isascii()


def _unit_in(text: str, line: int, vocab: Words, stacked: bool = False, pattern: re.Pattern[str] | None = None) -> _Unit | None:
    """The unit printed in text: a whole upper-case header line (stacked) or the first
    `<body> <type> <Name>` in prose (or what `pattern` finds). A type word printed with
    marks must be one of the real ones (`QUẢN` is not `QUẬN`)."""
    plain = unmark(text)
    if len(plain) != len(text):
        return None
    if stacked:
        found = [m] if text.isupper() and (m := vocab.stacked.search(plain)) else []
    else:
        found = list((pattern or vocab.printed_place).finditer(plain))
    for m in found:
        typ = text[m.start("type") : m.end("type")].lower()
        if not typ.isascii() and typ not in vocab.type_words:
            continue
        name = text[m.start("name") : m.end("name")]
        if not name[:1].isupper():
            continue  # `… trên địa bàn tỉnh năm 2024`: no name follows the type word
        return _Unit(typ, name.title() if stacked else name, line)
    return None


def _line_of(doc: Document, words: str, skip: set[int] = frozenset()) -> int:
    target = fold(words)
    for number, line in enumerate(doc.lines, start=1):
        if number not in skip and target in fold(line):
            return number
    return 1


def _author_units(doc: Document, refs: References, header: Header, end_line: int, vocab: Words):
    """The units the author prints, most trusted first: the heading block above `BÁO CÁO`,
    the issuer (`<unit> báo cáo`), the title (`… trên địa bàn <unit>`), the closing sentence (`Trên đây là báo cáo của <unit>`,
    `<unit> trân trọng báo cáo`), the signature block and stamps, then the bare name of the
    place-and-date line. Addressee lines are never read."""
    skip = addressee_lines(doc, vocab)
    stacked: list[_Unit] = []
    for number, raw in enumerate(doc.lines[:HEADER_LINES], start=1):
        text = re.sub(r"\s+", " ", raw.strip().strip("*").strip())
        if not text or number in skip:
            continue
        if vocab.report_heading_plain.match(unmark(text)):
            break
        # a two-column header (`UBND TỈNH THANH HÓA<tab>CỘNG HÒA …`): the issuer's column
        unit = _unit_in(text, number, vocab, stacked=True) or _unit_in(re.sub(r"\s+", " ", first_column(raw).strip(" *")), number, vocab, stacked=True)
        if unit:
            stacked.append(unit)
    # `CÔNG AN TỈNH NAM ĐỊNH` / `CÔNG AN HUYỆN VỤ BẢN`: the issuer is the last unit, the one above it its superior
    yield from reversed(stacked)
    issuer = _issuer(doc, vocab)
    unit = _unit_in(issuer, 1, vocab) if issuer else None
    if unit:
        yield _Unit(unit.type, unit.name, _line_of(doc, unit.name, skip))
    unit = _unit_in(header.title, 1, vocab, pattern=vocab.title_place) if header.title else None
    if unit:
        yield _Unit(unit.type, unit.name, _line_of(doc, unit.name, skip))
    for block in doc.blocks(max(1, end_line - 30), end_line):
        for sentence in re.split(r"(?<=[.;])\s", _without(block, skip)):
            plain = unmark(sentence)
            closing = vocab.closing.search(plain)
            unit = None
            if closing:  # "… báo cáo của <unit>", not the unit it goes to ("gửi <unit>")
                to = vocab.sent_to.search(plain, closing.end())
                unit = _unit_in(sentence[closing.end() : to.start() if to else len(sentence)], 1, vocab)
            if not unit:
                issuer = _issuer_in(sentence, vocab)
                unit = _unit_in(issuer, 1, vocab) if issuer else None
            if unit:
                yield _Unit(unit.type, unit.name, _line_of(doc, unit.name, skip))
    for number in sorted(signature(doc, refs)):
        text = re.sub(r"\s+", " ", doc.line(number).strip().strip("*").strip())
        label = vocab.stamp_label.match(unmark(text))
        if label:
            rest = text[label.end() :]
            unit = _unit_in(rest, number, vocab) or _unit_in(rest.upper(), number, vocab, stacked=True)
        else:
            unit = _unit_in(text, number, vocab, stacked=True)
        if unit:
            yield unit
    if header.place_date_line:
        m = vocab.place_date.search(doc.line(header.place_date_line))
        if m:
            yield _Unit("", re.sub(r"\s+", " ", m.group("place")).strip(" *"), header.place_date_line)


def _province_counts(doc: Document, refs: References, when: date, end_line: int) -> dict[str, int]:
    """How often each province valid at `when` is named in the report body (the addressee
    left out)."""
    counts: dict[str, int] = {}

    def build() -> tuple[str, set[str], set[str]]:
        skip = addressee_lines(doc, words(refs))
        folded = " " + " \\n ".join(fold(line) for n, line in enumerate(doc.lines[:end_line], start=1) if n not in skip) + " "
        tokens = set(folded.split(" "))
        return folded, tokens, {w.split(",", 1)[0] for w in tokens if "," in w}

    folded, tokens, before_comma = doc.context.once(f"folded_lines:{end_line}", build)
    for alias, jid in _candidates_at(refs, when).provinces:
        # " alias " and " alias," begin a space-separated word of the text: the alias's first
        # word, or a one-word alias before a comma (a set lookup first: most provinces are
        # not named at all), then the text itself
        first = alias.split(" ", 1)[0]
        if first != alias:
            maybe = first in tokens
        else:
            maybe = "," in alias or alias in tokens or alias in before_comma
        if not maybe or alias not in folded:
            continue
        n = folded.count(f" {alias} ") + folded.count(f" {alias},")
        if n:
            counts[jid] = counts.get(jid, 0) + n
    return counts


def _parent_of(refs: References, jid: str) -> str:
    return next((r["parent_id"] for r in refs.rows("jurisdictions") if r["jurisdiction_id"] == jid), "")


def _resolve(doc: Document, refs: References, when: date, unit: _Unit, end_line: int) -> tuple[str | None, str]:
    """(id, "found") for a unit in the code list (both sides accent-folded); (None,
    "ambiguous") for a district name several provinces share when the body names none of
    them; (None, "unknown") otherwise."""
    by_alias = _candidates_at(refs, when).by_alias
    vocab = words(refs)
    typ = fold(unit.type)
    if typ in vocab.commune_folded:
        return None, "unknown"  # a commune (`xã Hòa Bình` is not Hòa Bình province): the code list holds none
    if not typ:  # a bare place name: a province, or a district whose bare name is an alias
        levels: tuple[str, ...] = ("province", "district")
    elif typ in vocab.district_folded:
        levels = ("district",)
    elif typ in vocab.city_folded:  # a province-level city (Hà Nội) or a district-level one (Long Xuyên)
        levels = ("province", "district")
    else:
        levels = ("province",)
    for level, wanted in [(lvl, w) for lvl in levels for w in dict.fromkeys((fold(unit.printed), fold(unit.name)))]:
        found = sorted({jid for jid, lvl in by_alias.get(wanted, ()) if lvl == level})
        if len(found) == 1:
            return found[0], "found"
        if found:  # settled by the province the body names most
            counts = _province_counts(doc, refs, when, end_line)
            best = max(found, key=lambda j: (counts.get(_parent_of(refs, j), 0), -found.index(j)))
            if not counts.get(_parent_of(refs, best)):
                return None, "ambiguous"
            return best, "found"
    return None, "unknown"


def find_jurisdiction(doc: Document, refs: References, when: date, end_line: int, header: Header | None = None) -> tuple[str | None, str, int, str]:
    """(jurisdiction id or None, printed words, line, status) for the report's author.

    The first unit the author prints (see _author_units) that is in the code list decides.
    A district or commune (or shared name) printed by the author and not settled gives None,
    never its province: status "unknown" (a unit the code list lacks, a commune always:
    published with a provisional row) or "ambiguous". A printed province-level unit not in
    the list lets later signals speak, and is the answer ("unknown") if none does. A national
    body's report (`BỘ Y TẾ`) whose only place is its place-and-date line is the nation's.
    Without any printed unit, a page no author signs is placed by its headline or lead
    (`_subject_place`); else status "none". An accentless name that matches nothing is no
    signal at all.
    """
    vocab = words(refs)
    header = header or read_header(doc, refs)
    first_unknown: _Unit | None = None
    national = national_issuer([line for line in doc.lines[:PLACE_HEADER_LINES] if line.strip()], refs)
    for unit in _author_units(doc, refs, header, end_line, vocab):
        if national and unit.line == header.place_date_line and not unit.type:
            # `BỘ Y TẾ` … `Hà Nội, ngày …`: a national body's report; the capital is only where it was signed
            return NATION, "", unit.line, "found"
        jid, status = _resolve(doc, refs, when, unit, end_line)
        if status == "found":
            return jid, unit.printed, unit.line, status
        if unit.accentless:  # also a bare place name: no type word
            continue
        if status == "ambiguous" or unit.type in vocab.district_types or unit.type in vocab.commune_types:
            return None, unit.printed, unit.line, status  # (a commune: the code list holds none)
        first_unknown = first_unknown or unit
    if first_unknown:
        return None, first_unknown.printed, first_unknown.line, "unknown"
    if national:
        return NATION, "", 1, "found"  # a national body's page that names no place of its own (`BỘ CÔNG AN` / `CỔNG THÔNG TIN …`)
    # a report (`BÁO CÁO …`, `Số: …`) whose author is unnamed: the places its body names most are others'
    return _subject_place(doc, refs, when, end_line, by_count=not (header.title or header.number))


SUBJECT_LINES = 15  # lines of an unsigned text (a news page) searched for its headline and lead
LEAD_CHARS = 150  # a line this long is the lead paragraph: the headline and lead end with it


def _headline(doc: Document, refs: References, end_line: int) -> list[tuple[int, str]]:
    """(line number, line) of a page's opening up to its lead paragraph (the first line of
    LEAD_CHARS or more) within its first SUBJECT_LINES lines, addressee lines left out."""
    skip = addressee_lines(doc, words(refs))
    head: list[tuple[int, str]] = []
    for number, line in [(n, line) for n, line in enumerate(doc.lines[:end_line], start=1) if line.strip() and n not in skip][:SUBJECT_LINES]:
        head.append((number, line))
        if len(line.strip()) >= LEAD_CHARS:
            break
    return head


def _subject_place(doc: Document, refs: References, when: date, end_line: int, by_count: bool = True) -> tuple[str | None, str, int, str]:
    """A text no author signs (a news article, a wiki page): the place its headline or lead
    names, a district or a province (`Phóng sự | Ở Lý Nhân …` / `… người dân huyện Lý Nhân (Hà
    Nam)`), never on an addressee line; else (`by_count`: a text that is no report) the one
    province it names most, if it names one at least twice as often as any other. In a report
    (not `by_count`) only a unit printed with its body (`UBND thị xã Hoàng Mai`) counts. Status
    "none" when neither says."""
    vocab = words(refs)
    for number, line in _headline(doc, refs, end_line):
        plain = unmark(line)
        if len(plain) != len(line):
            continue
        # (in a report, only a unit with its body's name, `UBND thị xã Hoàng Mai`: a bare `tỉnh …` is the one it reports to)
        for m in (vocab.typed_place if by_count else vocab.printed_place).finditer(plain):
            unit = _Unit(line[m.start("type") : m.end("type")].lower(), line[m.start("name") : m.end("name")], number)
            if unit.type in vocab.commune_types:
                continue
            jid, status = _resolve(doc, refs, when, unit, end_line)
            if status == "found":
                return jid, unit.printed, number, "found"
    if not by_count:
        return None, "", 1, "none"
    if _national_lead(doc, refs, when, end_line):
        return NATION, "", 1, "found"
    counts = _province_counts(doc, refs, when, end_line)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        jid = ranked[0][0]
        return jid, next((r["name_vi"] for r in refs.rows("jurisdictions") if r["jurisdiction_id"] == jid), jid), 1, "found"
    return None, "", 1, "none"


def _national_lead(doc: Document, refs: References, when: date, end_line: int) -> bool:
    """A page whose headline and lead name no province and whose first place named is the
    nation (vocabulary wider_scope `nation`: `cả nước đã có hơn 72,4 triệu tài khoản …`), named
    again later: a national page, whatever provinces its later items visit."""
    def named(text: str, word: str) -> int:
        return text.find(f" {word} ") if f" {word} " in text else text.find(f" {word},") if f" {word}," in text else text.find(f" {word}.")

    provinces = [alias for alias, _ in _candidates_at(refs, when).provinces]
    head = " " + " ".join(fold(line) for _, line in _headline(doc, refs, end_line)) + " "
    if any(named(head, alias) != -1 for alias in provinces):
        return False
    skip = addressee_lines(doc, words(refs))
    body = " " + " ".join(fold(line) for n, line in enumerate(doc.lines[:end_line], start=1) if n not in skip) + " "
    nation = [at for w in (w for value, w in refs.words("wider_scope") if value == "nation") if (at := named(body, w)) != -1]
    if not nation:
        return False
    first = min(nation)
    place = [at for alias in provinces if (at := named(body, alias)) != -1]
    again = sum(body.count(f" {w}") for value, w in refs.words("wider_scope") if value == "nation") >= 2
    return again and (not place or first < min(place))


def unknown_jurisdiction_id(doc: Document, refs: References, printed: str, when: date, end_line: int) -> str:
    """A provisional id following the code list's convention: `<name>` for a province,
    `<district>-<province>` for a district (province: the one the report names most),
    `<commune>-<superior>` for a commune (its superior: the unit in the code list the author
    also prints, `UBND HUYỆN THÁP MƯỜI` above `UBND XÃ TÂN KIỀU`, else the province the report
    names most), `-2025` for units after the 1 July 2025 merger."""
    if not printed:
        return "unknown"
    vocab = words(refs)
    m = re.match(rf"(?P<type>{vocab.admin_words})\s+(?P<name>.+)", printed, re.IGNORECASE)
    typ, name = (m.group("type").lower(), m.group("name")) if m else ("", printed)
    jid = slugify(name)
    superior = _superior(doc, refs, when, end_line) if typ in vocab.commune_types else None
    if superior:
        jid += "-" + superior.removesuffix("-2025")
    elif typ in vocab.district_types or typ in vocab.city_types or typ in vocab.commune_types:
        counts = _province_counts(doc, refs, when, end_line)
        if counts:
            jid += "-" + sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0].removesuffix("-2025")
    if when >= MERGER:
        jid += "-2025"
    return jid


def _superior(doc: Document, refs: References, when: date, end_line: int) -> str | None:
    """The first unit of the code list the author prints besides a commune (the district or
    province its report goes up to)."""
    for unit in _author_units(doc, refs, read_header(doc, refs), end_line, words(refs)):
        jid, status = _resolve(doc, refs, when, unit, end_line)
        if status == "found":
            return jid
    return None


def latest_cited_date(doc: Document, end_line: int) -> date | None:
    best = None
    for block in doc.blocks(1, end_line):
        for d in find_dates(block.text):
            if d.precision == "day" and d.first and not d.malformed and (best is None or d.first > best):
                best = d.first
    return best


@dataclass(frozen=True)
class _Placed:
    """What the header, the period and the author say: where and when the report is from."""
    end: int
    header: Header
    start: date | None
    finish: date | None
    rtype: str
    reference: date | None
    basis: str
    when: date
    jid: str | None
    printed: str
    jline: int
    status: str


def author_level(doc: Document, refs: References) -> str:
    """The level of the place the report is from, as its metadata places it (`province`,
    `district`, `nation`: jurisdictions.csv), or "" when the code list does not hold it (a
    commune, an unknown unit). The figure reader asks for it (generator.reading.places.own_level):
    one decision where a report is from, not two."""
    placed = _placed(doc, refs)
    if placed.jid is None:
        return ""
    if placed.jid == NATION:
        return "nation"
    row = next((r for r in refs.rows("jurisdictions") if r["jurisdiction_id"] == placed.jid), None)
    return {"country": "nation"}.get(row["level"], row["level"]) if row else ""


def _placed(doc: Document, refs: References) -> _Placed:
    return doc.context.once("metadata_place", lambda: _place(doc, refs))


def _place(doc: Document, refs: References) -> _Placed:
    vocab = words(refs)
    end = body_end(doc, refs)
    header = read_header(doc, refs)
    # a page with no `BÁO CÁO` title, number, issuer or place-and-date line (a news page): its
    # headline and lead say what it covers
    page = not (header.number or header.issuer or header.place_date_line)
    title = header.title or (" ".join(line.strip() for _, line in _headline(doc, refs, end)) if page else "")
    start, finish, _line, how = _period(doc, title, end, vocab)
    rtype = _report_type(title, start, finish, vocab)
    if rtype == "ad_hoc" and how == "range":
        # `Kết quả … sáu tháng đầu năm 2024` over data `từ 01/01/2024 đến 15/6/2024`: a half-year
        # report whose figures stop at a cut-off inside the period its title names
        named_start, named_end, _, _ = _period(doc, title, 0, vocab)
        named = _report_type(title, named_start, named_end, vocab)
        if named != "ad_hoc" and named_start == start and finish is not None and named_end is not None and finish <= named_end:
            rtype = named
    if finish:
        reference, basis = finish, "period_end"
    elif header.report_date:
        reference, basis = header.report_date, "report_date"
    else:
        cited = latest_cited_date(doc, end)
        reference, basis = (cited, "latest_cited_date") if cited else (None, "none")
    when = reference or UNDATED_CODES
    jid, printed, jline, status = find_jurisdiction(doc, refs, when, end, header)
    return _Placed(end, header, start, finish, rtype, reference, basis, when, jid, printed, jline, status)


def extract_metadata(doc: Document, refs: References, source_name: str, sha256: str, fmt: str) -> tuple[Row, ReportMeta, Extraction]:
    out = Extraction()
    signature(doc, refs)  # the report context's signature lines, by these code lists' rules (the figure reader reads them there)
    placed = _placed(doc, refs)
    end, header, start, finish, rtype = placed.end, placed.header, placed.start, placed.finish, placed.rtype
    reference, basis, when = placed.reference, placed.basis, placed.when
    jid, printed, jline, status = placed.jid, placed.printed, placed.jline, placed.status
    if jid is None:
        jid = unknown_jurisdiction_id(doc, refs, printed, when, end)
        quote = doc.line(jline).strip()[:300]
        if status == "none":
            out.to_review(jline, quote, f"{UNRESOLVED_PLACE}: the author (heading, issuer, title, closing sentence, signature, place and date line) names no province or district of codelists/jurisdictions.csv; the addressee (Kính gửi) is never taken for the author. If the report prints its unit in a form the code list lacks, add that form to its aliases")
        elif status == "ambiguous":
            out.to_review(jline, quote, f"{UNRESOLVED_PLACE}: '{printed}' is the name of districts in several provinces and the report names none of them (the addressee is not used); add the printed form to the aliases of the right row of codelists/jurisdictions.csv")
        else:
            out.to_review(jline, quote, f"unknown jurisdiction '{printed or '?'}': add a row with jurisdiction_id '{jid}' to codelists/jurisdictions.csv (level, parent, official code), then rebuild")
    month = f"{reference:%Y-%m}" if reference else "undated"
    report_id = f"{jid}-{month}-{rtype.replace('_', '-')}-{sha256[:8]}"
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
    if start is None and reference is None:
        out.flag("missing_period", "(no period)", "The report states no period and carries no date at all; it has no reference date and is left out of time charts.", "Báo cáo không nêu kỳ báo cáo và không có ngày tháng nào; không có ngày tham chiếu và không được đưa vào biểu đồ theo thời gian.", first, doc.line(first).strip())
    elif start is None:
        out.flag("missing_period", "(no period)", "The report does not state the period it covers; it is placed in time by its latest cited date.", "Báo cáo không nêu kỳ báo cáo; được xếp theo ngày muộn nhất được trích dẫn.", first, doc.line(first).strip())
    return row, ReportMeta(jid, rtype, reference, start, finish, header.report_date, end), out


PROGRAMME_START = date(2022, 1, 6)  # Decision 06/QĐ-TTg approving Đề án 06
LATE_GRACE = timedelta(days=62)  # figures "as of" a few days after the period, late signing


def year_window(meta: ReportMeta) -> tuple[date, date]:
    """(earliest, latest) date a programme event in this report can carry: the programme's
    start, and the report's own date (or period end) plus a grace. See scan._check_date for
    which dates outside it are flagged: legal citations and cut-offs may lie outside. A
    report with no date at all has no latest date: nothing in it is "after the report"."""
    dates = [d for d in (meta.reference_date, meta.report_date, meta.period_end) if d]
    if not dates:
        return PROGRAMME_START, date.max
    return PROGRAMME_START, max(max(dates) + LATE_GRACE, PROGRAMME_START)
