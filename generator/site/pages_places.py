"""Place pages: one page per place (the site's `place` field) with what every other section
knows about it: the latest value of each indicator and service, the latest status list,
the latest plan tasks, its documents and their quality-flag counts. At national scale this
one page per place replaces thousands of entity × place pages (docs/scale.md).

A place page opens with what a citizen asks first (is my province on track?): a summary
of its headline figures with their change since its previous report, its progress
against targets (progress.py) and the quality flags on the figures shown, then a table of
contents; long sections fold (`<details>`, no script needed). A place that ended or began
with the 2025 merger (site config `lineage:`) says what it became or what it was made of,
with links both ways, and a new place shows its predecessors' latest values side by side
(never summed).

Section config keys: [include] (slugs of the sections shown on each place page, in that
order; default: every series, status, listing and documents section), [describe]
(fields of the place's code-list row shown at the top, e.g. level, parent), [fold]
(sections with more rows than this fold, default 6), [headlines] (how many headline
figures the summary shows, default 6).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import cached_property
from typing import Any, Iterable

from generator.site import stamps
from generator.site.common import breadcrumbs, flags_table, intro_of, title_of
from generator.site.html import block, esc, heading, headings_as_html, html_heading, plain_title, table, tag
from generator.site.mkdocs_config import footer_edition
from generator.site.model import Page, Site
from generator.site.output import Output
from generator.site.view import View

INCLUDED_TYPES = ("series", "status", "listing", "documents")
FOLD = 6
HEADLINES = 6
SUMMARY = "summary"


class Places:
    """Needs the other sections' page builders (common.TableSection), by slug."""

    def __init__(self, site: Site, section: dict[str, Any], builders: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.slug = section["slug"]
        self.field = site.config.place
        wanted = section.get("include") or [s["slug"] for s in site.config.sections if s["type"] in INCLUDED_TYPES]
        self.parts = [(site.config.section(slug), builders[slug]) for slug in wanted if slug in builders]
        self.keys: set[Any] = set()
        for _, builder in self.parts:
            self.keys |= {k for k in builder.place_keys() if k is not None}
        self.table = self._table()
        self.lineage = Lineage(site, self.table, self.field)
        self.keys |= self.lineage.related(self.keys)  # a merged place's successor has a page too
        site.places, site.place_keys = self.slug, frozenset(self.keys)
        site.place_sections = frozenset(s["slug"] for s, _ in self.parts)

    def _table(self) -> str | None:
        """A table that has the place field (to name places through its foreign key)."""
        for section, _ in self.parts:
            if self.field in self.site.package.resource(section["table"]).field_names:
                return section["table"]
        join = self.site.config.join
        return join.table if join else None

    def path(self, key: Any) -> str:
        return self.site.place_path(key)

    def name(self, view: View, key: Any) -> str:
        return view.show(self.table, self.field, key) if self.table else str(key)

    def code_row(self, key: Any) -> dict[str, Any]:
        return (self.site.package.code_row(self.table, self.field, key) or {}) if self.table else {}

    def ordered(self, view: View) -> list[Any]:
        return sorted(self.keys, key=lambda k: (self.name(view, k).casefold(), str(k)))

    def series_parts(self) -> list[Any]:
        return [builder for section, builder in self.parts if section["type"] == "series"]

    # -- pages --------------------------------------------------------------------------
    def template_headings(self, lang: str) -> list[tuple[int, str, str]]:
        return [(2, self.site.labels[lang].t("places.summary_title"), SUMMARY)] + \
            [(2, title_of(self.site, s, lang), s["slug"]) for s, _ in self.parts]

    def build(self, out: Output) -> None:
        """The index and template per language, then every place's page: taken from the
        page cache when none of its rows changed (pagecache.py)."""
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang))
            out.page(lang, stamps.template_page(self.slug, self.template_headings(lang)))
        cache = self.site.page_cache(self.slug)
        every = sorted(map(str, self.keys))  # a parent links to its page only if it has one
        for key in sorted(self.keys, key=str):
            related = sorted(map(str, self.lineage.predecessors(key) | self.lineage.successors(key)))
            inputs = cache.digest([every, related, [[section["slug"], builder.place_inputs(k)] for section, builder in self.parts
                                                    for k in [key, *related]],
                                   self.edition(key, related)])
            for lang in self.site.config.languages:
                out.stamped_cached(lang, self.path(key), cache, cache.key("place", self.slug, lang, key, inputs),
                                   lambda lang=lang, key=key: self.place_page(lang, key))
        cache.prune()

    def index_page(self, lang: str) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        describe = [d for d in self.section.get("group_by", []) if d]
        buckets: dict[str, list[Any]] = defaultdict(list)
        for key in self.ordered(view):
            label = self.describe_value(view, key, describe[0]) if describe else ""
            buckets[label].append(key)
        for label in sorted(buckets, key=lambda b: (b == "", b)):
            if describe:
                parts.append(heading(2, label or view.t("listing.none"), f"g-{label or 'none'}"))
            items = [tag("li", view.link(self.path(key), self.lineage.name(view, key))) for key in buckets[label]]
            parts.append(tag("ul", "".join(items), class_="columns"))
        return Page(self.slug, plain_title(title), block(*parts))

    def describe_value(self, view: View, key: Any, name: str) -> str:
        value = self.code_row(key).get(name)
        if value in (None, ""):
            return ""
        fk = self.site.package.foreign_key(self.table, self.field) if self.table else None
        return view.show(fk[0], name, value) if fk else str(value)

    def facts(self, view: View, key: Any) -> str:
        fk = self.site.package.foreign_key(self.table, self.field) if self.table else None
        items = []
        for name in self.section.get("describe", []):
            value = self.code_row(key).get(name)
            if value in (None, "") or not fk:
                continue
            text = esc(view.show(fk[0], name, value))
            if value in self.keys and name != self.field:  # a field naming another place (the parent)
                text = view.link(self.path(value), view.show(self.table, self.field, value))
            items.append(tag("dt", esc(self.site.field_title(fk[0], name, view.lang))) + tag("dd", text))
        return tag("dl", "".join(items), class_="facts") if items else ""

    def place_page(self, lang: str, key: Any) -> Page:
        """One place's page, stamped from the section's template (hundreds of places): an
        HTML body with the same headings as the template."""
        path = self.path(key)
        view = View(self.site, lang, path)
        name = self.name(view, key)
        flags = self.shown_flags(key)
        view.listed_flags |= {f.get("record_id") for f in flags}  # listed in the summary: marks link there
        sections = [(section, builder, builder.place_parts(view, key)) for section, builder in self.parts]
        parts = [breadcrumbs(view, [(self.slug, title_of(self.site, self.section, lang))]),
                 html_heading(1, self.lineage.name(view, key), stamps.H1_ID), self.facts(view, key),
                 self.lineage.notice(view, key)]
        parts.append(self.contents(view, key))
        fold = int(self.section.get("fold", FOLD))
        parts += self.summary(view, key, flags, fold)
        for section, builder, body in sections:
            parts.append(html_heading(2, title_of(self.site, section, lang), section["slug"]))
            if not body:
                parts.append(tag("p", esc(view.t("series.no_data"))))
                continue
            count = builder.place_count(key) if hasattr(builder, "place_count") else 0
            parts.append(_fold(view, "\n".join(p for p in body if p), count, fold, title_of(self.site, section, lang).lower()))
        text = view.t("places.summary", name=name, sections=", ".join(title_of(self.site, s, lang) for s, _ in self.parts))
        related = sorted(map(str, self.lineage.predecessors(key) | self.lineage.successors(key)))
        edition = footer_edition(self.site, lang, self.edition(key, related)) if self.site.figures.version else ""
        return Page(path, plain_title(self.lineage.name(view, key)), headings_as_html(block(*parts)),
                    description=plain_title(text, 300), edition=edition)

    # -- summary ------------------------------------------------------------------------
    def shown_flags(self, key: Any) -> list[dict[str, Any]]:
        """The quality flags on the figures the page shows (the latest value of each series)."""
        flags = []
        for builder in self.series_parts():
            latest, _ = builder.place_latest(key)
            flags += self.site.flags_for(builder.table, [r.get("record_id") for r in latest.values()])
        return flags

    def summary(self, view: View, key: Any, flags: list[dict[str, Any]], fold: int = FOLD) -> list[str]:
        """What the place's page says first: its reports, its headline figures with their
        change since its previous report, its progress against targets and the flags on
        the figures shown."""
        parts = [html_heading(2, view.t("places.summary_title"), SUMMARY), self.reports_line(view, key)]
        cards = self.headline_cards(view, key)
        parts.append(html_heading(3, view.t("places.headlines"), "headlines"))
        parts.append(tag("ul", "".join(cards), class_="cards") if cards else tag("p", esc(view.t("series.no_data"))))
        parts += self.lineage.history(view, key, self.series_parts())
        progress = self.site.progress
        if progress is not None:
            from generator.site.pages_series import progress_table

            assessments = progress.place_assessments(key)
            parts.append(html_heading(3, view.t("progress.title"), "progress"))
            if assessments:
                counts = defaultdict(int)
                for a in assessments:
                    counts[a.status] += 1
                line = "; ".join(f"{view.t(f'progress.status.{s}')}: {view.number(counts[s])}" for s in
                                 ("met", "on_track", "off_track", "missed", "too_few", "not_assessed") if counts[s])
                parts.append(tag("p", esc(line), class_="prog-counts"))
                targets = progress_table(view, progress, [(key, a) for a in assessments])
                parts.append(_fold(view, targets, len(assessments), fold, view.t("progress.title").lower()))
                parts.append(tag("details", tag("summary", esc(view.t("places.rule"))) + progress.rule_html(view), class_="fold rule"))
            else:
                parts.append(tag("p", esc(view.t("progress.none"))))
        parts.append(html_heading(3, view.t("places.flags_title"), "flags"))
        if flags:
            by_severity = defaultdict(int)
            for flag in flags:
                by_severity[flag.get("severity")] += 1
            kinds = ", ".join(f"{view.show(self.site.config.flags['table'], 'severity', s)}: {view.number(n)}"
                              for s, n in sorted(by_severity.items(), key=lambda kv: str(kv[0])))
            parts.append(tag("p", esc(view.t("places.flags_count", count=view.number(len(flags)), kinds=kinds))))
            parts.append(_fold(view, flags_table(view, flags), len(flags), 0, view.t("places.flags_title").lower()))
        else:
            parts.append(tag("p", esc(view.t("places.flags_none"))))
        return parts

    def reports_line(self, view: View, key: Any) -> str:
        docs = self.site.documents
        if not docs:
            return ""
        rows = [r for r in self.site.rows(docs["table"]) if r.get(self.field) == key]
        if not rows:
            return tag("p", esc(view.t("places.no_reports")))
        rows.sort(key=lambda r: (str(self.site.time_of(r, docs) or ""), str(r[docs["key"]])))
        latest = rows[-1]
        first, last = (view.date(self.site.time_of(r, docs)) for r in (rows[0], latest))
        text = view.t("places.reports_line", count=view.number(len(rows)), first=first, last=last)
        return tag("p", esc(text) + " " + esc(view.t("places.latest_report")) + " " +
                   view.document(latest[docs["key"]]) + ".", class_="lede")

    def headline_cards(self, view: View, key: Any) -> list[str]:
        """The place's latest overall value of the featured indicators (then others with a
        target), each with its change since the previous report."""
        limit = int(self.section.get("headlines", HEADLINES))
        cards = []
        for builder in self.series_parts():
            if not builder.section.get("headline"):
                continue
            latest, series = builder.place_latest(key)
            overall = {k: r for k, r in latest.items() if all(r.get(g) == v for g, v in builder.section.get("quiet", {}).items())}
            featured = list(builder.section.get("featured", []))
            progress = self.site.progress
            targeted = [e for e in builder.entities() if progress is not None and progress.series.slug == builder.slug
                        and progress.targets_for(e, key)]
            order = featured + [e for e in targeted if e not in featured]
            chosen = sorted((k for k in overall if k[0] in order), key=lambda k: order.index(k[0]))
            for k in chosen:
                if len(cards) >= limit:
                    break
                cards.append(builder.card(view, overall[k], series[k], with_place=False))
        return cards

    def contents(self, view: View, key: Any) -> str:
        """The table of contents: every part of the page, with how many rows it has."""
        inner = [tag("li", tag("a", esc(view.t(label)), href=f"#{anchor}")) for label, anchor in
                 (("places.headlines", "headlines"), ("progress.title", "progress"), ("places.flags_title", "flags"))
                 if anchor != "progress" or self.site.progress is not None]
        items = [tag("li", tag("a", esc(view.t("places.summary_title")), href=f"#{SUMMARY}") + tag("ol", "".join(inner)))]
        for section, builder in self.parts:
            count = builder.place_count(key) if hasattr(builder, "place_count") else 0
            label = title_of(self.site, section, view.lang) + (f" ({view.number(count)})" if count else "")
            items.append(tag("li", tag("a", esc(label), href=f"#{section['slug']}")))
        return tag("nav", tag("p", esc(view.t("places.contents")), class_="toc-title") + tag("ol", "".join(items)),
                   class_="toc-inline", aria_label=view.t("places.contents"))


    @cached_property
    def documents_by_place(self) -> dict[Any, list[Any]]:
        docs = self.site.documents
        out: dict[Any, list[Any]] = defaultdict(list)
        if docs:
            place = self.site.place_field(docs)
            for row in self.site.rows(docs["table"]):
                out[str(row.get(place))].append(row[docs["key"]])
        return out

    def edition(self, key: Any, related: Iterable[str] = ()) -> tuple[str, str]:
        """The edition a place's figures were last published or changed in (its footer's):
        the latest naming one of its reports or of the places it became or was made of,
        whose figures its page shows."""
        return self.site.figures.edition_of([d for k in [str(key), *related] for d in self.documents_by_place.get(k, [])])

