"""The shortcuts taken for extraction speed give exactly what the plain definitions give:
head-range blocks cut from the whole text's, digit-first number patterns, the Mn class in
strip_marks, the first-group rule index, the province counts' word lookup."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.document import Document
from generator.extract.clauses import best_rules, first_group_index, rule_distance
from generator.extract.metadata import _candidates_at, _province_counts
from generator.figures import _RATIO
from generator.fold import _MARKS, fold, strip_marks
from generator.numbers import NUMBER_TOKEN

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"
NUMBERISH = st.text(alphabet="0123456789٣.,/-% aZ_\tđ", max_size=30)

# the patterns as first written: look-behind first
PLAIN_NUMBER = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d+)*(?:,(?=\s?%))?(?![\w/]|[.,]\d)")
PLAIN_RATIO = re.compile(r"(?<![\w/.,-])(\d+(?:[.,]\d+)*)\s*/\s*(\d+(?:[.,]\d+)*)(?![\w/]|[.,]\d)")


def _blocks(blocks):
    return [(b.text, b.segments, b.raw_lines) for b in blocks]


def test_head_blocks_are_the_blocks_of_the_head_alone():
    for path in sorted(REPORTS.iterdir()):
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n") + 1
        doc = Document(text)
        for end in sorted({0, 1, 5, 45, 80, lines // 2, lines - 1, lines, lines + 3} | set(range(1, lines, 37))):
            assert _blocks(doc.blocks(1, end)) == _blocks(Document(text)._make_blocks(1, end)), (path.name, end)


@given(st.lists(st.sampled_from(["", "  ", "- Một ý.", "tiếp theo dòng", "a\tb", "| x |", "kết thúc;", "II. Mục", "câu…"]), max_size=25))
def test_head_blocks_on_made_up_text(lines):
    text = "\n".join(lines)
    doc = Document(text)
    for end in range(len(lines) + 2):
        assert _blocks(doc.blocks(1, end)) == _blocks(Document(text)._make_blocks(1, end))


@given(NUMBERISH)
def test_digit_first_patterns_match_as_the_look_behind_first_ones(text):
    assert [m.span() for m in NUMBER_TOKEN.finditer(text)] == [m.span() for m in PLAIN_NUMBER.finditer(text)]
    assert [(m.span(1), m.span(2)) for m in _RATIO.finditer(text)] == [(m.span(1), m.span(2)) for m in PLAIN_RATIO.finditer(text)]


@settings(max_examples=300)
@given(st.text(max_size=20))
def test_strip_marks_drops_every_nonspacing_mark(text):
    decomposed = unicodedata.normalize("NFD", text.translate(_MARKS))
    plain = text.translate(_MARKS) if text.translate(_MARKS).isascii() else "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    assert strip_marks(text) == plain
    assert fold(text) == re.sub(r"\s+", " ", plain.lower()).strip()


@given(st.lists(st.sampled_from(["đăng ký", "hồ sơ", "thường trú", "CCCD", "khai sinh", "điện tử", "cấp", "lý lịch tư pháp", ",", "đổi", "thẻ căn cước", "khai tử"]), max_size=12))
def test_rule_index_keeps_every_rule_that_can_match(refs, words):
    text = fold(" ".join(words))
    keyword_rules = refs.keyword_rules("services", "service_id")
    candidates = set(first_group_index(keyword_rules, lambda rule: rule[1]).candidates(text))
    assert {i for i, (_, groups) in enumerate(keyword_rules) if rule_distance(text, groups, 0) is not None} <= candidates
    rules = [(str(i), groups) for i, (_, groups) in enumerate(keyword_rules)]
    matched = [(len(g), rid) for rid, g in rules if rule_distance(text, g, 0) is not None]
    top = max((n for n, _ in matched), default=0)
    assert best_rules(text, rules) == [rid for n, rid in matched if n == top]


def test_province_counts_are_plain_counts_of_the_names(refs):
    for path in sorted(REPORTS.iterdir()):
        doc = Document(path.read_text(encoding="utf-8"))
        for when in (date(2023, 6, 1), date(2025, 8, 1)):
            folded = " " + " \n ".join(fold(line) for line in doc.lines) + " "
            plain: dict[str, int] = {}
            for alias, jid in _candidates_at(refs, when).provinces:
                n = folded.count(f" {alias} ") + folded.count(f" {alias},")
                if n:
                    plain[jid] = plain.get(jid, 0) + n
            assert _province_counts(doc, refs, when, len(doc.lines)) == plain
