"""Text folding for matching: lower case, no tone marks, đ -> d, single spaces.

Pure functions; used to match printed names against code-list keywords and to make
readable slugs (`Đăng ký` -> `dang-ky`, never `ang-ky`). `fold_keep` and `lower_keep` are
memoised in bounded lru_caches on the text; the tables below are the alphabet (marks and
the old and new tone placements), not vocabulary.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _mark_table() -> dict[int, str]:
    """Precomposed Latin letters (U+00C0..U+024F, U+1E00..U+1EFF) -> base letters."""
    table: dict[int, str] = {ord("Đ"): "D", ord("đ"): "d"}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if base != ch and len(base) == 1:
            table[code] = base
    return table


# ASCII maps to itself explicitly: str.translate on non-ASCII text looks up every
# character, and a character missing from the table costs a KeyError inside.
_MARKS: dict[int, str | int] = {**{code: code for code in range(128)}, **_mark_table()}


def _unmarked_symbols() -> dict[int, None]:
    """Punctuation and symbols reports print beyond ASCII (typographic quotes, dashes,
    bullets, degree, multiplication, arrows, shapes) that have no mark to strip: NFD leaves
    them as they are and none is a nonspacing mark. A text whose only non-ASCII characters
    are these needs no decomposition."""
    ranges = [range(0xA0, 0xC0), [0xD7, 0xF7], range(0x2000, 0x2070), range(0x20A0, 0x20C0), range(0x2100, 0x2300),
              range(0x2460, 0x2700)]
    return {c: None for r in ranges for c in r
            if unicodedata.normalize("NFD", chr(c)) == chr(c) and unicodedata.category(chr(c)) != "Mn"}


_UNMARKED = _unmarked_symbols()


def strip_marks(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; map Đ/đ to D/d.

    Precomposed (NFC) letters go through a translation table (fast path); what is left
    is decomposed (NFD) and its nonspacing marks are dropped."""
    text = text.translate(_MARKS)
    if text.isascii() or text.translate(_UNMARKED).isascii():  # typographic quotes, dashes, bullets: nothing to strip
        return text
    return _nonspacing_marks().sub("", unicodedata.normalize("NFD", text))


def unmark(text: str) -> str:
    """Tone and vowel marks removed from precomposed letters, case kept, same length as
    text (positions stay valid): for patterns that must match a name printed with or
    without its accents (`HUYỆN BÌNH SƠN`, `HUYEN BINH SON`)."""
    return text.translate(_MARKS)


@lru_cache(maxsize=1)
def _nonspacing_marks() -> re.Pattern[str]:
    """Every character of category Mn (nonspacing mark), as one character class; built on
    first use (the slow path above: text left with characters the table does not cover)."""
    ranges: list[list[int]] = []
    for code in range(0x110000):
        if unicodedata.category(chr(code)) == "Mn":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


_KEEP = {**_MARKS, **{code: " " for code in range(0x300, 0x370)}}


@lru_cache(maxsize=4096)
def fold_keep(text: str) -> str:
    """Accent-folded, lower-cased text of the same length (positions stay valid).

    Memoised: the service and indicator extractors fold the same blocks."""
    folded = text.translate(_KEEP).lower()
    if len(folded) == len(text):
        return folded
    out = []
    for ch in text:  # rare: a character whose lower case is longer
        one = strip_marks(ch).lower()
        out.append(one[0] if one else " ")
    return "".join(out)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accent-folded, lower-cased, whitespace-collapsed text for matching (memoised: rules,
    names and evidence fold the same words again and again)."""
    return " ".join(strip_marks(text).lower().split())  # split() and \\s agree on whitespace


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug that keeps Vietnamese letters readable (`Đề án` -> `de-an`)."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def keyword_groups(spec: str) -> list[list[str]]:
    """Parse a code-list keyword spec: groups separated by `;`, alternatives by `|`."""
    groups = []
    for group in spec.split(";"):
        alternatives = [fold(a) for a in group.split("|") if a.strip()]
        if alternatives:
            groups.append(alternatives)
    return groups


def matches_all(folded_text: str, groups: list[list[str]]) -> bool:
    """True when every keyword group has at least one alternative in the folded text."""
    padded = f" {folded_text} "
    return bool(groups) and all(any(_contains_word(padded, alt) for alt in group) for group in groups)


def _contains_word(padded_text: str, phrase: str) -> bool:
    index = padded_text.find(phrase)
    while index != -1:
        before = padded_text[index - 1] if index > 0 else " "
        after_i = index + len(phrase)
        after = padded_text[after_i] if after_i < len(padded_text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        index = padded_text.find(phrase, index + 1)
    return False


# Old-style tone placement (`hoà`, `thuỷ`) and new-style (`hòa`, `thủy`) spell the same word:
# each old-style pair maps to the new-style one, character for character.
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TONE = re.compile("(?:" + "|".join(_OLD_TONES) + r")(?![^\W\d_])")  # at a word's end only: `hoạt` stays


@lru_cache(maxsize=4096)
def lower_keep(text: str) -> str:
    """Lower-cased text of the same length with its tone marks kept (one tone placement),
    for matching words whose unaccented forms collide (`chưa` / `chữa`, `đạt` / `đất`)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[0] if ch.lower() else " " for ch in text)
    if "o" in lowered or "u" in lowered:
        lowered = _OLD_TONE.sub(lambda m: _OLD_TONES[m.group(0)], lowered)
    return lowered
