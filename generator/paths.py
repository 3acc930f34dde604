"""Where things live in a checkout. One place, so tests and tools can point elsewhere."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_NAME = "de-an-06"
GENERATOR_DIR = Path(__file__).resolve().parent
SCHEMA_DIR = GENERATOR_DIR / "schemas"


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def reports(self) -> Path:
        return self.root / "sources" / "reports"

    @property
    def codelists(self) -> Path:
        return self.root / "codelists"

    @property
    def corrections(self) -> Path:
        return self.root / "codelists" / "corrections.csv"

    @property
    def cache(self) -> Path:
        return self.root / "build" / "cache"

    @property
    def review(self) -> Path:
        return self.root / "build" / "review"

    @property
    def package(self) -> Path:
        return self.root / "datapackages" / PACKAGE_NAME

    @property
    def site_src(self) -> Path:
        return self.root / "site_src"

    @property
    def site(self) -> Path:
        return self.root / "site"


def default_layout() -> Layout:
    return Layout(Path(os.environ.get("DEAN06_ROOT", Path.cwd())).resolve())
