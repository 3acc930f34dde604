"""Status words in free text -> a status code (codelists/statuses.csv match_keywords).

`first_status` reads a result or notes cell: the earliest phrase wins, the longest at the
same place ("đã triển khai xong" beats "đã triển khai"). `last_status` reads the words
just before a count ("đã triển khai hoàn thành 16 mô hình"): the phrase ending last wins.
A phrase preceded by a negation ("chưa hoàn thành"; vocabulary negation) does not count
unless the phrase itself carries it. The phrases are matched as prepared once per
References. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.codelists import References
from generator.fold import fold
from generator.vocabulary import alternatives


@dataclass(frozen=True)
class StatusMatch:
    status: str
    start: int  # offsets in the text given (folding keeps lengths for Vietnamese NFC text)
    end: int
    phrase: str  # the words as printed


class _Phrases:
    """The status phrases of statuses.csv (status, folded phrase, pattern) and the
    negation words (vocabulary negation), built once per References."""

    def __init__(self, refs: References) -> None:
        self.phrases = []
        for row in refs.rows("statuses"):
            for phrase in (row.get("match_keywords") or "").split("|"):
                phrase = fold(phrase)
                if phrase:
                    self.phrases.append((row["status_id"], phrase, re.compile(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])")))
        negation = alternatives(refs.terms("negation"), space=" ")
        self.negated = re.compile(rf"{negation}\s+$")  # right before a phrase
        self.negative = re.compile(rf"{negation}\b")  # a phrase that carries its own negation


def _prepared(refs: References) -> _Phrases:
    return refs.prepare("status_phrases", _Phrases)


_SPACE = re.compile(r"\s")


def _folded_same_length(text: str) -> str:
    from generator.fold import strip_marks

    folded = _SPACE.sub(" ", strip_marks(text).lower())
    return folded if len(folded) == len(text) else fold(text)


def all_statuses(text: str, refs: References) -> list[StatusMatch]:
    folded = _folded_same_length(text)
    same = len(folded) == len(text)
    found = []
    prepared = _prepared(refs)
    for status, phrase, pattern in prepared.phrases:
        if phrase not in folded:
            continue
        for m in pattern.finditer(folded):
            if prepared.negated.search(folded[max(0, m.start() - 8) : m.start()]) and not prepared.negative.match(phrase):
                continue
            printed = text[m.start() : m.end()] if same else phrase
            found.append(StatusMatch(status, m.start(), m.end(), printed))
    return found


def first_status(text: str, refs: References) -> StatusMatch | None:
    found = all_statuses(text, refs)
    return min(found, key=lambda s: (s.start, -(s.end - s.start))) if found else None


def last_status(text: str, refs: References) -> StatusMatch | None:
    found = all_statuses(text, refs)
    return max(found, key=lambda s: (s.end, s.end - s.start)) if found else None


# a ratio printed right after a status phrase ("đã hoàn thành 75/159 xã") or opening the
# clause before it ("22/22 xã đã hoàn thành"); a date (`12/4/2024`) is not one
_RATIO_AFTER = re.compile(r"\s*(?<![\d/])(\d[\d.,]*)\s*/\s*(\d[\d.,]*)(?!\s*/\s*\d|[\d.,]*\d)")
_RATIO_BEFORE = re.compile(r"(?<![\d/.,])(\d[\d.,]*)\s*/\s*(\d[\d.,]*)(?!\s*/\s*\d)(?:\s+[^\W\d_]+){0,4}\s*$")
_CLAUSE_START = re.compile(r"[;:.!?(]\s|\n")


def _whole(printed: str) -> int | None:
    digits = re.sub(r"[.,]", "", printed)
    return int(digits) if digits.isdigit() else None


def _partial(text: str, found: StatusMatch) -> bool:
    """A completion phrase that counts only part of what it is about: `đã hoàn thành
    75/159 xã` (in progress), unlike `22/22 xã đã hoàn thành`."""
    m = _RATIO_AFTER.match(text, found.end)
    if m is None or m.start(1) - found.end > 3:
        before = text[: found.start]
        cuts = [c.end() for c in _CLAUSE_START.finditer(before)]
        m = _RATIO_BEFORE.search(before, cuts[-1] if cuts else 0)
    if m is None:
        return False
    part, whole = _whole(m.group(1)), _whole(m.group(2))
    return part is not None and whole is not None and 0 <= part < whole


def _role_words(refs: References) -> re.Pattern[str]:
    words = sorted({w for category in ("role", "weak_directive") for _, w in refs.words(category) if w}, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])") if words else re.compile(r"(?!)")


def _past_words(refs: References) -> re.Pattern[str]:
    words = sorted({w for _, w in refs.words("past") if w}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W\d_])") if words else re.compile(r"(?!)")


def _intended(text: str, found: StatusMatch, refs: References) -> bool:
    """A completion after a target or an instruction in its clause (`phấn đấu hoàn thành`,
    `dự kiến hoàn thành trong quý III`, `đề nghị hoàn thành`; vocabulary role and
    weak_directive): what should happen, not what has, unless it says it has (`nhiệm vụ
    được giao đã hoàn thành`; vocabulary past)."""
    if found.status != "completed":
        return False  # `theo kế hoạch, đang triển khai`: a state, whatever the words before
    before = text[: found.start]
    cuts = [c.end() for c in _CLAUSE_START.finditer(before)]
    clause = fold(before[cuts[-1] if cuts else 0 :])
    if not clause or refs.prepare("status_role_words", _role_words).search(clause) is None:
        return False
    said = fold(text[found.start : found.end])
    last = clause.split()[-1:] if clause.split() else []
    past = refs.prepare("status_past_words", _past_words)
    return not (past.match(said) or (last and past.fullmatch(last[0])))


def statement_status(text: str, refs: References) -> StatusMatch | None:
    """The status a statement about one model or task gives itself: the first status
    phrase that is not a target or an instruction (`phấn đấu hoàn thành`), with two
    readings of the words around it. A completion that counts only part
    of its subject (`đã hoàn thành 75/159 xã`) is in progress; not started with a reason
    that holds it up later in the same statement (`chưa triển khai do vướng mắc`) is
    blocked, as is a held-up reason alone (`chưa có quy định`)."""
    found = [s for s in all_statuses(text, refs) if not _intended(text, s, refs)]
    if not found:
        return None
    first = min(found, key=lambda s: (s.start, -(s.end - s.start)))
    if first.status == "completed" and _partial(text, first):
        return StatusMatch("in_progress", first.start, first.end, first.phrase)
    if first.status == "not_started":
        held = [s for s in found if s.status == "blocked" and s.start >= first.start]
        if held:
            return StatusMatch("blocked", first.start, max(s.end for s in held), text[first.start : max(s.end for s in held)])
    return first


def status_named(text: str, refs: References) -> str | None:
    """The status whose name a cell prints as its whole text (`Vướng mắc`, `Đã hoàn
    thành`): a status column's cell."""
    folded = fold(text).strip(" .;:-")
    if not folded:
        return None
    for row in refs.rows("statuses"):
        if fold(row["name_vi"]) == folded or fold(row["name_en"]) == folded:
            return row["status_id"]
    return None
