"""Read a (validated) Frictionless data package for the site: rows typed by their Table
Schema, code-list names through foreign keys, and bilingual metadata.

Generic: nothing here knows a table name. Rows are plain dicts; missing values are None.
"""
from __future__ import annotations

import csv
import json
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from generator.compact import Compactor
from generator.errors import InputError

Row = dict[str, Any]
# The package writer prefixes text cells that a spreadsheet would run as a formula.


def localized(obj: dict[str, Any], key: str, lang: str) -> Any:
    """`key_<lang>` when present and not empty, else `key` (bilingual metadata and code lists)."""
    value = obj.get(f"{key}_{lang}")
    if value not in (None, ""):
        return value
    return obj.get(key)


def _cast(text: str, ftype: str, missing: set[str]) -> Any:
    if text in missing:
        return None
    if ftype == "integer":
        return int(text)
    if ftype == "number":
        return float(text)
    if ftype == "boolean":
        return text.strip().lower() in ("true", "1", "yes")
    return text


class Resource:
    def __init__(self, package: "DataPackage", descriptor: dict[str, Any]) -> None:
        self.package = package
        self.descriptor = descriptor
        self.name: str = descriptor["name"]
        path = descriptor["path"]
        # a resource stored in parts (a list of files, generator/parts.py) is one file in the
        # downloads: `path` is the table's file name there, `paths` the package's files
        self.paths: list[str] = list(path) if isinstance(path, list) else [path]
        self.path: str = f"{self.name}.csv" if isinstance(path, list) else path
        self.schema: dict[str, Any] = descriptor.get("schema") or {}
        self.fields: list[dict[str, Any]] = list(self.schema.get("fields", []))
        self.field_names = [f["name"] for f in self.fields]

    def field(self, name: str) -> dict[str, Any] | None:
        return next((f for f in self.fields if f["name"] == name), None)

    @property
    def primary_key(self) -> list[str]:
        key = self.schema.get("primaryKey") or []
        return [key] if isinstance(key, str) else list(key)

    @property
    def parted(self) -> bool:
        return isinstance(self.descriptor["path"], list)

    @cached_property
    def rows(self) -> list[Row]:
        out: list[Row] = []
        self.part_rows: list[tuple[str, int]] = []  # (file, how many rows it gave), in the order read
        for rel in self.paths:
            rows = self.file_rows(rel)
            out += rows
            self.part_rows.append((rel, len(rows)))
        return out

    def file_rows(self, rel: str) -> list[Row]:
        """The rows of one of the table's files (a part), typed; read from `rows` when
        those are loaded."""
        if "rows" in self.__dict__:
            for name, start, end in self.part_ranges():
                if name == rel:
                    return self.rows[start:end]
        kept = self.package.kept_rows
        if kept is not None:
            return kept(self, rel, lambda: self._read(rel))
        return self._read(rel)

    def _read(self, rel: str) -> list[Row]:
        types = {f["name"]: f.get("type", "string") for f in self.fields}
        missing = set(self.schema.get("missingValues", [""]))
        out: list[Row] = []
        compact = self.package.compactor  # rows held compactly (generator/compact.py): the site reads, never changes them
        file = self.package.folder / rel
        if not file.is_file():
            raise InputError(file, "resource file named in datapackage.json not found")
        with open(file, encoding="utf-8-sig", newline="") as handle:
            for number, record in enumerate(csv.DictReader(handle), start=2):
                try:
                    out.append(compact.row({k: _cast(v or "", types.get(k, "string"), missing) for k, v in record.items()}))
                except ValueError as exc:
                    raise InputError(file, f"value does not match its schema type: {exc}", number) from None
        return out

    def part_ranges(self) -> list[tuple[str, int, int]]:
        """(package file, first row, end) of each file's rows in `rows`."""
        self.rows  # noqa: B018 (read: part_rows is filled then)
        out, start = [], 0
        for rel, count in self.part_rows:
            out.append((rel, start, start + count))
            start += count
        return out

    def csv_bytes(self) -> bytes:
        """The table as one CSV file (its parts joined: generator/parts.py)."""
        from generator.parts import whole_csv

        return b"".join(whole_csv(self.package.folder, self.paths))

    @cached_property
    def by_key(self) -> dict[Any, Row]:
        key = self.primary_key
        if len(key) != 1:
            return {}
        return {row[key[0]]: row for row in self.rows}

    def title(self, lang: str) -> str:
        return str(localized(self.descriptor, "title", lang) or self.name)

    def description(self, lang: str) -> str:
        return str(localized(self.descriptor, "description", lang) or "")


