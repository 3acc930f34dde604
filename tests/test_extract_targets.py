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
