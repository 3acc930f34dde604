"""Read any Vietnamese text file (a report, or prose that quotes one such as a news article)
and return every figure it prints, as the `figures` table would publish them. Adds nothing
to the package. Used by `python -m generator figures FILE`.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from generator.codelists import References
from generator.document import Document
from generator.errors import InputError
from generator.sources import SUFFIXES, decode_text

FIELDS = ("line", "value", "value_printed", "unit", "qualifier", "measure", "subject", "ratio_part", "time_scope",
          "cut_off_date", "role", "breakdown", "channel", "indicator_id", "rule_id", "service_id", "service_part",
          "claimed_by", "candidates", "quote")


def read_file_text(path: Path) -> tuple[str, str]:
    """(text, format) of a .txt/.md/.docx/.pdf file; one-line errors for anything else."""
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if not path.is_file():
        raise InputError(path, "file not found")
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    data = path.read_bytes()
    if fmt in ("pdf", "docx"):
        from generator.readers import extract_text

        return extract_text(path, fmt, data), fmt
    return decode_text(path, data), fmt


def figures_of(path: Path, refs: References) -> list[dict[str, Any]]:
    """Every figure of the file, in line order, with what the pipeline would file it under."""
    from generator.pipeline import extract_document

    text, fmt = read_file_text(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    data = extract_document(Document(text, path.name), refs, path.name, sha, fmt)
    out = []
    for row in data["tables"].get("figures", []):
        item = {name: row.get(name) for name in FIELDS}
        item["line"] = row["source_line"]
        item["quote"] = row["source_quote"]
        item["cut_off_date"] = row["cut_off_date"].isoformat() if row.get("cut_off_date") else None
        item["indicator_id"] = row["indicator_id"] or None
        out.append(item)
    return out
