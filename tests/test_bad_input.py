"""Bad input: one clear line naming the file (and line), exit 1, nothing published is lost.

Each case runs in a tmp copy of the project; sources/ and datapackages/ must be exactly as
they were after a refusal.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.texts import published_text

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
import maintainer_builders as mb  # noqa: E402

RECIPE = """Canh chua cá lóc

Nguyên liệu: 1 con cá lóc (khoảng 800 g), 200 g dứa, 2 quả cà chua, 100 g giá đỗ,
me chua, rau ngổ, ngò gai.

Cách làm:
1. Làm sạch cá, cắt khúc, ướp với 1 thìa nước mắm.
2. Nấu nước me, cho dứa và cà chua vào, nêm 2 thìa đường.
3. Cho cá vào nấu 10 phút, thêm giá và rau thơm.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = mb.make_project(tmp_path_factory.mktemp("base") / "project")
    assert mb.run(root, "all", "--quiet").exit_code == 0
    return root


@pytest.fixture
def project(built, tmp_path) -> Path:
    return mb.copy_project(built, tmp_path / "project")


def refused(project: Path, args: list, where: str, fragment: str):
    """Run the command; assert a one-line error naming `where`, exit 1, outputs unchanged."""
    sources = mb.tree(project / "sources")
    package = mb.tree(project / "datapackages")
    result = mb.run(project, *args)
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.count("\n") == 1, err
    assert err.startswith(f"error: {where}"), err
    assert fragment in err, err
    assert mb.tree(project / "sources") == sources
    assert mb.tree(project / "datapackages") == package
    return err


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(project, tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    refused(project, ["add", path], str(path), "empty file")


def test_blank_markdown_file(project, tmp_path):
    path = write(tmp_path, "blank.md", b"\n  \n\t\n")
    refused(project, ["add", path], str(path), "empty file")


def test_binary_file(project, tmp_path):
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    refused(project, ["add", path], str(path), "binary file")


def test_non_utf8_text_names_the_line(project, tmp_path):
    data = "BÁO CÁO\nĐề án 06\n".encode("utf-8") + "Báo cáo tháng 3\n".encode("cp1252")
    path = write(tmp_path, "legacy.txt", data)
    refused(project, ["add", path], f"{path}:3", "not UTF-8 text")


def test_truncated_pdf(project, tmp_path):
    path = write(tmp_path, "cut.pdf", mb.truncated(mb.make_pdf([mb.report_blocks()])))
    refused(project, ["add", path], str(path), "truncated PDF")


def test_damaged_docx(project, tmp_path):
    path = write(tmp_path, "cut.docx", mb.make_docx(mb.report_blocks())[:3000])
    refused(project, ["add", path], str(path), "damaged DOCX")


def test_unsupported_file_type(project, tmp_path):
    path = write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0 old Word file")
    refused(project, ["add", path], str(path), "unsupported file type '.doc'")


def test_hidden_file_name(project, tmp_path):
    path = write(tmp_path, ".bao-cao.md", mb.DISTRICT_MD.read_bytes())
    refused(project, ["add", path], str(path), "hidden file name")


def test_missing_file(project, tmp_path):
    refused(project, ["add", tmp_path / "nowhere.md"], str(tmp_path / "nowhere.md"), "file not found")


def test_not_a_report_recipe(project, tmp_path):
    path = write(tmp_path, "canh-chua.txt", RECIPE.encode("utf-8"))
    refused(project, ["add", path], f"{path}:1", "not a Đề án 06 report")


def test_vocabulary_without_any_report_sign(project, tmp_path):
    path = write(tmp_path, "note.md", "Ghi chú: đọc lại tài liệu về định danh điện tử và VNeID.\n".encode("utf-8"))
    refused(project, ["add", path], f"{path}:1", "not a report: no report heading")


def test_duplicate_is_a_no_op(project):
    original = sorted((project / "sources" / "reports").iterdir())[0]
    sources, package = mb.tree(project / "sources"), mb.tree(project / "datapackages")
    result = mb.run(project, "add", original)
    assert result.exit_code == 0 and "nothing changed" in result.stdout
    assert mb.tree(project / "sources") == sources and mb.tree(project / "datapackages") == package


def test_conflicting_report(project, tmp_path):
    assert mb.run(project, "add", mb.DISTRICT_MD).exit_code == 0
    text = mb.DISTRICT_MD.read_text(encoding="utf-8").replace("980 tài khoản", "990 tài khoản")
    path = write(tmp_path, "binh-son-thang-3-ban-sua.md", text.encode("utf-8"))
    refused(project, ["add", path], str(path), "conflict: binh-son-2024-03.md")


def test_unknown_jurisdiction_is_accepted(project, tmp_path):
    text = mb.DISTRICT_MD.read_text(encoding="utf-8").replace("BÌNH SƠN", "NAM HẢI ĐẢO").replace("Bình Sơn", "Nam Hải Đảo")
    path = write(tmp_path, "nam-hai-dao.md", text.encode("utf-8"))
    result = mb.run(project, "add", path)
    assert result.exit_code == 0, result.output
    assert "NEW: not in codelists/jurisdictions.csv" in result.stdout
    review = next((project / "build" / "review").glob("nam-hai-dao*.csv")).read_text(encoding="utf-8")
    assert "unknown jurisdiction 'huyện Nam Hải Đảo'" in review and "then rebuild" in review


def test_broken_corrections_csv(project):
    path = project / "codelists" / "corrections.csv"
    path.write_text(path.read_text(encoding="utf-8") + "c1,some-report,service_results\n", encoding="utf-8")
    refused(project, ["corrections"], f"{path}:2", "expected 10 cells, found 3")


def test_broken_corrections_csv_stops_add_without_storing_the_file(project):
    path = project / "codelists" / "corrections.csv"
    path.write_text(path.read_text(encoding="utf-8") + "c1,r,t,s,f,1,2,why,who\n", encoding="utf-8")
    refused(project, ["add", mb.DISTRICT_MD], f"{path}:2", "expected 10 cells, found 9")


def test_bad_date_in_corrections_is_refused(project):
    path = project / "codelists" / "corrections.csv"
    path.write_text(path.read_text(encoding="utf-8") + "c1,r,t,s,f,1,2,why,who,not-a-date\n", encoding="utf-8")
    # caught by the package validation (names the field); the package stays as it was
    refused(project, ["corrections"], "", "reviewed_on")


def test_broken_code_list_csv(project):
    path = project / "codelists" / "services.csv"
    path.write_text(path.read_text(encoding="utf-8") + "svc-x,Dịch vụ X,Service X,justice,list_99,dich vu x,\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").count("\n")
    refused(project, ["add", mb.DISTRICT_MD], f"{path}:{lines}", "'programme_list' is 'list_99', expected one of")


def test_code_list_missing_column(project):
    path = project / "codelists" / "units.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0].replace(",symbol", "")] + [line.rsplit(",", 1)[0] for line in text[1:]]) + "\n", encoding="utf-8")
    refused(project, ["all", "--quiet"], f"{path}:1", "missing column(s): symbol")


def test_bad_file_dropped_into_sources_does_not_touch_the_package(project):
    package = mb.tree(project / "datapackages")
    (project / "sources" / "reports" / "zz-broken.txt").write_bytes(b"\xff\xfe not utf-8")
    result = mb.run(project, "all", "--quiet")
    assert result.exit_code == 1
    assert "zz-broken.txt:1: not UTF-8 text" in result.stderr and result.stderr.count("\n") == 1
    assert mb.tree(project / "datapackages") == package


def test_html_and_script_stay_text(project, tmp_path):
    script = "<script>alert(1)</script>"
    text = mb.DISTRICT_MD.read_text(encoding="utf-8")
    text = text.replace("**trên địa bàn huyện Bình Sơn**", f"**trên địa bàn huyện Bình Sơn {script}**")
    text = text.replace("Một số xã vùng núi", 'Một số xã <img src=x onerror="alert(2)"> vùng núi')
    path = write(tmp_path, "binh-son-html.md", text.encode("utf-8"))
    result = mb.run(project, "add", path)
    assert result.exit_code == 0, result.output
    package = project / "datapackages" / "de-an-06"
    report = next(r for r in mb.rows_of(package, "reports") if r["source_file"] == path.name)
    assert report["title"].endswith(f"trên địa bàn huyện Bình Sơn {script}")
    assert (project / "sources" / "reports" / path.name).read_bytes() == path.read_bytes()
    assert (package / report["text_file"]).read_text(encoding="utf-8") == published_text(path.read_text(encoding="utf-8"))
    # kept as text, never rewritten or escaped inside the data
    assert script in (package / "reports.csv").read_text(encoding="utf-8")
