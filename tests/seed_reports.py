"""The bundled reports as test inputs (imported by the extractor tests)."""
from __future__ import annotations

from pathlib import Path

from generator.document import Document
from generator.extract.metadata import extract_metadata

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"


def read_report(path: Path, refs):
    """(Document, ReportMeta) of a report file."""
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    _, meta, _ = extract_metadata(doc, refs, path.name, "0" * 64, "txt")
    return doc, meta


def report_path(key: str) -> Path:
    """The bundled report whose name starts with key ("000", "001", ...)."""
    return next(REPORTS.glob(f"{key}_*.txt"))


def refuse_file_access(monkeypatch) -> None:
    """Make any file read fail, to prove an extractor is a pure function of its inputs."""
    import builtins
    import pathlib

    def refuse(*args, **kwargs):
        raise AssertionError("extractor touched a file")

    monkeypatch.setattr(builtins, "open", refuse)
    for name in ("open", "read_text", "read_bytes"):
        monkeypatch.setattr(pathlib.Path, name, refuse)
