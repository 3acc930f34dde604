"""Build 403_so-tu-phap-quang-binh-2024.docx: the 2024 annual Đề án 06 report of a provincial
department (Sở Tư pháp tỉnh Quảng Bình), with real Word tables and real footnotes.

Run with a Python that has python-docx:
    /work/main/.venv/bin/python tests/accuracy/layouts/403_so-tu-phap-quang-binh-2024.make.py

Writes the .docx beside this script and prints the text lines per the accuracy README's DOCX
rule: one line per paragraph (a paragraph's own line breaks split it), one line per table row
with cells joined by a tab, in document order; footnotes appended after the body, one line
per footnote paragraph (footnote reference marks carry no text). The labels in
403_so-tu-phap-quang-binh-2024.figures.csv are written against this printout, 1-based.

Footnotes are real Word footnotes (word/footnotes.xml, no separator footnotes), referenced
from the body with <w:footnoteReference>. In the body a marker "[[fnN]]" places footnote N.
"""
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "403_so-tu-phap-quang-binh-2024.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES = {
    1: "Trong đó: tỷ lệ số hóa hồ sơ lý lịch tư pháp đạt 99,7%; hồ sơ chưa được số hóa chủ yếu thuộc lĩnh vực quốc tịch, nuôi con nuôi có yếu tố nước ngoài.",
    2: "Năm 2023 Sở tiếp nhận 3.071 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID (thí điểm từ tháng 6/2023).",
    3: "Số liệu hộ tịch tổng hợp từ Hệ thống thông tin đăng ký và quản lý hộ tịch của Bộ Tư pháp; số liệu lý lịch tư pháp lấy từ Phần mềm quản lý lý lịch tư pháp của Sở; chốt số liệu ngày 14/12/2024.",
    4: "Dữ liệu trong Sổ đăng ký khai sinh, kết hôn, khai tử lưu trữ tại UBND cấp xã, UBND cấp huyện từ năm 1945 đến ngày 31/12/2015, trong đó riêng dữ liệu khai sinh khoảng 812 nghìn trường hợp.",
}

# Table 1: essential services of the justice sector (total / online / online rate), province-wide
SERVICES = [
    ("1", "Đăng ký khai sinh", "UBND cấp xã", "14.962", "14.418", "96,36"),
    ("2", "Đăng ký khai tử", "UBND cấp xã", "6.031", "5.402", "89,57"),
    ("3", "Đăng ký kết hôn", "UBND cấp xã", "7.844", "6.113", "77,93"),
    ("4", "Liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ BHYT cho trẻ em dưới 6 tuổi", "UBND cấp xã, Công an cấp xã, BHXH cấp huyện", "9.215", "9.215", "100"),
    ("5", "Liên thông đăng ký khai tử - xóa đăng ký thường trú - hưởng chế độ mai táng phí", "UBND cấp xã, Công an cấp xã, BHXH/Phòng LĐTBXH", "2.417", "2.417", "100"),
    ("6", "Cấp Phiếu lý lịch tư pháp", "Sở Tư pháp", "15.906", "15.112", "95,01"),
    ("", "Cộng", "", "56.375", "52.677", "93,44"),
]

# Table 2: plan (Kế hoạch) against result (Thực hiện)
PLAN = [
    ("1", "Tỷ lệ hồ sơ đăng ký khai sinh trực tuyến (toàn tỉnh)", "%", "90", "96,36", "Vượt"),
    ("2", "Tỷ lệ hồ sơ đăng ký khai tử trực tuyến (toàn tỉnh)", "%", "85", "89,57", "Vượt"),
    ("3", "Tỷ lệ hồ sơ đề nghị cấp Phiếu LLTP nộp qua ứng dụng VNeID", "%", "50", "61,91", "Vượt"),
    ("4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của Sở", "%", "100", "98,62", "Chưa đạt"),
    ("5", "Dữ liệu hộ tịch lịch sử được số hóa trong năm", "Trường hợp", "200.000", "214.360", "Vượt"),
]

