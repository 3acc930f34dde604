"""Big HTML blocks kept out of Markdown.

A generated page is almost all HTML blocks (tables, figures, folded sections: 99.8 % of the
Markdown bytes at N = 2,000) that Markdown passes through unchanged, yet Python-Markdown and
mkdocs each parse every one of them with `html.parser` (about two thirds of mkdocs' time).
So `split` takes each big block out of a page's Markdown and leaves a placeholder block in
its place (`<div data-raw-block="N"></div>`, itself an HTML block, so Markdown treats it
as it treated the block); the blocks go to a file beside the sources (`blocks/…json`), and
the mkdocs hook puts each block back in place of its placeholder in the rendered page
(`restore`). The rendered HTML is byte for byte what Markdown made of the whole page
(tests/site/test_site_rawblocks.py renders pages both ways).

A block taken out is one chunk of the page between blank lines that is a single element
of a block-level tag (the first start tag's element closes at the chunk's very end, and
nothing else of that tag is open in between), of at least MIN_SIZE characters. Report
text reaches a page escaped (html.esc / html.md), so a placeholder never occurs in it.
Markdown first normalises white space (its NormalizeWhitespace preprocessor): tabs are
expanded to stops of TAB_LENGTH, carriage returns become line ends, lines of spaces become
empty and STX/ETX are dropped. A block taken out has its tabs expanded the same way; one
that holds any of the others stays in the Markdown.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

FOLDER = "blocks"  # beside docs/ in site_src/: <lang>/<path>/index.json per page
TAB_LENGTH = 4  # Python-Markdown's default tab_length (mkdocs keeps it)
MIN_SIZE = 200  # smaller blocks cost Markdown little more than their placeholder
TAGS = ("div", "section", "figure", "dl", "nav", "ul", "ol", "table", "details", "p")
PLACEHOLDER = '<div data-raw-block="{}"></div>'
_PLACEHOLDER = re.compile(r'<div data-raw-block="(\d+)"></div>')
_UNSAFE = re.compile("[\r\x02\x03]|(?:^|\n)[ \t]+(?:\n|$)")  # what Markdown's normalisation would change but tabs
_START = re.compile(r"<(" + "|".join(TAGS) + r")[\s>]")
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)>")
_ATTR = re.compile(r"\s(id|name)=\"([^\"]*)\"", re.IGNORECASE)


def _single_element(chunk: str) -> bool:
    """Whether the chunk is one element of a listed block tag, closed at its very end."""
    start = _START.match(chunk)
    if not start:
        return False
    name = start.group(1)
    close = f"</{name}>"
    if not chunk.endswith(close):
        return False
    depth = 0
    for match in re.finditer(rf"<(/?){name}[\s>]", chunk):
        depth += -1 if match.group(1) else 1
        if depth == 0 and match.start() != len(chunk) - len(close):
            return False  # the first element closes before the end: two elements
    return depth == 0


def split(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each big block replaced by its placeholder, and the blocks."""
    blocks: list[str] = []
    chunks = markdown.split("\n\n")
    for i, chunk in enumerate(chunks):
        if len(chunk) >= MIN_SIZE and not _UNSAFE.search(chunk) and _single_element(chunk):
            chunks[i] = PLACEHOLDER.format(len(blocks))
            blocks.append(chunk.expandtabs(TAB_LENGTH))  # the chunk starts a line: same stops as in the page
    return "\n\n".join(chunks), blocks


def dumps(blocks: list[str]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def restore(rendered: str, blocks: list[str]) -> str:
    """The rendered page with each placeholder replaced by its block (each exactly once)."""
    used: list[int] = []

    def put_back(match: re.Match[str]) -> str:
        used.append(int(match.group(1)))
        return blocks[int(match.group(1))]

    out = _PLACEHOLDER.sub(put_back, rendered)
    if sorted(used) != list(range(len(blocks))):
        raise ValueError(f"placeholders {sorted(used)} do not match the {len(blocks)} blocks")
    return out


def anchor_ids(blocks: list[str]) -> set[str]:
    """The anchors the blocks hold (as mkdocs collects them from raw HTML: an `id`, or an
    `<a name>`), so that links to them are checked as before."""
    found = set()
    for block in blocks:
        for tag, attributes in _TAG.findall(block):
            for attr, value in _ATTR.findall(attributes):
                if attr.lower() == "id" or tag.lower() == "a":
                    found.add(html.unescape(value))
    return found


def whole(docs_dir: Path | str, src_path: Path | str) -> str:
    """A page's Markdown with its blocks back in place (as it was before `split`, but for
    tabs expanded): for reading the sources."""
    text = Path(src_path).read_text(encoding="utf-8")
    blocks = load(docs_dir, src_path) or []
    return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], text) if blocks else text


def sidecar(docs_dir: Path | str, src_path: Path | str) -> Path:
    """Where a page's blocks are: blocks/<path of the page in docs/, .json>."""
    rel = Path(src_path).relative_to(Path(docs_dir))
    return Path(docs_dir).parent / FOLDER / rel.with_suffix(".json")


def load(docs_dir: Path | str, src_path: Path | str) -> list[str] | None:
    path = sidecar(docs_dir, src_path)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if not isinstance(data, list) or not all(isinstance(b, str) for b in data):
        raise ValueError(f"{path}: not a list of HTML blocks")
    return data
