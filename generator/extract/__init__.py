"""Text -> candidate records with provenance. One module per report section.

`SECTIONS` lists the section extractors run on every report, each a pure function
`(Document, References, ReportMeta) -> Extraction`.
"""
from __future__ import annotations

from typing import Callable

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta

Section = Callable[[Document, References, ReportMeta], Extraction]

SECTIONS: list[Section] = []
