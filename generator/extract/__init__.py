"""Text -> candidate records with provenance. One module per report section.

`SECTIONS` lists the section extractors run on every report, each a pure function
`(Document, References, ReportMeta) -> Extraction`.
"""
from __future__ import annotations

from typing import Callable

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta
from generator.extract.counts import extract_counts
from generator.extract.models import extract_models
from generator.extract.indicators import extract_indicators
from generator.extract.service_figures import extract_service_figures
from generator.extract.service_tables import extract_service_tables
from generator.extract.services import extract_services
from generator.extract.targets import extract_targets
from generator.extract.tasks import extract_tasks

Section = Callable[[Document, References, ReportMeta], Extraction]

SECTIONS: list[Section] = []
SECTIONS.extend([extract_tasks, extract_models, extract_counts])
SECTIONS.extend([extract_services, extract_service_tables, extract_indicators, extract_service_figures, extract_targets])
