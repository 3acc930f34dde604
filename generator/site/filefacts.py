"""What a few pages need to know of a package file's rows, remembered between runs (issue 13).

Three things the site read every row of a table for, on every run, though the table's
files had not changed: which reports each fact table's file points at (the report pages'
source signatures, pages_documents.py: the 173,000 rows of `figures` among them, read and
joined before the site's fork at 2,000 reports), the latest edition that names each
report (`views.Figures.document_editions`: the whole edition record, in each process),
and how many rows each table has (the data page). Each is kept here per file, under the file's stats (inputmemo.py: [size, mtime, inode], which the
package writer keeps for a file whose bytes did not change): a file the last run read is
not read again, a changed one is (its rows, through the row store).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from generator.site.model import Row, Site


# the edition record's columns kept per file: which edition names each report, and when
# (views.Figures.document_editions); any row at all (pages_editions.feeds)
EDITIONS_NAMED = ["report_id", "edition", "edition_date"]


def per_file(site: Site, kind: str, table: str, what: Any, make: Callable[[list[Row]], Any],
             read_rows: dict[str, list[Row]] | None = None) -> list[tuple[str, Any]]:
    """(file, make(its rows)) for each of the table's files, in the table's order; `make`'s
    result (JSON) is kept under `kind`, the file's stats and `what` (what make reads).
    read_rows: given, the rows of each file read here go in it (for a caller that needs them too)."""
    resource = site.package.resource(table)
    folder = site.package.folder
    memo = site.input_memo(f"{kind}-{table}")
    out = []
    for rel in resource.paths:
        def read(rel: str = rel) -> str:
            rows = resource.file_rows(rel)
            if read_rows is not None:
                read_rows[rel] = rows
            return json.dumps(make(rows), ensure_ascii=False)

        out.append((rel, json.loads(memo.digest(rel, memo.signature([folder / rel], what), read))))
    memo.save()
    return out


def documents_by_file(site: Site, table: str, field: str) -> list[tuple[str, list[Any]]]:
    """(file, the values of `field` its rows hold, in the order they first appear)."""
    return per_file(site, "document-files", table, field, lambda rows: list(dict.fromkeys(row.get(field) for row in rows)))


def row_count(site: Site, table: str) -> int:
    """How many rows the table has (the data page), reading none when its rows are not
    loaded: from each file's kept count."""
    resource = site.package.resource(table)
    if "rows" in resource.__dict__:
        return len(resource.rows)
    key = ("row-count", table)
    if key not in site._display:  # the site's memo of what its pages show, once a run
        site._display[key] = sum(count for _, count in per_file(site, "row-counts", table, None, len))
    return site._display[key]


def distinct_by_file(site: Site, table: str, fields: list[str]) -> list[tuple[str, list[list[Any]]]]:
    """(file, the distinct combinations of these fields' values in its rows, in the order
    they first appear)."""
    return per_file(site, "distinct", table, fields,
                    lambda rows: [list(c) for c in dict.fromkeys(tuple(row.get(f) for f in fields) for row in rows)])
