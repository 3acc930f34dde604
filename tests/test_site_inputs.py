"""An add re-renders only the pages that depend on it (issue 13): the site stage hashes the
inputs of a report page again only when a package file its rows come from changed
(generator/site/inputmemo.py), and renders it only when that digest changed; what pages
need of a file's rows is read again only from the files the add wrote (filefacts.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.paths import Layout
from generator.site import generate, parallel
from generator.site.inputmemo import InputMemo
from generator.site.pages_documents import Documents
from tests.small_project import REPORTS, run, site_project

BINH_DINH = ["000_3285350e42ccdccd.txt", "001_41c211600f587ec3.txt"]
BAC_GIANG = "003_1fa459019333d3b8.txt"
ADDED = "002_75efb1c88190d799.txt"  # Bình Định too


def report_ids(layout: Layout) -> dict[str, str]:
    """{source file: report id} of the package's reports."""
    import csv

    with open(layout.package / "reports.csv", encoding="utf-8", newline="") as handle:
        return {row["source_file"]: row["report_id"] for row in csv.DictReader(handle)}


class Recorder:
    """Which report pages a `site` run hashed the inputs of and rendered (its second process
    run in this one, so that the calls are seen)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.hashed: dict[str, list[str]] = {}  # {memo: the names hashed}
        self.rendered: list[tuple[str, str]] = []
        digest, page = InputMemo.digest, Documents.document_page
        recorder = self

        def hashed(memo, name, signature, compute):
            kind = memo.path.name.removeprefix("site-inputs-").removesuffix(".json")
            return digest(memo, name, signature, lambda: (recorder.hashed.setdefault(kind, []).append(name), compute())[1])

        def rendered(documents, lang, row, text):
            recorder.rendered.append((lang, row[documents.key]))
            return page(documents, lang, row, text)

        monkeypatch.setattr(InputMemo, "digest", hashed)
        monkeypatch.setattr(Documents, "document_page", rendered)
        monkeypatch.setattr(generate, "in_child_process", lambda job, what="": (job(), parallel.Child(None))[1])


@pytest.mark.timeout(900)
def test_an_add_hashes_and_renders_only_its_province_s_report_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    layout = Layout(site_project(tmp_path, BINH_DINH + [BAC_GIANG]))
    run(layout.root, "all", "--quiet")
    run(layout.root, "site")
    first = report_ids(layout)
    memo = json.loads((layout.root / "build" / "state" / "site-inputs-documents-reports.json").read_text(encoding="utf-8")
                      .split("\n", 1)[1])
    assert sorted(memo["entries"]) == sorted(first.values())

    run(layout.root, "add", str(REPORTS / ADDED))
    ids = report_ids(layout)
    added = next(rid for source, rid in ids.items() if source not in first)
    recorder = Recorder(monkeypatch)
    run(layout.root, "site")
    # the reports whose rows share Bình Định's parts (rewritten by the add) are hashed
    # again, Bắc Giang's is not; only the new report's pages are rendered; of the package's
    # files only those the add wrote are read for the downloads' keys
    binh_dinh = sorted(rid for source, rid in ids.items() if source != BAC_GIANG)
    touched = ["figures", "indicator_values", "quality_flags", "targets"]  # an ad hoc report (test_parts.py)
    # what pages need of a file's rows (filefacts.py) is read again from the files the add
    # wrote only: which reports they point at, the editions naming each report, what the
    # editions pages show of each record file, the row counts of the tables the data page
    # counts without loading them; and of the editions pages, the new edition's alone
    # (pages_editions.py)
    assert sorted(recorder.hashed) == sorted([f"document-files-{t}" for t in touched] + [
        "distinct-changes", "documents-reports", "editions", "editions-changes", "package-files", "row-counts-changes",
        "row-counts-figures"])
    assert all(recorder.hashed[f"document-files-{t}"] == [f"{t}/binh-dinh.csv"] for t in touched)
    assert recorder.hashed["distinct-changes"] == recorder.hashed["editions-changes"] == ["changes/1.1.0.csv"]
    assert recorder.hashed["row-counts-changes"] == ["changes/1.1.0.csv"]
    assert recorder.hashed["row-counts-figures"] == ["figures/binh-dinh.csv"]
    assert recorder.hashed["editions"] == ["1.1.0"]
    assert sorted(recorder.hashed["documents-reports"]) == binh_dinh
    assert len(binh_dinh) == 3 and added in binh_dinh
    assert sorted(recorder.hashed["package-files"]) == sorted([f"{t}/binh-dinh.csv" for t in touched] + [
        "changes/1.1.0.csv", "datapackage.json", "reports.csv", f"texts/{added}.txt"])
    assert sorted(recorder.rendered) == [("en", added), ("vi", added)]

    # the site stage again (its record forgotten), nothing changed: nothing hashed or rendered
    (layout.root / "build" / "state" / "site.json").unlink()
    recorder.hashed.clear()
    recorder.rendered.clear()
    run(layout.root, "site")
    assert recorder.hashed == {} and recorder.rendered == []