BODY = [
    ("p", "UBND TỈNH QUẢNG BÌNH", "center"),
    ("p", "SỞ TƯ PHÁP", "center-bold"),
    ("p", "Số: 1247/BC-STP", "center"),
    ("p", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center-bold"),
    ("p", "Độc lập - Tự do - Hạnh phúc", "center-bold"),
    ("p", "Quảng Bình, ngày 18 tháng 12 năm 2024", "right-italic"),
    ("p", "BÁO CÁO", "title"),
    ("p", "Kết quả thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06) năm 2024 của Sở Tư pháp", "center-bold"),
    ("p", "Kính gửi:\n- Ủy ban nhân dân tỉnh Quảng Bình;\n- Công an tỉnh (Cơ quan Thường trực Tổ công tác Đề án 06 tỉnh).", "center"),
    ("p", "Thực hiện Kế hoạch số 28/KH-UBND ngày 10/01/2024 của UBND tỉnh về triển khai Đề án 06 trên địa bàn tỉnh năm 2024 và Công văn số 4215/CAT-PC06 ngày 02/12/2024 của Công an tỉnh về việc báo cáo kết quả thực hiện Đề án 06 năm 2024, Sở Tư pháp báo cáo kết quả thực hiện như sau (số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024):"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", 2),
    ("h", "1. Công tác ban hành văn bản, kiện toàn tổ chức", 3),
    ("p", "Ngay từ đầu năm, Sở Tư pháp ban hành Kế hoạch số 45/KH-STP ngày 22/01/2024 triển khai Đề án 06 năm 2024, trong đó giao 18 nhiệm vụ cụ thể cho các phòng, đơn vị thuộc Sở, xác định rõ đơn vị chủ trì, thời hạn hoàn thành và sản phẩm đầu ra."),
    ("p", "Các phòng, đơn vị thuộc Sở đã chủ động rà soát, đề xuất đơn giản hóa thủ tục hành chính, tái cấu trúc quy trình để tăng cường cung cấp dịch vụ công trực tuyến, cắt giảm thành phần hồ sơ đã có trong Cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "Trong năm, Sở ban hành 23 văn bản chỉ đạo, đôn đốc, hướng dẫn, trong đó có 09 văn bản hướng dẫn nghiệp vụ đăng ký hộ tịch trực tuyến, chứng thực điện tử gửi UBND các huyện, thị xã, thành phố và UBND cấp xã."),
    ("p", "Kiện toàn Tổ công tác triển khai Đề án 06 của Sở gồm lãnh đạo Sở và lãnh đạo các phòng, đơn vị do đồng chí Phó Giám đốc Sở làm Tổ trưởng; duy trì giao ban định kỳ hằng tháng, trong năm tổ chức 12 cuộc họp giao ban và 02 cuộc họp chuyên đề về liên thông thủ tục hành chính với Công an tỉnh, Bảo hiểm xã hội tỉnh."),
    ("h", "2. Công tác kiểm tra, đôn đốc", 3),
    ("p", "Tổ chức 02 đoàn kiểm tra việc thực hiện đăng ký hộ tịch trực tuyến và liên thông thủ tục hành chính tại các huyện, thị xã, thành phố và một số UBND cấp xã; qua kiểm tra đã kịp thời chấn chỉnh việc tiếp nhận hồ sơ trực tuyến chưa đúng quy trình."),
    ("h", "3. Công tác tuyên truyền, tập huấn", 3),
    ("p", "Phối hợp với Công an tỉnh tổ chức 04 lớp tập huấn nghiệp vụ đăng ký hộ tịch trực tuyến, liên thông thủ tục hành chính cho 312 công chức Tư pháp - Hộ tịch cấp xã và công chức Phòng Tư pháp cấp huyện."),
    ("p", "Đăng tải tin, bài về Đề án 06 và hướng dẫn thực hiện dịch vụ công trực tuyến trên Trang thông tin điện tử của Sở, thu hút trên 9.800 lượt truy cập; in, cấp phát khoảng 6 nghìn tờ rơi hướng dẫn đăng ký khai sinh, khai tử trực tuyến tại Bộ phận Một cửa các cấp."),
    ("p", "Lồng ghép nội dung Đề án 06 vào các hội nghị phổ biến, giáo dục pháp luật; đội ngũ báo cáo viên pháp luật của tỉnh tuyên truyền trực tiếp cho người dân về lợi ích của việc sử dụng tài khoản định danh điện tử khi thực hiện thủ tục hành chính."),
    ("h", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", 2),
    ("h", "1. Giải quyết thủ tục hành chính thuộc thẩm quyền của Sở", 3),
    ("p", "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp là 142 thủ tục; trong đó 96 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình (chiếm 67,6%), 46 thủ tục cung cấp dịch vụ công trực tuyến một phần. 100% thủ tục đã được công khai trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    ("p", "Trong kỳ, Sở tiếp nhận 21.684 hồ sơ thủ tục hành chính, trong đó 18.907 hồ sơ trực tuyến (đạt 87,19%), 2.777 hồ sơ trực tiếp. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,99%."),
    ("p", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của Sở đạt 98.62%[[fn1]]; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%; tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa đạt 61.4%."),
    ("p", "Về thanh toán trực tuyến: có 12.436 hồ sơ thực hiện thanh toán trực tuyến phí, lệ phí với tổng số tiền hơn 2,1 tỷ đồng, chiếm 91,3% số hồ sơ có thu phí, lệ phí."),
    ("p", "Sở đã kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; trong năm thực hiện 16.240 lượt xác thực thông tin công dân, không yêu cầu người dân nộp bản sao giấy tờ về cư trú."),
    ("p", "Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh bố trí công chức thường trực hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến, đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử."),
    ("h", "2. Cấp Phiếu lý lịch tư pháp", 3),
    ("p", "Trong năm, Sở tiếp nhận 15.906 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp, trong đó 15.112 hồ sơ nộp trực tuyến (đạt 95,01%). Riêng hồ sơ đề nghị cấp Phiếu qua ứng dụng VNeID là 9.847 hồ sơ, chiếm 61,91% tổng số hồ sơ, tăng 3,2 lần so với năm 2023[[fn2]]."),
    ("p", "Đã cấp 15.688 Phiếu lý lịch tư pháp, trong đó 7.215 Phiếu cấp dưới dạng bản điện tử. Thời gian giải quyết bình quân đối với hồ sơ nộp qua VNeID là 04 ngày làm việc, rút ngắn 06 ngày so với thời hạn quy định."),
    ("p", "Việc tra cứu, xác minh thông tin nhân thân của người yêu cầu được thực hiện trực tiếp trên Cơ sở dữ liệu quốc gia về dân cư, giảm đáng kể thời gian xác minh với Công an cấp huyện."),
    ("h", "3. Đăng ký hộ tịch và liên thông thủ tục hành chính", 3),
    ("p", "Trên địa bàn toàn tỉnh, UBND cấp huyện, cấp xã tiếp nhận 58.731 hồ sơ đăng ký hộ tịch, trong đó 47.215 hồ sơ trực tuyến, đạt 80,39%. Kết quả thực hiện các dịch vụ công thiết yếu lĩnh vực tư pháp tại Bảng 1."),
    ("p", "Bảng 1. Kết quả tiếp nhận hồ sơ dịch vụ công thiết yếu lĩnh vực tư pháp năm 2024[[fn3]]", "center-italic"),
    ("t", ("STT", "Dịch vụ công", "Cơ quan giải quyết", "Tổng số hồ sơ", "Trực tuyến", "Tỷ lệ trực tuyến (%)"), SERVICES),
    ("p", "So với năm 2023, tỷ lệ đăng ký khai sinh trực tuyến tăng 21,4 điểm phần trăm, đăng ký khai tử trực tuyến tăng 17,9 điểm phần trăm; toàn bộ hồ sơ liên thông được tiếp nhận qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID."),
    ("p", "Phối hợp với Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh giải quyết liên thông; qua liên thông đã có 2.104 hồ sơ được giải quyết chế độ mai táng phí, trong đó 1.986 trường hợp được chi trả qua tài khoản cá nhân của thân nhân (đạt 94,39%) với tổng số tiền 16,45 tỷ đồng, không sử dụng tiền mặt."),
    ("h", "4. Số hóa, làm sạch dữ liệu hộ tịch", 3),
    ("p", "Lũy kế đến ngày 14/12/2024, toàn tỉnh đã số hóa, cập nhật 1,27 triệu dữ liệu hộ tịch lịch sử vào Cơ sở dữ liệu hộ tịch điện tử[[fn4]], đạt 92,8% tổng số dữ liệu cần số hóa; riêng năm 2024 số hóa được 214.360 trường hợp."),
    ("p", "Đã đồng bộ 1.183.542 dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư để phục vụ làm sạch dữ liệu; còn 86.458 dữ liệu sai lệch đang phối hợp với Công an cấp xã rà soát, điều chỉnh."),
    ("p", "Sở đã hướng dẫn UBND cấp huyện tổ chức kiểm tra chất lượng dữ liệu sau số hóa, bảo đảm dữ liệu được nhập đúng, đủ, thống nhất với Sổ hộ tịch giấy trước khi đồng bộ."),
    ("h", "5. Thực hiện các mô hình điểm", 3),
    ("p", "Sở Tư pháp được giao chủ trì 04 mô hình trong danh mục mô hình điểm của tỉnh năm 2024, kết quả cụ thể như sau:"),
    ("p", "- Mô hình “Thông tin lý lịch tư pháp trên VNeID”: đã hoàn thành, triển khai chính thức trên toàn tỉnh từ tháng 01/2024."),
    ("p", "- Mô hình “Triển khai tại các điểm công chứng, chứng thực”: đang triển khai; 22/22 tổ chức hành nghề công chứng (đạt 100%) đã trang bị thiết bị đọc thẻ Căn cước gắn chip, trong năm xác thực 34.518 lượt người yêu cầu công chứng."),
    ("p", "- Mô hình “Số hóa tạo lập dữ liệu hộ tịch trên nền Cơ sở dữ liệu quốc gia về dân cư”: đang triển khai (kết quả tại điểm 4 mục II nêu trên)."),
    ("p", "- Mô hình “Tuyên truyền chính sách, hỗ trợ pháp lý qua ứng dụng VNeID, Call Centre”: chưa triển khai do chưa có hướng dẫn kỹ thuật kết nối của Bộ Công an."),
    ("h", "6. Kinh phí thực hiện", 3),
    ("p", "Năm 2024, Sở được bố trí 1.450.000.000 đồng từ nguồn ngân sách tỉnh để thực hiện các nhiệm vụ Đề án 06, đã giải ngân 1.318.700.000 đồng (đạt 90,94%)."),
    ("h", "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024", 2),
    ("p", "Bảng 2. Kết quả thực hiện các chỉ tiêu Đề án 06 năm 2024 giao cho Sở Tư pháp", "center-italic"),
    ("t", ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Đánh giá"), PLAN),
    ("p", "Như vậy, 4/5 chỉ tiêu đạt và vượt kế hoạch; chỉ tiêu số hóa hồ sơ, kết quả giải quyết TTHC chưa đạt do một số hồ sơ lĩnh vực quốc tịch, nuôi con nuôi có yếu tố nước ngoài có thành phần là bản dịch, giấy tờ nước ngoài chưa được số hóa đầy đủ."),
    ("h", "IV. KHÓ KHĂN, VƯỚNG MẮC", 2),
    ("p", "- Còn 4.126 hồ sơ đăng ký hộ tịch nộp trực tuyến bị từ chối tiếp nhận do công dân kê khai sai thông tin hoặc đính kèm thành phần hồ sơ không đúng quy định, chiếm 8,74% số hồ sơ trực tuyến."),
    ("p", "- Tỷ lệ đăng ký kết hôn trực tuyến mới đạt 77,93%, chưa đạt chỉ tiêu 80% UBND tỉnh giao, do phần lớn công dân vẫn có nhu cầu đến trực tiếp để nhận Giấy chứng nhận kết hôn."),
    ("p", "- Tại một số xã miền núi của các huyện Minh Hóa, Tuyên Hóa, Quảng Ninh đường truyền chậm, thiếu máy quét; một số công chức Tư pháp - Hộ tịch cấp xã mới được tuyển dụng, luân chuyển chưa được tập huấn."),
    ("p", "- Phần mềm đăng ký hộ tịch dùng chung của Bộ Tư pháp nhiều thời điểm gián đoạn (trong năm có 09 lần gián đoạn trên 4 giờ), ảnh hưởng đến thời hạn giải quyết hồ sơ của công dân."),
    ("p", "- Một bộ phận người dân, nhất là người cao tuổi ở vùng nông thôn, miền núi chưa quen sử dụng ứng dụng VNeID và Cổng Dịch vụ công quốc gia, vẫn phải nhờ công chức hỗ trợ nộp hồ sơ."),
    ("h", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 2),
    ("p", "1. Phấn đấu tỷ lệ hồ sơ đăng ký khai sinh, khai tử trực tuyến toàn tỉnh đạt trên 95%; tỷ lệ hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID đạt tối thiểu 70%."),
    ("p", "2. Hoàn thành số hóa 100% dữ liệu hộ tịch lịch sử trước ngày 30/6/2025; phối hợp làm sạch dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "3. Tổ chức ít nhất 05 lớp tập huấn cho công chức Tư pháp - Hộ tịch cấp xã, ưu tiên công chức mới tuyển dụng, luân chuyển."),
    ("p", "4. Phối hợp với Công an tỉnh triển khai mô hình hỗ trợ pháp lý qua ứng dụng VNeID ngay khi có hướng dẫn của Bộ Công an."),
    ("p", "5. Tiếp tục rà soát, tái cấu trúc quy trình, nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính thuộc thẩm quyền của Sở."),
    ("h", "VI. KIẾN NGHỊ, ĐỀ XUẤT", 2),
    ("p", "1. Đề nghị Công an tỉnh chỉ đạo Công an cấp xã phối hợp rà soát, điều chỉnh xong 86.458 dữ liệu hộ tịch sai lệch trong Quý I/2025."),
    ("p", "2. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã bảo đảm 100% hồ sơ đăng ký hộ tịch được số hóa ngay khi tiếp nhận."),
    ("p", "3. Kiến nghị UBND tỉnh bố trí khoảng 2,5 tỷ đồng trong năm 2025 để trang bị máy quét, thiết bị đọc thẻ Căn cước cho 145 UBND cấp xã."),
    ("p", "Trên đây là báo cáo kết quả thực hiện Đề án 06 năm 2024 của Sở Tư pháp, kính báo cáo UBND tỉnh, Công an tỉnh theo dõi, chỉ đạo./."),
    ("p", "Nơi nhận:\n- Như trên;\n- Bộ Tư pháp (để b/c);\n- Sở Lao động - TB&XH;\n- Giám đốc, các PGĐ Sở;\n- Phòng Hành chính tư pháp;\n- Trang TTĐT Sở;\n- Lưu: VT, HCTP.", "left-small"),
    ("p", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "center-bold"),
    ("p", "(Đã ký)", "center-italic"),
    ("p", "Hoàng Văn Thạch", "center-bold"),
]

MARK = re.compile(r"\[\[fn(\d+)\]\]")


def add_footnote_ref(paragraph, num):
    run = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(num))
    run._r.append(ref)


def add_paragraph(doc, text, style=None):
    p = doc.add_paragraph()
    if style == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(15)
        return p
    parts = text.split("\n")
    for i, part in enumerate(parts):
        pos = 0
        for m in MARK.finditer(part):
            run = p.add_run(part[pos:m.start()])
            if style and "bold" in style:
                run.bold = True
            if style and "italic" in style:
                run.italic = True
            add_footnote_ref(p, int(m.group(1)))
            pos = m.end()
        run = p.add_run(part[pos:])
        if style and "bold" in style:
            run.bold = True
        if style and "italic" in style:
            run.italic = True
        if style == "left-small":
            run.font.size = Pt(11)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)
    if style and style.startswith("center"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif style and style.startswith("right"):
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif style and style.startswith("left"):
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def add_table(doc, header, rows):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
        if row[0] == "" and row[1] in ("Cộng", "Tổng cộng"):
            for cell in cells:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return table


def add_footnotes_part(doc):
    body = []
    for num, text in sorted(FOOTNOTES.items()):
        body.append(
            f'<w:footnote w:id="{num}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            f"</w:p></w:footnote>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    style.font.size = Pt(13)
    for item in BODY:
        if item[0] == "p":
            add_paragraph(doc, item[1], item[2] if len(item) > 2 else None)
        elif item[0] == "h":
            doc.add_heading(item[1], level=item[2])
        elif item[0] == "t":
            add_table(doc, item[1], item[2])
    add_footnotes_part(doc)
    doc.save(OUT)
    return OUT


def text_lines(path):
    """Lines per the README's DOCX rule, read back from the saved file."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    lines = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.extend(Paragraph(child, doc).text.split("\n"))
        elif child.tag == qn("w:tbl"):
            for row in Table(child, doc).rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" in z.namelist():
            root = ET.fromstring(z.read("word/footnotes.xml"))
            w = "{%s}" % W_NS
            for fn in root.findall(w + "footnote"):
                if fn.get(w + "type") in ("separator", "continuationSeparator"):
                    continue
                for p in fn.findall(w + "p"):
                    lines.append("".join(t.text or "" for t in p.iter(w + "t")))
    return lines


if __name__ == "__main__":
    path = build()
    for i, line in enumerate(text_lines(path), 1):
        print(f"{i}\t{line}")
