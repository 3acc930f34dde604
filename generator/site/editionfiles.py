"""The edition record (the package's `changes` table, one file per edition:
generator/editions.py) as the editions pages read it (pages_editions.py), per file (issue 13).

The index of the editions and the feeds show, of every edition, its date, the edition
before it, how many changes of each kind it made and its first changes' messages; an
edition's page depends on the files that hold its rows, the reports its listed changes
name and the fact rows they point at. All of that is kept per record file under the
file's stats (filefacts.per_file): after an add only the new edition's file is read. An
edition's rows are read from the files that hold it only, and a change's record is looked
up among the rows of the report the change names in the table it names (the files that
hold that report's rows: pages_documents.Documents.table_facts), not in every fact table.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.editions import TABLE
from generator.site.filefacts import per_file

if TYPE_CHECKING:
    from generator.site.model import Row, Site
    from generator.site.pages_documents import Documents

# the record's columns read here (generator/editions.py writes them)
EDITION, DATE, PREVIOUS, CHANGE = "edition", "edition_date", "previous_edition", "change"
TABLE_FIELD, RECORD, REPORT = "table", "record_id", "report_id"
MESSAGE = "message"  # and message_<lang>


@dataclass
class Edition:
    """What the index, the feeds and an edition's page need of its rows, from the files' kept summaries."""

    version: str
    date: str  # of its first row (as the rows give it)
    previous: str
    count: int = 0
    changes: Counter = field(default_factory=Counter)  # {change: rows}
    messages: list[dict[str, Any]] = field(default_factory=list)  # the first `feed_rows` rows' message fields
    files: list[str] = field(default_factory=list)  # the record files that hold its rows, in order
    named: list[list[Any]] = field(default_factory=list)  # [table, report] of the listed rows that name a record
    reports: list[Any] = field(default_factory=list)  # the reports the listed rows name


def summaries(rows: list[Row], listed: int, feed_rows: int) -> list[list[Any]]:
    """[version, summary] of each edition in one file's rows, in the order they first
    appear (JSON: kept per file). listed: the rows an edition's page lists (their reports
    and records are named); feed_rows: the rows whose messages a feed entry shows."""
    out: dict[str, dict[str, Any]] = {}
    named: dict[str, tuple[dict, dict]] = {}  # {version: ({report: None}, {(table, report): None})}, in order
    for row in rows:
        version = str(row.get(EDITION))
        found = out.get(version)
        if found is None:
            found = out[version] = {"date": str(row.get(DATE) or ""), "previous": str(row.get(PREVIOUS) or ""), "count": 0,
                                    "changes": {}, "messages": []}
            named[version] = ({}, {})
        n = found["count"]
        found["count"] += 1
        change = str(row.get(CHANGE))
        found["changes"][change] = found["changes"].get(change, 0) + 1
        if n < feed_rows:
            found["messages"].append({k: v for k, v in row.items() if k == MESSAGE or k.startswith(MESSAGE + "_")})
        report = row.get(REPORT)
        if n < listed and report:
            reports, records = named[version]
            reports[report] = None
            if row.get(RECORD) and row.get(TABLE_FIELD):
                records[(row.get(TABLE_FIELD), report)] = None
    return [[version, {**summary, "reports": list(named[version][0]), "named": [list(p) for p in named[version][1]]}]
            for version, summary in out.items()]


class EditionFiles:
    """The editions of the record, each from its files' kept summaries; an edition's rows
    and its changes' records read when its page is made."""

    def __init__(self, site: Site, documents: Documents | None, listed: int, feed_rows: int) -> None:
        self.site = site
        self.documents = documents
        self.editions: dict[str, Edition] = {}
        self._rows: dict[str, list[Row]] = {}  # {version: its rows}
        self._files: dict[str, list[Row]] = {}  # {record file: its rows}, once read
        self._records: dict[tuple[str, Any], dict[Any, Row]] = {}
        self.tables = self._fact_tables()
        if not site.package.has(TABLE):
            return
        for rel, kept in per_file(site, "editions", TABLE, [listed, feed_rows, MESSAGE],
                                  lambda rows: summaries(rows, listed, feed_rows), self._files):
            for version, summary in kept:
                edition = self.editions.get(version)
                if edition is None:
                    edition = self.editions[version] = Edition(version, summary["date"], summary["previous"])
                edition.count += summary["count"]
                edition.changes.update(summary["changes"])
                edition.messages = (edition.messages + summary["messages"])[:feed_rows]
                edition.files.append(rel)
                if edition.files[:-1]:  # an edition in several files (a record in one file is split by edition on the next run)
                    known = set(edition.reports)
                    summary = {**summary, "named": [p for p in summary["named"] if p not in edition.named],
                               "reports": [r for r in summary["reports"] if r not in known]}
                edition.named += summary["named"]
                edition.reports += summary["reports"]

    def rows(self, version: str) -> list[Row]:
        """The edition's rows, in the record's order, read from its own files."""
        if version not in self._rows:
            self._rows[version] = [row for rel in self.editions[version].files for row in self._file_rows(rel)
                                   if str(row.get(EDITION)) == version]
        return self._rows[version]

    def _file_rows(self, rel: str) -> list[Row]:
        if rel not in self._files:
            self._files[rel] = self.site.package.resource(TABLE).file_rows(rel)
        return self._files[rel]

    def _fact_tables(self) -> dict[str, str]:
        """{table: its field naming the report} of the fact tables a change's record is looked up in."""
        prov = self.site.config.provenance
        if not prov or self.documents is None:
            return {}
        package = self.site.package
        return {name: f for name, f in self.documents.fact_tables
                if f == prov.document_field and RECORD in package.resource(name).field_names}

    def fact_files(self, version: str) -> list[str]:
        """The package files that hold the rows of the reports this edition's listed changes
        name, in the tables they name (what their records are looked up in)."""
        if self.documents is None:
            return []
        out = []
        for table, report in self.editions[version].named:
            if table in self.tables:
                out += self.documents.files.get(table, {}).get(report, [])
        return sorted(set(out))

    def record(self, row: Row) -> Row | None:
        """The fact row a change names (its record, in its table, from its report), if it is there."""
        table, report, record = row.get(TABLE_FIELD), row.get(REPORT), row.get(RECORD)
        if not table or not report or not record or table not in self.tables or self.documents is None:
            return None
        key = (table, report)
        if key not in self._records:
            self._records[key] = {r.get(RECORD): r for r in self.documents.table_facts(table, report)}
        return self._records[key].get(record)
