"""Which indicator a figure counts: scored, named rules from the code lists, positive
evidence only. Pure.

A rule (codelists/indicator_rules.csv) names an indicator and the evidence a figure must
carry for it: the channel (online / in person / neither), keyword groups that must all be
found in the counted noun (`measure`), keyword groups that must all be found around the
figure (`context`), and words that veto it (`exclude`). Context is looked for in the
counted noun, the figure's own sub-clause, the list item's lead and the nearest heading,
and scores less the farther it is found. The best-scoring rule wins; two rules for
different indicators with the same score leave the figure unfiled (both are listed as
candidates for review).

Then what a careful reader infers from the sentence (codelists/indicators.csv `family`,
`member`, `generic`):
- a part printed after `trong đó` takes its parent's family (`… 10.260 hồ sơ dịch vụ công
  thiết yếu, trong đó trực tuyến 9.811 hồ sơ`);
- a rate printed right after a filed count (`(đạt 95%)`, `, chiếm 31,5%`) is that count's
  family's rate;
- a ratio with no counted noun right before a rate filed on its own words that equals it
  (`sử dụng 1.124.445/1.224.975, đạt tỷ lệ 91,79%`) has that family's count as numerator, and a
  rate equal to a filed count over the whole printed after it is that family's rate (the
  arithmetic is the evidence);
- a count repeated with the same counted noun (`…, lũy kế 98.734 hồ sơ`) is the same
  indicator as the one before it;
- a figure matched only by a generic rule (all administrative dossiers) takes the same
  member of the specific family the block is speaking of.
Targets, directives, changes (`tăng 5%`), progress against a plan (`đạt 105% kế hoạch`)
and what is left (`còn lại`, `chưa`) are never filed.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.codelists import References
from generator.fold import fold, lower_keep, matches_all
from generator.document import Block
from generator.reading.read import _ITEM_MARK, PROSE_CELL, ReadFigure, _bracketed_after, _word_in, evidence

WEIGHTS = (("measure", 4), ("near", 3), ("clause", 2), ("lead", 2), ("heading", 1))
WEAK_EVIDENCE = 2  # evidence no closer than the sentence, the lead or the heading: two subjects there are a doubt
OWN_NOUN_WORDS = 3  # words a counted noun carries past its head noun (`hồ sơ` + `giao dịch điện tử`) to say what it counts
RATE_MEMBERS = ("rate", "online_rate")
ATTACH_GAP = 48  # characters between a count and the rate that describes it
ATTACH_RUN = 24  # characters of a counted noun past what was read as it, before `đạt` and its rate
# topics whose figures add up over the bodies that report them (codelists/indicators.csv `topic`):
# one department's or ministry's own dossiers and procedures, its own look-ups in the population
# database and its own budget are a part, never the place's figure
BODY_PART_TOPICS = ("administrative_procedures", "essential_services", "population_data", "resources")
DOSSIER_TOPICS = ("administrative_procedures", "essential_services")  # dossiers: those a team helped people submit are a part


Groups = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Rule:
    """One rule, its words in two forms: lower case with tone marks (`exact`, for reports
    that print them) and folded (for reports without)."""

    rule_id: str
    indicator_id: str
    unit: str
    channel: str
    words: dict[bool, tuple[Groups, Groups, tuple[str, ...]]]  # exact? -> (measure, context, exclude)
    aggregate: bool = False  # the indicator totals many services or procedures
    fallback: bool = False  # applies only when no other rule does

    def measure(self, exact: bool) -> Groups:
        return self.words[exact][0]

    def context(self, exact: bool) -> Groups:
        return self.words[exact][1]

    def exclude(self, exact: bool) -> tuple[str, ...]:
        return self.words[exact][2]


@dataclass
class Indicator:
    indicator_id: str
    unit: str
    family: str
    member: str
    generic: bool
    aggregate: bool = False
    scope: str = "all"  # whose figures (codelists/indicators.csv): all, police, sectors, district_commune
    topic: str = ""


@dataclass
class Rules:
    rules: list[Rule]
    indicators: dict[str, Indicator]
    phrases: dict[bool, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # every rule word, per form, by its first word
    groups: dict[tuple[bool, str], list[tuple[str, tuple[frozenset[str], ...]]]] = field(default_factory=dict)  # for nearest()
    touching: dict[tuple[bool, str], dict[str, tuple[int, ...]]] = field(default_factory=dict)  # rule word -> groups entries
    # anchored rules by the first word of each anchor word ("" : rules any figure may meet)
    by_token: dict[tuple[bool, str], dict[str, tuple[int, ...]]] = field(default_factory=dict)
    # per form and unit: (rule, the words one of which any evidence for it must contain)
    anchored: dict[tuple[bool, str], list[tuple[Rule, tuple[str, ...]]]] = field(default_factory=dict)
    services: list[tuple[str, list[list[str]]]] = field(default_factory=list)  # keyword rules of services.csv
    families: dict[str, dict[str, str]] = field(default_factory=dict)  # family -> member -> indicator
    # vocabulary rate_link, per form: value (attached, base, population) -> words
    rate_link: dict[bool, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    by_id: dict[str, Rule] = field(default_factory=dict)  # rule_id -> rule
    by_indicator: dict[str, list[Rule]] = field(default_factory=dict)  # indicator_id -> its rules
    whole: dict[bool, tuple[str, ...]] = field(default_factory=dict)  # per form: vocabulary breakdown `all` (`toàn tỉnh`)

    def excludes(self, indicator_id: str, exact: bool) -> list[tuple[str, ...]]:
        """The exclude words of each rule of an indicator."""
        return [r.exclude(exact) for r in self.by_indicator.get(indicator_id, ())]

    def member_of(self, family: str, member: str) -> str | None:
        return self.families.get(family, {}).get(member)


@dataclass
class Label:
    indicator_id: str = ""
    rule_id: str = ""
    how: str = ""  # rule, part, rate, numerator, repeat, specialised
    candidates: tuple[str, ...] = ()  # nearest indicators when unfiled (or tied)
    score: int = 0
    weakest: int = 0  # the scope of the rule's weakest requirement (4 counted noun … 1 heading)


def rules(refs: References) -> Rules:
    return refs.prepare("indicator_rules", _load)


def _groups(spec: str, exact: bool) -> Groups:
    """Keyword groups (`;` between groups, `|` between alternatives) in one form."""
    out = []
    for group in spec.split(";"):
        words = tuple(evidence(lower_keep(w)) if exact else fold(w) for w in group.split("|") if w.strip())
        if words:
            out.append(words)
    return tuple(out)


def _load(refs: References) -> Rules:
    indicators = {
        r["indicator_id"]: Indicator(r["indicator_id"], r["unit"], r["family"], r["member"], r["generic"] == "true", r["aggregate"] == "true", r["scope"], r["topic"])
        for r in refs.rows("indicators")
    }
    out = Rules([], indicators, services=refs.keyword_rules("services", "service_id") + refs.service_aliases())
    for ind in indicators.values():
        out.families.setdefault(ind.family, {})[ind.member] = ind.indicator_id
    for row in refs.rows("indicator_rules"):
        ind = indicators[row["indicator_id"]]
        forms = {}
        for exact in (True, False):
            exclude = tuple(w for g in _groups(row["exclude"].replace(";", "|"), exact) for w in g)
            forms[exact] = (_groups(row["measure"], exact), _groups(row["context"], exact), exclude)
        out.rules.append(Rule(row["rule_id"], ind.indicator_id, ind.unit, row["channel"], forms, ind.aggregate, row["fallback"] == "true"))
    out.by_id = {r.rule_id: r for r in out.rules}
    for rule in out.rules:
        out.by_indicator.setdefault(rule.indicator_id, []).append(rule)
    for exact in (True, False):
        out.whole[exact] = tuple(evidence(w) for value, w in refs.words("breakdown", exact) if value == "all")
        link: dict[str, list[str]] = {}
        for value, word in refs.words("rate_link", exact):
            link.setdefault(value, []).append(evidence(word))
        out.rate_link[exact] = {k: tuple(v) for k, v in link.items()}
    for exact in (True, False):
        by_first: dict[str, list[str]] = {}
        for w in sorted({w for r in out.rules for g in r.measure(exact) + r.context(exact) for w in g}):
            by_first.setdefault(next(iter(_TOKEN.findall(w)), ""), []).append(w)
        out.phrases[exact] = {k: tuple(v) for k, v in by_first.items()}
        for unit in ("count", "percent", "vnd", "points", "days", "other"):
            probe = ReadFigure(line=0, quote="", printed="", value=None, value_printed="", number_style="plain", unit=unit)
            out.anchored[(exact, unit)] = [(r, _anchor(r, exact)) for r in out.rules if _unit_ok(r, probe)]
            index: dict[str, set[int]] = {}
            for pos, (_, anchor) in enumerate(out.anchored[(exact, unit)]):
                for word in anchor or ("",):
                    index.setdefault(next(iter(_TOKEN.findall(word)), ""), set()).add(pos)
            out.by_token[(exact, unit)] = {k: tuple(sorted(v)) for k, v in index.items()}
            out.groups[(exact, unit)] = [(r.indicator_id, groups) for r, _ in out.anchored[(exact, unit)]
                                         if (groups := tuple(frozenset(g) for g in r.measure(exact) + r.context(exact)))]
            touching: dict[str, set[int]] = {}
            for k, (_, groups) in enumerate(out.groups[(exact, unit)]):
                for group in groups:
                    for word in group:
                        touching.setdefault(word, set()).add(k)
            out.touching[(exact, unit)] = {w: tuple(sorted(v)) for w, v in touching.items()}
    return out


def _anchor(rule: Rule, exact: bool) -> tuple[str, ...]:
    """The words of a rule's first group (its counted noun, else its context): a figure whose
    evidence holds none of them cannot meet the rule."""
    groups = rule.measure(exact) or rule.context(exact)
    return groups[0] if groups else ()


_TOKEN = re.compile(r"\w+")


def _any(folded: str, words: tuple[str, ...]) -> bool:
    return any(w in folded and _word_in(folded, w) for w in words)


def _unit_ok(rule: Rule, fig: ReadFigure) -> bool:
    if rule.unit == "percent":
        return fig.unit == "percent"
    if rule.unit == "vnd":
        return fig.unit == "vnd"
    if rule.unit == "points":
        return fig.unit in ("points", "count")
    return fig.unit == "count"


def _channel_ok(rule: Rule, fig: ReadFigure) -> bool:
    if not rule.channel:
        return True
    if rule.channel == "none":
        return fig.channel == ""
    return fig.channel == rule.channel


def _found(folded: str, words: tuple[str, ...]) -> str:
    """The longest of words found in folded as a whole word, or ''."""
    best = ""
    for w in words:
        if len(w) > len(best) and w in folded and _word_in(folded, w):
            best = w
    return best


class Matcher:
    """Whole-word look-ups of rule words in a figure's evidence, remembered for one labelling
    run (the figures of a block share their clause, lead and heading)."""

    def __init__(self, link: dict[bool, dict[str, tuple[str, ...]]] | None = None) -> None:
        self.memo: dict[tuple[str, tuple[str, ...]], str] = {}
        self.link = link or {}  # per form, vocabulary rate_link: base words, population words
        self.splits: dict[tuple[str, bool], tuple[str, str]] = {}  # a figure's words before and from its base word

    def found(self, text: str, words: tuple[str, ...]) -> str:
        """The longest of words found in text as a whole word, or ''."""
        key = (text, words)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = _found(text, words)
        return hit

    def any(self, text: str, words: tuple[str, ...]) -> bool:
        return bool(self.found(text, words))


def _head(measure: str, words: tuple[str, ...]) -> str:
    """The longest of words the counted noun starts with."""
    best = ""
    for w in words:
        if len(w) > len(best) and measure.startswith(w) and (len(measure) == len(w) or not measure[len(w)].isalnum()):
            best = w
    return best


def ruleset_aggregate(rule: Rule) -> bool:
    return rule.aggregate


def score(rule: Rule, fig: ReadFigure, measure: str, m: Matcher | None = None) -> tuple[int, int] | None:
    """How well a figure's evidence meets a rule: (the scope of its weakest requirement,
    the length of the words found weighted by where they were found), or None when it
    does not apply. Every requirement must be met, and at least one requirement of the
    context (or, with none, of the counted noun) close to the figure: in the counted noun
    or its own sub-clause."""
    if not _unit_ok(rule, fig) or not _channel_ok(rule, fig):
        return None
    m = m or Matcher()
    exclude = rule.exclude(fig.exact)
    # words past a base word (`… đã kích hoạt trên tổng số 8.102 công dân đủ điều kiện`) name the base, not what is counted
    if exclude and (_excluded_near(fig, exclude, m) or m.any(measure, exclude)):
        return None
    rule_measure, rule_context = rule.measure(fig.exact), rule.context(fig.exact)
    total, weakest = 0, 4
    if rule_measure and not measure:
        # no counted noun printed after the figure (`sử dụng 1.124.445/1.224.975`): its clause must name it
        for group in rule_measure:
            word = m.found(fig.near, group) or m.found(fig.clause, group)
            if not word:
                return None
            total += 2 * len(word)
        weakest = 2
    head_words = 0
    for n, group in enumerate(rule_measure if measure else ()):
        word = _head(measure, group) if n == 0 and not fig.measure_in_table else m.found(measure, group)
        if not word:
            return None  # the first group names the head noun: what is counted
        if n == 0:
            head_words = len(word.split())
        total += 4 * len(word)
    # a counted noun that says what it counts in words of its own (`38.912.407 hồ sơ giao dịch
    # điện tử`): a heading's words are no evidence for it
    qualified = bool(head_words) and not fig.in_table and len(measure.split()) - head_words >= OWN_NOUN_WORDS
    close = not rule_context or rule.channel in ("online", "offline")  # the channel word is the figure's own
    led = fig.led and not fig.in_table and ruleset_aggregate(rule)
    if led:
        close = False  # an item with its own lead (`- Cấp giấy phép xây dựng: …`) is that subject's: the rule's own words must say otherwise
    # a list item's own lead shadows the heading above it (`- Cấp giấy phép xây dựng: 15 hồ sơ`
    # under an essential-services heading is that procedure's figure)
    # (not a lead that opens with the counted noun itself: `- Tài khoản được phê duyệt: 35 tài khoản` under `2. Định danh điện tử`)
    shadowed = fig.lead and not fig.in_table and not (measure and fig.lead.startswith(measure))
    scopes = (("measure", measure), ("near", fig.near), ("clause", fig.clause), ("lead", fig.lead), ("heading", "" if shadowed else fig.heading))
    if exclude:
        # a context word only inside an excluded phrase of the wider text (`riêng qua ứng dụng VNeID, Sở Tư
        # pháp đã tiếp nhận …`: `vneid` is there only as `qua ứng dụng vneid`) is no evidence
        scopes = tuple((scope, _without_phrases(text, exclude) if scope in ("clause", "lead", "heading") else text)
                       for scope, text in scopes)
    for group in rule_context:
        for (scope, text), (_, weight) in zip(scopes, WEIGHTS):
            word = m.found(text, group) if text else ""
            if word:
                break
        else:
            return None
        if scope == "heading" and qualified:
            return None
        # under a lead, only the lead or the counted noun may say it is all dossiers, not the words around
        close = close or (scope == "measure" or bool(m.found(fig.lead, group)) if led else weight >= (2 if fig.in_table else 3))
        weakest = min(weakest, weight)
        total += weight * len(word)
    return (weakest, total) if close else None


def _without_phrases(text: str, phrases: tuple[str, ...]) -> str:
    """text with every (multi-word) phrase of phrases blanked out."""
    if not text:
        return text
    for phrase in phrases:
        if " " in phrase and phrase in text:
            text = text.replace(phrase, " ")
    return text


def _excluded_near(fig: ReadFigure, exclude: tuple[str, ...], m: Matcher) -> bool:
    """An excluded word in the figure's sub-clause; past a base word (`… trên tổng số 8.102 công
    dân đủ điều kiện`) a population word names the base, not what is counted, and does not count."""
    link = m.link.get(fig.exact, {})
    key = (fig.near, fig.exact)
    split = m.splits.get(key)
    if split is None:
        split = m.splits[key] = _split_base(fig.near, link.get("base", ()))
    own, base = split
    if m.any(own, exclude):
        return True
    population = link.get("population", ())
    return bool(base) and m.any(base, tuple(w for w in exclude if w not in population))


def _share_of_online(fig: ReadFigure, ruleset: Rules, online: tuple[str, ...]) -> bool:
    """`hồ sơ người dân tự nộp trực tuyến mới chiếm 38,5% tổng số hồ sơ trực tuyến`: a rate whose
    base after it (vocabulary rate_link after_rate) names what was done online is a share within
    the online items, not the online rate."""
    if fig.unit != "percent" or not fig.measure:
        return False
    measure = _fold_measure(fig)
    return any(measure.startswith(w + " ") for w in ruleset.rate_link[fig.exact].get("after_rate", ())) and _any(measure, online)


def _fold_measure(fig: ReadFigure) -> str:
    """The counted noun in the form the rules are matched in."""
    return evidence(lower_keep(fig.measure) if fig.exact else fold(fig.measure))


def match(fig: ReadFigure, ruleset: Rules, m: Matcher | None = None) -> Label:
    """The best rule for one figure on its own evidence (no inference from neighbours)."""
    m = m or Matcher()
    measure = _fold_measure(fig)
    everything = " | ".join((measure, fig.near, fig.clause, fig.lead, fig.heading))
    scored: list[tuple[tuple[int, int], Rule]] = []
    anchored, by_token = ruleset.anchored[(fig.exact, fig.unit)], ruleset.by_token[(fig.exact, fig.unit)]
    positions = {p for token in {*_TOKEN.findall(everything), ""} for p in by_token.get(token, ())}
    for rule, anchor in (anchored[p] for p in sorted(positions)):
        if anchor and not any(w in everything for w in anchor):
            continue
        s = score(rule, fig, measure, m)
        if s is not None:
            scored.append((s, rule))
    if not scored:
        return Label()
    # fallback rules and rules of a generic indicator (all administrative dossiers) come last
    scored.sort(key=lambda sr: (sr[1].fallback, ruleset.indicators[sr[1].indicator_id].generic, -sr[0][0], -sr[0][1]))
    if scored[0][0][0] <= HEADING_ONLY:
        # a rule met only through the heading (`7. … định danh điện tử và dịch vụ công thiết yếu`) yields to a
        # fallback rule met in the figure's own sentence (`07 DVC thiết yếu do các sở, ngành … tiếp nhận … 36.303 hồ sơ`)
        scored.sort(key=lambda sr: not (sr[1].fallback and sr[0][0] > HEADING_ONLY))  # (stable: the order above stays within each)
    top = scored[0][0]
    generic = ruleset.indicators[scored[0][1].indicator_id].generic
    fallback = scored[0][1].fallback
    best = [r for s, r in scored if s == top and ruleset.indicators[r.indicator_id].generic == generic and r.fallback == fallback]
    ids = tuple(dict.fromkeys(r.indicator_id for r in best))
    narrower = _narrower(best[0], scored, ruleset, fig)
    if narrower is not None and len(ids) == 1:
        return Label(narrower[1].indicator_id, narrower[1].rule_id, "rule", tuple(dict.fromkeys(r.indicator_id for _, r in scored))[:3],
                     narrower[0][1], narrower[0][0])
    if top[0] <= WEAK_EVIDENCE:
        # evidence no closer than the sentence, the lead or the heading names two indicators' subjects
        # (`3. Cấp Căn cước, định danh điện tử` above `thu nhận 1.201.845 hồ sơ`): no evidence which
        # (a narrower scope, `lĩnh vực Công an`, still wins over all: that is a specialisation, not a doubt)
        scope = ruleset.indicators[best[0].indicator_id].scope
        ids = tuple(dict.fromkeys(r.indicator_id for s, r in scored if s[0] == top[0] and r.fallback == fallback
                                  and ruleset.indicators[r.indicator_id].generic == generic
                                  and ruleset.indicators[r.indicator_id].scope == scope))
    if len(ids) > 1:
        return Label("", "", "tie", ids, top[1])
    return Label(ids[0], best[0].rule_id, "rule", tuple(dict.fromkeys(r.indicator_id for _, r in scored))[:3], top[1], top[0])


NARROW_EVIDENCE = 3  # a narrower scope's words must be the figure's own (its counted noun or sub-clause)


def _narrower(best: Rule, scored: list[tuple[tuple[int, int], Rule]], ruleset: Rules, fig: ReadFigure) -> tuple[tuple[int, int], Rule] | None:
    """The same quantity of a narrower scope, every word of it in the figure's own words
    (`Công an huyện và Công an các xã tiếp nhận 4.268 hồ sơ dịch vụ công thiết yếu`: the police
    services' dossiers, though `hồ sơ dịch vụ công thiết yếu` alone says all essential services),
    or in its heading when its sentence does not say it is the whole (`2. Kết quả cung cấp dịch vụ
    công thiết yếu lĩnh vực Công an` / `Năm 2025, tiếp nhận 596.713 hồ sơ của 11 dịch vụ công thiết
    yếu`; not `… toàn tỉnh tiếp nhận 398.214 hồ sơ`)."""
    mine = ruleset.indicators[best.indicator_id]
    if mine.scope != "all":
        return None
    needed = NARROW_EVIDENCE if fig.in_table or _any(f"{fig.before} {fig.clause}", ruleset.whole[fig.exact]) else HEADING_ONLY
    found = [(s, r) for s, r in scored if s[0] >= needed and not r.fallback
             and (other := ruleset.indicators[r.indicator_id]).scope != "all"
             and other.member == mine.member and other.topic == mine.topic and other.unit == mine.unit]
    ids = {r.indicator_id for _, r in found}
    return max(found, key=lambda sr: sr[0]) if len(ids) == 1 else None


def candidates(fig: ReadFigure, label: Label, refs: References) -> tuple[str, ...]:
    """The candidate indicators of a figure left unfiled (for review): those the labeller
    weighed, else the nearest; none for targets and directives."""
    if label.candidates:
        return label.candidates
    return nearest(fig, rules(refs)) if fig.role == "result" else ()


def nearest(fig: ReadFigure, ruleset: Rules, count: int = 3, m: Matcher | None = None) -> tuple[str, ...]:
    """The indicators whose rules this figure comes nearest to meeting (for review): those
    of its unit with the largest share of their keyword groups found around it."""
    text = " | ".join(t for t in (_fold_measure(fig), fig.near, fig.clause, fig.lead, fig.heading) if t)
    phrases = ruleset.phrases[fig.exact]
    present = {p for token in {*_TOKEN.findall(text), ""} for p in phrases.get(token, ()) if p in text and _word_in(text, p)}
    ranked: dict[str, float] = {}
    if not present:
        return ()
    listed, touching = ruleset.groups[(fig.exact, fig.unit)], ruleset.touching[(fig.exact, fig.unit)]
    for indicator_id, groups in (listed[k] for k in sorted({k for p in present for k in touching.get(p, ())})):
        found = sum(1 for group in groups if not present.isdisjoint(group))
        if found:
            share = found / len(groups)
            ranked[indicator_id] = max(ranked.get(indicator_id, 0.0), share)
    return tuple(i for i, _ in sorted(ranked.items(), key=lambda kv: (-kv[1], kv[0]))[:count])


def filable(fig: ReadFigure) -> bool:
    """A figure that may be filed under an indicator at all: a result (not a target, a
    directive, a change, progress against a plan or what is left, nor a question's), not a denominator, of
    the whole jurisdiction (level breakdowns stay in the figures table), not a pilot model's own.
    (A figure inside a long prose cell of an appendix table is filable, on stricter terms:
    see label_figures.)"""
    return (fig.role == "result" and not fig.comparison and not fig.progress and not fig.blocked and not fig.threshold
            and fig.ratio_part != "denominator" and fig.value is not None and fig.breakdown == "all"
            and not fig.local and not fig.elsewhere and not fig.average and not fig.note and not fig.asked
            and not (fig.unit == "percent" and fig.value > 100))  # a share is never over 100 %: progress against a target


HEADING_ONLY = 1  # a rule met only through the figure's heading (weights: heading 1)


def names_service(fig: ReadFigure, ruleset: Rules, heading: bool = False) -> bool:
    """The figure's own words (its sub-clause, or its table row's label) name one essential
    service; with `heading`, its heading does (`5.2. Dịch vụ công thiết yếu "Đăng ký dự thi tốt
    nghiệp THPT …"`: a rule met only through that heading is met by that service's figure)."""
    if fig.plan_table:
        return False  # a table of indicators against their plan: its rows name indicators
    # (a list item whose lead wraps onto the figure's line: `a) Liên thông đăng ký khai sinh, … dưới 6
    # tuổi: toàn quốc tiếp nhận 624.915 hồ sơ`: the words before the colon in its sentence)
    colon = fig.before.rfind(":")
    return _service_named(fold(f"{fig.lead} {fig.near} {fig.before[:colon] if colon != -1 else ''}" + (f" {fig.heading}" if heading else "")),
                          ruleset)


