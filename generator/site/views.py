"""Figures that explain themselves: a figure's own date and scope, its permanent link and
citation, whether figures shown side by side compare, and the self-contained CSV of any
set of figures (every column a reader needs, no join).

The site config's `figures:` block names the fields (all optional, so a site without
documents or scopes still works):

    figures:
      date: cut_off_date                  # a figure's own cut-off date, when the table has it
      date_fallback: [period_end, reference_date]   # else these (joined from its document)
      scope: scope                        # what a figure counts, when the table has it
      units: units                        # the code list that names units (percent, đồng…)
      cite: {issuer: issuer, number: report_number, date: report_date, kind: report_type}

`Figures.date` and `Figures.scope` are the one place a figure's date and scope are
decided: switch them there when the tables change.
"""
from __future__ import annotations

from datetime import date as Date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.site import charts, fmt
from generator.site.datapackage import localized
from generator.site.filefacts import EDITIONS_NAMED, distinct_by_file
from generator.site.html import esc
from generator.site.slug import page_slug

if TYPE_CHECKING:
    from generator.site.model import Row, Site

DEFAULT_PERIOD_DAYS = 31  # a figure whose document states no period: a month apart is "apart"


class Figures:
    def __init__(self, site: "Site") -> None:
        self.site = site
        spec = site.config.figures
        self.date_field: str | None = spec.get("date")
        self.date_fallback: list[str] = list(spec.get("date_fallback") or ([site.config.time] if site.config.time else []))
        self.scope_field: str | None = spec.get("scope")
        self.units: str | None = spec.get("units")
        self.cite: dict[str, str] = dict(spec.get("cite") or {})
        # what one run works out once and reuses (the package and the labels do not change
        # during a run): a document's cited facts and edition, the filled-in edition text,
        # the label templates, a view's fields
        self.known: dict[tuple, Any] = {}

    # -- a figure's date and scope (switch here) -----------------------------------------
    def own_date(self, row: "Row") -> Any:
        return row.get(self.date_field) if self.date_field else None

    def date(self, row: "Row") -> tuple[str, str]:
        """(the figure's cut-off date, the field it came from): its own cut-off date when
        the table has one, else its document's (period end, then reference date)."""
        for name in ([self.date_field] if self.date_field else []) + self.date_fallback:
            value = row.get(name)
            if value:
                return str(value)[:10], name
        return "", ""

    def scope(self, row: "Row") -> str:
        """What the figure counts (whole province, police-run services only…): the
        table's scope field when it has one, else empty (not stated)."""
        value = row.get(self.scope_field) if self.scope_field else None
        return "" if value in (None, "") else str(value)

    def scope_name(self, table: str, row: "Row", lang: str) -> str:
        value = self.scope(row)
        return self.site.display(table, self.scope_field, value, lang) if value and self.scope_field else ""

    # -- the edition the site is built from ------------------------------------------------
    @property
    def version(self) -> str:
        return str(self.site.package.descriptor.get("version") or "")

    @property
    def updated(self) -> str:
        desc = self.site.package.descriptor
        return str(desc.get("last_updated") or str(desc.get("created") or "")[:10])

    def edition_text(self, lang: str, edition: tuple[str, str] | None = None) -> str:
        """'Edition 2.1.0, updated 10/01/2025' (empty when the package has no version): the
        package's edition, or the given (version, date)."""
        version, updated = edition or (self.version, self.updated)
        if not version:
            return ""
        return self.site.labels[lang].t("edition.label", version=version, date=fmt.date(updated, lang))

    @cached_property
    def document_editions(self) -> dict[Any, tuple[str, str]]:
        """{document: (version, date)} of the latest edition whose record (the package's
        `changes` table) names the document: it was added then, or its figures or flags
        changed then."""
        from generator.editions import TABLE, version_key

        package = self.site.package
        out: dict[Any, tuple[str, str]] = {}
        if not package.has(TABLE) or "report_id" not in package.resource(TABLE).field_names:
            return out
        # the record's rows in order, each (document, edition, date) once: kept per file
        for _, named in distinct_by_file(self.site, TABLE, EDITIONS_NAMED):
            for doc, version, day in named:
                if doc in (None, "") or not version:
                    continue
                found = (str(version), str(day or ""))
                if doc not in out or version_key(found[0]) > version_key(out[doc][0]):
                    out[doc] = found
        return out

    def edition_of(self, documents: list[Any]) -> tuple[str, str]:
        """The edition in which these documents' figures were last published or changed:
        what their pages and citations name, so an edition that adds a report leaves the
        pages and citations of the others as they were. The package's own edition when the
        record does not name one of them."""
        key = ("edition", *documents)
        if key not in self.known:
            self.known[key] = self._edition_of(documents)
        return self.known[key]

    def _edition_of(self, documents: list[Any]) -> tuple[str, str]:
        from generator.editions import version_key

        found = [self.document_editions.get(d) for d in documents]
        if not found or any(f is None for f in found):
            return (self.version, self.updated)
        return max(found, key=lambda e: version_key(e[0]))

    # -- links ---------------------------------------------------------------------------
    def site_path(self, lang: str, path: str, anchor: str = "") -> str:
        """A page's path from the site root ('en/reports/x/#L12')."""
        prefix = "" if lang == self.site.config.default_language else f"{lang}/"
        clean = path.strip("/")
        text = prefix + (clean + "/" if clean else "")
        return text + (f"#{anchor}" if anchor else "")

    def permalink(self, lang: str, path: str, anchor: str = "") -> str:
        """The page's permanent address: absolute with the configured public address,
        else its path from the site root (a local build carries no address)."""
        return self.site.config.site_url + self.site_path(lang, path, anchor)

    def file_link(self, path: str) -> str:
        return self.site.config.site_url + path.lstrip("/")

    def source_path(self, row: "Row") -> tuple[str, str] | None:
        prov = self.site.config.provenance
        if not prov or row.get(prov.document_field) is None:
            return None
        line = row.get(prov.line_field)
        return f"{prov.documents}/{page_slug(row[prov.document_field])}", (f"L{line}" if line else "")

    def source_link(self, row: "Row", lang: str) -> str:
        found = self.source_path(row)
        return self.permalink(lang, *found) if found else ""

    # -- citations -----------------------------------------------------------------------
    def document(self, doc_id: Any) -> "Row":
        return self.site.document_rows.get(doc_id) or {}

    def document_facts(self, doc_id: Any, lang: str) -> dict[str, str]:
        """issuer, kind, number and date of a document as words (with 'no number' and
        'undated' where the document leaves them blank); the same dict each time (not to be
        changed by the caller)."""
        key = ("facts", doc_id, lang)
        if key not in self.known:
            self.known[key] = self._document_facts(doc_id, lang)
        return self.known[key]

    def _document_facts(self, doc_id: Any, lang: str) -> dict[str, str]:
        docs = self.site.documents
        row = self.document(doc_id)
        t = self.site.labels[lang].t
        table = docs["table"] if docs else ""

        def show(key: str) -> str:
            name = self.cite.get(key)
            value = row.get(name) if name else None
            return self.site.display(table, name, value, lang) if name and value not in (None, "") else ""

        place = self.site.place_field(docs) if docs else None
        issuer = show("issuer") or (self.site.display(table, place, row.get(place), lang) if place else "")
        number = show("number")
        when = show("date")
        return {"issuer": issuer, "kind": show("kind") or t("cite.document"),
                "number": t("cite.number", number=number) if number else t("cite.no_number"),
                "date": t("cite.dated", date=when) if when else t("cite.undated"),
                "period": t("cite.period", period=self.site.period_of(row, docs, lang)) if docs and row and self._has_period(row) else ""}

    def _has_period(self, row: "Row") -> bool:
        period = self.site.config.period
        return bool(period and any(row.get(f) for f in period))

    def _format(self, lang: str, key: str, values: dict[str, str], html: bool, foreign: set[str]) -> str:
        """A label filled in; as HTML, every value escaped and the ones in the documents'
        language (issuer, quote, title) marked with it."""
        template = self.label(lang, key)
        if not html:
            return template.format(**values)
        text_lang = (self.site.documents or {}).get("text_lang")
        marked = {}
        for name, value in values.items():
            safe = esc(value)
            marked[name] = f'<span lang="{esc(text_lang)}">{safe}</span>' if name in foreign and text_lang and text_lang != lang and value else safe
        return self.label(lang, key, escaped=True).format(**marked)

    def label(self, lang: str, key: str, escaped: bool = False) -> str:
        """A label's template as it stands (escaped for HTML), looked up once a run."""
        memo = ("label", lang, key, escaped)
        if memo not in self.known:
            text = self.site.labels[lang].t(key)
            self.known[memo] = esc(text) if escaped else text
        return self.known[memo]

    def report_citation(self, doc_id: Any, lang: str, html: bool = False) -> str:
        """The source document itself: issuer, kind, number, date, period, title."""
        facts = self.document_facts(doc_id, lang)
        docs = self.site.documents
        title = str(self.document(doc_id).get(docs.get("title_field", "title")) or "") if docs else ""
        key = "cite.report" if title else "cite.report_untitled"
        return self._format(lang, key, {**facts, "title": title}, html, {"title"} | self._printed_issuer(doc_id))

    def figure_citation(self, row: "Row", lang: str, html: bool = False) -> str:
        """Cite one figure: its document (issuer, number, date), the line and the quote,
        the dataset edition it was published in (edition_of) and its permanent link."""
        prov = self.site.config.provenance
        documents = [row[prov.document_field]] if prov and row.get(prov.document_field) is not None else []
        dataset = self.dataset_edition(lang, self.edition_of(documents) if documents else None)
        if not prov or row.get(prov.document_field) is None:
            return esc(dataset) if html else dataset
        facts = self.document_facts(row[prov.document_field], lang)
        line = row.get(prov.line_field)
        quote = str(row.get(prov.quote_field) or "").strip()
        values = {**facts, "line": self.label(lang, "common.line").format(line=line) if line else "", "quote": quote, "dataset": dataset,
                  "link": self.source_link(row, lang)}
        return self._format(lang, "cite.figure", values, html, {"quote"} | self._printed_issuer(row[prov.document_field]))

    def dataset_edition(self, lang: str, edition: tuple[str, str] | None) -> str:
        """'<dataset title>, edition 2.1.0, updated 10/01/2025' (the title alone when the
        package has no version) as a citation names it; once a run for each edition."""
        key = ("dataset", lang, edition)
        if key not in self.known:
            text = self.edition_text(lang, edition)
            title = self.site.config.title[lang]
            self.known[key] = self.site.labels[lang].t("cite.dataset_edition", title=title, edition=text) if text else title
        return self.known[key]

    def _printed_issuer(self, doc_id: Any) -> set[str]:
        """{'issuer'} when the issuer is the document's own words (not a place name)."""
        name = self.cite.get("issuer")
        return {"issuer"} if name and self.document(doc_id).get(name) else set()

    # -- side by side ----------------------------------------------------------------------
    def period_days(self, row: "Row") -> int | None:
        period = self.site.config.period
        if not period:
            return None
        start, end = (_day(row.get(f)) for f in period)
        return (end - start).days + 1 if start and end and end >= start else None

    def comparability(self, table: str, rows: list["Row"], lang: str, dates: bool = True, scopes: bool = True) -> str:
        """A sentence when figures shown together do not compare as they stand: (scopes)
        their scopes differ, or (dates) their dates are more than one reporting period
        apart. Empty when they compare."""
        t = self.site.labels[lang].t
        parts = []
        counted: dict[str, int] = {}
        for row in rows if scopes else []:
            counted[self.scope(row)] = counted.get(self.scope(row), 0) + 1
        if len(counted) > 1:
            names = [f"{self.site.display(table, self.scope_field, s, lang) if s else t('compare.scope_unstated')} ({fmt.number(n, lang)})"
                     for s, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))]
            parts.append(t("compare.scopes", scopes="; ".join(names)))
        if dates and len(rows) > 1:
            days = [d for d in (_day(self.date(r)[0]) for r in rows) if d]
            if days:
                spread = (max(days) - min(days)).days
                # the shortest reporting period among them: a monthly figure beside an
                # annual one a year later is eleven periods apart
                period = min((p for p in (self.period_days(r) for r in rows) if p), default=DEFAULT_PERIOD_DAYS)
                if spread > period:
                    parts.append(t("compare.dates", first=fmt.date(min(days).isoformat(), lang),
                                   last=fmt.date(max(days).isoformat(), lang), days=fmt.number(spread, lang)))
        return " ".join(parts)

    # -- the self-contained view ---------------------------------------------------------
    @cached_property
    def unit_names(self) -> dict[tuple[str, str], str]:
        out = {}
        if self.units and self.site.package.has(self.units):
            res = self.site.package.resource(self.units)
            key = res.primary_key[0] if res.primary_key else None
            for row in res.rows if key else []:
                for lang in self.site.config.languages:
                    out[(str(row[key]), lang)] = str(localized(row, "name", lang) or row[key])
        return out

    def view_csv(self, series: Any, rows: list["Row"], lang: str, labels: list[str] | None = None, pieces: Any = None,
                 keys: Any = None) -> str:
        """The CSV of these figures of one series section, usable alone: place, period and
        cut-off date, what is counted (names in this language), scope, unit, value and
        how it was printed, numerator and denominator, quality flags, the document, the
        source line and quote, a link to the line and a citation. labels: the series
        label of each row (a chart's legend), when given. pieces, keys: each row's line
        kept between runs (rowpieces.py), when given."""
        header = self.view_header(series)
        lines = [self.view_line_text(series, row, lang, pieces, keys) for row in rows]
        if labels is not None:
            header = ["series"] + header
            lines = [charts.csv_line([label, ""]) + line for label, line in zip(labels, lines, strict=True)]
        return charts.csv_line(header) + "\n" + "".join(line + "\n" for line in lines)

    def view_line_text(self, series: Any, row: "Row", lang: str, pieces: Any = None, keys: Any = None) -> str:
        """A row's line of a view CSV (no line end), kept in pieces under the row's key."""
        if pieces is None or keys is None:
            return charts.csv_line(self.view_line(series, row, lang))
        key = keys.row(row, lang)
        found = pieces.get("views", key)
        return found if found is not None else pieces.put("views", key, charts.csv_line(self.view_line(series, row, lang)))

    def view_columns(self, series: Any) -> dict[str, str | None]:
        """Fixed view column -> the table's field it comes from (None: computed here)."""
        spec = series.section.get("view") or {}
        fields = set(self.site.package.resource(series.table).field_names)

        def field(key: str, default: str) -> str | None:
            name = spec.get(key, default)
            return name if name in fields else None

        return {"printed": field("printed", "value_printed"), "numerator": field("numerator", "numerator"),
                "denominator": field("denominator", "denominator")}

    def view_layout(self, series: Any) -> dict[str, Any]:
        """The fields a view of this section reads (once a run per section)."""
        memo = ("layout", series.slug)
        if memo not in self.known:
            site = self.site
            place = site.place_field(series.section)
            spec = series.section.get("view") or {}
            fields = site.package.resource(series.table).field_names
            self.known[memo] = {
                "place": place, "period": list(site.config.period or ()), "own": self.view_columns(series),
                "splits": [g for g in series.groups if g != place and g != self.scope_field],
                "extra": [f for f in spec.get("extra", []) if f in fields], "computed": series.section.get("computed"),
                "cited": [self.cite[f] for f in ("number", "date", "issuer") if self.cite.get(f)],
                "record": "record_id" in fields}
        return self.known[memo]

    def view_header(self, series: Any) -> list[str]:
        layout = self.view_layout(series)
        entity = series.entity
        prov = self.site.config.provenance
        base = entity[:-3] if entity.endswith("_id") else entity
        header = []
        if layout["place"]:
            header += ["place_id", "place_name"]
        header += layout["period"] + ["cut_off_date", "cut_off_basis", entity, f"{base}_name"]
        for name in layout["splits"]:
            header += [name, f"{name}_name"]
        header += ["scope", "scope_name", "unit", "unit_name", "value"]
        if layout["computed"]:
            header.append("value_basis")
        header += ["value_printed", "numerator", "denominator"] + layout["extra"] + ["quality_flags", "quality_flag_ids"]
        if prov:
            header += [prov.document_field] + layout["cited"] + ["source_line", "source_quote", "source_url", "citation"]
        if layout["record"]:
            header.append("record_id")
        return header

    def view_line(self, series: Any, row: "Row", lang: str) -> list[Any]:
        """A row's cells in a view CSV (view_header's columns)."""
        site = self.site
        table, entity = series.table, series.entity
        layout = self.view_layout(series)
        place, own = layout["place"], layout["own"]
        prov = site.config.provenance
        line: list[Any] = []
        if place:
            line += [row.get(place), site.display(table, place, row.get(place), lang)]
        line += [row.get(f) for f in layout["period"]]
        line += list(self.date(row))
        line += [row.get(entity), site.display(table, entity, row.get(entity), lang)]
        for name in layout["splits"]:
            line += [row.get(name), site.display(table, name, row.get(name), lang)]
        unit = series.unit_id(row)
        value, basis = series.value_and_basis(row)
        line += [self.scope(row), self.scope_name(table, row, lang), unit,
                 self.unit_names.get((unit, lang), unit) if unit else "", value]
        if layout["computed"]:
            line.append(basis)
        line += [row.get(own[k]) if own[k] else None for k in ("printed", "numerator", "denominator")]
        line += [row.get(f) for f in layout["extra"]]
        flags = site.flags_for(table, [row.get("record_id")]) if row.get("record_id") else []
        line += [";".join(str(f.get(site.config.flags.get("check_field", "check"))) for f in flags) if flags else "",
                 ";".join(str(f.get("record_id")) for f in flags) if flags else ""]
        if prov:
            doc = self.document(row.get(prov.document_field))
            line.append(row.get(prov.document_field))
            line += [doc.get(f) for f in layout["cited"]]
            line += [row.get(prov.line_field), row.get(prov.quote_field), self.source_link(row, lang),
                     self.figure_citation(row, lang)]
        if layout["record"]:
            line.append(row.get("record_id"))
        return line


def _day(value: Any) -> Date | None:
    text = str(value or "")[:10]
    try:
        return Date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None
