"""What every page type shares: the config, the package, rows with their context columns
joined on, display text for any cell, and the documents facts point back to.

Built once per run; page modules only read from it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.site import fmt
from generator.site.config import SiteConfig
from generator.site.datapackage import DataPackage, Row, localized
from generator.site.labels import Labels
from generator.site.slug import page_slug


# Descriptor keys no cached page reads, which change with every added report.
EDITION_KEYS = ("sources", "created", "version", "last_updated")


@dataclass
class Page:
    """One generated page in one language. path: '' for home, else 'indicators/x'."""

    path: str
    title: str
    body: str
    description: str = ""
    index: bool = True  # include in the search index
    edition: str = ""  # a stamped page's footer edition, when it is not the package's (stamps.py)


@dataclass
class Site:
    config: SiteConfig
    package: DataPackage
    labels: dict[str, Labels] = field(default_factory=dict)
    cache: Path | None = None  # rendered charts, reused across runs
    state: Path | None = None  # records kept between runs (build/state/): page-input digests (inputmemo.py)
    places: str | None = None  # slug of the place-pages section, when the site has one
    place_keys: frozenset = frozenset()  # the places that have a page
    place_sections: frozenset = frozenset()  # sections shown on the place pages (no pages by place of their own)

    def __post_init__(self) -> None:
        if not self.labels:
            self.labels = {lang: Labels(lang, self.config.texts) for lang in self.config.languages}
        self._rows: dict[str, list[Row]] = {}
        self._display: dict[tuple, Any] = {}  # memo: display texts, field specs and titles
        self._origin: dict[tuple[str, str], str] = {}
        self._records: dict[str, dict[Any, Row]] = {}

    # -- rows ---------------------------------------------------------------------------
    def rows(self, table: str) -> list[Row]:
        """Rows of table with the join columns (e.g. the report's place and date) added."""
        if table not in self._rows:
            self._rows[table] = self._joined(table, self.package.rows(table))
        return self._rows[table]

    def file_rows(self, table: str, rel: str) -> list[Row]:
        """The rows of one of a table's files (a part), as `rows` has them: taken from
        `rows` when the table is loaded, else only that file is read."""
        if table in self._rows:
            for name, start, end in self.package.resource(table).part_ranges():
                if name == rel:
                    return self._rows[table][start:end]
        return self._joined(table, self.package.resource(table).file_rows(rel))

    def _joined(self, table: str, rows: list[Row]) -> list[Row]:
        join = self.config.join
        if join and table != join.table and self.package.has(join.table) and self.package.has(table) \
                and join.key in self.package.resource(table).field_names:
            context = self.package.resource(join.table).by_key
            rows = [{**{f: context.get(r[join.key], {}).get(f) for f in join.fields}, **r} for r in rows]
        return rows

    def origin(self, table: str, name: str) -> str:
        """The table a column really comes from (its own, or the joined context table)."""
        key = (table, name)
        if key not in self._origin:
            join = self.config.join
            joined = bool(join and self.package.has(table) and name not in self.package.resource(table).field_names
                          and name in join.fields)
            self._origin[key] = join.table if joined and join else table
        return self._origin[key]

    def field(self, table: str, name: str) -> dict[str, Any]:
        key = ("field", table, name)
        if key not in self._display:
            self._display[key] = self._field(table, name)
        return self._display[key]

    def _field(self, table: str, name: str) -> dict[str, Any]:
        origin = self.origin(table, name)
        if self.package.has(origin):
            found = self.package.resource(origin).field(name)
            if found:
                return found
        return {"name": name, "type": "string"}

    # -- text for people ----------------------------------------------------------------
    def field_title(self, table: str, name: str, lang: str) -> str:
        key = ("title", table, name, lang)
        if key not in self._display:
            custom = self.labels[lang].get(f"fields.{name}")
            self._display[key] = str(custom) if custom else str(localized(self.field(table, name), "title", lang) or name)
        return self._display[key]

    def display(self, table: str, name: str, value: Any, lang: str) -> str:
        """Plain text for a cell: a code list name, an enum label, a formatted number/date."""
        if value is None or value == "":
            return ""
        key = (table, name, type(value).__name__, value, lang)
        if key not in self._display:
            self._display[key] = self._display_text(table, name, value, lang)
        return self._display[key]

    def _display_text(self, table: str, name: str, value: Any, lang: str) -> str:
        origin = self.origin(table, name)
        coded = self.package.name_of(origin, name, value, lang) if self.package.has(origin) else None
        if coded is not None:
            return coded
        spec = self.field(table, name)
        kind = spec.get("type", "string")
        if kind in ("number", "integer"):
            return fmt.number(value, lang)
        if kind in ("date", "datetime"):
            return fmt.date(value, lang)
        if kind == "boolean":
            return self.labels[lang].t("common.yes" if value else "common.no")
        if spec.get("constraints", {}).get("enum"):
            return self.labels[lang].value(name, value)
        label = self.labels[lang].get(f"values.{name}.{value}")
        return str(label) if label is not None else str(value)

    def unit_text(self, table: str, name: str, value: Any, lang: str) -> str:
        """A unit's symbol, else its name; empty for units the config keeps silent."""
        if value in (None, "") or value in self.config.silent_units:
            return ""
        row = self.package.code_row(self.origin(table, name), name, value)
        if row and row.get("symbol"):
            return str(row["symbol"])
        return self.display(table, name, value, lang)

    def with_unit(self, number_text: str, unit: str) -> str:
        if not number_text or not unit:
            return number_text
        return f"{number_text}{unit}" if unit == "%" else f"{number_text} {unit}"

    @cached_property
    def data_slug(self) -> str | None:
        """The slug of the data section (downloads, dictionary, editions), if the site has one."""
        found = self.config.sections_of("data")
        return found[0]["slug"] if found else None

    # -- documents and provenance -------------------------------------------------------
    @cached_property
    def documents(self) -> dict[str, Any] | None:
        prov = self.config.provenance
        return self.config.section(prov.documents) if prov else None

    @cached_property
    def document_rows(self) -> dict[Any, Row]:
        docs = self.documents
        if not docs:
            return {}
        return {r[docs["key"]]: r for r in self.rows(docs["table"])}

    def document_label(self, doc_id: Any, lang: str, short: bool = False) -> str:
        """A document's name from the fields the config lists (`label`, or `short_label`
        where the place and date are already shown beside it)."""
        docs = self.documents
        row = self.document_rows.get(doc_id)
        if not docs or row is None:
            return str(doc_id)
        names = docs.get("short_label") if short and docs.get("short_label") else docs.get("label", [docs["key"]])
        parts = [self.display(docs["table"], f, row.get(f), lang) for f in names]
        return " · ".join(p for p in parts if p) or str(doc_id)

    def reading(self, doc_id: Any) -> tuple[int | None, int | None, float | None]:
        """(figures printed, figures captured into a table, their ratio) of a document, as
        the package records them (documents section `reading: {seen, captured, coverage}`):
        the one count of "figures of a report" every page shows."""
        docs = self.documents
        spec = (docs or {}).get("reading") or {}
        row = self.document_rows.get(doc_id) if docs else None
        if not row or not spec:
            return None, None, None
        seen, captured = row.get(spec.get("seen", "")), row.get(spec.get("captured", ""))
        coverage = row.get(spec.get("coverage", ""))
        if coverage is None and isinstance(seen, (int, float)) and isinstance(captured, (int, float)) and seen:
            coverage = captured / seen
        return seen, captured, coverage

    def reading_text(self, doc_id: Any, lang: str) -> str:
        """'192 of 511 figures (37.6%)' / '192/511 số liệu (37,6%)'; empty when unknown."""
        seen, captured, coverage = self.reading(doc_id)
        if seen is None or captured is None:
            return ""
        share = fmt.number(round(coverage * 100, 1), lang) + "%" if coverage is not None else ""
        return self.labels[lang].t("reading.text", captured=fmt.number(captured, lang), seen=fmt.number(seen, lang), share=share)

    def facts_per_document(self) -> dict[Any, int]:
        """How many fact rows (not quality flags) each document gave."""
        prov, docs = self.config.provenance, self.documents
        if not prov or not docs:
            return {}
        flags = self.config.flags["table"] if self.config.flags else None
        counts: dict[Any, int] = defaultdict(int)
        for table, field_name in self.package.referencing(docs["table"]):
            if table != flags and field_name == prov.document_field and prov.line_field in self.package.resource(table).field_names:
                for row in self.package.rows(table):
                    counts[row.get(field_name)] += 1
        return counts

    @cached_property
    def flags_by_subject(self) -> dict[tuple[str, Any], list[Row]]:
        spec = self.config.flags
        out: dict[tuple[str, Any], list[Row]] = defaultdict(list)
        if spec and self.package.has(spec["table"]):
            for row in self.rows(spec["table"]):
                out[(row.get(spec["table_field"]) or "", row.get(spec["subject_field"]))].append(row)
        return out

    def record(self, table: str, record_id: Any) -> Row | None:
        """The row of a fact table with this record id (what a quality flag concerns)."""
        if not table or not self.package.has(table) or "record_id" not in self.package.resource(table).field_names:
            return None
        index = self._records.get(table)
        if index is None:
            index = self._records[table] = {r.get("record_id"): r for r in self.rows(table)}
        return index.get(record_id)

    def document_facts(self, table: str, doc_id: Any) -> list[Row]:
        """The rows of a fact table that came from one document."""
        prov = self.config.provenance
        if not prov or not table or not self.package.has(table) or prov.document_field not in self.package.resource(table).field_names:
            return []
        key = ("by-document", table)
        if key not in self._display:
            index: dict[Any, list[Row]] = defaultdict(list)
            for row in self.rows(table):
                index[row.get(prov.document_field)].append(row)
            self._display[key] = index
        return self._display[key].get(doc_id, [])

    def flags_of(self, table: str, record_id: Any) -> list[Row]:
        return self.flags_by_subject.get((table, record_id), []) if record_id is not None else []

    @cached_property
    def progress(self) -> Any:
        """Targets and changes of the `progress.section` series (progress.py), or None."""
        from generator.site.pages_series import Series
        from generator.site.progress import Progress

        spec = self.config.progress
        section = self.config.section(spec.get("section", "")) if spec else None
        return Progress(self, Series(self, section)) if section else None

    def flags_for(self, table: str, record_ids: list[Any]) -> list[Row]:
        out: list[Row] = []
        for rid in record_ids:
            out.extend(self.flags_by_subject.get((table, rid), []))
        return out

    # -- time and place -----------------------------------------------------------------
    @cached_property
    def figures(self) -> Any:
        """Figure dates, scopes, citations, comparability and the self-contained CSVs (views.py)."""
        from generator.site.views import Figures

        return Figures(self)

    def time_of(self, row: Row, section: dict[str, Any]) -> Any:
        """When a row is placed: a figure's own cut-off date when its table has one
        (views.Figures.own_date), else the section's or the site's time field."""
        own = self.figures.own_date(row)
        if own:
            return own
        name = section.get("time") or self.config.time
        return row.get(name) if name else None

    def period_of(self, row: Row, section: dict[str, Any], lang: str) -> str:
        """The period a row covers (start – end) when the config names one, else its time."""
        if self.config.period:
            start, end = (row.get(f) for f in self.config.period)
            if start or end:
                return fmt.period(start, end, lang)
        return fmt.date(self.time_of(row, section), lang)

    def place_field(self, section: dict[str, Any]) -> str | None:
        return section.get("place", self.config.place)

    @cached_property
    def fingerprint(self) -> str:
        """What every cached page depends on: the site generator's code, the site config and
        its texts, the package's code lists (tables no fact points from) and the part of the
        descriptor pages read (titles, schemas). Not the descriptor's list of sources, its
        `created` stamp, its edition (version, last updated) or the edition record (the
        `changes` table): every added report changes those, and no cached page shows them
        (the footer and citations that name the edition are rendered each run), so an add
        leaves the other pages' entries valid."""
        from generator.editions import TABLE as EDITIONS
        from generator.site.pagecache import SITE_CODE, PageCache, fingerprint

        package = self.package
        facts = {self.documents["table"]} | {t for t, _ in package.referencing(self.documents["table"])} if self.documents else set()
        codes = [package.folder / rel for name in sorted(package.resources) if name not in facts | {EDITIONS}
                 for rel in package.resource(name).paths]
        paths = [SITE_CODE, self.config.texts, self.config.path] + codes
        read = {k: v for k, v in package.descriptor.items() if k not in EDITION_KEYS}
        # the record's files (one per edition) are listed in its resource: not read by a cached page
        read["resources"] = [{k: v for k, v in r.items() if k != "path"} if r.get("name") == EDITIONS else r
                             for r in read.get("resources", [])]
        return PageCache.digest([fingerprint([p for p in paths if p and Path(p).exists()]), read])

    def page_cache(self, name: str) -> Any:
        from generator.site.pagecache import PageCache

        return PageCache(self.cache / "pages" / name if self.cache else None, self.fingerprint)

    def input_memo(self, name: str) -> Any:
        """The page-input digests of one kind of page remembered by the last run (inputmemo.py)."""
        from generator.site.inputmemo import InputMemo

        return InputMemo(self.state / f"site-inputs-{name}.json" if self.state else None, self.fingerprint)

    def on_place_pages(self, section: dict[str, Any]) -> bool:
        """Whether a section's rows of each place are shown on that place's page."""
        return section["slug"] in self.place_sections and section.get("split_by", self.config.place) == self.config.place

    def place_path(self, key: Any) -> str | None:
        """The page of a place (the `places` section), or None when it has none."""
        if not self.places or key is None or key not in self.place_keys:
            return None
        return f"{self.places}/{page_slug(key)}"
