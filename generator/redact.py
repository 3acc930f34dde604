"""Personal data in published report text: which lines are the signature block, and how to
blank e-mail addresses and phone numbers elsewhere. Pure functions, no I/O.

The signature block runs from a line starting `Nơi nhận` (the distribution list) to the
next `Phụ lục` (appendix) heading or the end of the text. Trailing digital-signature
stamps (`Name<x@y.gov.vn> đã ký lên văn bản này!`, with their certificate-authority line
and timestamp) are part of it too, wherever the text ends.
"""
from __future__ import annotations

import re
import unicodedata

# Leading decoration a converted heading may carry: spaces, Markdown marks, HTML tags.
_DECORATION = re.compile(r"^(?:\s|[#*_>]|<[^>]{0,40}>)*")
_START = re.compile(r"nơi nhận\b", re.IGNORECASE)
_APPENDIX = re.compile(r"phụ lục\b", re.IGNORECASE)
# A stamp block: the signer line, the certificate authority's line, or a bare timestamp.
_STAMP = re.compile(
    r"đã ký lên văn bản|chứng thực số và bảo mật|^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?\s*$",
    re.IGNORECASE,
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[tel]"
# A number led by a phone keyword, in any grouping: "ĐT: 0243.7738668", "Fax (024) 3773 8668".
_PHONE_AFTER_WORD = re.compile(
    r"(?P<word>\b(?:ĐT|SĐT|ĐTDĐ|Điện thoại|Tel|Telephone|Phone|Fax|Hotline|Di động|Mobile)\b\.?\s*:?\s*)"
    r"(?P<number>\+?\(?\d[\d .()-]{5,}\d)",
    re.IGNORECASE,
)
# A bare Vietnamese phone number: 0 or +84 then 8-10 more digits in groups ("0912 345 678").
_PHONE_BARE = re.compile(r"(?<![\w.,/-])(?:\+84|0)(?:[ .-]?\d){8,10}(?![\w/]|[.,-]\d)")


def _bare(line: str) -> str:
    return _DECORATION.sub("", unicodedata.normalize("NFC", line))


def _is_start(line: str) -> bool:
    return bool(_START.match(_bare(line)))


def _is_appendix(line: str) -> bool:
    return bool(_APPENDIX.match(_bare(line)))


def _trailing_stamps(lines: list[str]) -> set[int]:
    """1-based numbers of the stamp blocks at the end of the text (blank-separated blocks,
    walked backwards while each block holds a stamp marker)."""
    out: set[int] = set()
    index = len(lines)
    while index > 0:
        while index > 0 and not lines[index - 1].strip():
            index -= 1
        end = index
        while index > 0 and lines[index - 1].strip():
            index -= 1
        block = range(index + 1, end + 1)
        if not block or not any(_STAMP.search(unicodedata.normalize("NFC", lines[n - 1])) for n in block):
            break
        out.update(range(index + 1, len(lines) + 1))
    return out


def signature_lines(lines: list[str]) -> set[int]:
    """1-based numbers of the lines that belong to a signature block."""
    out: set[int] = set()
    inside = False
    for number, line in enumerate(lines, start=1):
        if _is_start(line):
            inside = True
        elif inside and _is_appendix(line):
            inside = False
        if inside:
            out.add(number)
    return out | _trailing_stamps(lines)


_DIGITS = re.compile(r"\d{3}")


def redact(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by `[e-mail]` / `[tel]`."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_MARK, text)
    if _DIGITS.search(text):  # every phone number has three digits in a row somewhere
        text = _PHONE_AFTER_WORD.sub(lambda m: m.group("word") + PHONE_MARK, text)
        text = _PHONE_BARE.sub(PHONE_MARK, text)
    return text


def phone_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every phone number in text (what `redact` blanks as `[tel]`)."""
    if not _DIGITS.search(text):
        return []
    spans = [m.span("number") for m in _PHONE_AFTER_WORD.finditer(text)]
    spans.extend(m.span() for m in _PHONE_BARE.finditer(text))
    return spans
