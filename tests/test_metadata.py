"""Report metadata read from the reports' own words: golden values for the seed reports
and synthetic headers for layouts the seed reports do not have."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.document import Document
from generator.extract.metadata import UNRESOLVED_PLACE, body_end, extract_metadata, year_window
from generator.sources import open_source, read_text

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"

FIELDS = ("report_id", "jurisdiction_id", "report_type", "period_start", "period_end", "report_date",
          "reference_date", "reference_date_basis", "report_number", "issuer", "title")

GOLDEN = {
    "000_3285350e42ccdccd.txt": (
        "binh-dinh-2024-02-monthly-a1bdda09", "binh-dinh", "monthly", date(2024, 1, 15), date(2024, 2, 14), None,
        date(2024, 2, 14), "period_end", "", "Văn phòng Ủy ban nhân dân tỉnh",
        "Kết quả triển khai thực hiện nhiệm vụ Đề án 06 trong tháng 02 năm 2024"),
    "001_41c211600f587ec3.txt": (
        "binh-dinh-2024-12-annual-d5413ff2", "binh-dinh", "annual", date(2024, 1, 1), date(2024, 12, 31), date(2024, 12, 31),
        date(2024, 12, 31), "period_end", "258/BC-UBND", "Ủy ban nhân dân tỉnh Bình Định",
        "Sơ kết công tác triển khai thực hiện Đề án 06 năm 2024 trên địa bàn tỉnh Bình Định"),
    "002_75efb1c88190d799.txt": (
        "binh-dinh-2023-10-ad-hoc-18d2c190", "binh-dinh", "ad_hoc", None, None, None,
        date(2023, 10, 18), "latest_cited_date", "", "Ủy ban nhân dân tỉnh Bình Định", ""),
    "003_1fa459019333d3b8.txt": (
        "bac-giang-2024-01-monthly-f3a5f469", "bac-giang", "monthly", date(2023, 12, 16), date(2024, 1, 15), None,
        date(2024, 1, 15), "period_end", "", "Tổ công tác Đề án 06 tỉnh Bắc Giang",
        "Kết quả triển khai, thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
        "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030”"),
}
GOLDEN_FLAGS = {
    "000_3285350e42ccdccd.txt": ["missing_report_date", "missing_report_number"],
    "001_41c211600f587ec3.txt": [],
    "002_75efb1c88190d799.txt": ["missing_report_date", "missing_report_number", "missing_period"],
    "003_1fa459019333d3b8.txt": ["missing_report_date", "missing_report_number"],
}


def _extract(text: str, refs, name: str = "x.txt", sha: str = "0" * 64):
    return extract_metadata(Document(text, name), refs, name, sha, "txt")


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_seed_report_metadata(refs, name):
    source = open_source(REPORTS / name)
    row, meta, out = extract_metadata(Document(read_text(source), name), refs, name, source.sha256, "txt")
    assert tuple(row[f] for f in FIELDS) == GOLDEN[name]
    assert [f["check"] for f in out.tables.get("quality_flags", [])] == GOLDEN_FLAGS[name]
    assert out.review == []
    assert (meta.jurisdiction_id, meta.report_type, meta.reference_date) == (row["jurisdiction_id"], row["report_type"], row["reference_date"])
    assert row["source_sha256"] == source.sha256 and row["line_count"] == len(Document(read_text(source)).lines)


def test_body_ends_before_signature_or_appendix(refs):
    ends = {name: body_end(Document(read_text(open_source(REPORTS / name))), refs) for name in GOLDEN}
    assert ends == {
        "000_3285350e42ccdccd.txt": 238,  # "Nơi nhận:" on 239
        "001_41c211600f587ec3.txt": 361,
        "002_75efb1c88190d799.txt": 177,  # no signature block: the whole file
        "003_1fa459019333d3b8.txt": 663,
    }


HEADER = """{unit_lines}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày {day}

BÁO CÁO
{title}

Kính gửi: {to}

