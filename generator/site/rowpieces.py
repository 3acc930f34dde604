"""Rendered pieces of single rows kept between runs (issue 13: after an add almost every
indicator and service has a new value, so each entity page and view CSV was made again
from all its rows, about 25 s of `site` at 2,000 reports).

A piece is what one row becomes on its entity's page: its line of a view CSV (the
entity's view and its chart's CSV) and its cells in the values table. A piece is kept
under a key of what it reads: the row (with the columns joined onto it), its quality
flags, its document's row, the edition its figures were last published in (views.
Figures.edition_of: a document no edition names follows the package's edition), the
language, and for the cells the page, the compact form and whether the row's place has
a page. The key is salted with the site fingerprint (code, config, texts, code lists),
so a change there makes every piece again.

The pieces of one entity in one language are one entry (generator/cache.py: checked
before use) under `build/cache/site/row-pieces/<section>/`; a run keeps the pieces it
used, writes an entry only when they differ from the kept ones and deletes the entries of
entities it did not visit. Memory holds one entity's pieces at a time.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import cache

if TYPE_CHECKING:
    from generator.site.model import Row, Site

FORMAT = 1  # raise when what a piece holds changes


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


class RowKeys:
    """A row's key: what its pieces read besides the site-wide inputs. Each row's and each
    document's digest is worked out once a run."""

    def __init__(self, site: "Site", table: str) -> None:
        self.site = site
        self.table = table
        self.rows: dict[int, tuple["Row", str]] = {}
        self.documents: dict[Any, str] = {}

    def row(self, row: "Row", lang: str) -> str:
        known = self.rows.get(id(row))
        if known is None or known[0] is not row:
            known = self.rows[id(row)] = (row, self._row(row))
        return known[1] + lang

    def _row(self, row: "Row") -> str:
        site = self.site
        prov = site.config.provenance
        doc = row.get(prov.document_field) if prov else None
        edition = site.figures.edition_of([doc]) if doc is not None else None
        record = row.get("record_id")
        flags = [dict(f) for f in site.flags_for(self.table, [record])] if record else []
        return _digest(_dump([dict(row), self.document(doc), edition, flags]))

    def document(self, doc: Any) -> str:
        if doc is None:
            return ""
        if doc not in self.documents:
            self.documents[doc] = _digest(_dump(dict(self.site.document_rows.get(doc) or {})))
        return self.documents[doc]


class RowPieces:
    """The kept pieces of one section, an entity and a language at a time."""

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.visited: set[str] = set()
        self.name = ""
        self.kept: dict[str, dict[str, Any]] = {"views": {}, "cells": {}}
        self.used: dict[str, dict[str, Any]] = {"views": {}, "cells": {}}
        self.made = 0  # pieces made this run (the others were kept)

    def open(self, name: str) -> None:
        """Start on one entity's pieces in one language (name: a file name); the previous
        one is saved."""
        self.close()
        self.name = name
        self.visited.add(name)
        self.kept = self._read(name)
        self.used = {"views": {}, "cells": {}}

    def _read(self, name: str) -> dict[str, dict[str, Any]]:
        text = cache.read_text(self.folder / name) if self.folder else None
        try:
            data = json.loads(text) if text else None
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("salt") != [FORMAT, self.salt]:
            return {"views": {}, "cells": {}}
        return {"views": data.get("views") or {}, "cells": data.get("cells") or {}}

    def get(self, kind: str, key: str) -> Any:
        found = self.used[kind].get(key)
        if found is None:
            found = self.kept[kind].get(key)
            if found is not None:
                self.used[kind][key] = found
        return found

    def put(self, kind: str, key: str, piece: Any) -> Any:
        self.used[kind][key] = piece
        self.made += 1
        return piece

    def close(self) -> None:
        """Save the open entity's pieces when they are not the kept ones."""
        if self.name and self.folder and self.used != self.kept:
            cache.write_text(self.folder / self.name, _dump({"salt": [FORMAT, self.salt], **self.used}))
        self.name = ""
        self.kept, self.used = {"views": {}, "cells": {}}, {"views": {}, "cells": {}}

    def prune(self) -> None:
        """Forget the entries of entities this run did not visit."""
        self.close()
        if self.folder and self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.name not in self.visited:
                    cache.discard(path)