def _service_named(folded: str, ruleset: Rules) -> bool:
    """The folded text meets the keyword rules of one essential service (services.csv)."""
    return any(matches_all(folded, groups) for _, groups in ruleset.services)


def _sentence_names_service(fig: ReadFigure, ruleset: Rules) -> bool:
    """The figure's sentence names one essential service before it (`dịch vụ cấp đổi, cấp lại giấy
    phép lái xe tiếp nhận 6.583 hồ sơ nhưng chỉ có 2.417 hồ sơ nộp trực tuyến`): a count of all
    dossiers (a generic rule) there is that service's, and so is a figure whose rule was met only
    through its heading (`3. Kết quả giải quyết dịch vụ công thiết yếu` / `… xác nhận số Chứng minh
    nhân dân 1.036 hồ sơ, 100% trực tuyến`)."""
    return _service_named(fold(fig.before), ruleset)


def _noun_names_service(fig: ReadFigure, ruleset: Rules, part_words: tuple[str, ...]) -> bool:
    """The counted noun runs on past what was read as it and names one essential service (`Đội
    Cảnh sát giao thông - trật tự tiếp nhận 3.412 hồ sơ đăng ký, cấp biển số xe mô tô, xe gắn máy,
    trong đó …`): that service's dossiers. The run opens with the counted noun and ends at the next
    number or a part word."""
    text = getattr(fig.source, "text", None)
    if text is None or fig.unit != "count" or not fig.measure or not text[fig.end : fig.end + NOUN_RUN].lstrip().startswith(fig.measure):
        return False
    run = text[fig.end : fig.end + NOUN_RUN]
    digit = re.search(r"\d", run)
    run = fold(run[: digit.start()] if digit else run)
    cut = min((m.start() for w in part_words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", run)), default=len(run))
    return _service_named(run[:cut], ruleset)


NOUN_RUN = 80  # characters after a count searched for the service its counted noun names


def label_figures(figures: list[ReadFigure], refs: References) -> list[Label]:
    """One Label per figure (same order)."""
    ruleset = rules(refs)
    m = Matcher(ruleset.rate_link)
    labels = [Label() for _ in figures]
    part_words = {exact: tuple(evidence(w) for _, w in refs.words("part_of", exact)) for exact in (True, False)}
    back_words = {exact: tuple(evidence(w) for _, w in refs.words("back_reference", exact)) for exact in (True, False)}
    online_words = {exact: tuple(evidence(w) for value, w in refs.words("channel", exact) if value == "online") for exact in (True, False)}
    own = [match(f, ruleset, m) if filable(f) and not _base_count(f, ruleset) else Label() for f in figures]
    for i, fig in enumerate(figures):
        if own[i].indicator_id and ruleset.indicators[own[i].indicator_id].member == "online_rate" and _share_of_online(fig, ruleset, online_words[fig.exact]):
            own[i] = Label("", "", "", (own[i].indicator_id,))
    assisted = tuple(w for _, w in refs.words("assisted"))
    for i, fig in enumerate(figures):
        if own[i].indicator_id and fig.unit == "count" and ruleset.indicators[own[i].indicator_id].topic in DOSSIER_TOPICS and _any(fold(fig.own), assisted):
            own[i] = Label("", "", "assisted", (own[i].indicator_id,))  # `các tổ hỗ trợ người dân nộp 463 hồ sơ`: those helped, a part
    for i, fig in enumerate(figures):
        if own[i].indicator_id and fig.body and ruleset.indicators[own[i].indicator_id].topic in BODY_PART_TOPICS:
            own[i] = Label("", "", "body", (own[i].indicator_id,))  # one body's own dossiers: a part of the place's
    for i, fig in enumerate(figures):
        # one service's figure: its own words name it, or its heading does (in prose always: `1. … cấp đổi, cấp lại giấy
        # phép lái xe` / `99,21% hồ sơ được trả kết quả đúng hạn`; in a table only for a rule met through the heading alone)
        if own[i].indicator_id and (fig.in_table or ruleset.indicators[own[i].indicator_id].aggregate) \
                and (names_service(fig, ruleset) or ((own[i].weakest <= HEADING_ONLY or not fig.in_table) and names_service(fig, ruleset, heading=True))
                     or ((ruleset.indicators[own[i].indicator_id].generic or own[i].weakest <= HEADING_ONLY or (fig.led and own[i].weakest <= 2))
                         and not fig.in_table
                         and (_sentence_names_service(fig, ruleset) or _noun_names_service(fig, ruleset, part_words[False])))):
            own[i] = Label("", "", "service", (own[i].indicator_id,))
    for i, fig in enumerate(figures):
        label = own[i]
        if label.indicator_id and label.how == "rule" and label.weakest <= 1 and _excluded_in_clause(fig, label, ruleset):
            # met only through the heading, while the figure's own clause says what the rule excludes
            label = Label("", "", "", (label.indicator_id,))
        if not filable(fig):
            labels[i] = Label("", "", "", own[i].candidates)  # nearest(): for the figures no table claims (rows.py)
            continue
        if _prose_cell(fig):
            # a task's result in an appendix table restates the body in looser words: filed
            # only on its own close evidence (the counted noun or its own sub-clause), never a part
            strong = label.indicator_id and not fig.part_of and (label.weakest >= 3 or _row_says(fig, label, ruleset, m))
            shared = None if strong else _share_of_a_filed_count(fig, figures, labels, ruleset)
            labels[i] = label if strong else shared or Label("", "", "", label.candidates or ((label.indicator_id,) if label.indicator_id else ()))
            continue
        if label.indicator_id and fig.part_of and (_whole_excluded(fig, figures, i, label, ruleset, m, part_words)
                                                   or _whole_unfiled_before(fig, figures, labels, i, m, back_words[fig.exact])
                                                   or (ruleset.indicators[label.indicator_id].aggregate and _whole_of_a_sub_scope(fig, figures, labels, i, ruleset))):
            label = Label("", "", "", (label.indicator_id,))
        previous = _previous_filed(figures, labels, i)
        if previous is None and i and labels[i - 1].indicator_id and _part_item(figures[i - 1], fig, part_words[fig.exact]):
            previous = i - 1
        if previous is None and not label.indicator_id and (whole := _whole_above_sub_items(figures, labels, i, part_words[fig.exact], ruleset)) is not None:
            # `- … tiếp nhận 1.246 hồ sơ TTHC, trong đó:` / `    - Trực tuyến: 1.019 hồ sơ`: a channel's sub-item of the whole
            member = ruleset.member_of(ruleset.indicators[labels[whole].indicator_id].family, fig.channel)
            if member:
                label = Label(member, labels[whole].rule_id, "part")
        whole_at = previous if previous is not None else _filed_in_the_block_before(figures, labels, i, part_words[fig.exact])
        if label.indicator_id and fig.part_of and (_same_quantity(label, whole_at, labels, ruleset) or _listed_part(fig, figures, label, ruleset, own)):
            if _whole_said_less(fig, label, previous, figures, labels):
                labels[previous] = Label("", "", "whole", (label.indicator_id,))
                previous = _previous_filed(figures, labels, i)
            else:
                label = Label("", "", "", (label.indicator_id,))
        inferred = _infer(fig, previous, figures, labels, ruleset)
        if inferred is not None and label.indicator_id and _own_column(fig, label, inferred, ruleset):
            inferred = None  # `Tỷ lệ kích hoạt (%)` beside a column of card applications: the column says which rate
        if inferred is not None and (not label.indicator_id or label.weakest < 3 or _prefer_inferred(label, inferred, ruleset)
                                     or (inferred.how == "rate" and _attached(fig, figures[previous], ruleset))) \
                and not ((fig.in_table or ruleset.indicators[inferred.indicator_id].aggregate) and names_service(fig, ruleset)):
            label = inferred
        elif label.indicator_id and ruleset.indicators[label.indicator_id].generic:
            label = _specialised(label, figures, labels, i, ruleset)
        labels[i] = label
    _rates_of_unfiled_counts(figures, labels, ruleset)
    _numerators_of_filed_rates(figures, labels, ruleset)
    for i, fig in enumerate(figures):
        if not labels[i].indicator_id and not labels[i].how and filable(fig) and not _prose_cell(fig):
            labels[i] = _share_of_a_filed_count(fig, figures, labels, ruleset) or labels[i]
    _rows_of_one_table(figures, labels)
    _parts_of_a_narrower_whole(figures, labels, ruleset)
    _parts_that_name_a_scope(figures, labels, ruleset, m)
    return labels


UNFILED_RATE_GAP = 30  # characters past a count's noun to a rate printed as that count's (`… 41.390 hồ sơ, tỷ lệ trực tuyến 93,07%`)


def _rates_of_unfiled_counts(figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> None:
    """`Riêng nhóm dịch vụ … do các sở, ngành (ngoài Công an) giải quyết tiếp nhận 41.390 hồ sơ, tỷ lệ trực
    tuyến 93,07%`: a rate printed right after a count in its sentence is that count's; when the count could
    be filed but was not (what it counts is not one indicator's), a generic rule met by the rate's few words
    of its own is no evidence either."""
    for i in range(1, len(figures)):
        fig, count, label = figures[i], figures[i - 1], labels[i]
        if not label.indicator_id or label.how != "rule" or fig.unit != "percent" or not ruleset.indicators[label.indicator_id].generic \
                or count.unit != "count" or labels[i - 1].indicator_id or not filable(count) or fig.in_table \
                or count.source is not fig.source or count.sentence != fig.sentence:
            continue
        gap = getattr(fig.source, "text", "")[count.end : fig.start]
        if count.measure and gap.lstrip().startswith(count.measure):
            gap = gap.lstrip()[len(count.measure) :]
        if ";" not in gap and len(gap) <= UNFILED_RATE_GAP:
            labels[i] = Label("", "", "", (label.indicator_id,))


def _row_says(fig: ReadFigure, label: Label, ruleset: Rules, m: Matcher) -> bool:
    """A prose cell's figure whose row's own name says what it counts (`Thu nhận hồ sơ cấp căn cước` |
    `… toàn tỉnh đã thu nhận 3.284.907 hồ sơ, đạt 99,2% …`): its rule met through that name (and not
    through the cell's own words alone), the caption and heading aside, is close evidence."""
    if not fig.subject or not fig.in_table or ";" in fig.subject:
        return False  # (`Sổ sức khỏe điện tử; chi trả an sinh xã hội`: a row of two subjects names neither figure)
    own = replace(fig, lead=evidence(lower_keep(fig.subject) if fig.exact else fold(fig.subject)), heading="")
    row = match(own, ruleset, m)
    return row.indicator_id == label.indicator_id and row.weakest >= 2 \
        and match(replace(fig, lead="", heading=""), ruleset, m).indicator_id != label.indicator_id  # (the row's name, not the cell's words)


def _share_of_a_filed_count(fig: ReadFigure, figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> Label | None:
    """`kích hoạt tài khoản định danh điện tử 1.105.678/1.208.747 trường hợp, đạt tỷ lệ 91.47%`,
    `tra cứu … với 1.086.072 lượt tra cứu, trong tổng số 1.333.162 lượt bệnh nhân (đạt tỷ lệ 81.46%)`:
    a rate right after a whole, whose part before it in the sentence is a filed count, and equal
    to part / whole to its printed decimals, is that count's family's rate (the arithmetic is the
    evidence, in a table's prose cell too)."""
    i = fig.index
    if fig.unit != "percent" or i < 2:
        return None
    whole = figures[i - 1]
    if whole.unit != "count" or whole.sentence != fig.sentence or whole.source is not fig.source \
            or fig.start - whole.end > ATTACH_GAP + len(whole.measure):
        return None
    part = i - 2
    if figures[part].ratio_part == "denominator" or figures[part].sentence != fig.sentence or figures[part].source is not fig.source or not labels[part].indicator_id \
            or ruleset.indicators[labels[part].indicator_id].member in RATE_MEMBERS or not _is_share(fig, figures[part], whole):
        return None
    parent = ruleset.indicators[labels[part].indicator_id]
    target = _rate_of(ruleset.families[parent.family], parent.member, fig)
    if not target or _vetoed(fig, target, ruleset) or any(_any(_fold_measure(whole), ex) for ex in ruleset.excludes(target, fig.exact)):
        return None  # `… 7.436 tài khoản đã kích hoạt trên tổng số 8.102 công dân đủ điều kiện, đạt 91.78%`: not over accounts
    return Label(target, labels[part].rule_id, "rate")


def _rate_of(members: dict[str, str], parent_member: str, fig: ReadFigure) -> str | None:
    """The rate of a family that a percent after one of its counts is: the online rate after an
    online count or a total (or a percent printed as online), else the family's rate."""
    online = "online_rate" in members and (fig.channel == "online" or parent_member in ("online", "total"))
    return members.get("online_rate" if online else "rate")


RATE_COUNT = {"rate": "count", "online_rate": "online"}  # a rate's member -> the member counting its numerator


def _numerators_of_filed_rates(figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> None:
    """`đã kích hoạt, sử dụng 1.124.445/1.224.975, đạt tỷ lệ 91,79%`: a ratio printed with no
    counted noun of its own, right before a rate filed on its own evidence that is that ratio
    (the printed rate equals numerator / denominator to its printed decimals): the numerator
    is that rate's family's count. Not a figure left unfiled on purpose (one with candidates:
    `Trong đó, đối tượng bắt buộc đã xác thực 318.640/322.915 người`, a sub-group)."""
    for i in range(len(figures) - 2):
        fig, base, rate = figures[i], figures[i + 1], figures[i + 2]
        if labels[i].indicator_id or labels[i].candidates or fig.in_table or fig.unit != "count" or fig.ratio_part != "numerator" \
                or base.ratio_part != "denominator" or rate.unit != "percent" or labels[i + 2].how != "rule" or not filable(fig):
            continue
        if rate.source is not fig.source or rate.sentence != fig.sentence or not 0 <= rate.start - base.end <= ATTACH_GAP:
            continue
        member = ruleset.indicators[labels[i + 2].indicator_id]
        target = ruleset.member_of(member.family, RATE_COUNT.get(member.member, ""))
        if not target or not _is_share(rate, fig, base) or _vetoed(fig, target, ruleset):
            continue
        labels[i] = Label(target, labels[i + 2].rule_id, "numerator")
    for i in range(len(figures) - 2):
        # `100% cơ sở khám chữa bệnh BHYT (40/40 cơ sở, …)`: the ratio bracketed right after a filed rate that it is
        rate, fig, base = figures[i], figures[i + 1], figures[i + 2]
        if labels[i + 1].indicator_id or labels[i + 1].candidates or fig.in_table or fig.unit != "count" or fig.ratio_part != "numerator" \
                or base.ratio_part != "denominator" or rate.unit != "percent" or not labels[i].indicator_id or not filable(fig):
            continue
        if rate.source is not fig.source or not isinstance(fig.source, Block) or not _bracketed_after(fig.source.text, rate.end, fig.start):
            continue
        member = ruleset.indicators[labels[i].indicator_id]
        target = ruleset.member_of(member.family, RATE_COUNT.get(member.member, ""))
        if target and _is_share(rate, fig, base) and not _vetoed(fig, target, ruleset):
            labels[i + 1] = Label(target, labels[i].rule_id, "numerator")


def _is_share(rate: ReadFigure, part: ReadFigure, whole: ReadFigure) -> bool:
    """The printed rate is part / whole to the decimals it prints, rounded or cut."""
    if rate.value is None or part.value is None or not whole.value:
        return False
    decimals = len(re.split(r"[.,]", rate.printed)[-1]) if re.search(r"[.,]\d+$", rate.printed) else 0
    unit = 10 ** -decimals
    return -0.5 * unit - 1e-9 <= 100 * part.value / whole.value - rate.value < unit


OWN_EVIDENCE = 3  # a rule met in the figure's counted noun or its own sub-clause (weights: heading 1, lead or sentence 2)
PART_GAP = 60  # characters from a part (`trong đó trực tuyến 3.987 hồ sơ`) to its rate (`, đạt 47,79%`)


def _parts_of_a_narrower_whole(figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> None:
    """`8.342 hồ sơ đăng ký hộ kinh doanh, trong đó trực tuyến 3.987 hồ sơ, đạt 47,79%`: a part filed
    as all online dossiers only on the counted noun (no words of all procedures), whose whole in
    its sentence was not filed as all dossiers received, counts within that narrower whole: left
    unfiled, and so is the rate printed right after it. An online count after a whole of no channel
    in prose is such a part with or without `trong đó` (`Tổng 7.925 hồ sơ cư trú, trực tuyến 7.410 hồ sơ`)."""
    generic = {rule.rule_id for rule in ruleset.rules if not rule.context(True) and ruleset.indicators[rule.indicator_id].member == "online"}
    for i, fig in enumerate(figures):
        label = labels[i]
        if not ((fig.part_of or (fig.channel == "online" and not fig.in_table)) and label.how == "rule" and label.rule_id in generic):
            continue
        whole = next((j for j in range(i - 1, -1, -1) if figures[j].source is fig.source and figures[j].sentence == fig.sentence
                      and figures[j].unit == "count" and not figures[j].part_of and not figures[j].channel
                      and not _in_bracket(figures[j])), None)  # (not a bracket's part)
        if whole is None:
            continue
        filed_as = labels[whole].indicator_id
        if filed_as and ruleset.indicators[filed_as].family == ruleset.indicators[label.indicator_id].family:
            continue  # the whole is all dossiers received: its online part is all online dossiers
        labels[i] = Label("", "", "part", (label.indicator_id,))
        for k in range(i + 1, min(i + 3, len(figures))):
            rate = figures[k]
            if rate.source is fig.source and rate.sentence == fig.sentence and rate.unit == "percent" \
                    and 0 <= rate.start - fig.end <= PART_GAP and labels[k].indicator_id:
                labels[k] = Label("", "", "part", (labels[k].indicator_id,))
                break


def _in_bracket(fig: ReadFigure) -> bool:
    """The figure stands inside a bracket its sentence opened before it (`… hồ sơ (cấp xã 14.407)`)."""
    return fig.before.count("(") > fig.before.count(")")


def _parts_that_name_a_scope(figures: list[ReadFigure], labels: list[Label], ruleset: Rules, m: Matcher) -> None:
    """`… tiếp nhận 64.318 hồ sơ dịch vụ công thiết yếu, …; trong đó lĩnh vực Công an tiếp nhận 41.205 hồ sơ, trực
    tuyến 38.960 hồ sơ, đạt 94,55%; các sở, ngành khác (ngoài lĩnh vực Công an) tiếp nhận 23.113 hồ sơ …`: the
    figures of a part after `trong đó` whose sentence filed the whole of all essential services are
    matched again with the whole's words as their heading; one filed under a narrower scope of the
    same quantities (the police's, the other sectors') is kept."""
    whole_at = None
    for i, fig in enumerate(figures):
        label = labels[i]
        if label.indicator_id and ruleset.indicators[label.indicator_id].scope == "all" \
                and ruleset.indicators[label.indicator_id].member == "total" and not fig.part_of and not fig.in_table:
            whole_at = i
            continue
        if whole_at is None or fig.in_table or figures[whole_at].source is not fig.source or fig.line != figures[whole_at].line:
            continue
        if label.indicator_id and ruleset.indicators[label.indicator_id].scope != "all":
            continue
        whole = ruleset.indicators[labels[whole_at].indicator_id]
        previous = _previous_filed(figures, labels, i)
        if previous is not None and previous > whole_at and figures[previous].sentence == fig.sentence \
                and ruleset.indicators[labels[previous].indicator_id].scope != "all":
            # the online count and the rate after the part's own total: its channel and rate
            inferred = _infer(fig, previous, figures, labels, ruleset)
            if inferred is not None and ruleset.indicators[inferred.indicator_id].scope != "all":
                labels[i] = inferred
            continue
        if not (fig.part_of or any(f.part_of for f in figures[whole_at + 1 : i])) or _in_bracket(fig):
            continue  # (not a bracket listing the whole's members: `… hồ sơ DVC thiết yếu (lĩnh vực Công an 824 hồ sơ, …)`)
        again = match(replace(fig, heading=f"{fig.heading} {figures[whole_at].near}"), ruleset, m)
        if again.indicator_id and (other := ruleset.indicators[again.indicator_id]).scope != "all" and other.topic == whole.topic \
                and other.member == "total":
            labels[i] = again


def _rows_of_one_table(figures: list[ReadFigure], labels: list[Label]) -> None:
    """Several rows of one table filed under one indicator (for the same time scope) are rows
    of units (districts, wards, departments, months), each a part: only a total row or the
    report's own place is the whole. With no such row, which one is the place's is unsaid:
    none is filed (precision first)."""
    groups: dict[tuple[int, str, str], list[int]] = {}
    for i, (fig, label) in enumerate(zip(figures, labels)):
        if fig.table and label.indicator_id and not _prose_cell(fig):
            groups.setdefault((fig.table, label.indicator_id, fig.time_scope), []).append(i)
    for members in groups.values():
        if len({figures[i].line for i in members}) < 2:
            continue
        for i in members:
            if not figures[i].whole_row:
                labels[i] = Label("", "", "rows", (labels[i].indicator_id,))


def _whole_excluded(fig: ReadFigure, figures: list[ReadFigure], i: int, label: Label, ruleset: Rules, m: Matcher,
                    part_words: dict[bool, tuple[str, ...]]) -> bool:
    """A part after `trong đó` (`trong đó trực tuyến 47.931 hồ sơ`) of a whole whose own words
    are what the part's rule excludes (`52.408 hồ sơ thủ tục hành chính thuộc lĩnh vực Công
    an`): the whole's subject is the part's too."""
    rule = ruleset.by_id.get(label.rule_id)
    if rule is None or not rule.exclude(fig.exact):
        return False
    for j in range(i - 1, -1, -1):
        whole = figures[j]
        if whole.sentence != fig.sentence or whole.source is not fig.source or whole.start >= fig.start:
            return False
        if not whole.part_of and whole.unit == "count":  # (a rate before `trong đó` is no whole: `chiếm 31,5% dân số …, trong đó …`)
            between = evidence(fig.before[max(0, len(fig.before) - (fig.start - whole.end)) :])
            return m.any(between, part_words[fig.exact]) and (
                m.any(whole.near, rule.exclude(fig.exact)) or m.any(_fold_measure(whole), rule.exclude(fig.exact)))
    return False


SUB_SCOPES = ("service", "body")  # how a count was left unfiled as one service's or one body's own
_SENTENCE_END = re.compile(r"[.!?]\s+\S")


def _whole_of_a_sub_scope(fig: ReadFigure, figures: list[ReadFigure], labels: list[Label], i: int, ruleset: Rules) -> bool:
    """A part (`…; trong đó 5.219 hồ sơ nộp trực tuyến`) of the count before it in its sentence, past
    `;` (`Trung tâm Dịch vụ việc làm tỉnh tiếp nhận 6.834 hồ sơ đề nghị hưởng trợ cấp thất nghiệp`),
    that was left unfiled as one service's or one body's, or that names one service: that service's or
    body's too, never a figure of all dossiers or all services (indicators.csv `aggregate`)."""
    text = getattr(fig.source, "text", None)
    for j in range(i - 1, -1, -1):
        whole = figures[j]
        if whole.source is not fig.source or text is None or _SENTENCE_END.search(text, whole.end, fig.start):
            return False
        if not whole.part_of and whole.unit == "count":
            return labels[j].how in SUB_SCOPES or (not labels[j].indicator_id and (names_service(whole, ruleset)
                                                                                  or _sentence_names_service(whole, ruleset)))
    return False


def _whole_unfiled_before(fig: ReadFigure, figures: list[ReadFigure], labels: list[Label], i: int, m: Matcher,
                          back_words: tuple[str, ...]) -> bool:
    """A part that opens its sentence and refers back to a count (`Số hồ sơ trực tuyến nêu trên gồm
    268.911 hồ sơ nộp qua Cổng …`; vocabulary back_reference) breaks down the count printed before
    it; when that count was left unfiled (a group's, a place's, or unread), so is its part."""
    if not m.any(evidence(fig.before), back_words):
        return False
    first = i
    while first > 0 and figures[first - 1].source is fig.source and figures[first - 1].sentence == fig.sentence:
        first -= 1
    whole = next((j for j in range(first - 1, -1, -1) if figures[j].source is fig.source and figures[j].unit == "count"), None)
    return whole is not None and not labels[whole].indicator_id


def _listed_part(fig: ReadFigure, figures: list[ReadFigure], label: Label, ruleset: Rules, own: list[Label]) -> bool:
    """One of several parts listed after `trong đó` with the same counted noun (`cho 5.474
    trường hợp và … cho 564 trường hợp`): a share of a split, never a family's whole count; not
    when the other part's own words make it another family's quantity (`Trong đó, 161.902 tài khoản
    đã được phê duyệt, nhưng mới có 139.615 tài khoản được công dân kích hoạt`)."""
    mine = ruleset.indicators[label.indicator_id]
    if mine.member not in ("total", "count"):
        return False
    return any(other is not fig and other.part_of and other.sentence == fig.sentence and other.source is fig.source
               and other.unit == fig.unit and other.measure and fig.measure
               and other.measure.split()[0].lower() == fig.measure.split()[0].lower()
               and not (own[other.index].indicator_id and ruleset.indicators[own[other.index].indicator_id].family != mine.family)
               for other in figures[max(0, fig.index - 6): fig.index + 7])


def _prose_cell(fig: ReadFigure) -> bool:
    return fig.in_table and fig.cell_chars > PROSE_CELL


def _same_quantity(label: Label, previous: int | None, labels: list[Label], ruleset: Rules) -> bool:
    """A part (after `trong đó`) filed as the total of a family, or as the same quantity as
    the figure it is a part of."""
    mine = ruleset.indicators[label.indicator_id]
    theirs = ruleset.indicators[labels[previous].indicator_id] if previous is not None else None
    if mine.member == "total":
        # (not a narrower scope's total inside the whole: `…; riêng nhóm dịch vụ công thuộc lĩnh vực Công an tiếp nhận 48.310 hồ sơ`)
        return theirs is None or not (mine.scope != "all" and theirs.scope == "all" and mine.topic == theirs.topic)
    if theirs is None:
        return False
    return mine.family == theirs.family and mine.member not in ("online", "offline") + RATE_MEMBERS


def _filed_in_the_block_before(figures: list[ReadFigure], labels: list[Label], i: int, part_words: tuple[str, ...]) -> int | None:
    """For a part whose paragraph opens with its parts' word (`Trong đó: nhóm dịch vụ lĩnh vực Công an
    tiếp nhận …` after the paragraph of all essential services), the last filed figure of the
    paragraph before, where its whole stands; None when its own paragraph filed one first."""
    fig = figures[i]
    text = getattr(fig.source, "text", "")
    opening = evidence(_ITEM_MARK.sub("", lower_keep(text) if fig.exact else fold(text), count=1)).lstrip()
    if not any(opening.startswith(f"{w} ") for w in part_words if w):
        return None
    for j in range(i - 1, -1, -1):
        if figures[j].source is fig.source:
            if labels[j].indicator_id:
                return None
            continue
        block = figures[j].source
        for k in range(j, -1, -1):
            if figures[k].source is not block:
                return None
            if labels[k].indicator_id:
                return k
        return None
    return None


def _whole_said_less(fig: ReadFigure, label: Label, previous: int | None, figures: list[ReadFigure], labels: list[Label]) -> bool:
    """`toàn tỉnh có 9.846.215 lượt KCB BHYT; trong đó có 7.102.488 lượt người bệnh sử dụng thẻ Căn
    cước`: a whole and its part filed as one quantity, the part on its own words
    (its counted noun or sub-clause), the whole only on words farther off (its heading): the part is
    that quantity and the whole what it is taken from."""
    if previous is None or fig.unit != "count":
        return False
    whole, theirs = figures[previous], labels[previous]
    # (`;` ends a sentence: the whole may stand in the one before, on the same line)
    return (whole.source is fig.source and whole.line == fig.line and fig.sentence - whole.sentence <= 1
            and whole.unit == "count" and not whole.part_of
            and theirs.indicator_id == label.indicator_id and theirs.how == label.how == "rule"
            and label.weakest >= OWN_EVIDENCE > theirs.weakest)


def _previous_filed(figures: list[ReadFigure], labels: list[Label], i: int) -> int | None:
    """The nearest figure before i in the same block that was filed."""
    fig = figures[i]
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.source is not fig.source:
            return None
        if labels[j].indicator_id:
            return j
    return None


def _infer(fig: ReadFigure, j: int | None, figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> Label | None:
    if j is None:
        return None
    parent = figures[j]
    parent_ind = ruleset.indicators[labels[j].indicator_id]
    between = fig.start - parent.end
    same_sentence = parent.sentence == fig.sentence
    if fig.unit == "percent":
        if parent_ind.member in RATE_MEMBERS:
            return None
        if fig.in_table and any(figures[k].unit == "count" and figures[k].ratio_part != "denominator" for k in range(j + 1, fig.index)):
            return None  # a row's rate stands after another count, left unfiled: that count's rate, not the filed one's
        if fig.in_table or (0 <= between <= ATTACH_GAP and same_sentence) or (same_sentence and _next_after(figures, j) == fig.index):
            target = _rate_of(ruleset.families[parent_ind.family], parent_ind.member, fig)
            if target and not _vetoed(fig, target, ruleset):
                return Label(target, labels[j].rule_id, "rate")
        return None
    if fig.unit == "count" and fig.channel and not fig.in_table and (same_sentence or _next_clause(parent, fig)) \
            and parent_ind.member in ("online", "offline") + RATE_MEMBERS:
        # `tiếp nhận 412.608 hồ sơ; trực tuyến 368.215 hồ sơ (89,24%), trực tiếp 44.393 hồ sơ`: the other channel of
        # the total before the online count and its rate (also past one `;`: `…, đạt 90,74%; trực tiếp 205 hồ sơ`)
        total = next((k for k in range(j - 1, max(-1, j - CHANNEL_RUN), -1) if labels[k].indicator_id
                      and figures[k].source is fig.source and ruleset.indicators[labels[k].indicator_id].family == parent_ind.family
                      and ruleset.indicators[labels[k].indicator_id].member == "total"), None)
        if total is not None and _channel_run(figures, labels, total, fig, ruleset):
            j, parent, parent_ind = total, figures[total], ruleset.indicators[labels[total].indicator_id]
    if fig.unit != parent.unit:
        return None
    after_total = parent_ind.member == "total" and (_next_after(figures, j) == fig.index or (bool(fig.channel) and _channel_run(figures, labels, j, fig, ruleset)))
    if fig.in_table and fig.channel and not after_total:  # a channel column of a row whose total column is filed
        total = _row_total(fig, figures, labels, ruleset)
        if total is not None:
            j, parent_ind, after_total = total, ruleset.indicators[labels[total].indicator_id], True
    # (a part after the `;` that closes its whole's clause: `… tiếp nhận 47.355 hồ sơ …; trong đó nộp trực tuyến 46.965 hồ sơ`)
    if (fig.part_of and (same_sentence or _next_clause(parent, fig) or parent.source is not fig.source)) or (fig.channel and after_total):  # `385.566 hồ sơ; trực tiếp: 30.672 hồ sơ`
        member = {"online": "online", "offline": "offline"}.get(fig.channel)
        if member:
            target = ruleset.member_of(parent_ind.family, member)
            if target:
                return Label(target, labels[j].rule_id, "part")
        return None
    if same_sentence and fig.measure and parent.measure and fig.measure.split()[0].lower() == parent.measure.split()[0].lower() \
            and fig.channel == parent.channel and fig.time_scope != parent.time_scope and fig.time_scope:
        return Label(labels[j].indicator_id, labels[j].rule_id, "repeat")
    if fig.time_scope == "cumulative" and parent.time_scope != "cumulative" and _next_after(figures, j) == fig.index \
            and fig.channel == parent.channel and (_says_verb(fig, labels[j].rule_id, ruleset) or _same_head(fig, parent)):
        return Label(labels[j].indicator_id, labels[j].rule_id, "cumulative")  # `…; lũy kế đến nay đã thu nhận 1.224.975`
    return None


def _channel_run(figures: list[ReadFigure], labels: list[Label], j: int, fig: ReadFigure, ruleset: Rules) -> bool:
    """Between the total j and the channel count fig, only its family's other channel and rate, filed."""
    family = ruleset.indicators[labels[j].indicator_id].family
    return all(labels[k].indicator_id and ruleset.indicators[labels[k].indicator_id].family == family
               and ruleset.indicators[labels[k].indicator_id].member != "total" and figures[k].channel != fig.channel
               for k in range(j + 1, fig.index))


CHANNEL_RUN = 4  # figures back from a channel's count to the total whose other channel was given first
ITEM_GAP = 2  # lines from a whole's list item to the next item, which opens with `Trong đó`


def _part_item(parent: ReadFigure, fig: ReadFigure, part_words: tuple[str, ...]) -> bool:
    """`+ Tổng số hồ sơ … thuộc lĩnh vực Công an: 12.987 hồ sơ;` / `+ Trong đó nộp trực tuyến 11.352 hồ sơ`:
    a count of a channel in a list item that opens with a part word (vocabulary part_of), its first
    figure, right after the item whose last figure is its whole, is a part of that whole."""
    if not fig.part_of or fig.unit != "count" or parent.unit != "count" or not fig.channel or fig.in_table or parent.in_table \
            or parent.source is fig.source or parent.index != fig.index - 1 or not 0 < fig.line - parent.line <= ITEM_GAP:
        return False
    opening = evidence(_ITEM_MARK.sub("", fig.before, count=1).lower())
    return any(opening.startswith(w + " ") for w in part_words)


SUB_ITEMS = 4  # sibling items back from a channel's sub-item to the item that ends with `trong đó:`


def _whole_above_sub_items(figures: list[ReadFigure], labels: list[Label], i: int, part_words: tuple[str, ...],
                           ruleset: Rules) -> int | None:
    """The filed total that a channel's sub-item breaks down (`- Trong tháng, … tiếp nhận 1.246 hồ sơ TTHC
    (tháng 11 tiếp nhận 1.108 hồ sơ), trong đó:` / `- Trực tuyến: 1.019 hồ sơ` / `- Trực tiếp: 227 hồ sơ`):
    the last count filed as a family's total in the item that ends with a part word and a colon, past
    only sibling items, each its own line, that open with a lead."""
    fig = figures[i]
    if fig.unit != "count" or fig.channel not in ("online", "offline") or fig.in_table or not fig.led or fig.role != "result":
        return None
    k, line, hops = i - 1, fig.line, 0
    while k >= 0 and figures[k].source is fig.source:
        k -= 1
    while k >= 0 and hops < SUB_ITEMS:
        block, first = figures[k].source, k
        while first > 0 and figures[first - 1].source is block:
            first -= 1
        text = getattr(block, "text", None)
        if text is None or figures[first].in_table or not 0 < line - figures[k].line <= ITEM_GAP:
            return None
        ending = (lower_keep(text) if fig.exact else fold(text)).rstrip()
        if ending.endswith(":") and any(evidence(ending[:-1]).endswith(f" {w}") for w in part_words if w):
            total = next((j for j in range(k, first - 1, -1) if labels[j].indicator_id and figures[j].unit == "count"), None)
            return total if total is not None and labels[total].how == "rule" \
                and ruleset.indicators[labels[total].indicator_id].member == "total" else None
        if not all(figures[j].led for j in range(first, k + 1)):
            return None
        k, line, hops = first - 1, figures[first].line, hops + 1
    return None


def _next_clause(parent: ReadFigure, fig: ReadFigure) -> bool:
    """The figure's clause is the one right after its parent's, past one `;` and no full stop."""
    text = getattr(fig.source, "text", None)
    if text is None or fig.source is not parent.source or fig.sentence != parent.sentence + 1:
        return False
    between = text[parent.end : fig.start]
    return between.count(";") == 1 and ". " not in between


def _row_total(fig: ReadFigure, figures: list[ReadFigure], labels: list[Label], ruleset: Rules) -> int | None:
    """The figure of the same table row filed as a family's total, if any."""
    for k in range(fig.index - 1, -1, -1):
        other = figures[k]
        if other.line != fig.line or not other.in_table:
            return None
        if labels[k].indicator_id and ruleset.indicators[labels[k].indicator_id].member == "total":
            return k
    return None


def _vetoed(fig: ReadFigure, indicator_id: str, ruleset: Rules) -> bool:
    """The figure's own words carry a word every rule of the indicator excludes
    (`đạt 78% số công dân đủ điều kiện` is no share of accounts collected). Past a base word
    (`so với số hồ sơ đã thu nhận`) only the words of a population base count (`so với số
    công dân đủ điều kiện`): the rest names the base, not what is counted."""
    measure = _fold_measure(fig)
    excludes = ruleset.excludes(indicator_id, fig.exact)
    link = ruleset.rate_link[fig.exact]
    own, base = _split_base(fig.near, link.get("base", ()))
    population = tuple(w for w in link.get("population", ()) if _any(base, (w,)))
    return bool(excludes) and all(ex and (_any(own, ex) or _any(measure, ex) or any(w in ex for w in population)) for ex in excludes)


def _own_column(fig: ReadFigure, own: Label, inferred: Label, ruleset: Rules) -> bool:
    """A table's rate column whose header holds the first words of its own rule (`Tỷ lệ kích
    hoạt (%)`), for another family than the column the rate would be inferred from."""
    if not fig.in_table or inferred.how != "rate":
        return False
    if ruleset.indicators[own.indicator_id].family == ruleset.indicators[inferred.indicator_id].family:
        return False
    rule = next((r for r in ruleset.rules if r.rule_id == own.rule_id), None)
    groups = (rule.context(fig.exact) or rule.measure(fig.exact)) if rule is not None else ()
    return bool(groups) and _any(fig.heading, groups[0])


def _excluded_in_clause(fig: ReadFigure, label: Label, ruleset: Rules) -> bool:
    rule = ruleset.by_id.get(label.rule_id)
    return rule is not None and _any(f"{evidence(fig.before)} {fig.clause}", rule.exclude(fig.exact))


def _clause_excludes(fig: ReadFigure, indicator_id: str, ruleset: Rules) -> bool:
    """Every rule of the indicator excludes a word of the figure's sentence up to its clause."""
    text = f"{evidence(fig.before)} {fig.clause}"
    excludes = ruleset.excludes(indicator_id, fig.exact)
    return bool(excludes) and all(ex and _any(text, ex) for ex in excludes)


def _base_count(fig: ReadFigure, ruleset: Rules) -> bool:
    """A count printed right after a base word (`… đã kích hoạt trên tổng số 8.102 công dân đủ
    điều kiện`): the base a rate is taken over, not what was done."""
    if fig.unit != "count":
        return False
    tail = evidence(fig.before[-24:])
    link = ruleset.rate_link[fig.exact]
    if any(tail == w or tail.endswith(" " + w) for w in link.get("base", ())):
        return True
    # `chiếm khoảng 58,4% tổng số 168,5 triệu lượt`: right after a rate, the words name its base
    return any(re.search(r"%\s*" + re.escape(w) + r"\s*$", fig.before[-24:].lower()) for w in link.get("after_rate", ()))


def _split_base(near: str, base_words: tuple[str, ...]) -> tuple[str, str]:
    """A rate's words before its first base word, and from it on."""
    if not base_words or not any(w in near for w in base_words):
        return near, ""
    found = _base_pattern(base_words).search(near)
    at = found.start() if found else len(near)
    return near[:at], near[at:]


@lru_cache(maxsize=8)
def _base_pattern(base_words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(base_words, key=len, reverse=True)) + r")(?!\w)")


def _attached(fig: ReadFigure, parent: ReadFigure, ruleset: Rules) -> bool:
    """A rate printed right after a count in one sentence, past only the count's own noun and
    a linking word (`thu nhận 668.415 hồ sơ cấp CCCD, đạt 98,27%`): that count's rate, whatever
    its base words say."""
    text = getattr(fig.source, "text", None)
    if text is None or parent.source is not fig.source or parent.sentence != fig.sentence or parent.unit == "percent":
        return False
    gap = text[parent.end : fig.start]
    if len(gap) > ATTACH_GAP + ATTACH_RUN + len(parent.measure):
        return False
    printed_unit = parent.value_printed[len(parent.printed) :].strip()
    if printed_unit and gap.lstrip().startswith(printed_unit):
        gap = gap.lstrip()[len(printed_unit) :]  # `1,52 triệu hồ sơ …`: the multiplier word printed with the count
    if parent.measure:
        at = gap.find(parent.measure)
        if at == -1 or gap[:at].strip(" *_"):
            return False
        gap = gap[at + len(parent.measure) :]
    if ";" in gap:
        return False
    if fig.qualifier and gap.rstrip().endswith(fig.qualifier):
        gap = gap.rstrip()[: -len(fig.qualifier)]  # `…, đạt khoảng 98%`: the rate's own qualifier links nothing
    words = evidence(lower_keep(gap) if fig.exact else fold(gap))
    # the noun may run on a little past what was read as it (`hồ sơ cấp CCCD/thẻ căn cước, đạt`)
    return any(words == w or (words.endswith(" " + w) and len(words) - len(w) <= ATTACH_RUN)
               for w in ruleset.rate_link[fig.exact].get("attached", ()))


def _same_head(fig: ReadFigure, parent: ReadFigure) -> bool:
    """The same counted noun (`…hồ sơ định danh điện tử mức 2; lũy kế 1.046.318 hồ sơ`)."""
    return bool(fig.measure) and bool(parent.measure) and fig.measure.split()[0].lower() == parent.measure.split()[0].lower()


def _next_after(figures: list[ReadFigure], j: int) -> int | None:
    """The index of the first figure after j that is not j's denominator."""
    k = j + 1
    if k < len(figures) and figures[k].ratio_part == "denominator" and figures[j].ratio_part == "numerator":
        k += 1
    return figures[k].index if k < len(figures) else None


def _says_verb(fig: ReadFigure, rule_id: str, ruleset: Rules) -> bool:
    """The figure's own sub-clause repeats a word of every context group of the rule that
    filed the figure before it but its topic (what it does to what it counts)."""
    rule = next((r for r in ruleset.rules if r.rule_id == rule_id), None)
    if rule is None or not rule.context(fig.exact):
        return False
    measure = _fold_measure(fig)
    near = fig.near[: len(fig.near) - len(measure)] if measure and fig.near.endswith(measure) else fig.near
    return any(_found(near, group) for group in rule.context(fig.exact))  # the verb, not a word of its noun (`hồ sơ cấp thẻ`)


def _specialised(label: Label, figures: list[ReadFigure], labels: list[Label], i: int, ruleset: Rules) -> Label:
    """A generic match refiled under the same member of the specific family filed last in
    the same block (`…hồ sơ dịch vụ công thiết yếu…; tỷ lệ hồ sơ trực tuyến đạt 95,62%`)."""
    member = ruleset.indicators[label.indicator_id].member
    for j in range(i - 1, -1, -1):
        if figures[j].source is not figures[i].source:
            break
        if labels[j].indicator_id:
            other = ruleset.indicators[labels[j].indicator_id]
            if other.generic:
                return label
            target = ruleset.member_of(other.family, member)
            if target and _clause_excludes(figures[i], target, ruleset):
                return label  # `Riêng 02 dịch vụ thuộc lĩnh vực đất đai, tỷ lệ …`: the clause says what the family excludes
            return Label(target, label.rule_id, "specialised") if target else label
    return label


def _prefer_inferred(own: Label, inferred: Label, ruleset: Rules) -> bool:
    """A generic match gives way to the same member of the family the sentence speaks of."""
    mine = ruleset.indicators[own.indicator_id]
    theirs = ruleset.indicators[inferred.indicator_id]
    return mine.generic and not theirs.generic and mine.member == theirs.member