Thực hiện Kế hoạch số 10/KH-UBND ngày 02/01/{year}; {reporter} báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận 120 hồ sơ.
"""


def header(unit_lines, number, place, day, title, to, reporter, year):
    return HEADER.format(unit_lines=unit_lines, number=number, place=place, day=day, title=title, to=to, reporter=reporter, year=year)


def test_district_report(refs):
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "12/BC-UBND", "Bình Sơn", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân huyện Bình Sơn", 2024)
    row, meta, out = _extract(text, refs)
    assert row["jurisdiction_id"] == "binh-son-quang-ngai"
    assert row["jurisdiction_printed"] == "huyện Bình Sơn"
    assert (row["report_type"], row["period_start"], row["period_end"]) == ("monthly", date(2024, 2, 1), date(2024, 2, 29))
    assert (row["report_date"], row["report_number"]) == (date(2024, 3, 5), "12/BC-UBND")
    assert row["issuer"] == "Ủy ban nhân dân huyện Bình Sơn"
    assert row["title"] == "Kết quả thực hiện Đề án 06 tháng 02 năm 2024"
    assert row["report_id"] == "binh-son-quang-ngai-2024-02-monthly-00000000"
    assert out.review == [] and "quality_flags" not in out.tables


def test_semiannual_report(refs):
    text = header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "150/BC-UBND", "Quảng Ngãi", "10 tháng 7 năm 2024",
                  "Sơ kết 6 tháng đầu năm 2024 thực hiện Đề án 06", "Bộ Công an", "Ủy ban nhân dân tỉnh", 2024)
    row, _, _ = _extract(text, refs)
    assert (row["jurisdiction_id"], row["report_type"]) == ("quang-ngai", "semiannual")
    assert (row["period_start"], row["period_end"], row["reference_date"]) == (date(2024, 1, 1), date(2024, 6, 30), date(2024, 6, 30))


def test_quarterly_report(refs):
    text = header("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "50/BC-UBND", "Bắc Giang", "05 tháng 4 năm 2024",
                  "Kết quả thực hiện Đề án 06 Quý I/2024", "Bộ Công an", "Ủy ban nhân dân tỉnh", 2024)
    row, _, _ = _extract(text, refs)
    assert (row["jurisdiction_id"], row["report_type"]) == ("bac-giang", "quarterly")
    assert (row["period_start"], row["period_end"]) == (date(2024, 1, 1), date(2024, 3, 31))


def test_report_after_the_2025_merger_gets_the_new_unit(refs):
    text = header("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "20/BC-UBND", "Gia Lai", "05 tháng 9 năm 2025",
                  "Kết quả thực hiện Đề án 06 tháng 8 năm 2025", "Bộ Công an", "Ủy ban nhân dân tỉnh Gia Lai", 2025)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] == "gia-lai-2025"
    assert row["report_id"].startswith("gia-lai-2025-2025-08-monthly-")
    assert out.review == []


def test_same_name_before_the_merger_gets_the_old_unit(refs):
    text = header("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "20/BC-UBND", "Gia Lai", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Bộ Công an", "Ủy ban nhân dân tỉnh Gia Lai", 2024)
    assert _extract(text, refs)[0]["jurisdiction_id"] == "gia-lai"


def test_unknown_district_gets_a_slug_and_a_review_entry(refs):
    # the province comes from the body (the addressee is never read for the place)
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG HẢI MỚI", "7/BC-UBND", "Đông Hải Mới", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ủy ban nhân dân tỉnh Quảng Ngãi",
                  "Ủy ban nhân dân huyện Đông Hải Mới, tỉnh Quảng Ngãi", 2024)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] == "dong-hai-moi-quang-ngai"
    assert row["jurisdiction_printed"] == "huyện Đông Hải Mới"
    assert len(out.review) == 1
    review = out.review[0]
    assert review["source_line"] == 2 and review["source_quote"] == "HUYỆN ĐÔNG HẢI MỚI"
    assert "dong-hai-moi-quang-ngai" in review["reason"] and "codelists/jurisdictions.csv" in review["reason"]


def test_district_name_shared_by_provinces_is_settled_by_the_province_named(refs):
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", "3/BC-UBND", "Châu Thành", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ủy ban nhân dân tỉnh Tiền Giang",
                  "Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang", 2024)
    assert _extract(text, refs)[0]["jurisdiction_id"] == "chau-thanh-tien-giang"


def test_shared_district_name_is_not_settled_by_the_addressee(refs):
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", "3/BC-UBND", "Châu Thành", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ủy ban nhân dân tỉnh Tiền Giang", "Ủy ban nhân dân huyện", 2024)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] != "tien-giang" and not row["jurisdiction_id"].endswith("tien-giang")
    assert [r["reason"].split(":")[0] for r in out.review] == [UNRESOLVED_PLACE]


def test_district_name_shared_by_provinces_without_a_province_goes_to_review(refs):
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", "3/BC-UBND", "Châu Thành", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ban Chỉ đạo", "Ủy ban nhân dân huyện", 2024)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] == "chau-thanh"
    assert len(out.review) == 1


def test_one_line_header_and_period_in_parentheses(refs):
    text = ("UBND THỊ XÃ ĐỨC PHỔ\nSố:   5 / BC-UBND\nĐức Phổ, ngày 20 tháng 01 năm 2024\n\n**BÁO CÁO**\n"
            "**Kết quả thực hiện Đề án 06**\n(Từ ngày 15/12/2023 đến ngày 14/01/2024)\n\nThực hiện Kế hoạch; UBND thị xã báo cáo:\n")
    row, _, _ = _extract(text, refs)
    assert row["jurisdiction_id"] == "duc-pho-quang-ngai"
    assert row["report_number"] == "5/BC-UBND"
    assert row["title"] == "Kết quả thực hiện Đề án 06"
    assert (row["period_start"], row["period_end"], row["report_type"]) == (date(2023, 12, 15), date(2024, 1, 14), "monthly")


def test_draft_with_blank_date_and_number(refs):
    text = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố:      /BC-UBND\nBình Định, ngày    tháng    năm 2024\nBÁO CÁO\nKết quả tháng 3 năm 2024\n"
    row, _, out = _extract(text, refs)
    assert (row["report_date"], row["report_number"]) == (None, "")
    assert [f["check"] for f in out.tables["quality_flags"]] == ["missing_report_date", "missing_report_number"]
    assert [f["source_line"] for f in out.tables["quality_flags"]] == [4, 3]


def test_text_without_any_header_does_not_crash(refs):
    row, meta, out = _extract("chỉ có một dòng văn bản\n", refs)
    assert row["jurisdiction_id"] == "unknown" and row["report_type"] == "ad_hoc"
    assert year_window(meta)[0] <= year_window(meta)[1]


def _titled(title: str, extra: str = "") -> str:
    return header("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG", "50/BC-UBND", "Bắc Giang", "05 tháng 10 năm 2024",
                  title, "Bộ Công an", "Ủy ban nhân dân tỉnh" + extra, 2024)


@pytest.mark.parametrize("title, start, end, rtype", [
    ("Kết quả thực hiện Đề án 06 sáu tháng cuối năm 2024", date(2024, 7, 1), date(2024, 12, 31), "semiannual"),
    # (a nine-month report is the third quarter's, cumulative since January: `báo cáo quý III và 9 tháng`)
    ("Kết quả thực hiện Đề án 06 9 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 9, 30), "quarterly"),
    ("Kết quả thực hiện Đề án 06 8 tháng đầu năm 2024", date(2024, 1, 1), date(2024, 8, 31), "ad_hoc"),
    ("Kết quả thực hiện Đề án 06 tháng 9 năm 2024", date(2024, 9, 1), date(2024, 9, 30), "monthly"),
    ("Sơ kết năm 2024 thực hiện Đề án 06", date(2024, 1, 1), date(2024, 12, 31), "annual"),
])
def test_period_from_title(refs, title, start, end, rtype):
    row, _, _ = _extract(_titled(title), refs)
    assert (row["period_start"], row["period_end"], row["report_type"]) == (start, end, rtype)


def test_period_range_printed_in_words(refs):
    text = _titled("Kết quả thực hiện Đề án 06", " (tính từ ngày 16 tháng 12 năm 2023 đến hết ngày 15 tháng 01 năm 2024)")
    row, _, _ = _extract(text, refs)
    assert (row["period_start"], row["period_end"], row["report_type"]) == (date(2023, 12, 16), date(2024, 1, 15), "monthly")


def test_a_cited_document_date_is_not_a_range(refs):
    text = _titled("Kết quả thực hiện Đề án 06 tháng 9 năm 2024", " theo Kế hoạch ngày 02/01/2024 - Quyết định ngày 05/01/2024")
    row, _, _ = _extract(text, refs)
    assert (row["period_start"], row["period_end"]) == (date(2024, 9, 1), date(2024, 9, 30))


@pytest.mark.parametrize("unit, place, to, expected", [
    ("THÀNH PHỐ LONG XUYÊN", "Long Xuyên", "Tổ Công tác Đề án 06 tỉnh", "long-xuyen-an-giang"),  # district-level city
    ("THÀNH PHỐ HÀ NỘI", "Hà Nội", "Bộ Công an", "ha-noi"),  # province-level city
    ("THỊ XÃ ĐỨC PHỔ", "Đức Phổ", "Bộ Công an", "duc-pho-quang-ngai"),
])
def test_city_and_town_headers(refs, unit, place, to, expected):
    text = header(f"ỦY BAN NHÂN DÂN\n{unit}", "1/BC-UBND", place, "10 tháng 01 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 12 năm 2023", to, "Ủy ban nhân dân", 2024)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] == expected and out.review == []


def test_unknown_city_slug_keeps_the_whole_name(refs):
    text = header("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ SÔNG MỚI", "1/BC-UBND", "Sông Mới", "10 tháng 01 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 12 năm 2023", "Ủy ban nhân dân tỉnh An Giang",
                  "Ủy ban nhân dân thành phố Sông Mới, tỉnh An Giang", 2024)
    row, _, out = _extract(text, refs)
    assert row["jurisdiction_id"] == "song-moi-an-giang"
    assert len(out.review) == 1


def test_a_commune_under_its_district_gets_a_provisional_id_inside_it(refs):
    """The code list holds no communes: `UBND HUYỆN THÁP MƯỜI` over `UBND XÃ TÂN KIỀU` is the
    commune's report, under a provisional id inside the district it reports to (never the
    district's own id, and never `unknown`, which would make every commune one place)."""
    text = header("UBND HUYỆN THÁP MƯỜI\nUBND XÃ TÂN KIỀU", "21/BC-UBND", "Tân Kiều", "05 tháng 3 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 02 năm 2024", "Ủy ban nhân dân huyện Tháp Mười", "Ủy ban nhân dân xã", 2024)
    row, _, out = _extract(text, refs)
    assert (row["jurisdiction_id"], row["jurisdiction_printed"]) == ("tan-kieu-thap-muoi-dong-thap", "xã Tân Kiều")
    assert "tan-kieu-thap-muoi-dong-thap" in out.review[0]["reason"]


