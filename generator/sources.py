"""Report files as received: find them, fingerprint them, turn them into text.

The bytes are never changed. Text comes from the file itself (.txt, .md) or from a
reader library (.pdf, .docx: see generator.readers).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
BINARY_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
SUFFIXES = {**TEXT_SUFFIXES, **BINARY_SUFFIXES}


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    format: str

    @property
    def name(self) -> str:
        return self.path.name


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_format(path: Path) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, f"unsupported file type '{path.suffix or '(none)'}': expected one of {', '.join(sorted(SUFFIXES))}")
    return fmt


def open_source(path: Path) -> Source:
    if not path.is_file():
        raise InputError(path, "file not found")
    return Source(path, sha256_of(path.read_bytes()), source_format(path))


def list_sources(folder: Path) -> list[Source]:
    """Every report under folder, in name order (deterministic)."""
    if not folder.is_dir():
        raise InputError(folder, "report folder not found")
    return [open_source(p) for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUFFIXES]


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text of a .txt/.md report, or a one-line error naming the file and line."""
    if not data.strip():
        raise InputError(path, "empty file: no report text")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not a text report (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at offset {exc.start}; convert the file to UTF-8", line) from None
    return text


def read_text(source: Source) -> str:
    data = source.path.read_bytes()
    if source.format in ("txt", "md"):
        return decode_text(source.path, data)
    from generator import readers  # heavy libraries, loaded only for PDF/DOCX

    return readers.extract_text(source.path, source.format, data)
