"""Escaping and table helpers: a string from the package never becomes markup."""
from __future__ import annotations

import html
import re

import markdown

from generator.site.html import esc, heading, md, plain_title, table, unique_region_labels

HOSTILE = "<script>alert(1)</script> & *b* _i_ [l](http://x) `c` {: onclick=x} # h | t"


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "toc"])


def test_esc():
    assert esc('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    assert esc(None) == ""


def test_md_renders_as_the_plain_string():
    out = render(f"Text {md(HOSTILE)}")
    assert "<script" not in out and "<em>" not in out and "<a " not in out and "<code>" not in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == f"Text {HOSTILE}"


def test_heading_with_hostile_text_keeps_its_id():
    out = render(heading(2, HOSTILE, "fixed"))
    assert out.startswith('<h2 id="fixed">') and "<script" not in out and "onclick=" not in out.split(">")[0]


def test_md_is_one_line():
    assert "\n" not in md("a\nb\n\nc")


def test_plain_title():
    assert plain_title("<b>A</b> & B") == "‹b›A‹/b› ＆ B"
    assert plain_title("x " * 200).endswith("…")


def test_table_has_headers_and_a_label():
    out = table(["A", "B"], [["1", "2"]], row_headers=True, numeric=[1], label="T")
    assert '<th scope="col">A</th>' in out and '<th scope="row">1</th>' in out and '<td class="num">2</td>' in out
    assert 'aria-label="T"' in out and "\n\n" not in out


def test_wide_tables_stack_with_their_column_names():
    """Four columns or more: a style rule per column names each cell on a phone (site.css
    makes each row a card there), once per table, not once per cell; an empty cell is empty
    (`:empty`, left out of the card); a label's quote or `<` cannot end the rule or the style."""
    out = table(["Place", "Date", "Value &amp; &quot;unit&quot;", "<a>Source</a>", "&lt;/style&gt;"],
                [["<a>X</a>", "1/2", "", "line 3", "x"], ["<a>Y</a>", "3/4", "5", "line 9", ""]], row_headers=True, row_ids=["f-1", None])
    kind = re.search(r'class="data stack (cols-[0-9a-f]{8})"', out).group(1)
    assert '<tr id="f-1">' in out
    assert (f'<style>@media screen and (max-width:44.9375em){{table.{kind} td:nth-child(2)::before{{content:"Date"}}'
            f'table.{kind} td:nth-child(3)::before{{content:"Value & \\"unit\\""}}'
            f'table.{kind} td:nth-child(4)::before{{content:"Source"}}'
            f'table.{kind} td:nth-child(5)::before{{content:"\\3c /style>"}}}}</style>') in out
    assert "<td>1/2</td>" in out and "<td></td>" in out and "data-label" not in out
    assert out.count("<style>") == 1
    assert "</td>\n<td" in out  # one cell a line: words of neighbouring cells never run together


def test_unique_region_labels():
    body = table(["A"], [["1"]], label="T") + table(["A"], [["1"]], label="T")
    out = unique_region_labels(body)
    assert 'aria-label="T"' in out and 'aria-label="T (2)"' in out