def test_a_communes_name_is_no_province_of_that_name(refs):
    """`UBND XÃ HÒA BÌNH` is a commune, not Hòa Bình province."""
    text = header("UBND HUYỆN VŨ THƯ\nUBND XÃ HÒA BÌNH", "9/BC-UBND", "Hòa Bình", "05 tháng 12 năm 2024",
                  "Kết quả thực hiện Đề án 06 tháng 11 năm 2024", "Ủy ban nhân dân huyện Vũ Thư", "Ủy ban nhân dân xã", 2024)
    assert _extract(text, refs)[0]["jurisdiction_id"] == "hoa-binh-vu-thu-thai-binh"


def test_the_last_unit_of_a_stacked_header_is_the_issuer(refs):
    """`CÔNG AN TỈNH NAM ĐỊNH` / `CÔNG AN HUYỆN VỤ BẢN`: the district police report, to its province."""
    text = header("CÔNG AN TỈNH NAM ĐỊNH\nCÔNG AN HUYỆN VỤ BẢN", "88/BC-CAH", "Vụ Bản", "16 tháng 12 năm 2024",
                  "Kết quả thực hiện Đề án 06 năm 2024", "Công an tỉnh Nam Định", "Công an huyện", 2024)
    assert _extract(text, refs)[0]["jurisdiction_id"] == "vu-ban-nam-dinh"


