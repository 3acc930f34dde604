"""Essential public services: dossiers received, online, in person and online rate per service.

Reads three shapes of prose (no table layout is assumed):
- items `Đăng ký khai sinh: 35 hồ sơ, trong đó ... 32 hồ sơ trực tuyến, 03 hồ sơ trực tiếp, ... 91,43%`
  (one per list item, or several in one paragraph separated by `;`), including
  `... : không phát sinh hồ sơ`;
- rate-only lists `Đăng ký khai sinh (96,1%); Đăng ký khai tử (89,0%); ...`;
- totals inside prose `tiếp nhận 3.472 hồ sơ đăng ký khai sinh, 1.365 hồ sơ đăng ký khai tử`
  (only when a paragraph names at least two services that way).
Service names are matched against codelists/services.csv (the rule with the most keyword
groups wins; a tie or no match inside an essential-service section goes to review with an
`unknown_service` flag). Headings set the scope (police / sectors / district_commune).
A group's totals are left to the indicator labeller (generator.reading.label). Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.codelists import References
from generator.document import Block, Document, leading_space
from generator.extract.base import Extraction, ReportMeta, service_rules, signature
from generator.fold import fold_keep
from generator.extract.clauses import Span, has_any, label_figure, subclause_pattern, subclauses
from generator.figures import Figure, find_figures
from generator.vocabulary import alternatives

_MARKER = re.compile(r"^\s*(?:[-+*•–]\s*|\\\*\s*|\*\\\*\s*|\d{1,3}(?:\.\d{1,3})*[.)]\s+|[IVXLC]{1,5}[.)]\s+|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s*|[a-zđ]\)\s+|#{1,6}\s*|\*\*)+", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:\\?\*|#|\*|[IVXLC]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|\((?:[ivx]{1,5}|\d{1,2})\)|[a-zđ]\)\s)", re.IGNORECASE)
# A part ends at ';', at the end of a sentence, or at a ':' that opens a list of names.
_PART = re.compile(r";\s*|\.\s+(?=[A-ZĐÀ-Ỹ])|:\s+(?=[^\d\s])|(?<=[^\s\\*])\*+\s+(?=\S)")
_EMPHASIS = re.compile(r"^\s*(?:\\?\*)+")


class Words:
    """The vocabulary of the service-list reader (codelists/vocabulary.csv), folded,
    prepared once per References (`words(refs)`)."""

    def __init__(self, refs: References) -> None:
        self.channels = refs.term_values("record_channel")  # online / offline -> words
        self.no_dossiers = refs.terms("no_dossiers")
        sections = refs.term_values("service_section")
        self.section = sections.get("section", [])  # opens the essential-service section
        self.services = sections.get("services", [])  # keeps it open
        self.group = sections.get("group", [])  # a group's total, not a service
        self.scopes = list(refs.term_values("service_scope").items())  # (scope, words), first found wins
        self.lone_total = set(refs.term_values("service_lone_total"))  # services a lone count in prose is not
        self.dossier_units = set(refs.terms("dossier_noun", "dossier", "case"))  # what a service's count counts
        self.dossier_files = set(refs.terms("dossier_noun", "dossier"))  # `N hồ sơ <service>` in prose
        self.joiners = re.compile(rf"\b{alternatives(refs.terms('record_joiner'), space=' ')}\b")
        self.subclause = subclause_pattern(refs)
        # where a service name printed after `N hồ sơ` ends
        self.tail_end = re.compile(rf",\s|;|\.\s|\.$|\s{alternatives(refs.terms('name_end', form='exact'), space=' ')}\s|\(")

    def scope(self, folded: str) -> str | None:
        return next((scope for scope, words in self.scopes if has_any(folded, words)), None)


def words(refs: References) -> Words:
    return refs.prepare("service_words", Words)


@dataclass
class Record:
    kind: str  # service / group / unknown
    name: str
    name_span: Span
    services: list[str] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)
    no_dossiers: bool = False
    leftovers: list[Figure] = field(default_factory=list)
    in_section: bool = False
    scope: str = "all"


def _name(block: Block, folded: str, span: Span, figures: list[Figure], vocab: Words) -> Span:
    """The words before the part's first figure, ':' or 'không phát sinh' (vocabulary
    no_dossiers; list marker dropped)."""
    start, end = span
    m = _MARKER.match(block.text[start:end])
    if m:
        start += m.end()
    stop = end
    for fig in figures:
        if start <= fig.start < end and (fig.unit in ("count", "percent") or fig.ratio_part):
            stop = fig.start
            break
    colon = block.text.find(":", start, stop)
    if colon != -1:
        stop = colon
    for phrase in vocab.no_dossiers:
        nd = folded.find(phrase, start, stop)
        if nd != -1:
            stop = nd
    while stop > start and block.text[stop - 1] in " (,:-–\t":
        stop -= 1
    return start, stop


def _trivial(folded_name: str, vocab: Words) -> bool:
    return not re.sub(r"[^a-z]+", " ", vocab.joiners.sub(" ", folded_name)).strip()


def extract_services(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    """Per-service figures; computed once per document (indicators reuse it, read-only)."""
    return doc.context.once("services", lambda: _extract_services(doc, refs, meta))


def _extract_services(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    rules = service_rules(refs)
    vocab = words(refs)
    skip = signature(doc, refs)
    in_section, scope = False, "all"
    for block in doc.blocks(1, meta.body_end or len(doc.lines)):
        if block.first_line in skip:
            continue
        folded = fold_keep(block.text)
        figures = find_figures(block.text, refs.number_words, include_bare=True)
        parts = _parts(block.text)
        first_name = _name(block, folded, parts[0], figures, vocab) if parts else (0, 0)
        starts_service = len(rules.match(folded[first_name[0] : first_name[1]])) == 1
        if _HEADING.match(block.text) and not starts_service:
            in_section, scope = _section(folded, in_section, scope, vocab)
        state = [in_section, scope]
        records = _records(block, folded, figures, parts, rules, state, vocab)
        found = [r for r in records if r.kind == "service" and r.figures]
        rates_only = sum(1 for r in found if set(r.figures) == {"rate"})
        for record in records:
            if record.kind == "service" and set(record.figures) == {"rate"} and rates_only < 2 and not _bracketed(block.text, record.figures["rate"]):
                continue  # one rate in prose is no rate-only list item (`… trợ cấp thất nghiệp qua tài khoản đạt 98,9%`; `Tên dịch vụ (100%);` is)
            if record.kind == "unknown" and not found and not (record.figures.get("online") or record.figures.get("offline") or record.no_dossiers):
                continue  # a lone rate in prose is not a service list
            if record.kind == "service" and not record.in_section and not _listed(record):
                continue
            if record.kind == "service" and set(record.figures) == {"total"} and record.services[0] in vocab.lone_total:
                continue  # `thu nhận 1.126 hồ sơ cấp thẻ căn cước`: card applications, not the online service's dossiers
            _emit(out, block, record, record.scope)
        in_section, scope = state
        if not found and not in_section:
            _prose_totals(out, block, folded, figures, rules, vocab)
    return out


def _parts(text: str) -> list[Span]:
    marker = _MARKER.match(text)
    spans, cursor = [], marker.end() if marker and not _EMPHASIS.match(text) else 0
    depth_ok = True
    opened = closed = counted = 0  # brackets before position `counted` (matches come left to right)
    for m in _PART.finditer(text):
        opened += text.count("(", counted, m.start())
        closed += text.count(")", counted, m.start())
        counted = m.start()
        depth_ok = opened <= closed or m.group().startswith(";")
        if not depth_ok:
            continue
        if m.start() > cursor:
            spans.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return [s for s in spans if text[s[0] : s[1]].strip(" .;:")]


def _section(folded: str, in_section: bool, scope: str, vocab: Words) -> tuple[bool, str]:
    new_scope = vocab.scope(folded) or "all"
    if has_any(folded, vocab.section):
        return True, new_scope
    if in_section and has_any(folded, vocab.services):
        return True, new_scope
    return False, "all"


def _bracketed(text: str, fig: Figure) -> bool:
    """A rate printed in brackets right after a name: `Thông báo lưu trú (100%)`."""
    return text[:fig.start].rstrip().endswith("(") and text[fig.end :].lstrip(" %").startswith(")")


def _listed(record: Record) -> bool:
    """Outside an essential-service section, only items shaped like a service list count."""
    return bool(record.no_dossiers or {"online", "offline", "rate"} & set(record.figures))


def _counted(fig: Figure, vocab: Words) -> bool:
    return fig.unit == "percent" or (fig.unit == "count" and fig.unit_text in vocab.dossier_units)


def _records(block: Block, folded: str, figures: list[Figure], parts: list[Span], rules, state: list, vocab: Words) -> list[Record]:
    records: list[Record] = []
    current: Record | None = None
    block_no_dossiers = False
    for index, span in enumerate(parts):
        if index and _EMPHASIS.match(block.text[span[0] : span[1]]):
            state[0], state[1] = _section(folded[span[0] : span[1]], state[0], state[1], vocab)
        in_section = state[0]
        name_span = _name(block, folded, span, figures, vocab)
        name_folded = folded[name_span[0] : name_span[1]]
        part_figs = [f for f in figures if span[0] <= f.start < span[1]]
        ids = rules.match(name_folded) if name_span[1] > name_span[0] else []
        counted = [f for f in part_figs if _counted(f, vocab)]
        no_dossiers = has_any(folded[span[0] : span[1]], vocab.no_dossiers)
        follows = False
        if not counted and index + 1 < len(parts):  # `Name: không phát sinh hồ sơ`, `Name: tổng 120 hồ sơ`
            nxt = parts[index + 1]
            nxt_counted = any(_counted(f, vocab) for f in figures if nxt[0] <= f.start < nxt[1])
            no_dossiers = no_dossiers or (has_any(folded[nxt[0] : nxt[1]], vocab.no_dossiers) and not nxt_counted)
            nxt_name = _name(block, folded, nxt, figures, vocab)
            follows = nxt_counted and _trivial(folded[nxt_name[0] : nxt_name[1]], vocab)
        if ids and (counted or no_dossiers or block_no_dossiers or follows):
            current = Record("service" if len(ids) == 1 else "unknown", block.text[name_span[0] : name_span[1]], name_span, ids)
            records.append(current)
            current.in_section, current.scope = in_section, state[1]
        elif current is not None and _trivial(name_folded, vocab):
            pass
        elif counted and has_any(name_folded, vocab.group) and (in_section or has_any(folded[span[0] : span[1]], vocab.section)):
            current = Record("group", block.text[name_span[0] : name_span[1]], name_span)
            records.append(current)
            own = vocab.scope(folded[span[0] : span[1]])
            current.in_section, current.scope = True, own or state[1]
        elif counted and in_section and not _trivial(name_folded, vocab):
            current = Record("unknown", block.text[name_span[0] : name_span[1]], name_span)
            records.append(current)
            current.in_section, current.scope = in_section, state[1]
        else:
            current = None
            if no_dossiers and not counted:
                block_no_dossiers = True
            continue
        current.no_dossiers = current.no_dossiers or no_dossiers or (block_no_dossiers and not counted)
        subs = subclauses(block.text, span, vocab.subclause)
        for fig in part_figs:
            if fig.start < name_span[1] and fig.start >= name_span[0]:
                continue
            sub = next((s for s in subs if s[0] <= fig.start < s[1]), span)
            label = label_figure(folded, sub, fig.start, fig.end, fig.unit == "percent", vocab.channels)
            if not fig.unit and not label or fig.unit and not _counted(fig, vocab):
                continue  # a bare number with no label, or a count of something else
            if fig.unit == "percent":
                key = "rate"
            elif fig.ratio_part or fig.unit != "count" and fig.unit:
                current.leftovers.append(fig)
                continue
            else:
                key = label or "total"
            if key in current.figures:
                current.leftovers.append(fig)
            else:
                current.figures[key] = fig
    return records


def _value(fig: Figure | None) -> float | int | None:
    if fig is None or fig.value is None:
        return None
    return int(fig.value) if float(fig.value).is_integer() else fig.value


def _emit(out: Extraction, block: Block, record: Record, scope: str) -> None:
    figs = record.figures
    line, quote = block.quote(record.name_span[0], max([f.end for f in figs.values()] + [record.name_span[1]]))
    if record.kind == "unknown":
        if not figs.get("online") and not figs.get("offline") and not figs.get("rate") and not record.no_dossiers:
            return
        reason = "service name matches several services" if len(record.services) > 1 else "service name not in codelists/services.csv"
        out.to_review(line, quote, f"unknown_service: '{record.name}' ({reason}; add keywords or an alias)")
        out.flag("unknown_service", record.name, f"The service '{record.name}' could not be mapped to the code list; its figures are not published.",
                 f"Không ánh xạ được dịch vụ '{record.name}' vào danh mục.", line, quote, table="service_results")
        return
    total, online, offline = _value(figs.get("total")), _value(figs.get("online")), _value(figs.get("offline"))
    rate = figs.get("rate")
    computed = round(online / total * 100, 2) if online is not None and total else None
    if record.kind == "group":
        return  # a group's totals are the indicator labeller's (generator.reading.label)
    row = {
        "service_id": record.services[0], "service_printed": record.name.strip(), "scope": scope,
        "total": total, "online": online, "offline": offline,
        "online_rate_reported": rate.value if rate is not None else None, "online_rate": computed,
        "online_rate_printed": rate.printed if rate is not None else "",
        "no_dossiers": record.no_dossiers or None,
        "source_line": line, "source_quote": quote,
    }
    out.add("service_results", row)
    for part, fig in figs.items():
        out.use(block.line_at(fig.start), fig.printed, table="service_results", service_id=record.services[0], service_part=part)
    for fig in record.leftovers:
        if fig.unit:
            fl, fq = block.quote(fig.start, fig.end)
            out.to_review(fl, fq, f"figure '{fig.printed}' beside service '{record.name}' has no online/in-person label")


def _prose_totals(out: Extraction, block: Block, folded: str, figures: list[Figure], rules, vocab: Words) -> None:
    """`N hồ sơ <service>` repeated in one paragraph: totals per service."""
    found = []
    counts = [f for f in figures if f.unit == "count" and f.unit_text in vocab.dossier_files and not f.ratio_part]
    for i, fig in enumerate(counts):
        gap = leading_space(block.text, fig.end)
        start = fig.end + gap + len(fig.unit_text)
        nxt = counts[i + 1].start if i + 1 < len(counts) else len(block.text)
        m = vocab.tail_end.search(block.text, start, nxt)
        stop = m.start() if m else nxt
        ids = rules.match(folded[start:stop])
        if len(ids) == 1 and stop - start > 3 and ids[0] not in vocab.lone_total:
            found.append((fig, ids[0], (start, stop)))
    if len(found) < 2:
        return
    for fig, sid, (start, stop) in found:
        line, quote = block.quote(fig.start, stop)
        out.add("service_results", {
            "service_id": sid, "service_printed": block.text[start:stop].strip(), "scope": "all",
            "total": _value(fig), "online": None, "offline": None, "online_rate_reported": None, "online_rate_printed": "",
            "online_rate": None, "no_dossiers": None, "source_line": line, "source_quote": quote,
        })
        out.use(block.line_at(fig.start), fig.printed, table="service_results", service_id=sid, service_part="total")
