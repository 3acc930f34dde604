"""One line of a report as received -> the plain text a reader sees, with every character
mapped back to its column in the line.

Reports arrive as PDF text, Markdown converted from Word (emphasis `**10.260**`, `###`
headings, `<sup>1</sup>` footnote marks, `\\*` escapes, HTML inside lines) and plain text.
Markup never hides, splits or invents a figure: it is dropped from the reading text, and
each kept character remembers where it was printed, so a quote cut from the reading text
is still an exact substring of the line as received. Pure functions.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Markup dropped with everything inside it: footnote marks and images.
_DROP_WHOLE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # ![alt](image)
# A footnote mark: kept as its digits glued to the word before it, as PDF text prints it
# ("xong1"), so it reads as a mark and never as a figure; a non-numeric mark is dropped.
_MARK = re.compile(r"\s*(?:<sup\b[^>]*>\s*(?P<a>[^<]{0,12}?)\s*</sup>|\[\^(?P<b>[^\]\s]{1,12})\])", re.IGNORECASE)  # mid-line `[^2]:` is a mark before a colon
# a plain `[2]` glued to the word or the stop before it (`… số hồ sơ đã thu nhận[2];`): a footnote mark too
_PLAIN_MARK = re.compile(r"\[(?P<c>\d{1,3})\](?![(:\[])")
_STOPS = ".,;:)\"”’"  # a plain mark after these is dropped
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_BREAK_TAG = re.compile(r"<br\s*/?>|</(?:p|div|li|td|th|tr)>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_QUOTE_MARK = re.compile(r"^\s{0,3}(?:>\s?)+")
_FOOTNOTE_BODY = re.compile(r"^\s*(?:<sup\b[^>]*>\s*(?P<a>\d{1,3})\s*</sup>|\[\^(?P<b>[^\]\s]{1,12})\]:)\s*", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_BULLET = re.compile(r"^\s*\*\s")  # "* item": a list marker, not emphasis
_WHOLE_EMPHASIS = re.compile(r"^\s*(?:(?P<m>\*{1,3}|_{1,3}).*\S(?P=m)|<(?P<t>b|strong|i|em)>.*</(?P=t)>)\s*$", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*{1,3}|(?<![\w])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w])|`+")


@dataclass(frozen=True)
class CleanLine:
    """What a reader sees on one line."""

    text: str  # reading text, stripped of markup and of outer whitespace
    cols: tuple[int, ...]  # column in the raw line of each character of text
    kind: str = "text"  # text, heading, footnote, rule, blank
    level: int = 0  # heading level (1-6) for a Markdown heading
    note: str = ""  # footnote number or label for a footnote body
    emphasised: bool = False  # the whole line is bold or italic (a Markdown run-in heading)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The columns [a, b) of the raw line that text[start:end] was read from."""
        if not self.cols:
            return 0, 0
        start = max(0, min(start, len(self.cols) - 1))
        end = max(start + 1, min(end, len(self.cols)))
        return self.cols[start], self.cols[end - 1] + 1


def _identity(raw: str) -> CleanLine:
    stripped = raw.strip()
    if not stripped:
        return CleanLine("", (), "blank")
    offset = raw.find(stripped)
    return CleanLine(stripped, tuple(range(offset, offset + len(stripped))))


_MARKUP_HINT = re.compile(r"[*_`<>&\\\[#|]")


def clean_line(raw: str) -> CleanLine:
    """The reading text of one raw line and the column each of its characters came from."""
    if not _MARKUP_HINT.search(raw):
        return _identity(raw)
    if _RULE.match(raw):
        return CleanLine("", (), "rule")
    kind, level, note, start = "text", 0, "", 0
    m = _HEADING.match(raw)
    if m:
        kind, level, start = "heading", len(m.group(1)), m.end()
    else:
        m = _FOOTNOTE_BODY.match(raw)
        if m:
            kind, note, start = "footnote", m.group("a") or m.group("b"), m.end()
        else:
            m = _QUOTE_MARK.match(raw)
            if m:
                start = m.end()
    chars: list[str] = []
    cols: list[int] = []
    bullet = _BULLET.match(raw, start)
    pos = start
    n = len(raw)
    while pos < n:
        ch = raw[pos]
        if ch in "<[! \t":
            m = _MARK.match(raw, pos)
            if m:
                label = m.group("a") if m.group("a") is not None else m.group("b")
                at = m.start("a") if m.group("a") is not None else m.start("b")
                if label.isdigit() and chars and not chars[-1].isspace() and not chars[-1].isdigit():
                    # glued to a word (`xong1`); after a number (`III/2024[^2]`) it is dropped: glued, it would change the number
                    chars.extend(label)
                    cols.extend(range(at, at + len(label)))
                pos = m.end()
                continue
            m = _PLAIN_MARK.match(raw, pos) if ch == "[" and chars and (chars[-1].isalpha() or chars[-1] in _STOPS) else None
            if m:
                if chars[-1].isalpha():
                    chars.extend(m.group("c"))  # glued to its word, as PDF text prints it (`nhận2`): a mark, never a figure
                    cols.extend(range(m.start("c"), m.end("c")))
                pos = m.end()
                continue
            m = _DROP_WHOLE.match(raw, pos) if ch == "!" else None
            if m:
                pos = m.end()
                continue
            if ch == "<":
                m = _TAG.match(raw, pos)
                if m:
                    if _BREAK_TAG.fullmatch(m.group(0)):
                        chars.append(" ")
                        cols.append(pos)
                    pos = m.end()
                    continue
            if ch == "[":
                m = _LINK.match(raw, pos)
                if m:
                    for i, c in enumerate(m.group(1)):
                        chars.append(c)
                        cols.append(m.start(1) + i)
                    pos = m.end()
                    continue
        elif ch == "&":
            m = _ENTITY.match(raw, pos)
            if m:
                text = html.unescape(m.group(0)).replace("\xa0", " ")
                if len(text) == 1:
                    chars.append(text)
                    cols.append(pos)
                    pos = m.end()
                    continue
        elif ch == "\\":
            m = _ESCAPE.match(raw, pos)
            if m:
                chars.append(m.group(1))
                cols.append(pos + 1)
                pos = m.end()
                continue
        elif ch in "*_`":
            if bullet and pos == bullet.end() - 2:
                chars.append(ch)
                cols.append(pos)
                pos += 1
                continue
            m = _EMPHASIS.match(raw, pos)
            if m:
                pos = m.end()
                continue
        chars.append(ch)
        cols.append(pos)
        pos += 1
    text = "".join(chars)
    left = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return CleanLine("", (), "blank" if kind == "text" else kind, level, note)
    return CleanLine(text, tuple(cols[left : left + len(text)]), kind, level, note, bool(_WHOLE_EMPHASIS.match(raw)))