class DataPackage:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        path = folder / "datapackage.json"
        if not path.is_file():
            raise InputError(path, "data package not found: run the package stage first")
        try:
            self.descriptor: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON: {exc.msg}", exc.lineno) from None
        self.resources = {r["name"]: Resource(self, r) for r in self.descriptor.get("resources", [])}
        self.compactor = Compactor()
        self.kept_rows: Callable[[Resource, str, Callable[[], list[Row]]], list[Row]] | None = None  # rowstore.py, when the site sets it
        self._fk: dict[tuple[str, str], tuple[str, str] | None] = {}

    @property
    def name(self) -> str:
        return str(self.descriptor.get("name", self.folder.name))

    def title(self, lang: str) -> str:
        return str(localized(self.descriptor, "title", lang) or self.name)

    def description(self, lang: str) -> str:
        return str(localized(self.descriptor, "description", lang) or "")

    def has(self, table: str) -> bool:
        return table in self.resources

    def resource(self, table: str) -> Resource:
        if table not in self.resources:
            raise InputError(self.folder / "datapackage.json", f"no resource named '{table}' (named in the site config)")
        return self.resources[table]

    def rows(self, table: str) -> list[Row]:
        return self.resource(table).rows if self.has(table) else []

    def foreign_key(self, table: str, field: str) -> tuple[str, str] | None:
        """(resource, field) a single-field foreign key of table.field points to."""
        if (table, field) not in self._fk:
            self._fk[(table, field)] = self._foreign_key(table, field)
        return self._fk[(table, field)]

    def _foreign_key(self, table: str, field: str) -> tuple[str, str] | None:
        for fk in self.resource(table).schema.get("foreignKeys", []):
            fields = fk.get("fields")
            fields = [fields] if isinstance(fields, str) else fields
            if fields == [field]:
                ref = fk["reference"]
                target = ref.get("resource") or table
                ref_fields = ref.get("fields")
                ref_fields = [ref_fields] if isinstance(ref_fields, str) else ref_fields
                if target in self.resources:
                    return target, ref_fields[0]
        return None

    def code_row(self, table: str, field: str, value: Any) -> Row | None:
        fk = self.foreign_key(table, field) if self.has(table) else None
        if fk is None or value is None:
            return None
        target, key = fk
        resource = self.resources[target]
        if resource.primary_key == [key]:
            return resource.by_key.get(value)
        return next((r for r in resource.rows if r.get(key) == value), None)

    def name_of(self, table: str, field: str, value: Any, lang: str) -> str | None:
        """The code list's name for a coded value, or None when the field is not coded."""
        row = self.code_row(table, field, value)
        if row is None:
            return None
        name = localized(row, "name", lang) or localized(row, "title", lang)
        return str(name) if name not in (None, "") else None

    def referencing(self, table: str) -> list[tuple[str, str]]:
        """(resource, field) pairs whose single-field foreign key points at table."""
        out = []
        for name, resource in self.resources.items():
            for fk in resource.schema.get("foreignKeys", []):
                fields = fk.get("fields")
                fields = [fields] if isinstance(fields, str) else fields
                if len(fields) == 1 and (fk["reference"].get("resource") or name) == table and name != table:
                    out.append((name, fields[0]))
        return out