class Lineage:
    """What a place became (valid_to, successors) or was made of (the places naming it as
    their successor), from the place code list (site config `lineage:`)."""

    def __init__(self, site: Site, table: str | None, field: str | None) -> None:
        self.site = site
        spec = dict(site.config.lineage)
        self.valid_from, self.valid_to = spec.get("valid_from", "valid_from"), spec.get("valid_to", "valid_to")
        self.successor_field = spec.get("successors", "successor_ids")
        self.code = site.package.foreign_key(table, field) if table and field and spec else None
        self.rows: dict[Any, dict[str, Any]] = {}
        self.before: dict[Any, set[Any]] = defaultdict(set)
        if self.code and site.package.has(self.code[0]):
            for row in site.package.rows(self.code[0]):
                self.rows[row[self.code[1]]] = row
                for successor in str(row.get(self.successor_field) or "").split():
                    self.before[successor].add(row[self.code[1]])
        self.table, self.field = table, field
        self._names: dict[str, dict[str, int]] = {}

    def successors(self, key: Any) -> set[Any]:
        return set(str(self.rows.get(key, {}).get(self.successor_field) or "").split())

    def predecessors(self, key: Any) -> set[Any]:
        return set(self.before.get(key, set()))

    def related(self, keys: set[Any]) -> set[Any]:
        """The successors of places that have pages (the new province has a page that
        points back to their history)."""
        return {s for k in keys for s in self.successors(k) if s in self.rows}

    def ended(self, key: Any) -> date | None:
        return _day(self.rows.get(key, {}).get(self.valid_to))

    def began(self, key: Any) -> date | None:
        return _day(self.rows.get(key, {}).get(self.valid_from))

    def name(self, view: View, key: Any) -> str:
        """The place's name, with when it existed when another place has the same name
        (Gia Lai before and after the merger)."""
        base = view.show(self.table, self.field, key) if self.table else str(key)
        if view.lang not in self._names:  # name -> how many places bear it (once per language)
            counts: dict[str, int] = defaultdict(int)
            for k in self.rows:
                counts[view.show(self.table, self.field, k)] += 1
            self._names[view.lang] = counts
        if self._names[view.lang].get(base, 0) < 2:
            return base
        began, ended = self.began(key), self.ended(key)
        if began:
            return view.t("places.name_since", name=base, date=view.date(began))
        if ended:
            return view.t("places.name_until", name=base, date=view.date(ended))
        return base

    def link(self, view: View, key: Any) -> str:
        path = self.site.place_path(key)
        text = self.name(view, key)
        return view.link(path, text) if path else esc(text)

    def notice(self, view: View, key: Any) -> str:
        """'From 1 Jul 2025 Bình Định is part of Gia Lai' / 'formed on 1 Jul 2025 from …'."""
        if not self.rows:
            return ""
        lines = []
        ended, successors = self.ended(key), sorted(self.successors(key), key=str)
        if ended and successors:
            lines.append(esc(view.t("places.became", name=self.name(view, key), date=view.date(ended + timedelta(days=1)))) + " " +
                         ", ".join(self.link(view, s) for s in successors) + ". " + esc(view.t("places.became_data")))
        elif ended:
            lines.append(esc(view.t("places.ended", name=self.name(view, key), date=view.date(ended + timedelta(days=1)))))
        before = sorted(self.predecessors(key), key=lambda k: self.name(view, k))
        if before:
            began = self.began(key)
            lines.append(esc(view.t("places.formed", name=self.name(view, key), date=view.date(began) if began else "")) + " " +
                         ", ".join(self.link(view, b) for b in before) + ". " + esc(view.t("places.formed_data")))
        if not lines:
            return ""
        return tag("aside", "".join(tag("p", line) for line in lines), class_="lineage", aria_label=view.t("places.lineage"))

    def history(self, view: View, key: Any, series_builders: list[Any]) -> list[str]:
        """A new place's predecessors side by side: the latest overall value of each
        indicator in each of them (never summed)."""
        before = sorted(self.predecessors(key), key=lambda k: self.name(view, k))
        if not before:
            return []
        parts = []
        for builder in series_builders:
            if not builder.section.get("headline"):
                continue
            latest = {b: builder.place_latest(b)[0] for b in before}
            quiet = builder.section.get("quiet", {})
            entities = [e for e in builder.entities()
                        if any(k[0] == e and all(r.get(g) == v for g, v in quiet.items()) for b in before for k, r in latest[b].items())]
            if not entities:
                continue
            head = [view.t("series.name")] + [self.name(view, b) for b in before]
            body = []
            for entity in entities:
                cells = [view.link(builder.path(entity), builder.name(entity, view.lang))]
                for b in before:
                    row = next((r for k, r in latest[b].items() if k[0] == entity and all(r.get(g) == v for g, v in quiet.items())), None)
                    cells.append(builder.value_cell(view, row) + " (" + esc(view.date(self.site.time_of(row, builder.section))) + ")<br>" +
                                 view.source(row, brief=True) if row is not None else esc(view.t("series.no_data")))
                body.append(cells)
            parts.append(table([esc(h) for h in head], body, row_headers=True, label=title_of(self.site, builder.section, view.lang),
                               stack=True))
        if not parts:
            return []
        return [html_heading(3, view.t("places.history_title"), "history"), tag("p", esc(view.t("places.history_intro")))] + parts


def _fold(view: View, body: str, count: int, fold: int, what: str) -> str:
    """body as it is, or (more than `fold` rows) in a closed <details> saying what opening
    it shows: the page stays short on a phone and works without a script."""
    if count <= fold:
        return body
    summary = tag("summary", esc(view.t("places.show_all", count=view.number(count), section=what)))
    return tag("details", summary + "\n" + body, class_="fold")


def _day(value: Any) -> date | None:
    text = str(value or "")[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None

