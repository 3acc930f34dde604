"""Size limits on a report, read from codelists/limits.csv (defaults when the file is absent).

A report that exceeds one is refused with one line naming the file (and the line, for a
line that is too long) before the expensive work: the file size is checked before its bytes
are read, a DOCX's unpacked size before it is parsed (a zip bomb), a PDF's page count before
its pages are read. Defaults fit the largest real reports about ten times over (the
largest bundled report: 140 KB of text, ~700 lines, longest line ~1,700 characters).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from generator.errors import InputError

FILE = "limits.csv"
COLUMNS = ["limit", "value", "description"]


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = 30  # a report file as received (.txt, .md, .pdf, .docx)
    max_text_mb: int = 2  # the text read from it (UTF-8)
    max_docx_unpacked_mb: int = 64  # a DOCX's parts once unzipped (sum of the zip members)
    max_pdf_pages: int = 300
    max_lines: int = 10_000
    max_line_chars: int = 20_000

    def where(self, name: str, unit: str = "") -> str:
        """How a message names a limit: its value and where to change it."""
        return f"limit {getattr(self, name):,}{unit}: {name} in codelists/{FILE}"


DEFAULTS = Limits()
_NAMES = {f.name for f in fields(Limits)}


def load(codelists: Path) -> Limits:
    """The limits in codelists/limits.csv; a missing row keeps its default. A broken file
    stops with one line naming it and the line. References.load reads them with the other
    code lists (refs.limits); `add` (a file's size is checked before anything else is
    loaded) and the package's quote check call this directly: a few lines, read each time,
    no memo."""
    from generator.codelists import read_csv

    path = Path(codelists) / FILE
    if not path.exists():
        return DEFAULTS
    values: dict[str, int] = {}
    for row in read_csv(path, COLUMNS, ("limit", "value")):
        name, value = row["limit"].strip(), row["value"].strip().replace("_", "")
        if name not in _NAMES:
            raise InputError(path, f"unknown limit '{name}', expected one of {', '.join(sorted(_NAMES))}", int(row["_line"]))
        if not value.isdigit() or int(value) <= 0:
            raise InputError(path, f"'{name}' is '{row['value']}', expected a whole number above 0", int(row["_line"]))
        values[name] = int(value)
    return Limits(**values)


def fingerprint(codelists: Path) -> bytes:
    """The limits file's bytes (part of the extraction cache key: a changed limit re-reads)."""
    path = Path(codelists) / FILE
    return path.read_bytes() if path.exists() else b""


MB = 1024 * 1024


def megabytes(size: int) -> str:
    return f"{size / MB:,.1f} MB"
