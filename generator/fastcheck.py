"""Fast package checks in pandas: required fields, enums, patterns, numbers, primary and
foreign keys, read from the package's own datapackage.json.

Not a replacement for full frictionless validation (CI runs that); this is the check a
maintainer can afford on every local build of the national corpus: seconds instead of
minutes. `fast_check(path) -> list of error messages` (empty when the package passes).

A resource stored in parts (`path` a list of files) is checked as the files concatenated.
`fast_check(path, only)` checks, of such resources, only the rows of the parts named in
`only` (a part is its file's stem), with their primary keys checked against the keys of
every part (only the key columns of the others are read): what an add needs when the
other parts are the files a previous validation passed, unchanged.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MAX_ERRORS = 50


def _files(resource: dict[str, Any]) -> list[str]:
    path = resource.get("path")
    return list(path) if isinstance(path, list) else [path]


def _read(folder: Path, files: list[str], columns: list[str] | None = None):
    import pandas as pd

    frames = [pd.read_csv(folder / f, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8", usecols=columns)
              for f in files]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=str) for c in columns or []})
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def _load(folder: Path, resource: dict[str, Any], only: set[str] | None = None):
    """(the rows checked, missing values, the files not read: parts outside `only`)."""
    files = _files(resource)
    skipped: list[str] = []
    if only is not None and isinstance(resource.get("path"), list):
        skipped = [f for f in files if Path(f).stem not in only]
        files = [f for f in files if Path(f).stem in only]
    missing = resource.get("schema", {}).get("missingValues", [""])
    if not files:
        names = [f["name"] for f in resource.get("schema", {}).get("fields", [])]
        return _read(folder, [], names), set(missing), skipped
    return _read(folder, files), set(missing), skipped


def _examples(values) -> str:
    shown = [str(v) for v in list(values)[:3]]
    return ", ".join(repr(v) for v in shown)


def _field_errors(name: str, frame, field: dict[str, Any], missing: set[str]) -> list[str]:
    import pandas as pd

    col = field["name"]
    if col not in frame.columns:
        return [f"{name}: column '{col}' missing"]
    values = frame[col]
    present = ~values.isin(missing)
    errors = []
    constraints = field.get("constraints", {})
    if constraints.get("required") and not present.all():
        rows = (~present).to_numpy().nonzero()[0][:3] + 2
        errors.append(f"{name}.{col}: {int((~present).sum())} empty required value(s) (CSV lines {', '.join(map(str, rows))})")
    given = values[present]
    if "enum" in constraints:
        bad = given[~given.isin([str(v) for v in constraints["enum"]])]
        if len(bad):
            errors.append(f"{name}.{col}: {len(bad)} value(s) outside the enum: {_examples(bad.unique())}")
    if "pattern" in constraints:
        bad = given[~given.str.fullmatch(constraints["pattern"])]
        if len(bad):
            errors.append(f"{name}.{col}: {len(bad)} value(s) not matching /{constraints['pattern']}/: {_examples(bad.unique())}")
    if field.get("type") in ("integer", "number"):
        numbers = pd.to_numeric(given, errors="coerce")
        bad = given[numbers.isna()]
        if field["type"] == "integer":
            bad = given[numbers.isna() | (numbers % 1 != 0)]
        if len(bad):
            errors.append(f"{name}.{col}: {len(bad)} value(s) not of type {field['type']}: {_examples(bad.unique())}")
        for key, op in (("minimum", numbers.lt), ("maximum", numbers.gt)):
            if key in constraints:
                out = given[op(constraints[key])]
                if len(out):
                    errors.append(f"{name}.{col}: {len(out)} value(s) beyond {key} {constraints[key]}: {_examples(out.unique())}")
    if field.get("type") == "date":
        bad = given[pd.to_datetime(given, format="%Y-%m-%d", errors="coerce").isna()]
        if len(bad):
            errors.append(f"{name}.{col}: {len(bad)} value(s) not a date: {_examples(bad.unique())}")
    return errors


def _key_tuples(frame, fields: list[str]):
    return frame[fields].astype(str).agg("\x1f".join, axis=1) if len(fields) > 1 else frame[fields[0]]


def fast_check(descriptor: Path, only: set[str] | None = None) -> list[str]:
    """Errors found in the package described by descriptor (a datapackage.json path); with
    `only`, in those parts of the resources stored in parts (see the module docstring)."""
    import pandas as pd

    folder = descriptor.parent
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    frames: dict[str, Any] = {}
    partial: dict[str, list[str]] = {}
    errors: list[str] = []
    for resource in package["resources"]:
        frame, missing, skipped = _load(folder, resource, only)
        frames[resource["name"]] = (frame, missing)
        if skipped:
            partial[resource["name"]] = skipped
        schema = resource.get("schema", {})
        for field in schema.get("fields", []):
            errors += _field_errors(resource["name"], frame, field, missing)
        key = schema.get("primaryKey")
        if key:
            key = [key] if isinstance(key, str) else key
            values = _key_tuples(frame, key)
            if skipped:  # against the keys of the parts not checked (their key columns only)
                others = _key_tuples(_read(folder, skipped, key), key)
                values = pd.concat([values, others], ignore_index=True)
            dup = values[values.duplicated()]
            if len(dup):
                errors.append(f"{resource['name']}: {len(dup)} duplicate primary key(s) {key}: {_examples(dup.unique())}")
    for resource in package["resources"]:
        frame, missing = frames[resource["name"]]
        for fk in resource.get("schema", {}).get("foreignKeys", []):
            fields = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
            ref = fk["reference"]
            target_name = ref.get("resource") or resource["name"]
            target_fields = [ref["fields"]] if isinstance(ref["fields"], str) else ref["fields"]
            if target_name not in frames:
                errors.append(f"{resource['name']}: foreign key to unknown resource '{target_name}'")
                continue
            target, _ = frames[target_name]
            if target_name in partial:  # every part's keys
                target = pd.concat([target[target_fields], _read(folder, partial[target_name], target_fields)], ignore_index=True)
            present = ~frame[fields].isin(missing).any(axis=1)
            values = _key_tuples(frame[present], fields)
            known = set(_key_tuples(target, target_fields))
            bad = values[~values.isin(known)]
            if len(bad):
                errors.append(f"{resource['name']}: {len(bad)} value(s) of {fields} not found in {target_name}{target_fields}: {_examples(bad.unique())}")
    return errors[:MAX_ERRORS]
