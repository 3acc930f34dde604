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
- a count repeated with the same counted noun (`…, lũy kế 98.734 hồ sơ`) is the same
  indicator as the one before it;
- a figure matched only by a generic rule (all administrative dossiers) takes the same
  member of the specific family the block is speaking of.
Targets, directives, changes (`tăng 5%`), progress against a plan (`đạt 105% kế hoạch`)
and what is left (`còn lại`, `chưa`) are never filed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.codelists import References
from generator.fold import keyword_groups
from generator.reading.read import ReadFigure

WEIGHTS = (("measure", 4), ("near", 3), ("lead", 2), ("heading", 1))
RATE_MEMBERS = ("rate", "online_rate")
ATTACH_GAP = 48  # characters between a count and the rate that describes it


@dataclass(frozen=True)
class Rule:
    rule_id: str
    indicator_id: str
    unit: str
    channel: str
    measure: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]


@dataclass
class Indicator:
    indicator_id: str
    unit: str
    family: str
    member: str
    generic: bool


@dataclass
class Rules:
    rules: list[Rule]
    indicators: dict[str, Indicator]
    families: dict[str, dict[str, str]] = field(default_factory=dict)  # family -> member -> indicator

    def member_of(self, family: str, member: str) -> str | None:
        return self.families.get(family, {}).get(member)


@dataclass
class Label:
    indicator_id: str = ""
    rule_id: str = ""
    how: str = ""  # rule, part, rate, repeat, specialised
    candidates: tuple[str, ...] = ()  # nearest indicators when unfiled (or tied)
    score: int = 0


def rules(refs: References) -> Rules:
    return refs.prepare("indicator_rules", _load)


def _groups(spec: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g) for g in keyword_groups(spec))


def _load(refs: References) -> Rules:
    indicators = {
        r["indicator_id"]: Indicator(r["indicator_id"], r["unit"], r["family"], r["member"], r["generic"] == "true")
        for r in refs.rows("indicators")
    }
    out = Rules([], indicators)
    for ind in indicators.values():
        out.families.setdefault(ind.family, {})[ind.member] = ind.indicator_id
    for row in refs.rows("indicator_rules"):
        ind = indicators[row["indicator_id"]]
        excl = tuple(w for g in keyword_groups(row["exclude"].replace(";", "|")) for w in g)
        out.rules.append(Rule(row["rule_id"], ind.indicator_id, ind.unit, row["channel"], _groups(row["measure"]), _groups(row["context"]), excl))
    return out


def _word_in(folded: str, word: str) -> bool:
    i = folded.find(word)
    while i != -1:
        j = i + len(word)
        if (i == 0 or not folded[i - 1].isalnum()) and (j >= len(folded) or not folded[j].isalnum()):
            return True
        i = folded.find(word, i + 1)
    return False


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


def score(rule: Rule, fig: ReadFigure, measure: str) -> int | None:
    """The evidence score of a rule for a figure, or None when it does not apply."""
    if not _unit_ok(rule, fig) or not _channel_ok(rule, fig):
        return None
    if rule.exclude and (_any(fig.near, rule.exclude) or _any(measure, rule.exclude)):
        return None
    total = 0
    for group in rule.measure:
        if not _any(measure, group):
            return None
        total += 4
    scopes = (("measure", measure), ("near", fig.near), ("lead", fig.lead), ("heading", fig.heading))
    for group in rule.context:
        best = 0
        for (name, text), (_, weight) in zip(scopes, WEIGHTS):
            if text and _any(text, group):
                best = weight
                break
        if not best:
            return None
        total += best
    return total


def _fold_measure(fig: ReadFigure) -> str:
    from generator.fold import fold

    return fold(fig.measure)


def match(fig: ReadFigure, ruleset: Rules) -> Label:
    """The best rule for one figure on its own evidence (no inference from neighbours)."""
    measure = _fold_measure(fig)
    scored: list[tuple[int, Rule]] = []
    for rule in ruleset.rules:
        s = score(rule, fig, measure)
        if s is not None:
            scored.append((s, rule))
    if not scored:
        return Label()
    scored.sort(key=lambda sr: -sr[0])
    top = scored[0][0]
    best = [r for s, r in scored if s == top]
    ids = tuple(dict.fromkeys(r.indicator_id for r in best))
    if len(ids) > 1:
        return Label("", "", "tie", ids, top)
    return Label(ids[0], best[0].rule_id, "rule", tuple(dict.fromkeys(r.indicator_id for _, r in scored))[:3], top)


def filable(fig: ReadFigure) -> bool:
    """A figure that may be filed under an indicator at all."""
    return (fig.role == "result" and not fig.comparison and not fig.progress and not fig.blocked
            and fig.ratio_part != "denominator" and fig.value is not None)


def label_figures(figures: list[ReadFigure], refs: References) -> list[Label]:
    """One Label per figure (same order)."""
    ruleset = rules(refs)
    labels = [Label() for _ in figures]
    own = [match(f, ruleset) if filable(f) else Label() for f in figures]
    for i, fig in enumerate(figures):
        label = own[i]
        if not filable(fig):
            labels[i] = Label("", "", "", own[i].candidates)
            continue
        previous = _previous_filed(figures, labels, i)
        inferred = _infer(fig, previous, figures, labels, ruleset)
        if inferred is not None and (not label.indicator_id or _prefer_inferred(label, inferred, ruleset)):
            label = inferred
        elif label.indicator_id and ruleset.indicators[label.indicator_id].generic:
            label = _specialised(label, figures, labels, i, ruleset)
        labels[i] = label
    return labels


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
        if 0 <= between <= ATTACH_GAP and (same_sentence or fig.in_table):
            member = "online_rate" if parent_ind.member in ("online", "total") and "online_rate" in ruleset.families[parent_ind.family] else "rate"
            if parent_ind.member == "online" or fig.channel == "online" or member == "rate":
                target = ruleset.member_of(parent_ind.family, member)
                if target:
                    return Label(target, labels[j].rule_id, "rate")
        return None
    if fig.unit != parent.unit:
        return None
    if fig.part_of and same_sentence:
        member = {"online": "online", "offline": "offline"}.get(fig.channel)
        if member:
            target = ruleset.member_of(parent_ind.family, member)
            if target:
                return Label(target, labels[j].rule_id, "part")
        return None
    if same_sentence and fig.measure and parent.measure and fig.measure.split()[0].lower() == parent.measure.split()[0].lower() \
            and fig.channel == parent.channel and fig.time_scope != parent.time_scope and fig.time_scope:
        return Label(labels[j].indicator_id, labels[j].rule_id, "repeat")
    return None


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
            return Label(target, label.rule_id, "specialised") if target else label
    return label


def _prefer_inferred(own: Label, inferred: Label, ruleset: Rules) -> bool:
    """A generic match gives way to the same member of the family the sentence speaks of."""
    mine = ruleset.indicators[own.indicator_id]
    theirs = ruleset.indicators[inferred.indicator_id]
    return mine.generic and not theirs.generic and mine.member == theirs.member
