"""Report files as received: find them, fingerprint them, turn them into text.

The bytes are never changed. Text comes from the file itself (.txt, .md) or from a
reader library (.pdf, .docx: see generator.readers), and is normalised once, here, before
anything reads it (NFC, line ends, control characters: see normalise_text), within the
size limits of codelists/limits.csv (generator.limits).
"""
from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError
from generator.limits import DEFAULTS, MB, Limits, megabytes
from generator.redact import CONTROL

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


def check_file_size(path: Path, limits: Limits = DEFAULTS) -> None:
    """Refuse a file larger than the limit before its bytes are read."""
    size = path.stat().st_size
    if size > limits.max_file_mb * MB:
        raise InputError(path, f"report too large: {megabytes(size)} ({limits.where('max_file_mb', ' MB')})")


def decode_text(path: Path, data: bytes) -> str:
    """Text of a .txt/.md report, or a one-line error naming the file and line.

    UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a byte-order mark
    (Windows Notepad's "Unicode") are read; UTF-16 without one is refused (its byte order
    is a guess): save it as UTF-8."""
    if not data.strip():
        raise InputError(path, "empty file: no report text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError:
                break  # not that encoding after all: the errors below say what it is
            if _plausible(text):
                return text
            break
    if b"\x00" in data[:8192]:
        if _looks_utf16(data[:8192]):
            raise InputError(path, "UTF-16 text without a byte-order mark: its byte order is a guess; save the file as UTF-8")
        raise InputError(path, "binary file, not a text report (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at offset {exc.start}; convert the file to UTF-8", line) from None
    return text


def _looks_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: the high byte of Latin letters is zero, so one
    byte position in two is mostly NUL, and the text decodes to plausible letters."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 16:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for nuls, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.3 * half and others <= 0.05 * half:
            try:
                return _plausible(head.decode(codec, errors="strict"))
            except UnicodeDecodeError:
                return False
    return False


def _plausible(text: str) -> bool:
    """Text in Latin letters (Vietnamese included), digits, punctuation: what a report
    decoded with the right encoding looks like (bytes read with the wrong one are CJK)."""
    sample = text[:4096]
    if not sample.strip():
        return False
    latin = sum(1 for c in sample if c < "\u0250" or "\u1e00" <= c <= "\u1eff" or "\u0300" <= c <= "\u036f" or "\u2000" <= c <= "\u20cf")
    return latin >= 0.9 * len(sample)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def normalise_text(text: str) -> str:
    """What every reader reads: NFC (decomposed accents composed), CRLF as LF, and control
    characters inside a line as a space. A text with no LF at all whose lines end in a
    lone CR (old Mac files) has them read as line breaks."""
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\n" not in text.rstrip("\r"):
            text = text.replace("\r", "\n")
    # inside a line a control character (generator.redact.CONTROL) becomes a space: the line
    # keeps its number (lines are counted on LF, as `sed -n Np` does)
    return CONTROL.sub(" ", text) if CONTROL.search(text) else text


def check_text(path: Path, text: str, limits: Limits = DEFAULTS) -> None:
    """Refuse a text over the size, line-count or line-length limits (one line; a line too
    long is named by its number)."""
    size = len(text.encode("utf-8"))
    if size > limits.max_text_mb * MB:
        raise InputError(path, f"report text too large: {megabytes(size)} ({limits.where('max_text_mb', ' MB')})")
    count = text.count("\n") + 1
    if count > limits.max_lines:
        raise InputError(path, f"too many lines: {count:,} ({limits.where('max_lines')})")
    if len(text) > limits.max_line_chars:
        for number, line in enumerate(text.split("\n"), start=1):
            if len(line) > limits.max_line_chars:
                raise InputError(path, f"line too long: {len(line):,} characters ({limits.where('max_line_chars')})", number)


def read_text(source: Source, limits: Limits | None = None) -> str:
    """The report's text as every stage reads it (see normalise_text), within the limits."""
    limits = limits or DEFAULTS
    check_file_size(source.path, limits)
    data = source.path.read_bytes()
    if source.format in ("txt", "md"):
        text = decode_text(source.path, data)
    else:
        from generator import readers  # heavy libraries, loaded only for PDF/DOCX

        text = readers.extract_text(source.path, source.format, data, limits)
    text = normalise_text(text)
    check_text(source.path, text, limits)
    return text
