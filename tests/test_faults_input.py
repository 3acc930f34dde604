"""Faults and hostile input (issue 11): wrong place, stray control characters, no date, sizes,
encodings, encrypted files, broken corrections. Each case runs `add` (or a stage) in a tmp
copy of the project, as a maintainer would; a refusal is one line naming the file (and the
line) and leaves sources/, datapackages/ and build/review/ as they were.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from generator.limits import MB

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
import maintainer_builders as mb  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "faults"
BASE = mb.DISTRICT_MD.read_text(encoding="utf-8")  # huyện Bình Sơn, 15/02–14/03/2024, to the province
PACKAGE = Path("datapackages") / "de-an-06"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = mb.make_project(tmp_path_factory.mktemp("faults") / "project")
    assert mb.run(root, "all", "--quiet").exit_code == 0
    return root


@pytest.fixture
def project(built, tmp_path) -> Path:
    return mb.copy_project(built, tmp_path / "project")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def added(project: Path, path: Path, *options: str) -> dict[str, str]:
    result = mb.run(project, "add", path, *options)
    assert result.exit_code == 0, result.output
    return next(r for r in mb.rows_of(project / PACKAGE, "reports") if r["source_file"] == path.name)


def refused(project: Path, path: Path, fragment: str, where: str | None = None, args: tuple[str, ...] | None = None) -> str:
    """One line naming `where` (default: the file), exit 1, nothing published or left behind."""
    before = {folder: mb.tree(project / folder) for folder in ("sources", "datapackages", "build/review")}
    result = mb.run(project, *(args or ("add", path)))
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.count("\n") == 1, err
    assert err.startswith(f"error: {where or path}"), err
    assert fragment in err, err
    for folder, files in before.items():
        assert mb.tree(project / folder) == files, folder
    return err


# ---------------------------------------------------------------- 2. wrong place


def test_decomposed_text_is_read_as_composed_and_filed_under_its_district(project, tmp_path):
    path = write(tmp_path, "binh-son-nfd.md", unicodedata.normalize("NFD", BASE))
    report = added(project, path)
    assert (report["jurisdiction_id"], report["report_type"], report["period_start"], report["period_end"]) == (
        "binh-son-quang-ngai", "monthly", "2024-02-15", "2024-03-14")
    text = (project / PACKAGE / report["text_file"]).read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)


def test_decomposed_copy_of_a_report_is_caught_as_a_conflict(project, tmp_path):
    added(project, mb.DISTRICT_MD)
    path = write(tmp_path, "binh-son-nfd.md", unicodedata.normalize("NFD", BASE))
    refused(project, path, "conflict: binh-son-2024-03.md")


def test_place_printed_without_accents_is_matched(project, tmp_path):
    text = BASE.replace("HUYỆN BÌNH SƠN", "HUYEN BINH SON").replace("Ủy ban nhân dân huyện Bình Sơn", "UBND huyen Binh Son")
    text = text.replace("trên địa bàn huyện Bình Sơn", "trên địa bàn huyện").replace("Bình Sơn, ngày", "Binh Son, ngày")
    assert "Bình Sơn" not in text
    report = added(project, write(tmp_path, "binh-son-accentless.md", text))
    assert (report["jurisdiction_id"], report["report_type"], report["period_end"]) == ("binh-son-quang-ngai", "monthly", "2024-03-14")


def test_the_addressee_is_never_the_author(project, tmp_path):
    text = BASE.replace("ỦY BAN NHÂN DÂN  \nHUYỆN BÌNH SƠN  \n", "").replace("Ủy ban nhân dân huyện Bình Sơn", "Ủy ban nhân dân huyện")
    text = text.replace("trên địa bàn huyện Bình Sơn", "trên địa bàn huyện").replace("Bình Sơn, ngày", "ngày")
    assert "Bình Sơn" not in text and "Kính gửi: Tổ công tác Đề án 06 tỉnh Quảng Ngãi" in text
    path = write(tmp_path, "no-author-place.md", text)
    refused(project, path, "place not resolved")


def test_a_shared_district_name_with_only_the_addressee_to_tell_is_refused(project, tmp_path):
    text = BASE.replace("HUYỆN BÌNH SƠN", "HUYỆN CHÂU THÀNH").replace("huyện Bình Sơn", "huyện Châu Thành").replace("Bình Sơn, ngày", "Châu Thành, ngày")
    text = text.replace("tỉnh Quảng Ngãi", "tỉnh Tiền Giang")
    path = write(tmp_path, "chau-thanh.md", text)
    refused(project, path, "place not resolved: 'huyện Châu Thành'")


def test_bundled_reports_keep_their_places_and_periods(built):
    places = {(r["source_file"], r["jurisdiction_id"], r["report_type"], r["period_start"], r["period_end"], r["reference_date"])
              for r in mb.rows_of(built / PACKAGE, "reports")}
    assert places == {
        ("000_3285350e42ccdccd.txt", "binh-dinh", "monthly", "2024-01-15", "2024-02-14", "2024-02-14"),
        ("001_41c211600f587ec3.txt", "binh-dinh", "annual", "2024-01-01", "2024-12-31", "2024-12-31"),
        ("002_75efb1c88190d799.txt", "binh-dinh", "ad_hoc", "", "", "2023-10-18"),
        ("003_1fa459019333d3b8.txt", "bac-giang", "monthly", "2023-12-16", "2024-01-15", "2024-01-15"),
    }


# ---------------------------------------------------------------- 7. a bare carriage return


def _no_control_characters(package: Path) -> None:
    for path in sorted(package.rglob("*")):
        if path.is_file():
            text = path.read_bytes().decode("utf-8")
            bad = re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
            assert bad is None, (path.name, text[max(0, bad.start() - 40) : bad.end() + 40])


@pytest.mark.parametrize("options", [(), ("--no-validate",)])
def test_bare_carriage_return_inside_a_line(project, tmp_path, options):
    line = "1. Thu nhận hồ sơ cấp thẻ Căn cước: 1.250 hồ sơ; kích hoạt tài khoản định danh điện tử mức độ 2: 980 tài khoản."
    number = BASE.splitlines().index(line) + 1
    text = BASE.replace(line, line.replace("1.250 hồ sơ; ", "1.250 hồ sơ;\r ").replace("mức độ 2", "mức\x0b độ 2"))
    report = added(project, write(tmp_path, "binh-son-cr.md", text), *options)
    package = project / PACKAGE
    _no_control_characters(package)
    published = (package / report["text_file"]).read_text(encoding="utf-8").split("\n")
    assert len(published) == len(text.split("\n"))  # a lone CR is not a line break: line numbers as sed counts
    rows = [r for t in ("indicator_values", "quality_flags", "service_results") for r in mb.rows_of(package, t) if r["report_id"] == report["report_id"]]
    on_line = [r for r in rows if r["source_line"] == str(number)]
    assert on_line, "the figures of that line are published"
    for row in rows:
        assert row["source_quote"] in published[int(row["source_line"]) - 1]


def test_control_characters_in_a_code_list_cell_name_the_file_and_line(project):
    path = project / "codelists" / "corrections.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'c1,r,service_results,s,online,1,2,"gõ\x07 nhầm",ks,2024-04-01\n', encoding="utf-8")
    refused(project, path, "control character", where=f"{path}:2", args=("all", "--quiet"))


def test_a_row_that_does_not_validate_names_the_report_and_line(project, monkeypatch):
    from generator import package as package_mod

    def invalid(path):
        problem = package_mod.Problem("service_results: simulated bad cell")
        problem.resource, problem.row = "service_results", 2
        return [problem]

    monkeypatch.setattr(package_mod, "validate_package", invalid)
    result = mb.run(project, "all", "--quiet")
    assert result.exit_code == 1
    first = sorted(mb.rows_of(project / PACKAGE, "service_results"), key=lambda r: r["record_id"])[0]
    report = next(r for r in mb.rows_of(project / PACKAGE, "reports") if r["report_id"] == first["report_id"])
    assert re.match(rf"error: \S*{re.escape(report['source_file'])}:{first['source_line']}: a published row does not validate \(service_results/bac-giang.csv row 2\)", result.stderr), result.stderr


# ---------------------------------------------------------------- 8. no date


def test_report_without_any_date_is_never_placed_in_1970(project):
    path = FIXTURES / "son-tinh-undated.md"
    result = mb.run(project, "add", path)
    assert result.exit_code == 0, result.output
    assert "no date in the report: left out of time charts" in result.stdout
    report = next(r for r in mb.rows_of(project / PACKAGE, "reports") if r["source_file"] == path.name)
    assert (report["jurisdiction_id"], report["reference_date"], report["reference_date_basis"]) == ("son-tinh-quang-ngai", "", "none")
    assert "-undated-" in report["report_id"]
    for file in (project / PACKAGE).rglob("*"):
        if file.is_file():
            assert "1970" not in file.read_text(encoding="utf-8"), file.name


def test_two_undated_reports_of_a_place_are_not_a_conflict(project, tmp_path):
    added(project, FIXTURES / "son-tinh-undated.md")
    other = (FIXTURES / "son-tinh-undated.md").read_text(encoding="utf-8").replace("1.250 hồ sơ", "1.300 hồ sơ")
    added(project, write(tmp_path, "son-tinh-undated-2.md", other))


# ---------------------------------------------------------------- 9. size limits


def test_huge_markdown_is_refused_before_it_is_read(project, tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * MB)
    start = time.perf_counter()
    err = refused(project, path, "report too large: 200.0 MB (limit 30 MB: max_file_mb in codelists/limits.csv)")
    assert time.perf_counter() - start < 20, err


def _docx_bomb(size_mb: int) -> bytes:
    """A real DOCX whose document part inflates to size_mb (a few hundred KB on disk)."""
    good = zipfile.ZipFile(io.BytesIO(mb.make_docx(mb.report_blocks())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in good.infolist():
            data = good.read(info)
            if info.filename != "word/document.xml":
                out.writestr(info.filename, data)
                continue
            head, tail = data.decode("utf-8").rsplit("</w:body>", 1)
            member = zipfile.ZipInfo("word/document.xml")
            member.compress_type = zipfile.ZIP_DEFLATED
            with out.open(member, "w", force_zip64=True) as part:
                part.write(head.encode("utf-8"))
                chunk = ("<w:p><w:r><w:t>" + "Đề án 06 " * 100 + "</w:t></w:r></w:p>").encode("utf-8") * 1000
                for _ in range(size_mb * MB // len(chunk) + 1):
                    part.write(chunk)
                part.write(("</w:body>" + tail).encode("utf-8"))
    return buffer.getvalue()


def test_docx_that_inflates_to_300_mb_is_refused_before_parsing(project, tmp_path):
    data = _docx_bomb(300)
    assert len(data) < 5 * MB
    path = write(tmp_path, "bomb.docx", data)
    start = time.perf_counter()
    refused(project, path, "DOCX too large once unpacked: 300.")
    assert time.perf_counter() - start < 20


def test_too_many_lines(project, tmp_path):
    path = write(tmp_path, "long.md", BASE + "\n".join(f"- Dòng {n}." for n in range(11_000)))
    refused(project, path, "too many lines: 11,0")


def test_line_too_long_names_the_line(project, tmp_path):
    lines = BASE.split("\n")
    lines[4] = "Nội dung " + "x" * 25_000
    path = write(tmp_path, "wide.md", "\n".join(lines))
    refused(project, path, "line too long: 25,009 characters (limit 20,000: max_line_chars", where=f"{path}:5")


def test_limits_come_from_codelists_limits_csv(project):
    limits = project / "codelists" / "limits.csv"
    limits.write_text(limits.read_text(encoding="utf-8").replace("max_lines,10000", "max_lines,40"), encoding="utf-8")
    refused(project, mb.DISTRICT_MD, "too many lines: 4", where=str(mb.DISTRICT_MD))
    limits.write_text("limit,value,description\nmax_lines,lots,x\n", encoding="utf-8")
    refused(project, mb.DISTRICT_MD, "'max_lines' is 'lots', expected a whole number", where=f"{limits}:2")


# ---------------------------------------------------------------- 11. the error contract


def test_utf16_with_a_byte_order_mark_is_read(project, tmp_path):
    path = write(tmp_path, "binh-son-utf16.txt", "\ufeff".encode("utf-16-le") + BASE.encode("utf-16-le"))
    report = added(project, path)
    assert (report["jurisdiction_id"], report["period_end"]) == ("binh-son-quang-ngai", "2024-03-14")


def test_utf16_without_a_byte_order_mark_says_so(project, tmp_path):
    path = write(tmp_path, "binh-son-utf16.txt", BASE.encode("utf-16-le"))
    refused(project, path, "UTF-16 text without a byte-order mark")


def _encrypted_pdf() -> bytes:
    """A PDF whose encryption dictionary wants a user password (RC4, as Word and Acrobat write)."""
    data = mb.make_pdf([mb.report_blocks()])
    encrypt = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
               + b"> >> /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">]")
    return data.replace(b"/Root 1 0 R >>", b"/Root 1 0 R " + encrypt + b" >>")


def test_password_protected_pdf_is_called_encrypted(project, tmp_path):
    path = write(tmp_path, "protected.pdf", _encrypted_pdf())
    err = refused(project, path, "password-protected (encrypted) PDF")
    assert "damaged" not in err


def test_password_protected_word_file_is_not_called_damaged(project, tmp_path):
    path = write(tmp_path, "protected.docx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(2000))
    refused(project, path, "password-protected document")


def _correction(project: Path, cells: list[str]) -> Path:
    path = project / "codelists" / "corrections.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    path.write_text(path.read_text(encoding="utf-8") + buffer.getvalue(), encoding="utf-8")
    return path


def test_correction_of_an_unknown_report_names_the_corrections_file(project):
    path = _correction(project, ["c1", "nope-2024-01-monthly-00000000", "service_results", "x", "online", "1", "2", "typo", "reviewer", "2024-04-01"])
    refused(project, path, "report_id 'nope-2024-01-monthly-00000000' is not a report", where=f"{path}:2", args=("corrections",))


def test_correction_to_a_non_integer_is_refused(project):
    row = next(r for r in sorted(mb.rows_of(project / PACKAGE, "service_results"), key=lambda r: r["record_id"]) if r["total"])
    field = "total"
    path = _correction(project, ["c1", row["report_id"], "service_results", row["record_id"], field, row[field], "abc", "typo", "reviewer", "2024-04-01"])
    refused(project, path, "value_corrected 'abc' is not a whole number", where=f"{path}:2", args=("corrections",))


def test_a_refused_add_leaves_no_review_file(project, monkeypatch):
    from generator import package as package_mod

    monkeypatch.setattr(package_mod, "validate_package", lambda path: ["reports: simulated error"])
    review = mb.tree(project / "build" / "review")
    result = mb.run(project, "add", mb.DISTRICT_MD)
    assert result.exit_code == 1
    assert mb.tree(project / "build" / "review") == review
