"""A document's text as numbered lines, numbered exactly as the extractors number them
(`generator.document.split_lines`), so `source_line` anchors land on the right line."""
from __future__ import annotations

from pathlib import Path

from generator.document import split_lines
from generator.errors import InputError


def document_lines(path: Path) -> list[str] | None:
    """Lines of a text report, or of the text read from a PDF/DOCX; None when unreadable."""
    if not path.is_file():
        return None
    try:
        from generator.sources import open_source, read_text

        text = read_text(open_source(path))
    except (InputError, ImportError, OSError, ValueError):
        return None
    return split_lines(text)
