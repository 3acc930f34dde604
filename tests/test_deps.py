"""The dependency record (generator/deps.py): a command whose inputs and outputs are as its
last run left them does nothing but say so; any changed input or touched output runs it."""
from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

from click.testing import CliRunner

from generator import atomic, deps
from generator.cli import cli
from generator.paths import Layout
from tests import package_tables

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))
from site_fixtures import dean06_project  # noqa: E402

NOTHING = "nothing changed since the last"


def run(root: Path, *args: str):
    result = CliRunner().invoke(cli, ["--root", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.output


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_all_with_nothing_changed_only_checks_hashes(project_copy: Layout):
    root = project_copy.root
    first = run(root, "all", "--quiet")
    assert NOTHING not in first
    before = stats(project_copy.package)
    shutil.rmtree(project_copy.cache / "extract")  # a no-op reads no extraction
    again = run(root, "all", "--quiet")
    assert NOTHING in again
    assert again.splitlines()[:-1] == first.splitlines()[:-1]  # the same check summary
    assert stats(project_copy.package) == before
    assert not (project_copy.cache / "extract").exists()
    assert NOTHING in run(root, "package", "--fast")  # validated in full already
    assert NOTHING in run(root, "package", "--no-validate")


def test_a_changed_input_or_a_touched_output_runs_the_package_again(project_copy: Layout):
    root = project_copy.root
    run(root, "all", "--quiet")
    table = project_copy.package / "reports.csv"
    table.write_text(table.read_text(encoding="utf-8"), encoding="utf-8")  # same bytes, touched
    assert NOTHING not in run(root, "all", "--quiet")
    assert NOTHING in run(root, "all", "--quiet")
    statuses = project_copy.codelists / "statuses.csv"
    statuses.write_text(statuses.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert NOTHING not in run(root, "all", "--quiet")
    report = next(project_copy.reports.iterdir())
    report.write_bytes(report.read_bytes() + b"\n")
    assert NOTHING not in run(root, "all", "--quiet")
    state = deps.state_path(project_copy, "package")
    state.write_text(state.read_text(encoding="utf-8")[:-5], encoding="utf-8")  # a damaged record is no record
    assert NOTHING not in run(root, "all", "--quiet")


def test_the_date_the_environment_sets_is_an_input(project_copy: Layout, monkeypatch):
    root = project_copy.root
    run(root, "package", "--no-validate")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert NOTHING not in run(root, "package", "--no-validate")
    assert NOTHING in run(root, "package", "--no-validate")
    assert NOTHING not in run(root, "package")  # asked for more validation than was done


def test_site_and_build_with_nothing_changed_do_nothing(tmp_path: Path):
    root = dean06_project(tmp_path / "p")
    layout = Layout(root)
    assert NOTHING not in run(root, "site")
    assert NOTHING not in run(root, "build")
    site, src = stats(layout.site), stats(layout.site_src)
    assert NOTHING in run(root, "site")
    assert NOTHING in run(root, "build")
    assert stats(layout.site) == site and stats(layout.site_src) == src
    page = layout.site / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    assert NOTHING not in run(root, "build")  # the edit is undone
    assert "<!-- edited -->" not in page.read_text(encoding="utf-8")
    config = root / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert NOTHING not in run(root, "site")
    os.utime(layout.package / "reports.csv")  # the package's files are the site's inputs
    assert NOTHING not in run(root, "site")
    assert NOTHING in run(root, "site")


def test_a_build_links_the_stamped_pages_whose_inputs_did_not_change(tmp_path: Path):
    """Stamped pages (stamps.apply): a page whose fragment and template are those of the
    last build, and whose published file is untouched, is that file again (same inode, no
    rendering); a changed fragment, or an edited published page, is rendered again. The
    same for the search bundles (search.py)."""
    from site_fixtures import BD, BG, dean06_tables

    root = dean06_project(tmp_path / "p")
    layout = Layout(root)
    run(root, "site")
    run(root, "build")
    page = {key: layout.site / "en" / "reports" / key / "index.html" for key in (BD, BG)}
    inode = {key: p.stat().st_ino for key, p in page.items()}
    tables = dean06_tables()
    tables["indicator_values"].append(dict(tables["indicator_values"][3], record_id=f"{BG}-r9", report_id=BG, value=100))
    dean06_project(root, tables)
    run(root, "site")
    edited = layout.site / "reports" / BD / "index.html"
    edited.write_text(edited.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    steps: list[tuple[str, str]] = []
    atomic.fault_hook = lambda kind, path: steps.append((kind, "/".join(path.parts[-4:])))
    try:
        output = run(root, "build")
    finally:
        atomic.fault_hook = None
    # Bắc Giang's place page changed (its bundle and the main one are indexed again);
    # Bình Định's bundle (another bucket: search.shard_of) is linked from the last build
    assert "search bundles 2 indexed, 1 kept" in output
    staged = {key: [kind for kind, path in steps if path.endswith(f"en/reports/{key}/index.html")] for key in (BD, BG)}
    assert staged == {BD: ["link"], BG: ["write"]}  # unchanged: linked, not rendered
    assert page[BD].stat().st_ino == inode[BD]
    assert page[BG].stat().st_ino != inode[BG] and "100" in page[BG].read_text(encoding="utf-8")
    assert "<!-- edited -->" not in edited.read_text(encoding="utf-8")  # rendered again


def test_no_module_left_out_of_the_extraction_key_runs_during_extraction():
    """pipeline.AFTER_EXTRACTION (modules whose change keeps the extraction cache) holds no
    module whose code runs while a report is extracted: a fresh interpreter traces every
    call made while it extracts the bundled reports."""
    import subprocess

    from generator.pipeline import AFTER_EXTRACTION

    code = """
import sys
from pathlib import Path
from generator.codelists import References
from generator.sources import list_sources
from generator.pipeline import extract_source
import generator
base = str(Path(generator.__file__).parent) + "/"
refs = References.load(Path("codelists"))
sources = list_sources(Path("sources/reports"))
seen = set()
def trace(frame, event, arg):
    name = frame.f_code.co_filename
    if name.startswith(base):
        seen.add(name[len(base):])
sys.setprofile(trace)
for s in sources:
    extract_source(s, refs)
sys.setprofile(None)
print(" ".join(sorted(seen)))
"""
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=600,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr
    ran = set(out.stdout.split())
    assert "extract/metadata.py" in ran and "pipeline.py" in ran
    assert sorted(ran & AFTER_EXTRACTION) == []


def test_add_validates_the_rows_it_changed_and_every_key(project_copy: Layout, monkeypatch):
    """`add` (package.delta_validate): pandas checks every row, frictionless only the rows
    that differ from the validated package in place, with the tables foreign keys point
    at kept whole; a package in place that was not validated is validated in full."""
    from generator import package as package_mod

    seen: list[dict[str, int]] = []
    real = package_mod.validate_package

    def counting(path: Path) -> list[str]:
        import csv

        names = [r["name"] for r in json.loads(path.read_text(encoding="utf-8"))["resources"]]
        seen.append({name: len(list(csv.reader(io.StringIO(package_tables.text(path.parent, name))))) - 1 for name in names})
        return real(path)

    monkeypatch.setattr(package_mod, "validate_package", counting)
    root = project_copy.root
    report = sorted(project_copy.reports.iterdir())[-1]
    held = root / report.name
    shutil.move(report, held)
    run(root, "package", "--no-validate")
    run(root, "add", str(held))  # the package in place was not validated: in full
    full = seen[-1]
    assert full["figures"] == len(package_tables.rows(project_copy.package, "figures"))
    second = sorted(project_copy.reports.iterdir())[0]
    again = root / second.name
    shutil.move(second, again)
    run(root, "all", "--quiet")  # validated in full, one report fewer
    run(root, "add", str(again))
    delta = seen[-1]
    import csv

    with open(project_copy.package / "reports.csv", encoding="utf-8") as handle:
        added = next(r["report_id"] for r in csv.DictReader(handle) if r["source_file"] == second.name)
    mine = sum(1 for r in package_tables.rows(project_copy.package, "figures") if r["report_id"] == added)
    assert 0 < delta["figures"] == mine < full["figures"]  # the added report's figures only
    assert delta["reports"] == len(list(project_copy.reports.iterdir()))  # a foreign-key target: whole
    assert delta["statuses"] > 0 and delta["plan_tasks"] < full["plan_tasks"]
