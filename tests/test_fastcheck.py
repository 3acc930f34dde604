"""Fast pandas checks agree with frictionless on the real package and catch broken keys."""
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from generator.fastcheck import fast_check
from tests import package_tables

ROOT = Path(__file__).resolve().parents[1]


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for part in ("codelists", "sources"):
        shutil.copytree(ROOT / part, root / part)
    return root


def test_package_fast_then_broken_foreign_key(tmp_path):
    root = _project(tmp_path)
    result = CliRunner().invoke(cli, ["--root", str(root), "package", "--fast", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "fast-checked" in result.output
    package = root / "datapackages" / "de-an-06"
    assert fast_check(package / "datapackage.json") == []
    csv = package_tables.files(package, "service_results")[0]
    lines = csv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("service_id")] = "no_such_service"
    csv.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    errors = fast_check(package / "datapackage.json")
    assert any("no_such_service" in e for e in errors), errors