@pytest.mark.parametrize("unit_lines, expected", [
    ("UBND TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "thanh-hoa"),  # a two-column header
    ("UBND TỈNH THANH HÓA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ", "thanh-hoa"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH NGHỆ AN", "nghe-an"),  # a national agency's provincial branch
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH HÀ TĨNH", "ha-tinh"),  # the State Bank's branch in one province
    ("BỘ Y TẾ", "vn"),  # a ministry: `Hà Nội, ngày …` is only where it was signed
    ("+------------------------------+----------------------------------------+\n"  # pandoc's grid table
     "| **UBND TỈNH TUYÊN QUANG**    | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
     "| **SỞ GIÁO DỤC VÀ ĐÀO TẠO**   | **Độc lập - Tự do - Hạnh phúc**        |\n"
     "+------------------------------+----------------------------------------+", "tuyen-quang"),
])
def test_departments_agencies_and_ministries(refs, unit_lines, expected):
    text = header(unit_lines, "31/BC", "Hà Nội" if expected == "vn" else "Vinh", "16 tháng 12 năm 2024",
                  "Kết quả thực hiện Đề án 06 năm 2024", "Bộ Công an", "Đơn vị", 2024)
    assert _extract(text, refs)[0]["jurisdiction_id"] == expected


@pytest.mark.parametrize("text, expected", [
    # a news page: the place its headline or lead names (a district before its province)
    ("THỜI ĐẠI SỐ\nTrang chủ › Chuyển đổi số\n\nPhóng sự | Ở Lý Nhân, “lên xã bằng điện thoại” đã thành nếp\n\n"
     "Từ bà cụ ngoài bảy mươi đến anh thợ xây đi làm xa, nhiều người dân huyện Lý Nhân (Hà Nam) giờ làm thủ tục, đi khám bệnh, "
     "xin giấy tờ chỉ bằng một ứng dụng trên điện thoại, kể cả những xóm đạo ven sông Hồng.\n\nTheo Công an huyện, 121.530 tài khoản đã kích hoạt.\n",
     "ly-nhan-ha-nam"),
    # no place in the headline: the one province named most, at least twice as often as any other
    ("Tích cực triển khai Đề án 06\n\nSáu tháng đầu năm, Công an tỉnh Bình Phước đã thu nhận hơn 868.000 hồ sơ. Theo Công an tỉnh "
     "Bình Phước, hiện toàn tỉnh mới có gần 272.000 tài khoản được kích hoạt; tỉnh Đồng Nai đạt 80%.\n"
     "Bình Phước phấn đấu hoàn thành trong tháng 7.\n", "binh-phuoc"),
    ("Tích cực triển khai Đề án 06\n\n" + "Đề án 06 đã góp phần thay đổi phương thức quản lý công dân, tiết kiệm thời gian, công sức; "
     "tạo điều kiện thuận lợi cho người dân và doanh nghiệp.\n\nBình Phước và Đồng Nai đã thu nhận hơn 868.000 hồ sơ.\n",
     "unknown"),  # no place in the headline or lead, and a tie after it
    # no province in the headline or lead, and the first place named is the nation, named again: a national page,
    # though one province is named more often in a later item
    ("Đề án 06: địa phương nào bứt phá?\n\nNăm 2025 là năm bản lề của Đề án 06.\n\nTheo Bộ Công an, cả nước đã kích hoạt hơn "
     "72,4 triệu tài khoản định danh điện tử.\n\n## Bình Phước: dẫn đầu\n\nBình Phước đạt 91%. Tỉnh Bình Phước đã thu nhận "
     "868.000 hồ sơ; Bình Phước phấn đấu hoàn thành trong tháng 7, sớm hơn mức bình quân cả nước.\n", "vn"),
])
def test_a_news_page_is_placed_by_its_headline_lead_or_the_province_it_names_most(refs, text, expected):
    assert _extract(text, refs)[0]["jurisdiction_id"] == expected


def test_a_report_with_no_author_place_is_not_placed_by_the_places_it_names(refs):
    """A report (`BÁO CÁO`, `Số: …`) whose author is unnamed: the province its body names most
    is someone else's (the one it reports to)."""
    text = header("ỦY BAN NHÂN DÂN", "12/BC-UBND", "", "05 tháng 3 năm 2024", "Kết quả thực hiện Đề án 06 tháng 02 năm 2024",
                  "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân huyện", 2024) + "Theo chỉ đạo của tỉnh Quảng Ngãi, tỉnh Quảng Ngãi …\n"
    assert _extract(text, refs)[0]["jurisdiction_id"] == "unknown"


def test_a_cut_off_inside_the_titled_period_keeps_the_titles_kind(refs):
    """`Kết quả … sáu tháng đầu năm 2024` over data `từ ngày 01/01/2024 đến ngày 15/6/2024`: a
    half-year report whose figures stop at a cut-off (its period is the stated range)."""
    text = _titled("Kết quả thực hiện Đề án 06 sáu tháng đầu năm 2024").replace(
        "I. KẾT QUẢ THỰC HIỆN", "(Số liệu tính từ ngày 01/01/2024 đến ngày 15/6/2024)\n\nI. KẾT QUẢ THỰC HIỆN")
    row = _extract(text, refs)[0]
    assert (row["report_type"], row["period_start"], row["period_end"]) == ("semiannual", date(2024, 1, 1), date(2024, 6, 15))


@pytest.mark.parametrize("line, expected", [
    ("Thứ Hai, 09/06/2025 06:00 (GMT+7)", date(2025, 6, 9)),
    ("Chuyển đổi số | Thứ Sáu, 19/12/2025 - 07:40 (GMT+7) | Cập nhật liên tục", date(2025, 12, 19)),
    ("**Ngày ban hành:** 10/12/2025", date(2025, 12, 10)),
    ("Hội nghị diễn ra ngày 09/06/2025 tại hội trường tỉnh.", None),  # a date in prose is no dateline
])
def test_a_pages_dateline_is_its_report_date(refs, line, expected):
    text = f"BÁO ĐIỆN TỬ\nTrang chủ › Chuyển đổi số\n\n{line}\n\nHà Nam đẩy mạnh Đề án 06\n\nTrong 5 tháng, toàn tỉnh tiếp nhận 12.000 hồ sơ.\n"
    assert _extract(text, refs)[0]["report_date"] == expected


def test_a_news_pages_headline_and_lead_give_its_period(refs):
    """No `BÁO CÁO` title, number, issuer or place-and-date line: the headline and lead say what
    the page covers (`Quý I/2025, thành phố Hải Phòng …`)."""
    text = ("BÁO HẢI PHÒNG\nThứ Ba, 08/04/2025 - 09:15\n\nHải Phòng: hơn 1 triệu tài khoản định danh điện tử được kích hoạt\n\n"
            "(HP) - Quý I/2025, thành phố Hải Phòng tiếp tục đẩy mạnh triển khai Đề án 06 gắn với chuyển đổi số, cải cách hành chính, "
            "đạt nhiều kết quả rõ nét trên các lĩnh vực.\n\nToàn thành phố tiếp nhận 12.000 hồ sơ.\n")
    row = _extract(text, refs)[0]
    assert (row["jurisdiction_id"], row["report_type"], row["period_start"], row["period_end"], row["report_date"]) == (
        "hai-phong", "quarterly", date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 8))


def test_the_programmes_horizon_in_a_title_is_not_the_period(refs):
    """A title that prints the programme's full name (`… giai đoạn 2022 - 2025, tầm nhìn đến năm 2030
    (Đề án 06) của ngành … năm 2024`): the report covers 2024, not 2030."""
    text = ("UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 38/BC-SLĐTBXH\nQuảng Bình, ngày 06 tháng 01 năm 2025\n"
            "BÁO CÁO\nKết quả thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử\n"
            "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06)\n"
            "của ngành Lao động - Thương binh và Xã hội năm 2024\n"
            "Thực hiện Kế hoạch số 1187/KH-UBND ngày 22/02/2024 của UBND tỉnh, Sở báo cáo như sau:\n")
    row, _, _ = _extract(text, refs)
    assert (row["jurisdiction_id"], str(row["period_start"]), str(row["period_end"])) == ("quang-binh", "2024-01-01", "2024-12-31")


def test_a_national_bodys_portal_page_is_the_nations_and_a_skip_link_is_no_ministry(refs):
    """`CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN` over a news item that names no place of its own: the
    nation's page; a page opening `Bỏ qua để đến nội dung chính` (`bỏ`, not `BỘ`) is not."""
    body = "\nTrang chủ > Tin tức\n\nThứ Ba, 08/07/2025 16:45\n\nChiều 07/7/2025, Tổ công tác 06 của Chính phủ họp trực tuyến.\n"
    row, _, _ = _extract("CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN" + body, refs)
    assert row["jurisdiction_id"] == "vn"
    row, _, _ = _extract("Bỏ qua để đến nội dung chính\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TUYÊN QUANG" + body, refs)
    assert row["jurisdiction_id"] != "vn"


def test_a_wiki_pages_markdown_title_is_the_reports_title(refs):
    """A wiki page titled `# Báo cáo tổng kết Đề án 06 năm 2024 - UBND huyện Thạch Hà`: an annual
    report of 2024, by its title."""
    text = ("# Báo cáo tổng kết Đề án 06 năm 2024 - UBND huyện Thạch Hà\n\n"
            "> **Trang wiki nội bộ** của Tổ Công tác triển khai Đề án 06 huyện Thạch Hà (tỉnh Hà Tĩnh).\n\n"
            "Năm 2024, huyện tiếp nhận 41.257 hồ sơ thủ tục hành chính.\n")
    row, _, _ = _extract(text, refs, name="x.md")
    assert (row["report_type"], str(row["period_start"]), str(row["period_end"])) == ("annual", "2024-01-01", "2024-12-31")


def test_a_youth_unions_stacked_header_is_its_communes(refs):
    """`TỈNH ĐOÀN GIA LAI` / `BCH ĐOÀN XÃ PHÙ MỸ ĐÔNG`: the issuer is the commune's Youth Union
    (vocabulary issuer agency `BCH Đoàn`): a commune the code list lacks, given a provisional id in its
    province; `Đoàn Gia Lai` is no province."""
    text = ("TỈNH ĐOÀN GIA LAI\nBCH ĐOÀN XÃ PHÙ MỸ ĐÔNG\nSố: 47-BC/ĐTN\nPhù Mỹ Đông, ngày 18 tháng 12 năm 2025\n\nBÁO CÁO\n"
            "Kết quả Chiến dịch thanh niên tình nguyện năm 2025\n\nXã Phù Mỹ Đông thuộc tỉnh Gia Lai có 19 thôn.\n")
    row, _, _ = _extract(text, refs)
    assert row["jurisdiction_id"] == "phu-my-dong-gia-lai-2025"


def test_the_state_banks_two_line_header_is_the_nations(refs):
    """`NGÂN HÀNG NHÀ NƯỚC` / `VIỆT NAM` (a two-column PDF header cut in two lines), signed in Hà Nội:
    the nation's report."""
    text = ("   NGÂN HÀNG NHÀ NƯỚC                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "        VIỆT NAM                                     Độc lập - Tự do - Hạnh phúc\n"
            "  Số: 118/BC-NHNN                                 Hà Nội, ngày 12 tháng 01 năm 2026\n\n"
            "BÁO CÁO\nKết quả thực hiện Đề án 06 của ngành Ngân hàng năm 2025\n")
    row, _, _ = _extract(text, refs)
    assert row["jurisdiction_id"] == "vn"


def test_the_place_after_the_programmes_name_in_a_title_is_the_reports(refs):
    """`# Báo cáo tháng 10/2024 – Đề án 06 huyện Cao Phong` over tags naming the province: the
    district's report (vocabulary title_place)."""
    text = ("# Báo cáo tháng 10/2024 – Đề án 06 huyện Cao Phong\n\n#de-an-06 #hoa-binh\n"
            "Bản này gửi UBND tỉnh Hòa Bình và Tổ công tác Đề án 06 tỉnh Hòa Bình.\n\nTrong tháng, huyện tiếp nhận 1.204 hồ sơ.\n")
    row, _, _ = _extract(text, refs, name="x.md")
    assert row["jurisdiction_id"] == "cao-phong-hoa-binh"


def test_a_header_typed_without_tone_marks(refs):
    """`Thach Hai, ngay 21 thang 6 nam 2024` / `(So lieu tu ngay 21/5/2024 den ngay 20/6/2024)`: the date
    and period words typed without marks (vocabulary calendar, date_range)."""
    text = ("UBND HUYEN THACH HA\nUBND XA THACH HAI\nSo: 92/BC-UBND\nThach Hai, ngay 21 thang 6 nam 2024\n\nBAO CAO\n"
            "Ket qua thuc hien De an 06 thang 6 nam 2024\n(So lieu tu ngay 21/5/2024 den ngay 20/6/2024)\n\nTong so ho so tiep nhan 296.\n")
    row, _, _ = _extract(text, refs)
    assert (str(row["report_date"]), str(row["period_start"]), str(row["period_end"]), row["report_type"]) == (
        "2024-06-21", "2024-05-21", "2024-06-20", "monthly")


def test_a_data_notes_period_and_update_line(refs):
    """`**Phiên bản hiện hành:** v1.2 · **Cập nhật lần cuối:** 22/07/2025 · **Kỳ số liệu:** 01/01/2025 – 30/06/2025`
    (vocabulary calendar published, date_range from): dated on its last update, covering the half-year."""
    text = ("# Đề án 06 tỉnh Nghệ An: số liệu theo tháng\n\n"
            "**Phiên bản hiện hành:** v1.2 · **Cập nhật lần cuối:** 22/07/2025 · **Kỳ số liệu:** 01/01/2025 – 30/06/2025\n\n"
            "Toàn tỉnh tiếp nhận 306.881 hồ sơ.\n")
    row, _, _ = _extract(text, refs, name="x.md")
    assert (str(row["report_date"]), str(row["period_start"]), str(row["period_end"]), row["report_type"]) == (
        "2025-07-22", "2025-01-01", "2025-06-30", "semiannual")


def test_the_national_radios_transcript_is_the_nations(refs):
    """`ĐÀI TIẾNG NÓI VIỆT NAM` / `KÊNH … (VOV1)` over an interview whose field report names Bắc Ninh:
    a national body's page, the nation's (vocabulary national_issuer)."""
    text = ("ĐÀI TIẾNG NÓI VIỆT NAM\nKÊNH THỜI SỰ - CHÍNH TRỊ - TỔNG HỢP (VOV1)\nChương trình: Diễn đàn \"Chính sách và Cuộc sống\"\n\n"
            "MINH THU: Kính chào quý vị.\n\nTheo Công an tỉnh Bắc Ninh, năm 2025 toàn tỉnh có 2,78 triệu tài khoản được kích hoạt.\n")
    row, _, _ = _extract(text, refs)
    assert row["jurisdiction_id"] == "vn"


def test_a_peoples_councils_header_and_a_title_with_no_name_after_its_type_word(refs):
    """`HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG` (vocabulary issuer council) places the report; the title's
    `… trên địa bàn tỉnh năm 2024` names no place (`năm` is no name)."""
    text = ("HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "         ĐOÀN GIÁM SÁT                          Độc lập - Tự do - Hạnh phúc\n\n"
            "      Số: 47/BC-ĐGS                        Sóc Trăng, ngày 28 tháng 11 năm 2024\n\n"
            "                                     BÁO CÁO\n"
            "     Kết quả giám sát việc triển khai thực hiện Đề án 06 trên địa bàn tỉnh năm 2024\n\n"
            "Đoàn giám sát báo cáo kết quả như sau:\n")
    row, _, _ = _extract(text, refs)
    assert row["jurisdiction_id"] == "soc-trang"


def test_a_titles_horizon_is_no_period(refs):
    """`… chuyển đổi số …, định hướng đến năm 2030` (vocabulary programme horizon): a horizon, never the
    report's period."""
    row, _, _ = _extract(_titled("Sơ kết thực hiện Nghị quyết về chuyển đổi số, định hướng đến năm 2030"), refs)
    assert (row["period_start"], row["period_end"]) == (None, None)


def test_a_letter_names_its_period_in_the_sentence_that_leads_into_its_body(refs):
    # no `BÁO CÁO` title, a `V/v` subject line naming no period: the body's lead-in names it
    text = ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH QUẢNG TRỊ\nSố: 1187/NHCS-KHNV\n"
            "V/v báo cáo kết quả thực hiện Đề án 06\nQuảng Trị, ngày 20 tháng 6 năm 2025\nKính gửi: Tổ Công tác Đề án 06 tỉnh.\n"
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND tỉnh về triển khai Đề án 06 năm 2025, Chi nhánh báo cáo kết quả "
            "thực hiện 6 tháng đầu năm 2025 (số liệu tính đến ngày 15/6/2025) như sau:\n"
            "1. Trong kỳ, Chi nhánh đã ban hành 07 văn bản.\n")
    row, _, _ = _extract(text, refs)
    assert (row["report_type"], row["period_start"], row["period_end"]) == ("semiannual", date(2025, 1, 1), date(2025, 6, 30))


