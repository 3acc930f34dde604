"""What is computed once per report and shared by its extractors: the report context.

Every Document carries one `ReportContext` (`doc.context`; `doc.memo` is the same object,
the name the figure reader and the indicator extractor still use). Extractors keep their
signature `(doc, refs, meta)`: the one that needs a result another may have computed asks
the context for it by name, and it is computed the first time:

| entry                | what                                                | computed by |
| -------------------- | --------------------------------------------------- | ----------- |
| `blank_breaks`       | whether blank lines end paragraphs                  | Document.blank_lines_break |
| `line_width`         | the usual length of a full line of prose            | Document.line_width |
| `signature_lines`    | the signature block's lines (redaction rules)       | extract.base.signature |
| `addressee_lines`    | the `Kính gửi` lines (never read for the author)    | extract.metadata.addressee_lines |
| `folded_lines:<end>` | the body folded, for counting province names        | extract.metadata |
| `metadata_place`     | the header, period and author's place (jurisdiction) | extract.metadata._place |
| `tables`             | every table with a header (tab, pipe, HTML, flat)   | extract.tables.read_tables |
| `model_tables`       | tables with a model column, in every layout         | extract.models |
| `counts:<end>`       | status counts in the body and in table cells        | extract.counts.all_counts |
| `services`           | the service-list extraction                         | extract.services.extract_services |
| `figures:<end>`      | every figure with its context                       | reading.read.read_figures |
| `labelled`           | the figures and their indicator labels              | extract.indicators.labelled_figures |

An entry is computed with the report's References and is shared read-only: no caller
modifies what it gets. What is built from the code lists alone (patterns, rules, indexes)
is not here but on References (`refs.prepare`); what depends on a piece of text alone
(folding, dates, numbers, figures of a block) is in bounded lru_caches on that text.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = object()


class ReportContext:
    """The results computed once for one report (see the module docstring for the entries)."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def once(self, name: str, build: Callable[[], T]) -> T:
        """The entry `name`, built by `build()` the first time it is asked for."""
        value = self._values.get(name, _MISSING)
        if value is _MISSING:
            value = self._values[name] = build()
        return value  # type: ignore[return-value]

    # the mapping operations `doc.memo` callers use
    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name, default)

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self._values[name] = value

    def __contains__(self, name: object) -> bool:
        return name in self._values

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"ReportContext({', '.join(sorted(self._values))})"
