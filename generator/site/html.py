"""Safe output: every string from the package goes through `esc` (HTML) or `md` (Markdown
inline text) before it reaches a page. Tables and figures are emitted as HTML blocks with
no blank lines inside, so Markdown leaves them alone.
"""
from __future__ import annotations

import hashlib

import html
import re
from typing import Any, Iterable

# Markdown specials (and attr_list braces) written as character references: never markup.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|~^<>&:=$\"']")
_SPACE = re.compile(r"\s+")


def esc(value: Any) -> str:
    """HTML-escaped text; None becomes empty."""
    return "" if value is None else html.escape(str(value), quote=True)


def md(value: Any) -> str:
    """Inline Markdown text that renders exactly as the string, on one line."""
    text = _SPACE.sub(" ", "" if value is None else str(value)).strip()
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)


def plain_title(value: Any, limit: int = 120) -> str:
    """A page title for front matter: one line, no markup characters, shortened."""
    text = _SPACE.sub(" ", "" if value is None else str(value)).strip()
    text = text.replace("<", "‹").replace(">", "›").replace("&", "＆")
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def attrs(**values: Any) -> str:
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    return (" " + " ".join(parts)) if parts else ""


def tag(name: str, content: str = "", **values: Any) -> str:
    """An element; content must already be safe HTML."""
    return f"<{name}{attrs(**values)}>{content}</{name}>"


def link(href: str, text_html: str, **values: Any) -> str:
    return tag("a", text_html, href=href, **values)


def table(head: list[str], rows: Iterable[list[str]], caption: str | None = None, row_headers: bool = False,
          numeric: Iterable[int] = (), label: str | None = None, row_ids: Iterable[str | None] | None = None,
          stack: bool | None = None, wrap_id: str | None = None) -> str:
    """An accessible table in a focusable scroll box. head/rows hold safe HTML.

    On narrow screens (site.css) a table of four columns or more reflows into one card per
    row (`stack`): each cell shows its column's header (`data-label`), so a value, its
    date, its flag and its source link stay on screen. Cells are written one per line, so
    text extracted from the page (search snippets) keeps its words apart. row_ids: an
    id per row (a flag's row, that a mark elsewhere links to), or None."""
    numeric = set(numeric)
    rows = list(rows)
    stacked = len(head) >= 4 if stack is None else stack
    labels = [html.unescape(_strip(h)).strip() for h in head]  # head holds escaped text
    kind = _label_class(labels, row_headers) if stacked else ""
    out = ['<div class="table-wrap" tabindex="0" role="region"' + attrs(aria_label=label or _strip(caption) or None, id=wrap_id) + ">"]
    if kind:
        out.append(_label_style(kind, labels, row_headers))
    out.append(f'<table class="data{" stack " + kind if stacked else ""}">')
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append("<thead><tr>\n" + "\n".join(f'<th scope="col"{_num(i, numeric)}>{h}</th>' for i, h in enumerate(head)) + "\n</tr></thead>")
    out.append("<tbody>")
    ids = list(row_ids) if row_ids is not None else []
    for index, row in enumerate(rows):
        cells = []
        for i, cell in enumerate(row):
            if i == 0 and row_headers:
                cells.append(f'<th scope="row">{cell}</th>')
            else:
                cells.append(f"<td{_num(i, numeric)}>{cell if cell.strip() else ''}</td>")  # an empty cell: `:empty`, hidden on a card
        row_id = ids[index] if index < len(ids) else None
        out.append(f"<tr{attrs(id=row_id)}>\n" + "\n".join(cells) + "\n</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _label_class(labels: list[str], row_headers: bool) -> str:
    """The class of a stacked table's column labels (one per set of labels): its cards show each
    cell under its column's name from one style rule per column, not an attribute per cell."""
    digest = hashlib.blake2s("\x1f".join([str(row_headers), *labels]).encode("utf-8"), digest_size=4).hexdigest()
    return f"cols-{digest}"


def _label_style(kind: str, labels: list[str], row_headers: bool) -> str:
    """`<style>` naming each column on a narrow screen's cards (site.css lays the cards out)."""
    rules = []
    for i, text in enumerate(labels):
        if not text or (i == 0 and row_headers):
            continue
        content = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ").replace("\n", " ")
        rules.append(f'table.{kind} td:nth-child({i + 1})::before{{content:"{content}"}}')
    return "<style>@media screen and (max-width:44.9375em){" + "".join(rules) + "}</style>" if rules else ""


def _num(index: int, numeric: set[int]) -> str:
    return ' class="num"' if index in numeric else ""


def _strip(text: str | None) -> str:
    return re.sub(r"<[^>]+>", "", text or "")


_REGION_LABEL = re.compile(r'(<div class="table-wrap" tabindex="0" role="region" aria-label=")([^"]*)(")')


def unique_region_labels(body: str) -> str:
    """Number repeated table-region labels on a page ('Data', 'Data (2)'): landmarks need
    distinct names."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        label = match.group(2)
        seen[label] = seen.get(label, 0) + 1
        suffix = f" ({seen[label]})" if seen[label] > 1 else ""
        return f"{match.group(1)}{label}{suffix}{match.group(3)}"

    return _REGION_LABEL.sub(rename, body)


def block(*parts: str) -> str:
    """Markdown blocks separated by blank lines."""
    return "\n\n".join(p.strip("\n") for p in parts if p) + "\n"


def html_heading(level: int, text: Any, anchor: str) -> str:
    """The same heading as HTML (pages rendered outside Markdown: stamps.py)."""
    return _h(level, esc(text), esc(anchor))


def _h(level: int, text_html: str, anchor: str) -> str:
    return f'<h{level} id="{anchor}">{text_html}</h{level}>'


_MD_HEADING = re.compile(r"^(#{1,6}) (.*?) \{#([^}\s]+)\}$", re.M)


def headings_as_html(body: str) -> str:
    """A page body of HTML blocks and `heading()` lines, as HTML only (stamped pages never
    go through Markdown). The heading text is already safe: `md()` writes character
    references, which HTML reads the same."""
    return _MD_HEADING.sub(lambda m: _h(len(m.group(1)), m.group(2), m.group(3)), body)


def heading(level: int, text: Any, anchor: str) -> str:
    """A Markdown heading (so it enters the table of contents) with a fixed id."""
    return f"{'#' * level} {md(text)} {{#{anchor}}}"
