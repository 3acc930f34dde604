"""Clauses, keyword rules and figure labels shared by the service extractors.

Report prose packs several figures into one sentence; these helpers cut a record into
sub-clauses (as character spans, so provenance stays exact), match code-list keyword rules
(`;` between required groups, `|` between alternatives) on accent-folded text, and label
the figures of a record (online / in person / rate). The words come from the code lists
(vocabulary subclause_start, record_channel). Pure functions.
"""
from __future__ import annotations

import re

from generator.vocabulary import alternatives

Span = tuple[int, int]
Rules = list[tuple[str, list[list[str]]]]

# A sub-clause ends at a comma followed by a space, a semicolon, a bracket, or before the
# words that join the parts of a record (vocabulary subclause_start: `với`, `trong đó`, …).
_SUBCLAUSE = r",\s+|;\s*|[()]|\s(?={words}\s)"


def subclause_pattern(refs) -> re.Pattern[str]:
    """The sub-clause breaks of the vocabulary, built once per References."""
    return refs.prepare("subclause_pattern", lambda r: re.compile(
        _SUBCLAUSE.format(words=alternatives(r.terms("subclause_start", form="exact"), space=" ")), re.IGNORECASE))


def _spans(text: str, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    spans, cursor = [], start
    for m in pattern.finditer(text, start, end):
        if m.start() > cursor:
            spans.append((cursor, m.start()))
        cursor = max(cursor, m.end())
    if cursor < end:
        spans.append((cursor, end))
    return [s for s in spans if text[s[0] : s[1]].strip()]


def subclauses(text: str, span: Span, pattern: re.Pattern[str]) -> list[Span]:
    """The sub-clauses of text[span] (`pattern`: subclause_pattern(refs))."""
    return _spans(text, pattern, span[0], span[1])


def word_positions(folded: str, phrase: str) -> list[int]:
    """Start positions of phrase in folded text as whole words."""
    out, i = [], folded.find(phrase)
    while i != -1:
        before = folded[i - 1] if i > 0 else " "
        j = i + len(phrase)
        after = folded[j] if j < len(folded) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = folded.find(phrase, i + 1)
    return out


def has_any(folded: str, phrases: list[str]) -> bool:
    for p in phrases:
        if p in folded and word_positions(folded, p):  # `in` first: most phrases are absent
            return True
    return False


def rule_distance(folded: str, groups: list[list[str]], pos: int) -> int | None:
    """How far the keyword groups lie from pos, summed (None when a group is missing)."""
    total = 0
    for group in groups:
        best = None
        for alt in group:
            if alt not in folded:  # the common case, without a call
                continue
            n = len(alt)
            for i in word_positions(folded, alt):
                d = 0 if i <= pos < i + n else min(abs(i - pos), abs(i + n - pos))
                best = d if best is None else min(best, d)
        if best is None:
            return None
        total += best
    return total


class FirstGroupIndex:
    """Which of a list of keyword rules can match a text at all: a rule needs one of the
    alternatives of its first group in the text. Positions come back in list order."""

    def __init__(self, rules: list[list[list[str]]]) -> None:
        self.always = 0  # bit i: rule i has no groups (matches anything)
        masks: dict[str, int] = {}
        for i, groups in enumerate(rules):
            if not groups:
                self.always |= 1 << i
                continue
            for alt in groups[0]:
                masks[alt] = masks.get(alt, 0) | 1 << i
        self.masks = list(masks.items())

    def candidates(self, folded: str) -> list[int]:
        mask = self.always
        for m in [m for alt, m in self.masks if alt in folded]:
            mask |= m
        out = []
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out


def first_group_index(rules: list, groups_of) -> FirstGroupIndex:
    """The FirstGroupIndex of a list of rules (`groups_of(rule)`: its keyword groups)."""
    return FirstGroupIndex([groups_of(rule) for rule in rules])


def rule_index(rules: Rules) -> FirstGroupIndex:
    """The FirstGroupIndex of (id, groups) rules: build it once with the rules (ServiceRules
    does, per References) and pass it to best_rules."""
    return first_group_index(rules, _rule_groups)


def best_rules(folded: str, rules: Rules, index: FirstGroupIndex | None = None) -> list[str]:
    """Ids of the matching rules with the most keyword groups (more than one = a tie).
    `index`: rule_index(rules), when the same rules are matched often."""
    candidates = (index or rule_index(rules)).candidates(folded)
    matched = [(len(groups), rid) for rid, groups in (rules[i] for i in candidates) if rule_distance(folded, groups, 0) is not None]
    if not matched:
        return []
    top = max(n for n, _ in matched)
    return [rid for n, rid in matched if n == top]


def _rule_groups(rule: tuple[str, list[list[str]]]) -> list[list[str]]:
    return rule[1]


def label_figure(folded: str, sub: Span, fig_start: int, fig_end: int, is_percent: bool, channels: dict[str, list[str]]) -> str:
    """online / offline / rate for one figure from the words of its sub-clause: the channel
    (`channels`: value -> folded words, vocabulary record_channel) of the nearest word."""
    if is_percent:
        return "rate"
    text = folded[sub[0] : sub[1]]
    pos = fig_start - sub[0]
    best, best_d = "", None
    for kind, words in channels.items():
        for w in words:
            for i in word_positions(text, w):
                d = abs(i - pos) if i < pos else abs(i - (fig_end - sub[0]))
                if best_d is None or d < best_d:
                    best, best_d = kind, d
    return best

