"""A quality flag in the page's language: its message, what was printed and what was
computed, with numbers and dates written the way readers of that language write them
(`1.234,5` / `1,234.5`; `17/12/2019` / `17 Dec 2019`).

The package's flags carry machine text (`4497 + 107 vs 4601`, `99.96%`, `10-30`,
`(no date line)`) and a message per language written by the checks. The messages of the
arithmetic checks are composed here again from the flag's own fields and the record it
concerns, with the names of indicators, statuses and subjects in the page's language;
the other messages (a date or number as printed, a group heading's count) are the
package's, with their ISO dates rewritten and quoted report text marked Vietnamese.
Text a report printed (a malformed date, a blank date line) is shown as printed.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.site import fmt
from generator.site.html import esc, tag

if TYPE_CHECKING:
    from generator.site.model import Row
    from generator.site.view import View

# checks whose printed/computed cells are machine text (numbers, ranges), not report text
MACHINE = {"rate_mismatch", "part_exceeds_whole", "parts_do_not_add_up", "duplicate_figure", "summary_count_mismatch",
           "ratio_over_100", "cut_off_outside_period", "impossible_date"}
_NUMBER = re.compile(r"(?<![\w.])(\d+)(?:\.(\d+))?(?![\w])")
_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_SENTINEL = re.compile(r"^\((no [a-z ]+)\)$")
_QUOTED = re.compile(r"'([^']*)'")
_VIETNAMESE = re.compile(r"[À-ỹĐđ]")


def number_text(text: str, lang: str) -> str:
    """Machine numbers in text (`4497`, `99.96`) in the language's style, keeping the
    decimals they have (`4.497`, `99,96`, `146,70` in Vietnamese; `4,497` in English)."""
    def one(match: re.Match[str]) -> str:
        whole, frac = match.group(1), match.group(2)
        grouped = f"{int(whole):,}"
        if lang == "vi":
            grouped = grouped.replace(",", ".")
            return grouped + ("," + frac if frac else "")
        return grouped + ("." + frac if frac else "")
    return _NUMBER.sub(one, text)


def dates_text(text: str, lang: str) -> str:
    return _ISO.sub(lambda m: fmt.date(m.group(1), lang), text)


def _quoted(text: str) -> str:
    """A message (plain text) as HTML, report text quoted in it ('…') marked Vietnamese."""
    out, last = [], 0
    for match in _QUOTED.finditer(text):
        inner = match.group(1)
        out.append(esc(text[last:match.start()]))
        out.append(f"‘{tag('span', esc(inner), lang='vi')}’" if _VIETNAMESE.search(inner) else f"‘{esc(inner)}’")
        last = match.end()
    out.append(esc(text[last:]))
    return "".join(out)


def value_html(view: "View", flag: "Row", name: str) -> str:
    """The printed or computed cell of a flag in the page's language."""
    text = flag.get(name)
    if text in (None, ""):
        return ""
    text = str(text)
    sentinel = _SENTINEL.match(text)
    if sentinel:
        return esc(view.t(f"flags.sentinel.{sentinel.group(1).replace(' ', '_')}"))
    if flag.get("check") == "model_status_conflict":  # status codes: their names
        return esc(view.show("pilot_model_status", "status", text))
    if flag.get("check") not in MACHINE or (name == "printed" and flag.get("check") == "impossible_date"):
        return tag("span", esc(text), lang="vi")  # as the report printed it
    if ".." in text:  # a date range
        start, _, end = text.partition("..")
        return esc(f"{view.date(start)} – {view.date(end)}")
    if _ISO.fullmatch(text):
        return esc(view.date(text))
    text = re.sub(r"(\d)-(\d)", r"\1–\2", text)
    text = text.replace(" vs ", f" {view.t('flags.versus')} ")
    return esc(number_text(text, view.lang))


def message_html(view: "View", flag: "Row", subject: "Row | None", others: list["Row"] | None = None) -> str:
    """The flag's message in the page's language (HTML). subject: the record it concerns;
    others: rows of the same table and report (to name the other line of a repeat)."""
    composed = _compose(view, flag, subject, others or [])
    if composed is not None:
        return composed
    own = flag.get(f"message_{view.lang}") if view.lang != "en" else flag.get("message")
    text = own or flag.get("message") or ""
    return _quoted(dates_text(str(text), view.lang))