def test_a_sections_own_range_is_not_the_reports_period(refs):
    """Under a title that names its year, a range stated inside a later section (`1.5. … Từ ngày 01/7/2024 …`) is that
    section's, not the report's period; one stated before it (`Thời kỳ giám sát: từ ngày …`) is."""
    text = header("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN", "12/BC-UBND", "Bình Sơn", "09 tháng 01 năm 2025",
                  "Kết quả triển khai Đề án 06 năm 2024", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân huyện Bình Sơn", 2024)
    body = ("I. KẾT QUẢ\n1.5. Qua đối chiếu, đã tạm dừng 1.237 giao dịch. Từ ngày 01/7/2024 đến ngày 31/12/2024, "
            "các ngân hàng đã xác thực 52.000 khách hàng.\n")
    row, _, _ = _extract(text + body, refs)
    assert (row["report_type"], row["period_start"], row["period_end"]) == ("annual", date(2024, 1, 1), date(2024, 12, 31))
    stated = "I. KHÁI QUÁT\nThời kỳ báo cáo: từ ngày 01/01/2024 đến ngày 31/10/2024.\n"
    row, _, _ = _extract(text + stated + body, refs)
    assert (row["period_start"], row["period_end"]) == (date(2024, 1, 1), date(2024, 10, 31))
