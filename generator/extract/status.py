"""Status words in free text -> a status code (codelists/statuses.csv match_keywords).

`first_status` reads a result or notes cell: the earliest phrase wins, the longest at the
same place ("đã triển khai xong" beats "đã triển khai"). `last_status` reads the words
just before a count ("đã triển khai hoàn thành 16 mô hình"): the phrase ending last wins.
A phrase preceded by a negation ("chưa hoàn thành") does not count unless the
phrase itself carries it. Pure.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from generator.codelists import References
from generator.fold import fold

_NEGATION = re.compile(r"(?:chua|khong|chang)\s+$")


@dataclass(frozen=True)
class StatusMatch:
    status: str
    start: int  # offsets in the text given (folding keeps lengths for Vietnamese NFC text)
    end: int
    phrase: str  # the words as printed


@lru_cache(maxsize=8)
def _compiled(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str, re.Pattern[str]]]:
    out = []
    for status_id, keywords in rows:
        for phrase in keywords.split("|"):
            phrase = fold(phrase)
            if phrase:
                out.append((status_id, phrase, re.compile(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])")))
    return out


def _phrases(refs: References) -> list[tuple[str, str, re.Pattern[str]]]:
    return _compiled(tuple((row["status_id"], row.get("match_keywords") or "") for row in refs.rows("statuses")))


_SPACE = re.compile(r"\s")


def _folded_same_length(text: str) -> str:
    from generator.fold import strip_marks

    folded = _SPACE.sub(" ", strip_marks(text).lower())
    return folded if len(folded) == len(text) else fold(text)


def all_statuses(text: str, refs: References) -> list[StatusMatch]:
    folded = _folded_same_length(text)
    same = len(folded) == len(text)
    found = []
    for status, phrase, pattern in _phrases(refs):
        if phrase not in folded:
            continue
        for m in pattern.finditer(folded):
            if _NEGATION.search(folded[max(0, m.start() - 8) : m.start()]) and not re.match(r"(?:chua|khong)\b", phrase):
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