def _n(view: "View", value: Any) -> str:
    return view.number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else esc(value)


def _compose(view: "View", flag: "Row", subject: "Row | None", others: list["Row"]) -> str | None:
    check, table = flag.get("check"), flag.get("table")
    printed, computed = value_html(view, flag, "printed"), value_html(view, flag, "computed")
    t = view.t
    if check == "rate_mismatch" and subject:
        part, whole = (subject.get("numerator"), subject.get("denominator")) if table == "indicator_values" \
            else (subject.get("online"), subject.get("total"))
        if part is None or whole is None:
            return None
        return esc(t("flags.text.rate_mismatch", printed=_plain(printed), part=view.number(part), whole=view.number(whole),
                     computed=_plain(computed)))
    if check == "ratio_over_100":
        return esc(t("flags.text.ratio_over_100", printed=_plain(printed)))
    if check == "part_exceeds_whole":
        numbers = re.findall(r"\d+(?:\.\d+)?", str(flag.get("printed") or ""))
        if len(numbers) != 2:
            return None
        part, whole = (number_text(n, view.lang) for n in numbers)
        return esc(t("flags.text.part_exceeds_whole", part=part, whole=whole))
    if check == "parts_do_not_add_up" and subject:
        online, offline, total = subject.get("online"), subject.get("offline"), subject.get("total")
        if None in (online, offline, total):
            return None
        return esc(t("flags.text.parts_do_not_add_up", online=view.number(online), offline=view.number(offline),
                     sum=view.number(online + offline), total=view.number(total)))
    if check == "duplicate_figure" and subject:
        name = view.show(table, "indicator_id", subject.get("indicator_id")) if subject.get("indicator_id") else ""
        other = next((r for r in others if r is not subject and r.get("indicator_id") == subject.get("indicator_id")
                      and str(fmt_machine(r.get("value"))) == str(flag.get("computed"))), None)
        where = t("flags.text.other_line", line=other.get("source_line")) if other and other.get("source_line") else ""
        return esc(t("flags.text.duplicate_figure", name=name, printed=_plain(printed), computed=_plain(computed), where=where).strip())
    if check == "summary_count_mismatch" and subject and table == "status_counts":
        status = subject.get("status")
        what = view.t(f"flags.subject.{subject.get('subject')}") if view.L.get(f"flags.subject.{subject.get('subject')}") else ""
        count = _n(view, subject.get("count"))
        raw = str(flag.get("computed") or "")
        listed = str(subject.get("listed_numbers") or "").split()
        if status == "total":
            return esc(t("flags.text.count_total", count=count, what=what, shown=number_text(raw, view.lang)))
        if listed and raw == str(len(listed)):
            return esc(t("flags.text.count_listed", count=count, shown=number_text(raw, view.lang)))
        status_name = view.show("status_counts", "status", status)
        low, _, high = raw.partition("-")
        shown = number_text(low, view.lang)
        if high:
            shown = t("flags.text.count_range", low=shown, high=number_text(high, view.lang),
                      unknown=number_text(str(int(high) - int(low)), view.lang))
        return esc(t("flags.text.count_appendix", count=count, what=what, status=status_name, shown=shown))
    if check == "malformed_date" and flag.get("computed"):
        return t("flags.text.malformed_date", printed=tag("span", esc(flag.get("printed")), lang="vi"),
                 computed=esc(view.date(flag.get("computed"))))
    if check == "model_status_conflict":
        line = re.search(r"\(line (\d+)\)", str(flag.get("message") or ""))
        model = view.show("pilot_model_status", "model_id", flag.get("subject_id")) if flag.get("subject_id") else \
            (subject.get("name_printed") or subject.get("local_model_id") or "") if subject else ""
        return esc(t("flags.text.model_status_conflict", model=model, other=_plain(computed), status=_plain(printed),
                     line=line.group(1) if line else "?"))
    if check == "cut_off_outside_period":
        return esc(t("flags.text.cut_off_outside_period", printed=_plain(printed), computed=_plain(computed)))
    return None


def fmt_machine(value: Any) -> str:
    """A number as the checks write it (`90.32`, `100`)."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _plain(value_html: str) -> str:
    """A value cell's text (no markup) for a sentence escaped as a whole."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", value_html))
