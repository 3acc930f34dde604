# -*- coding: utf-8 -*-
"""Build 605_ubnd-tinh-bac-ninh-2024-6thang.docx (real Word tables, real footnotes)
and its extracted text 605_ubnd-tinh-bac-ninh-2024-6thang.lines.txt.

Run with /work/main/.venv/bin/python (python-docx).  Lines file: one line per body
paragraph, one line per table row (cells joined by a tab), in document order; a
footnote reference is shown in the body as [^N]; then the footnotes, one line per
footnote paragraph, the first line of each starting with "[^N]: ".
"""
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "605_ubnd-tinh-bac-ninh-2024-6thang"

# ---------------------------------------------------------------- content
# ("p", text, fmt) where fmt: "" | "b" (bold) | "c" (centred) | "bc" | "i" (italic)
# ("t", rows, widths)  rows = list of lists of cell strings (one paragraph per cell)
# a footnote reference is written {fnN} inside a paragraph's text

HEADER = [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TỈNH BẮC NINH", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 1596/BC-UBND", "Bắc Ninh, ngày 21 tháng 6 năm 2024"],
]

TABLE1 = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Thực hiện 6 tháng", "Tỷ lệ so với kế hoạch (%)"],
    ["1", "Tỷ lệ hồ sơ trực tuyến của các dịch vụ công thiết yếu", "%", "80", "71,35", "89,2"],
    ["2", "Tỷ lệ số hóa thành phần hồ sơ, kết quả giải quyết TTHC", "%", "80", "86,4", "108,0"],
    ["3", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", "100", "92,7", "92,7"],
    ["4", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", "45", "41,2", "91,6"],
    ["5", "Hồ sơ đề nghị cấp CCCD thu nhận mới", "Hồ sơ", "45.000", "31.847", "70,8"],
    ["6", "Hồ sơ định danh điện tử mức độ 2 thu nhận mới", "Hồ sơ", "150.000", "118.362", "78,9"],
    ["7", "Tỷ lệ cơ sở KCB BHYT tiếp nhận người bệnh bằng thẻ CCCD gắn chip", "%", "100", "100", "100"],
]

SIGN = [
    ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"],
    ["- Tổ Công tác triển khai Đề án 06 của Chính phủ;", "KT. CHỦ TỊCH"],
    ["- Bộ Công an (Cục C06);", "PHÓ CHỦ TỊCH"],
    ["- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", ""],
    ["- Thường trực Tỉnh ủy;", "(Đã ký)"],
    ["- Thường trực HĐND tỉnh;", ""],
    ["- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", ""],
    ["- Ban Chỉ đạo Chuyển đổi số và Đề án 06 tỉnh;", ""],
    ["- Các sở, ban, ngành tỉnh;", ""],
    ["- UBND các huyện, thị xã, thành phố;", ""],
    ["- Lưu: VT, KSTT, NC.", "Trần Minh Khôi"],
]

APPENDIX = [
    ["STT", "Tên mô hình", "Đơn vị chủ trì", "Kết quả triển khai", "Tình trạng"],
    ["1", "Khám chữa bệnh sử dụng thẻ CCCD gắn chip và ứng dụng VNeID", "Sở Y tế; BHXH tỉnh",
     "318/318 cơ sở KCB BHYT đã tiếp nhận người bệnh bằng CCCD gắn chip", "Đã hoàn thành"],
    ["2", "Nền tảng quản lý lưu trú tại nhà nghỉ, khách sạn", "Công an tỉnh",
     "Toàn bộ cơ sở lưu trú du lịch đã thực hiện thông báo lưu trú qua ứng dụng", "Đã hoàn thành"],
    ["3", "Nền tảng quản lý lưu trú tại nhà cho thuê, nhà ở của công nhân trong khu công nghiệp", "Công an tỉnh",
     "2.146 cơ sở cho thuê trọ đã sử dụng nền tảng", "Đang triển khai"],
    ["4", "Camera AI kiểm soát ra/vào tại khu công nghiệp", "Ban Quản lý các KCN; Công an tỉnh",
     "Đã lắp đặt 38 camera AI tại cổng 04/16 khu công nghiệp", "Đang triển khai"],
    ["5", "Camera AI kiểm soát ra/vào tại khu di tích, du lịch (Đền Đô, Chùa Dâu)", "Sở Văn hóa, Thể thao và Du lịch",
     "Đã khảo sát địa điểm, đang xây dựng phương án kỹ thuật", "Đang triển khai"],
    ["6", "Tố giác tội phạm qua ứng dụng VNeID", "Công an tỉnh",
     "Tiếp nhận, phân loại, xử lý tin báo qua ứng dụng theo quy trình", "Đang triển khai"],
    ["7", "Cho vay tín chấp qua thẻ CCCD gắn chip đối với hộ nghèo, người có công", "Ngân hàng Chính sách xã hội tỉnh",
     "Chờ văn bản hướng dẫn của Ngân hàng Chính sách xã hội Việt Nam", "Chưa triển khai"],
    ["8", "Xác thực thí sinh thi trực tuyến tập trung qua nền tảng xác thực thẻ CCCD gắn chip", "Sở Giáo dục và Đào tạo",
     "Chưa có hướng dẫn kỹ thuật kết nối; chưa bố trí được kinh phí mua thiết bị", "Vướng mắc"],
    ["9", "Chợ 4.0: thanh toán không dùng tiền mặt bằng mã QR tại chợ Đồng Kỵ và chợ Nhớn", "UBND thành phố Từ Sơn",
     "412/436 hộ tiểu thương sử dụng mã QR để thanh toán", "Đã hoàn thành"],
    ["10", "Phường điểm về định danh điện tử tại phường Vũ Ninh", "UBND thành phố Bắc Ninh",
     "9.874/10.236 người dân trong độ tuổi đã kích hoạt tài khoản", "Đang triển khai"],
]

FOOTNOTES = {
    1: ["Tiêu biểu: Kế hoạch số 37/KH-UBND ngày 24/01/2024 triển khai Đề án 06 năm 2024 với 52 nhiệm vụ cụ thể; "
        "Quyết định số 412/QĐ-UBND ngày 05/3/2024 giao chỉ tiêu Đề án 06 cho các sở, ngành, địa phương."],
    2: ["Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh và Cổng dịch vụ công Bộ Công an ngày 15/6/2024; "
        "chưa bao gồm 2.113 hồ sơ do UBND cấp xã tiếp nhận trực tiếp bằng bản giấy, chưa cập nhật lên hệ thống.",
        "Dịch vụ đăng ký dự thi tốt nghiệp THPT và xét tuyển đại học, cao đẳng đang trong thời gian tiếp nhận nên chưa tổng hợp."],
    3: ["Gồm 7,8 tỷ đồng nâng cấp Trung tâm dữ liệu tỉnh và 4,8 tỷ đồng mua sắm thiết bị cho Bộ phận Một cửa cấp xã, "
        "tuyên truyền, đào tạo, tập huấn."],
}

BODY = [
    ("t", HEADER, [7.5, 9.5]),
    ("p", "BÁO CÁO", "bc"),
    ("p", "Kết quả triển khai Đề án 06 sáu tháng đầu năm 2024", "bc"),
    ("p", "và nhiệm vụ trọng tâm sáu tháng cuối năm 2024", "bc"),
    ("p", "Kính gửi: Tổ Công tác triển khai Đề án 06 của Chính phủ.", "c"),
    ("p", "Thực hiện Công văn số 1823/CV-TCTTKĐA ngày 27/5/2024 của Tổ Công tác triển khai Đề án 06 của Chính phủ "
          "về việc báo cáo sơ kết 6 tháng đầu năm 2024; Kế hoạch số 37/KH-UBND ngày 24/01/2024 của UBND tỉnh về triển khai "
          "Đề án 06 năm 2024;", ""),
    ("p", "Ủy ban nhân dân tỉnh Bắc Ninh báo cáo kết quả thực hiện như sau (số liệu tính từ ngày 01/01/2024 "
          "đến ngày 15/6/2024, trừ trường hợp ghi khác):", ""),
    ("p", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN", "b"),
    ("p", "1. Công tác chỉ đạo, điều hành", "b"),
    ("p", "Ngay từ đầu năm, UBND tỉnh ban hành Kế hoạch triển khai Đề án 06 năm 2024, xác định rõ nhiệm vụ, thời hạn và "
          "đơn vị chủ trì; phân công các đồng chí Phó Chủ tịch UBND tỉnh trực tiếp phụ trách từng nhóm nhiệm vụ theo "
          "lĩnh vực được giao.", ""),
    ("p", "Trong 6 tháng đầu năm, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành 46 văn bản chỉ đạo, điều hành triển khai "
          "Đề án 06{fn1}; Công an tỉnh, với vai trò cơ quan thường trực, ban hành 84 văn bản hướng dẫn trong lực lượng "
          "Công an tỉnh.", ""),
    ("p", "Ban Chỉ đạo Chuyển đổi số và Đề án 06 tỉnh duy trì giao ban định kỳ hằng tháng; thành lập 03 đoàn kiểm tra "
          "tại tất cả các huyện, thị xã, thành phố, tập trung vào công tác số hóa hồ sơ và tiếp nhận hồ sơ trực tuyến "
          "tại Bộ phận Một cửa cấp xã.", ""),
    ("p", "Các sở, ban, ngành, UBND cấp huyện đã ban hành kế hoạch triển khai của đơn vị; phân công cán bộ đầu mối "
          "theo dõi, cập nhật số liệu hằng tuần gửi Công an tỉnh tổng hợp.", ""),
    ("p", "Thường trực HĐND tỉnh tổ chức giám sát chuyên đề việc thực hiện Đề án 06 tại một số sở, ngành và địa phương; "
          "UBND tỉnh đã chỉ đạo tiếp thu, khắc phục các kiến nghị sau giám sát.", ""),
    ("p", "2. Công tác tuyên truyền", "b"),
    ("p", "Các cơ quan báo chí, hệ thống thông tin cơ sở tăng cường tuyên truyền về lợi ích của ứng dụng VNeID, "
          "dịch vụ công trực tuyến; các địa phương in, phát hành khoảng 42.000 tờ rơi hướng dẫn cài đặt, kích hoạt "
          "tài khoản định danh điện tử.", ""),
    ("p", "Tổ công nghệ số cộng đồng các cấp tiếp tục phát huy vai trò; trong kỳ, các tổ đã hỗ trợ trên 65.000 lượt "
          "người dân cài đặt, kích hoạt ứng dụng VNeID và nộp hồ sơ trực tuyến.", ""),
    ("p", "3. Công tác hoàn thiện thể chế", "b"),
    ("p", "Tham gia góp ý dự thảo Nghị định quy định chi tiết một số điều của Luật Căn cước, dự thảo Nghị định về định danh "
          "và xác thực điện tử; rà soát văn bản quy phạm pháp luật của tỉnh còn yêu cầu xuất trình sổ hộ khẩu, sổ tạm trú "
          "giấy để sửa đổi, bãi bỏ.", ""),
    ("p", "HĐND tỉnh ban hành Nghị quyết quy định mức thu phí, lệ phí khi thực hiện dịch vụ công trực tuyến bằng 50% "
          "mức thu trực tiếp đối với một số thủ tục phát sinh nhiều hồ sơ.", ""),
    ("p", "4. Hạ tầng kỹ thuật, bảo đảm an ninh, an toàn thông tin", "b"),
    ("p", "Hệ thống thông tin giải quyết TTHC tỉnh đã kết nối với CSDLQG về dân cư, thực hiện 1.846.207 lượt xác thực, "
          "khai thác thông tin công dân trong kỳ.", ""),
    ("p", "Công an tỉnh phối hợp Sở Thông tin và Truyền thông kiểm tra an ninh, an toàn thông tin đối với các thiết bị "
          "có kết nối với CSDLQG về dân cư tại cấp huyện, cấp xã; chưa phát hiện sự cố mất an toàn thông tin.", ""),
    ("p", "5. Công tác đào tạo, tập huấn", "b"),
    ("p", "Công an tỉnh phối hợp Sở Thông tin và Truyền thông tổ chức tập huấn nghiệp vụ cho công chức Bộ phận Một cửa "
          "cấp huyện, cấp xã về tiếp nhận hồ sơ trực tuyến, số hóa hồ sơ và sử dụng thiết bị đọc CCCD gắn chip.", ""),
    ("p", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", "b"),
    ("p", "1. Kết quả thực hiện các chỉ tiêu chủ yếu", "b"),
    ("p", "Kết quả thực hiện một số chỉ tiêu chủ yếu so với Kế hoạch năm 2024 của UBND tỉnh như sau:", ""),
    ("p", "Bảng 1. Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2024", "bc"),
    ("t", TABLE1, [1.0, 6.5, 1.6, 2.3, 2.3, 2.6]),
    ("p", "Các chỉ tiêu chưa đạt kế hoạch năm dự kiến hoàn thành trong 6 tháng cuối năm.", "i"),
    ("p", "2. Về dịch vụ công thiết yếu", "b"),
    ("p", "a) Tổng hợp chung", "i"),
    ("p", "Trong 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 486.215 hồ sơ của 25 dịch vụ công thiết yếu theo Đề án 06, "
          "trong đó 346.917 hồ sơ trực tuyến, 139.298 hồ sơ trực tiếp; tỷ lệ trực tuyến đạt 71,35%{fn2}.", ""),
    ("p", "b) Nhóm dịch vụ công do lực lượng Công an thực hiện", "i"),
    ("p", "Lực lượng Công an toàn tỉnh tiếp nhận 229.480 hồ sơ, trực tuyến 212.744 hồ sơ, tỷ lệ trực tuyến 92,71%. "
          "Trong đó:", ""),
    ("p", "- Đăng ký thường trú: 41.926 hồ sơ, trực tuyến 41.388 hồ sơ (98,72%);", ""),
    ("p", "- Thông báo lưu trú: 95.828 hồ sơ, 100% trực tuyến;", ""),
    ("p", "- Cấp, cấp lại, đổi thẻ CCCD: 31.847 hồ sơ, trong đó nộp trực tuyến 19.030 hồ sơ (59,75%), trực tiếp tại "
          "cơ quan Công an 12.817 hồ sơ;", ""),
    ("p", "- Các dịch vụ đăng ký tạm trú, khai báo tạm vắng, cấp hộ chiếu, đăng ký xe, làm con dấu: tiếp nhận chủ yếu "
          "qua Cổng dịch vụ công Bộ Công an, tỷ lệ trực tuyến duy trì ở mức cao;", ""),
    ("p", "- Thu tiền nộp phạt vi phạm hành chính giao thông qua thiết bị ghi hình: tỷ lệ nộp phạt trực tuyến còn thấp "
          "do người vi phạm chủ yếu nộp tại Kho bạc, ngân hàng.", ""),
    ("p", "c) Nhóm dịch vụ công thuộc thẩm quyền của các sở, ngành, địa phương", "i"),
    ("p", "Toàn tỉnh tiếp nhận 256.735 hồ sơ, trong đó trực tuyến 134.173 hồ sơ, đạt 52,26%. Một số dịch vụ phát sinh "
          "nhiều hồ sơ:", ""),
    ("p", "- Đăng ký khai sinh: 9.842 hồ sơ, trực tuyến 8.925 hồ sơ (90,68%);", ""),
    ("p", "- Cấp phiếu lý lịch tư pháp: 14.630 hồ sơ, trong đó 5.402 hồ sơ được tiếp nhận qua ứng dụng VNeID;", ""),
    ("p", "- Giải quyết hưởng trợ cấp thất nghiệp: 11.904 hồ sơ, trực tuyến 6.215 hồ sơ;", ""),
    ("p", "- Cấp đổi, cấp lại giấy phép lái xe; cấp điện mới từ lưới điện hạ áp; thay đổi chủ thể hợp đồng mua bán điện: "
          "toàn bộ hồ sơ được tiếp nhận trực tuyến.", ""),
    ("p", "d) Cung cấp dịch vụ công trên ứng dụng VNeID", "i"),
    ("p", "Công an tỉnh phối hợp Sở Tư pháp triển khai cấp phiếu lý lịch tư pháp qua ứng dụng VNeID từ tháng 3/2024; "
          "người dân không phải xuất trình giấy tờ đã tích hợp trên ứng dụng khi thực hiện thủ tục.", ""),
    ("p", "3. Về cấp Căn cước công dân và định danh điện tử", "b"),
    ("p", "Công an tỉnh duy trì các điểm thu nhận hồ sơ cấp CCCD tại Công an cấp huyện và các tổ lưu động tại trường học, "
          "doanh nghiệp, tại nhà riêng cho người già yếu, người khuyết tật.", ""),
    ("p", "Công tác thu thập, cập nhật, chỉnh sửa thông tin trong CSDLQG về dân cư được duy trì thường xuyên, bảo đảm "
          "dữ liệu \u201cđúng, đủ, sạch, sống\u201d; các trường hợp sai lệch thông tin được rà soát, xác minh và điều chỉnh kịp thời.", ""),
    ("p", "Trong 6 tháng đầu năm, toàn tỉnh thu nhận 31.847 hồ sơ đề nghị cấp CCCD, trả 34.215 thẻ CCCD cho công dân. "
          "Lũy kế từ khi triển khai đến nay, đã thu nhận 1.302.466 hồ sơ, đạt 99,8% số công dân đủ điều kiện cấp; "
          "đã trả 1.289.115 thẻ.", ""),
    ("p", "Về định danh điện tử, trong kỳ thu nhận 118.362 hồ sơ đăng ký tài khoản định danh điện tử mức độ 2. "
          "Lũy kế thu nhận 1.021.745 hồ sơ, đã được Bộ Công an phê duyệt 968.204 tài khoản; số tài khoản đã kích hoạt "
          "là 812.336 tài khoản, đạt 83,9% số tài khoản được phê duyệt.", ""),
    ("p", "Trong số hồ sơ định danh điện tử thu nhận trong kỳ, riêng Công an thành phố Từ Sơn thu nhận 21.604 hồ sơ, "
          "dẫn đầu toàn tỉnh.", ""),
    ("p", "Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử qua tài khoản "
          "VNeID đạt 64,5%.", ""),
    ("p", "4. Về giải quyết thủ tục hành chính, số hóa hồ sơ", "b"),
    ("p", "Toàn tỉnh tiếp nhận 612.904 hồ sơ TTHC (tất cả các lĩnh vực), trong đó 498.137 hồ sơ trực tuyến, đạt 81,27%; "
          "tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,86%.", ""),
    ("p", "Tỷ lệ số hóa thành phần hồ sơ, kết quả giải quyết TTHC toàn tỉnh đạt 86,4% (cấp tỉnh 79,2%, cấp huyện 88,1%, "
          "cấp xã 91,6%); tỷ lệ cấp kết quả điện tử đạt 92,7%; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 38,6%, "
          "chưa đạt chỉ tiêu 50% do Chính phủ giao.", ""),
    ("p", "Đã có 1.152 TTHC được cung cấp dịch vụ công trực tuyến toàn trình, chiếm 60,1% tổng số TTHC của tỉnh; "
          "tất cả TTHC có thu phí, lệ phí đã tích hợp thanh toán trực tuyến. Số hồ sơ thanh toán trực tuyến là "
          "203.551 hồ sơ, đạt 41,2%.", ""),
    ("p", "Đã có 286 dịch vụ công trực tuyến có biểu mẫu điện tử tự động điền thông tin từ CSDLQG về dân cư, giúp "
          "người dân không phải kê khai lại thông tin.", ""),
    ("p", "5. Kết quả triển khai tại các ngành, lĩnh vực", "b"),
    ("p", "a) Lĩnh vực y tế", "i"),
    ("p", "318/318 cơ sở khám chữa bệnh BHYT đã triển khai tiếp nhận người bệnh bằng thẻ CCCD gắn chip; trong kỳ có "
          "2.846.117 lượt tra cứu thông tin thẻ BHYT bằng số định danh cá nhân/CCCD, trong đó 2.801.553 lượt tra cứu "
          "thành công (98,43%).", ""),
    ("p", "Đã có 612.488 công dân được tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID; 14/16 bệnh viện công lập đã "
          "triển khai thanh toán viện phí không dùng tiền mặt.", ""),
    ("p", "b) Lĩnh vực bảo hiểm xã hội", "i"),
    ("p", "Đã đồng bộ, xác thực 1.372.659 người tham gia BHXH, BHYT với CSDLQG về dân cư, đạt 99,12%; tỷ lệ người hưởng "
          "lương hưu, trợ cấp BHXH hằng tháng nhận qua tài khoản cá nhân đạt 62,4% (chỉ tiêu Chính phủ giao năm 2024 "
          "là 80%).", ""),
    ("p", "c) Lĩnh vực giáo dục và đào tạo", "i"),
    ("p", "100% trường tiểu học trên địa bàn tỉnh đã triển khai học bạ số; đã làm sạch, xác thực 98,71% dữ liệu học sinh "
          "với CSDLQG về dân cư.", ""),
    ("p", "d) Các lĩnh vực khác", "i"),
    ("p", "Cục Thuế tỉnh đã chuẩn hóa 99,18% mã số thuế cá nhân theo số định danh cá nhân. Sở Lao động - Thương binh và "
          "Xã hội hoàn thành cập nhật dữ liệu người có công, hộ nghèo, hộ cận nghèo lên hệ thống; các hội, đoàn thể "
          "tiếp tục cập nhật thông tin hội viên trên nền tảng CSDLQG về dân cư.", ""),
    ("p", "Các tổ chức tín dụng trên địa bàn đã đối chiếu, làm sạch thông tin khách hàng cá nhân bằng thẻ CCCD gắn chip "
          "và ứng dụng VNeID theo hướng dẫn của Ngân hàng Nhà nước.", ""),
    ("p", "6. Triển khai các mô hình điểm", "b"),
    ("p", "Năm 2024, tỉnh triển khai 10 mô hình điểm, gồm các mô hình theo hướng dẫn của Tổ Công tác Chính phủ và "
          "mô hình do tỉnh tự xây dựng. Đến nay, đã hoàn thành 03 mô hình, 05 mô hình đang triển khai, 01 mô hình "
          "chưa triển khai, 01 mô hình gặp vướng mắc (chi tiết tại Phụ lục kèm theo).", ""),
    ("p", "7. Về kinh phí", "b"),
    ("p", "Năm 2024, UBND tỉnh bố trí 12,6 tỷ đồng từ ngân sách tỉnh để thực hiện các nhiệm vụ Đề án 06{fn3}; "
          "đến ngày 15/6/2024 đã giải ngân 4,83 tỷ đồng.", ""),
    ("p", "8. Đánh giá chung", "b"),
    ("p", "a) Ưu điểm", "i"),
    ("p", "Công tác triển khai Đề án 06 tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Tỉnh ủy, HĐND, "
          "UBND tỉnh; sự phối hợp giữa Công an tỉnh với các sở, ngành, địa phương ngày càng chặt chẽ.", ""),
    ("p", "Nhiều tiện ích của Đề án 06 đã đi vào cuộc sống, mang lại lợi ích thiết thực cho người dân, doanh nghiệp, "
          "nhất là trong khám chữa bệnh, giải quyết thủ tục hành chính và chi trả an sinh xã hội.", ""),
    ("p", "Các mô hình điểm do tỉnh tự xây dựng bước đầu phát huy hiệu quả, được người dân đồng tình hưởng ứng.", ""),
    ("p", "b) Hạn chế", "i"),
    ("p", "Tiến độ một số nhiệm vụ còn chậm so với kế hoạch; chất lượng số hóa hồ sơ ở một số đơn vị chưa cao, "
          "dữ liệu số hóa chưa được khai thác, tái sử dụng hiệu quả.", ""),
    ("p", "III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", "b"),
    ("p", "1. Khó khăn, vướng mắc", "b"),
    ("p", "- Tỷ lệ hồ sơ trực tuyến của nhóm dịch vụ công thuộc các sở, ngành mới đạt 52,26%, thấp hơn nhiều so với "
          "nhóm dịch vụ công do Công an thực hiện; một số dịch vụ như giải quyết trợ cấp thất nghiệp, đăng ký kết hôn "
          "còn tỷ lệ trực tuyến thấp.", ""),
    ("p", "- Còn 155.868 tài khoản định danh điện tử đã được phê duyệt nhưng công dân chưa kích hoạt, chủ yếu là "
          "người cao tuổi và người lao động ngoại tỉnh đã chuyển đi nơi khác.", ""),
    ("p", "- Hạ tầng tại cấp xã chưa đồng bộ: 11 xã chưa được trang bị đủ thiết bị đọc CCCD gắn chip, máy quét tại "
          "Bộ phận Một cửa; đường truyền số liệu chuyên dùng tại một số xã thường xuyên bị gián đoạn.", ""),
    ("p", "- Việc tái sử dụng dữ liệu số hóa còn hạn chế do dữ liệu giữa Hệ thống thông tin giải quyết TTHC tỉnh và "
          "các hệ thống chuyên ngành chưa được đồng bộ.", ""),
    ("p", "- Một số mô hình (xác thực thi trực tuyến, cho vay tín chấp) chưa có hướng dẫn của bộ, ngành Trung ương "
          "nên chưa thể triển khai.", ""),
    ("p", "2. Nguyên nhân", "b"),
    ("p", "a) Nguyên nhân khách quan", "i"),
    ("p", "- Một bộ phận người dân, nhất là người cao tuổi, còn thói quen nộp hồ sơ trực tiếp; kỹ năng sử dụng thiết bị "
          "thông minh còn hạn chế.", ""),
    ("p", "- Một số văn bản hướng dẫn của bộ, ngành Trung ương ban hành chậm, chưa đồng bộ.", ""),
    ("p", "b) Nguyên nhân chủ quan", "i"),
    ("p", "- Đội ngũ cán bộ làm công tác chuyển đổi số ở cấp xã chủ yếu là kiêm nhiệm, thường xuyên thay đổi.", ""),
    ("p", "- Một số hệ thống thông tin chuyên ngành của bộ, ngành chưa kết nối, chia sẻ dữ liệu với Hệ thống thông tin "
          "giải quyết TTHC của tỉnh.", ""),
    ("p", "IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024", "b"),
    ("p", "1. Phấn đấu đến ngày 31/12/2024 tỷ lệ hồ sơ trực tuyến của các dịch vụ công thiết yếu đạt trên 80%; "
          "tỷ lệ số hóa hồ sơ đạt 90%.", ""),
    ("p", "2. Công an tỉnh tiếp tục thu nhận hồ sơ cấp CCCD, định danh điện tử; phấn đấu thu nhận thêm 120.000 hồ sơ "
          "định danh điện tử mức độ 2, đồng thời hướng dẫn công dân kích hoạt các tài khoản đã được phê duyệt.", ""),
    ("p", "3. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã hoàn thành 100% việc cập nhật dữ liệu "
          "hộ tịch lên hệ thống trước ngày 30/9/2024.", ""),
    ("p", "4. Sở Y tế chỉ đạo 16/16 bệnh viện công lập triển khai thanh toán viện phí không dùng tiền mặt trong "
          "quý III/2024.", ""),
    ("p", "5. Sở Thông tin và Truyền thông hoàn thiện kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết TTHC "
          "tỉnh với các hệ thống chuyên ngành; bảo đảm an toàn thông tin cho các hệ thống kết nối CSDLQG về dân cư.", ""),
    ("p", "6. Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện số hóa hồ sơ, kết quả giải quyết "
          "TTHC; định kỳ công khai kết quả trên Cổng thông tin điện tử tỉnh.", ""),
    ("p", "7. Sở Tài chính tham mưu bố trí kinh phí cho các nhiệm vụ Đề án 06 còn lại của năm 2024 và dự toán "
          "năm 2025.", ""),
    ("p", "8. Sở Tư pháp chủ trì hướng dẫn UBND cấp xã số hóa, cập nhật dữ liệu hộ tịch; đẩy mạnh tiếp nhận hồ sơ "
          "đăng ký khai sinh, kết hôn trực tuyến.", ""),
    ("p", "9. Sở Giáo dục và Đào tạo hoàn thiện dữ liệu học sinh, giáo viên; mở rộng triển khai học bạ số đối với "
          "cấp trung học cơ sở.", ""),
    ("p", "10. BHXH tỉnh phối hợp các ngân hàng thương mại đẩy mạnh chi trả lương hưu, trợ cấp BHXH qua tài khoản "
          "cá nhân.", ""),
    ("p", "V. ĐỀ XUẤT, KIẾN NGHỊ", "b"),
    ("p", "1. Đề nghị Bộ Công an sớm ban hành hướng dẫn kỹ thuật kết nối nền tảng xác thực thẻ CCCD gắn chip phục vụ "
          "thi trực tuyến; hỗ trợ thiết bị đọc CCCD gắn chip cho các xã còn thiếu.", ""),
    ("p", "2. Đề nghị Ngân hàng Chính sách xã hội Việt Nam hướng dẫn quy trình cho vay tín chấp qua thẻ CCCD gắn chip.", ""),
    ("p", "3. Đề nghị Văn phòng Chính phủ hoàn thiện chức năng đồng bộ trạng thái hồ sơ giữa Cổng dịch vụ công quốc gia "
          "và hệ thống của tỉnh.", ""),
    ("p", "4. Đề nghị Bảo hiểm xã hội Việt Nam nâng cấp hệ thống tra cứu thông tin thẻ BHYT, hạn chế tình trạng "
          "chậm phản hồi vào giờ cao điểm.", ""),
    ("p", "Trên đây là báo cáo kết quả triển khai Đề án 06 sáu tháng đầu năm 2024 của UBND tỉnh Bắc Ninh./.", ""),
    ("t", SIGN, [9.5, 7.5]),
    ("p", "PHỤ LỤC", "bc"),
    ("p", "KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH ĐIỂM ĐỀ ÁN 06 NĂM 2024", "bc"),
    ("p", "(Kèm theo Báo cáo số 1596/BC-UBND ngày 21/6/2024 của UBND tỉnh Bắc Ninh)", "c"),
    ("t", APPENDIX, [1.0, 5.0, 3.2, 5.5, 2.6]),
    ("p", "Ghi chú: mô hình Chợ 4.0 và mô hình phường điểm về định danh điện tử do địa phương tự xây dựng, chưa có "
          "trong danh mục hướng dẫn của Tổ Công tác Chính phủ.", "i"),
]

# ---------------------------------------------------------------- build
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FN_RE = re.compile(r"\{fn(\d+)\}")


def add_fn_ref(paragraph, n):
    run = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    run._r.append(ref)


def fill_paragraph(p, text, fmt):
    pos = 0
    for m in FN_RE.finditer(text):
        r = p.add_run(text[pos:m.start()])
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        add_fn_ref(p, int(m.group(1)))
        pos = m.end()
    r = p.add_run(text[pos:])
    r.bold = "b" in fmt
    r.italic = "i" in fmt
    if "c" in fmt:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def as_line(text):
    return FN_RE.sub(lambda m: "[^%s]" % m.group(1), text)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in doc.sections:
    s.left_margin = Cm(3.0)
    s.right_margin = Cm(2.0)

lines = []
for block in BODY:
    if block[0] == "p":
        _, text, fmt = block
        p = doc.add_paragraph()
        fill_paragraph(p, text, fmt)
        lines.append(as_line(text))
    else:
        _, rows, widths = block
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        if block is BODY[0] or rows is SIGN:
            pass
        else:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Cm(widths[j])
                cp = cell.paragraphs[0]
                r = cp.add_run(val)
                if (rows is TABLE1 or rows is APPENDIX) and i == 0:
                    r.bold = True
                if rows is HEADER or (rows is SIGN and j == 1):
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if rows is HEADER and i < 2:
                        r.bold = True
            lines.append("\t".join(row))

for n in sorted(FOOTNOTES):
    for k, para in enumerate(FOOTNOTES[n]):
        lines.append(("[^%d]: %s" % (n, para)) if k == 0 else para)

buf = io.BytesIO()
doc.save(buf)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


fn_xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<w:footnotes xmlns:w="%s">' % W,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n in sorted(FOOTNOTES):
    paras = []
    for k, para in enumerate(FOOTNOTES[n]):
        ref = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
               '<w:r><w:t xml:space="preserve"> </w:t></w:r>') if k == 0 else ''
        paras.append('<w:p><w:pPr><w:jc w:val="both"/></w:pPr>%s'
                     '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                     % (ref, esc(para)))
    fn_xml.append('<w:footnote w:id="%d">%s</w:footnote>' % (n, "".join(paras)))
fn_xml.append('</w:footnotes>')
fn_xml = "".join(fn_xml).encode("utf-8")

zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
out = io.BytesIO()
zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == "[Content_Types].xml":
        data = data.decode("utf-8").replace(
            "</Types>",
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.footnotes+xml"/></Types>').encode("utf-8")
    elif item.filename == "word/_rels/document.xml.rels":
        data = data.decode("utf-8").replace(
            "</Relationships>",
            '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode("utf-8")
    zout.writestr(item, data)
zout.writestr("word/footnotes.xml", fn_xml)
zout.close()

with open(os.path.join(HERE, NAME + ".docx"), "wb") as f:
    f.write(out.getvalue())
with open(os.path.join(HERE, NAME + ".lines.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "lines")
