"""Patterns whose words come from the code lists (codelists/vocabulary.csv and the others).

The structure of a pattern (what comes before and after a word, which groups are
optional) is Python; its words are data, read through `References.terms`. Patterns are
built once per loaded References (`refs.prepare`), never at import.

A phrase becomes a pattern word by word: words are escaped and joined by `space` (`\\s+`,
any run of white space, unless the reader wants exactly the one space the phrase prints),
and punctuation inside a phrase may have white space around it (`nhiệm vụ, mô hình`).
Alternatives are tried longest first (`tổng số` before `tổng`). Pure.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

NOTHING = "(?!)"  # a pattern that never matches: a category with no words
_TOKENS = re.compile(r"[^\W_]+|\S")  # a word, or one other printed character (`,`, `/`, `.`)


def phrase(words: str, space: str = r"\s+", initials: bool = False) -> str:
    """The pattern of one phrase: its words joined by `space`; white space printed around
    punctuation is optional, and so is white space before a `,`, `;` or `:` (`nhiệm vụ, mô
    hình` reads `nhiệm vụ , mô hình` too); other punctuation stays glued as printed
    (`06/CP`, `ThS.`, `e-mail`). `initials`: every word but the first may start with a
    capital or a small letter (`Uy ban nhan dan`, `Uy Ban Nhan Dan`)."""
    out: list[str] = []
    previous: re.Match[str] | None = None
    for m in _TOKENS.finditer(words):
        token = m.group(0)
        is_word = token[0].isalnum()
        spaced = previous is not None and m.start() > previous.end()
        if previous is not None:
            if spaced:
                out.append(space if is_word and previous.group(0)[0].isalnum() else r"\s*")
            elif token in ",;:":
                out.append(r"\s*")
        if initials and spaced and is_word and token[0].lower() != token[0].upper():
            out.append(f"[{re.escape(token[0].upper())}{re.escape(token[0].lower())}]{re.escape(token[1:])}")
        else:
            out.append(re.escape(token))
        previous = m
    return "".join(out)


def alternatives(words: Iterable[str], space: str = r"\s+", initials: bool = False) -> str:
    """`(?:a|b|…)` of the phrases, longest first (each once); NOTHING when there are none."""
    unique = sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True)
    if not unique:
        return NOTHING
    return "(?:" + "|".join(phrase(w, space, initials) for w in unique) + ")"


def value_patterns(values: dict[str, list[str]], flags: int = 0, space: str = r"\s+") -> list[tuple[str, re.Pattern[str]]]:
    """(value, pattern of its words) per value of a category (`References.term_values`)."""
    return [(value, re.compile(alternatives(words, space), flags)) for value, words in values.items()]


def value_of(patterns: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The first value whose words are the whole of text, or None."""
    return next((value for value, pattern in patterns if pattern.fullmatch(text)), None)
