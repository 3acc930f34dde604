"""A package table as tests read it: its file, or its parts (generator/parts.py) joined."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from generator.parts import paths, whole_csv


def files(package: Path, table: str) -> list[Path]:
    """The table's files in the package (one, or its parts in order)."""
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == table)
    return [package / rel for rel in paths(resource)]


def text(package: Path, table: str) -> str:
    """The table as one CSV text (the header once)."""
    return b"".join(whole_csv(package, [str(f.relative_to(package)) for f in files(package, table)])).decode("utf-8")


def rows(package: Path, table: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text(package, table))))
