"""Targets a report prints, filed under the indicator their words (or the result beside them) name."""
from __future__ import annotations

from datetime import date

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.targets import extract_targets

META = ReportMeta("x", "monthly", date(2024, 3, 31))
TEXT = """II. KẾT QUẢ
- Tỷ lệ hồ sơ trực tuyến dịch vụ công thiết yếu đạt 90,5% (chỉ tiêu tỉnh giao 80%).
- Tỷ lệ số hóa thành phần hồ sơ đạt 92,7% (Chính phủ giao 80%).
III. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI
- Phấn đấu trong năm 2024 kích hoạt 1.250.000 tài khoản định danh điện tử.
Chỉ tiêu\tKế hoạch\tKết quả
Tỷ lệ tái sử dụng dữ liệu số hóa\t50%\t38,4%
"""


def test_targets_printed_in_prose_and_in_a_plan_column(refs):
    rows = extract_targets(Document(TEXT, "t"), refs, META).tables["targets"]
    assert [(r["source_line"], r["indicator_id"], r["value"], r["set_by"], r["deadline"]) for r in rows] == [
        (2, "essential_services_online_rate", 80, "tỉnh giao", None),
        (3, "digitisation_rate", 80, "chính phủ giao", None),
        (5, "vneid_accounts_activated", 1250000, "phấn đấu", date(2024, 12, 31)),
        (7, "reuse_rate", 50, "kế hoạch", None),
    ]


def test_goals_of_eligible_procedures_and_of_identified_users_have_their_indicators(refs):
    """Two goals Bình Định prints (line 124 of its annual report): procedures *eligible* for
    full online service (not all procedures), and users of online services identified
    electronically. In an appendix prose cell, a requirement that carries out the targets of
    the sentence before (`giao 07 chỉ tiêu … Theo đó, yêu cầu … cấp 100% …`) is one of them;
    one that does not is a directive."""
    text = ("#### a) Mục tiêu đến năm 2025\n\nHoàn thành các mục tiêu đề ra theo lộ trình của Đề án 06, trọng tâm là: 100% TTHC đủ điều kiện được cung cấp "
            "dịch vụ công trực tuyến toàn trình; 100% người dân và doanh nghiệp trên địa bàn tỉnh sử dụng dịch vụ công "
            "trực tuyến đều được định danh và xác thực điện tử thông suốt.\n")
    rows = extract_targets(Document(text, "t"), refs, META).tables["targets"]
    assert [(r["source_line"], r["indicator_id"], r["value"], r["set_by"]) for r in rows] == [
        (3, "eligible_procedures_full_online_rate", 100, "đề ra"),
        (3, "online_users_e_identified_rate", 100, ""),
    ]
    cell = ("Ban hành Quyết định về việc giao 07 chỉ tiêu liên quan đến Bộ chỉ số phục vụ người dân. Theo đó, yêu cầu các cơ "
            "quan, đơn vị, địa phương thực hiện cấp 100% kết quả giải quyết TTHC bằng bản điện tử.")
    table = f"STT\tNhiệm vụ\tĐơn vị chủ trì\tKết quả\n1\tSố hóa kết quả giải quyết TTHC\tSở Nội vụ\t{cell}\n"
    rows = extract_targets(Document(table, "t"), refs, META).tables["targets"]
    assert [(r["source_line"], r["indicator_id"], r["value"], r["set_by"]) for r in rows] == [(2, "electronic_results_rate", 100, "chỉ tiêu")]
    table = table.replace("Ban hành Quyết định về việc giao 07 chỉ tiêu liên quan đến Bộ chỉ số phục vụ người dân", "Đã tổ chức hội nghị")
    assert extract_targets(Document(table, "t"), refs, META).tables.get("targets", []) == []  # a plain requirement
