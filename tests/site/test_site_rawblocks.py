"""Big HTML blocks kept out of Markdown (generator/site/rawblocks.py): a page rendered from
its placeholders, with the blocks put back, is byte for byte what Markdown made of the
whole page."""
from __future__ import annotations

import json

import markdown
import pytest

from generator.paths import Layout
from generator.site import rawblocks
from generator.site.slug import toc_slugify

ROWS = "\n".join(f'<tr id="row-{i}">\n<th scope="row"><a href="../x/#L{i}">Tỉnh &amp; “{i}”</a></th>\n<td>{i}\t%</td>\n</tr>'
                 for i in range(12))
TABLE = ('<div class="table-wrap" tabindex="0" role="region" aria-label="Dữ liệu">\n<style>@media screen{table.c td::before'
         '{content:"Giá trị"}}</style>\n<table class="data stack c">\n<thead><tr>\n<th scope="col">Ở đâu</th>\n</tr></thead>\n'
         f"<tbody>\n{ROWS}\n</tbody></table></div>")
PAGE = "\n\n".join([
    '<nav class="crumbs" aria-label="Đường dẫn"><ol><li><a href="../">Trang chủ</a></li>\n</ol></nav>',
    "# Tiêu đề {#top}",
    "Một đoạn *Markdown* với [liên kết](../a/) và\tmột tab.",
    TABLE,
    "## Biểu đồ {#chart}",
    '<figure class="chart"><img src="a.svg" alt="x" width="1" height="1"><figcaption>' + "chữ " * 80 + "</figcaption></figure>",
    TABLE.replace("row-", "other-"),
    '<p class="fold" hidden>' + "tu khoa " * 60 + "</p>",
    '<p>small</p>',
    '<div class="two">' + "a" * 300 + "</div>\n<div>" + "b" * 300 + "</div>",  # two elements: stays
    '<div class="spaces">' + "c" * 300 + "\n   \n</div>",  # a line of spaces: Markdown changes it, stays
    "<section><section>" + "d" * 300 + "</section></section>",
    "Cuối trang.",
]) + "\n"


def convert(text: str) -> str:
    """Markdown as the site's mkdocs.yml configures it (attr_list, toc with our slugify)."""
    md = markdown.Markdown(extensions=["attr_list", "toc"], extension_configs={"toc": {"permalink": False, "slugify": toc_slugify}})
    return md.convert(text)


def test_split_page_renders_byte_for_byte_as_the_whole_page() -> None:
    text, blocks = rawblocks.split(PAGE)
    assert len(blocks) == 5  # two tables, the figure, the folded words, the nested sections
    assert [b[:20] for b in blocks] == [TABLE[:20], '<figure class="chart', TABLE[:20], '<p class="fold" hidd', "<section><section>dd"]
    assert "\t" not in "".join(blocks)  # expanded as Markdown expands them
    assert '<div class="two">' in text and '<div class="spaces">' in text and "<p>small</p>" in text
    assert text.count('<div data-raw-block="') == 5
    assert rawblocks.restore(convert(text), blocks) == convert(PAGE)


def test_restore_needs_every_placeholder_once() -> None:
    text, blocks = rawblocks.split(PAGE)
    with pytest.raises(ValueError):
        rawblocks.restore(convert(text), blocks + ["<div>extra</div>"])
    assert rawblocks.restore("<p>no placeholder</p>", []) == "<p>no placeholder</p>"


def test_anchor_ids_as_mkdocs_collects_them() -> None:
    ids = rawblocks.anchor_ids(['<div id="a&amp;b"><a name="n1" href="#x">x</a><span name="not">y</span>'
                                '<p class="q" ID="upper">z</p></div>'])
    assert ids == {"a&b", "n1", "upper"}


def _whole(markdown_text: str, blocks: list[str]) -> str:
    """The page as it was before its blocks were taken out."""
    for i, block in enumerate(blocks):
        markdown_text = markdown_text.replace(rawblocks.PLACEHOLDER.format(i), block, 1)
    return markdown_text


def test_generated_pages_render_as_before(dean06_layout: Layout) -> None:
    docs = dean06_layout.site_src / "docs"
    pages = sorted(docs.rglob("*.md"))
    taken = 0
    for page in pages:
        blocks = rawblocks.load(docs, page) or []
        taken += len(blocks)
        body = page.read_text(encoding="utf-8").split("---\n", 2)[2]
        assert rawblocks.restore(convert(body), blocks) == convert(_whole(body, blocks)), page
    assert taken > len(pages)  # most pages have big blocks
    sidecars = sorted((dean06_layout.site_src / rawblocks.FOLDER).rglob("*.json"))
    assert sidecars and all(isinstance(json.loads(p.read_text(encoding="utf-8")), list) for p in sidecars)


def test_built_pages_hold_the_blocks(dean06_layout: Layout, dean06_built) -> None:
    """No placeholder reaches the site; every block is in its page as Markdown left it."""
    docs = dean06_layout.site_src / "docs"
    for sidecar in sorted((dean06_layout.site_src / rawblocks.FOLDER).rglob("*.json")):
        rel = sidecar.relative_to(dean06_layout.site_src / rawblocks.FOLDER).with_suffix(".md")
        lang, path = rel.parts[0], rel.parent.relative_to(rel.parts[0])
        built = (dean06_built / ("" if lang == "vi" else lang) / path / "index.html").read_text(encoding="utf-8")
        assert "data-raw-block" not in built
        for block in rawblocks.load(docs, docs / rel) or []:
            assert block in built
