"""Build 705_bhxh-viet-nam-2024-9thang.docx (real Word tables, real footnotes) and its
.lines.txt (one line per paragraph, one per table row with cells joined by a tab, footnotes
after the body as "[^N]: ...").  Run with /work/main/.venv/bin/python."""
import os
import re
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "705_bhxh-viet-nam-2024-9thang"
DOCX = os.path.join(HERE, NAME + ".docx")
LINES = os.path.join(HERE, NAME + ".lines.txt")

FOOTNOTES = {
    1: "Không bao gồm 1.028.411 người tham gia do BHXH Bộ Quốc phòng và BHXH Công an nhân dân quản lý; dữ liệu của các đối tượng này được đồng bộ theo cơ chế riêng.",
    2: "Dữ liệu giấy chứng sinh, giấy báo tử được chia sẻ sang Cổng Dịch vụ công quốc gia để phục vụ 02 nhóm thủ tục hành chính liên thông; hiện còn 1.512 cơ sở khám chữa bệnh chưa gửi dữ liệu đầy đủ.",
    3: "Trong đó có 5.212.047 tài khoản đăng ký mới trong 9 tháng đầu năm 2024; tỷ lệ người đang tham gia có tài khoản VssID đạt 44,8%.",
}

HEADER_ROWS = [
    ["BẢO HIỂM XÃ HỘI VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 3318/BC-BHXH", "Độc lập - Tự do - Hạnh phúc"],
    ["", "Hà Nội, ngày 10 tháng 10 năm 2024"],
]

REGION_TABLE = [
    ["STT", "Vùng", "Người đang tham gia đã xác thực (người)", "Tỷ lệ xác thực (%)",
     "Tỷ lệ người hưởng lương hưu, trợ cấp hằng tháng qua tài khoản (%)"],
    ["1", "Trung du và miền núi phía Bắc", "11.843.879", "96,21", "44,12"],
    ["2", "Đồng bằng sông Hồng", "21.493.512", "98,12", "69,35"],
    ["3", "Bắc Trung Bộ và Duyên hải miền Trung", "19.113.196", "97,58", "56,21"],
    ["4", "Tây Nguyên", "5.438.873", "95,37", "47,86"],
    ["5", "Đông Nam Bộ", "16.690.364", "96,83", "73,42"],
    ["6", "Đồng bằng sông Cửu Long", "14.832.479", "96,95", "48,87"],
    ["", "Toàn quốc", "89.412.303", "97,14", "61,78"],
]

SERVICE_TABLE = [
    ["STT", "Dịch vụ công", "Hồ sơ tiếp nhận", "Trực tuyến", "Trực tiếp", "Tỷ lệ trực tuyến (%)"],
    ["1", "Gia hạn thẻ BHYT theo hộ gia đình có giảm trừ mức đóng", "3.215.480", "1.964.382", "1.251.098", "61,09"],
    ["2", "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em (phần cấp thẻ BHYT)", "812.645", "792.118", "20.527", "97,47"],
    ["3", "Liên thông đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng (phần trợ cấp mai táng)", "94.218", "90.406", "3.812", "95,95"],
    ["4", "Cấp lại, đổi thẻ BHYT", "1.108.337", "1.061.902", "46.435", "95,81"],
    ["5", "Giải quyết hưởng BHXH một lần", "721.506", "512.268", "209.238", "71,00"],
    ["", "Tổng cộng", "5.952.186", "4.421.076", "1.531.110", "74,28"],
]

TASKS = [
    ("Xác thực thông tin người tham gia BHXH, BHYT, BHTN với Cơ sở dữ liệu quốc gia về dân cư", "Trung tâm Công nghệ thông tin; Ban Quản lý Thu - Sổ, thẻ", "Thường xuyên", "Đang triển khai"),
    ("Rà soát, chuẩn hóa thông tin sai lệch giữa Cơ sở dữ liệu quốc gia về bảo hiểm và Cơ sở dữ liệu quốc gia về dân cư", "Ban Quản lý Thu - Sổ, thẻ", "Tháng 12/2024", "Đang triển khai"),
    ("Gộp, thu hồi mã số BHXH cấp trùng", "Ban Quản lý Thu - Sổ, thẻ", "Tháng 9/2024", "Hoàn thành"),
    ("Nâng cấp đường truyền kết nối với Trung tâm dữ liệu quốc gia về dân cư", "Trung tâm Công nghệ thông tin", "Quý II/2024", "Hoàn thành"),
    ("Triển khai tra cứu thẻ BHYT bằng thẻ CCCD tại các cơ sở khám chữa bệnh BHYT", "Trung tâm Giám định BHYT và Thanh toán đa tuyến", "Tháng 6/2024", "Hoàn thành"),
    ("Tích hợp thông tin thẻ BHYT trên ứng dụng VNeID", "Trung tâm Công nghệ thông tin", "Quý I/2024", "Hoàn thành"),
    ("Tiếp nhận dữ liệu giấy chứng sinh, giấy báo tử điện tử", "Trung tâm Giám định BHYT và Thanh toán đa tuyến", "Quý II/2024", "Hoàn thành"),
    ("Tiếp nhận dữ liệu giấy khám sức khỏe lái xe", "Trung tâm Giám định BHYT và Thanh toán đa tuyến", "Quý I/2024", "Hoàn thành"),
    ("Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em", "Ban Thực hiện chính sách BHYT", "Thường xuyên", "Hoàn thành"),
    ("Liên thông đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng", "Ban Thực hiện chính sách BHXH", "Thường xuyên", "Hoàn thành"),
    ("Cung cấp dịch vụ công gia hạn thẻ BHYT theo hộ gia đình có giảm trừ mức đóng", "Ban Quản lý Thu - Sổ, thẻ", "Thường xuyên", "Hoàn thành"),
    ("Xây dựng dịch vụ công cấp lại thẻ BHYT trên ứng dụng VNeID", "Trung tâm Công nghệ thông tin", "Quý IV/2024", "Đang triển khai"),
    ("Xây dựng dịch vụ tra cứu quá trình tham gia BHXH trên ứng dụng VNeID", "Trung tâm Công nghệ thông tin", "Quý IV/2024", "Đang triển khai"),
    ("Xây dựng dịch vụ công đăng ký hưởng BHXH một lần trên ứng dụng VNeID", "Trung tâm Công nghệ thông tin; Ban Thực hiện chính sách BHXH", "Quý IV/2024", "Đang triển khai"),
    ("Đăng nhập ứng dụng VssID bằng tài khoản định danh điện tử", "Trung tâm Công nghệ thông tin", "Quý I/2024", "Hoàn thành"),
    ("Chi trả lương hưu, trợ cấp BHXH hằng tháng qua tài khoản cá nhân", "Vụ Tài chính - Kế toán", "Thường xuyên", "Đang triển khai"),
    ("Chi trả trợ cấp BHXH một lần, trợ cấp thất nghiệp qua tài khoản cá nhân", "Vụ Tài chính - Kế toán", "Thường xuyên", "Hoàn thành"),
    ("Đối chiếu tình trạng còn sống của người hưởng lương hưu với dữ liệu dân cư", "Ban Thực hiện chính sách BHXH", "Tháng 6/2024", "Chậm tiến độ"),
    ("Phối hợp tích hợp Sổ sức khỏe điện tử trên ứng dụng VNeID", "Trung tâm Giám định BHYT và Thanh toán đa tuyến", "Theo lộ trình của Bộ Y tế", "Đang triển khai"),
    ("Phối hợp xây dựng quy trình chi trả an sinh xã hội qua ứng dụng VNeID", "Vụ Tài chính - Kế toán", "Tháng 12/2024", "Đang triển khai"),
    ("Ban hành quy trình khai thác, sử dụng dữ liệu dân cư trong nghiệp vụ thu, cấp sổ, thẻ", "Vụ Pháp chế", "Quý I/2024", "Hoàn thành"),
    ("Sửa đổi quy trình giải quyết hưởng các chế độ BHXH sử dụng dữ liệu dân cư", "Vụ Pháp chế", "Quý II/2024", "Hoàn thành"),
    ("Bảo đảm an toàn thông tin hệ thống kết nối với Cơ sở dữ liệu quốc gia về dân cư theo cấp độ", "Trung tâm Công nghệ thông tin", "Quý II/2024", "Hoàn thành"),
    ("Truyền thông về Đề án 06 trên báo chí, mạng xã hội", "Trung tâm Truyền thông", "Thường xuyên", "Hoàn thành"),
    ("In, phát hành tờ gấp, áp phích hướng dẫn sử dụng thẻ CCCD trong khám chữa bệnh", "Trung tâm Truyền thông", "Quý II/2024", "Hoàn thành"),
    ("Hỗ trợ người dân qua tổng đài chăm sóc khách hàng", "Trung tâm Chăm sóc khách hàng", "Thường xuyên", "Hoàn thành"),
    ("Kiểm tra việc khai thác dữ liệu dân cư tại BHXH các tỉnh, thành phố", "Ban Kiểm tra", "Quý III/2024", "Hoàn thành"),
    ("Tập huấn khai thác dữ liệu dân cư, xác thực điện tử cho công chức, viên chức", "Trường Đào tạo nghiệp vụ BHXH", "Quý III/2024", "Hoàn thành"),
    ("Bố trí kinh phí thực hiện các nhiệm vụ công nghệ thông tin phục vụ Đề án 06", "Vụ Tài chính - Kế toán", "Quý I/2024", "Hoàn thành"),
    ("Tổng hợp, báo cáo định kỳ kết quả thực hiện Đề án 06", "Văn phòng", "Hằng tháng", "Hoàn thành"),
    ("Chia sẻ dữ liệu người tham gia BHXH cho cơ quan thuế, cơ quan lao động theo yêu cầu", "Trung tâm Công nghệ thông tin", "Thường xuyên", "Đang triển khai"),
    ("Kết nối dữ liệu hộ nghèo, người có công với Cơ sở dữ liệu quốc gia về bảo hiểm", "Ban Quản lý Thu - Sổ, thẻ", "Tháng 9/2024", "Chậm tiến độ"),
]

# body: ("p", text, bold, center) ; ("t", rows) ; footnote marks written as [[fnN]] inside text
BODY = [
    ("t", HEADER_ROWS),
    ("p", "", False, False),
    ("p", "BÁO CÁO", True, True),
    ("p", "Kết quả thực hiện Đề án 06 của ngành Bảo hiểm xã hội 9 tháng đầu năm 2024", True, True),
    ("p", "và nhiệm vụ trọng tâm 3 tháng cuối năm 2024", True, True),
    ("p", "", False, False),
    ("p", "Kính gửi: Tổ công tác triển khai Đề án 06 của Chính phủ.", False, True),
    ("p", "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06 và Công văn số 1150/TCTĐA ngày 15/9/2024 của Tổ công tác triển khai Đề án 06 của Chính phủ về việc báo cáo kết quả thực hiện 9 tháng đầu năm 2024, Bảo hiểm xã hội (BHXH) Việt Nam báo cáo kết quả thực hiện của ngành như sau:", False, False),
    ("p", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", True, False),
    ("p", "1. Ngay từ đầu năm, BHXH Việt Nam ban hành Kế hoạch số 214/KH-BHXH ngày 25/01/2024 triển khai nhiệm vụ của ngành tại Đề án 06 năm 2024, giao 32 nhiệm vụ cụ thể cho các đơn vị trực thuộc và BHXH các tỉnh, thành phố.", False, False),
    ("p", "2. Trong 9 tháng, Tổng Giám đốc và Lãnh đạo BHXH Việt Nam đã ban hành 27 văn bản chỉ đạo, hướng dẫn, đôn đốc; tổ chức 04 hội nghị trực tuyến với BHXH các tỉnh, thành phố về đẩy mạnh ứng dụng dữ liệu dân cư, định danh điện tử trong giải quyết chế độ, chính sách.", False, False),
    ("p", "3. Đến ngày 30/9/2024, trong số 32 nhiệm vụ được giao năm 2024, đã hoàn thành 21 nhiệm vụ; 9 nhiệm vụ đang triển khai theo tiến độ; 2 nhiệm vụ chậm tiến độ (chi tiết tại Phụ lục kèm theo).", False, False),
    ("p", "4. Công tác truyền thông: phối hợp với các cơ quan báo chí đăng tải 1.326 tin, bài; in và phát hành khoảng 2,5 triệu tờ gấp, áp phích về lợi ích của việc sử dụng thẻ CCCD, ứng dụng VNeID, VssID trong khám chữa bệnh BHYT.", False, False),
    ("p", "5. Công tác kiểm tra: Đoàn kiểm tra của BHXH Việt Nam đã kiểm tra việc khai thác, sử dụng dữ liệu dân cư tại BHXH 12 tỉnh, thành phố; không phát hiện trường hợp khai thác dữ liệu sai mục đích.", False, False),
    ("p", '6. Phối hợp với Bộ Công an (C06) ký Quy chế phối hợp số 01/QC-BCA-BHXH ngày 02/4/2024 về kết nối, chia sẻ, khai thác dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu quốc gia về bảo hiểm.', False, False),
    ("p", "II. KẾT QUẢ THỰC HIỆN", True, False),
    ("p", "1. Kết nối, chia sẻ, xác thực dữ liệu với Cơ sở dữ liệu quốc gia về dân cư", True, False),
    ("p", "- Đến ngày 30/9/2024, Cơ sở dữ liệu quốc gia về bảo hiểm đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư 95.836.522 nhân khẩu (bao gồm cả người đã dừng tham gia và thành viên hộ gia đình chưa tham gia).", False, False),
    ("p", "- Trong đó, số người đang tham gia BHXH, BHYT, BHTN đã được xác thực thông tin là 89.412.303/92.041.118 người, đạt 97,14%[[fn1]].", False, False),
    ("p", "- Riêng 9 tháng đầu năm 2024, đã đồng bộ, xác thực bổ sung 1.204.377 người tham gia; bình quân mỗi ngày hệ thống thực hiện khoảng 1,2 triệu lượt truy vấn tới Cơ sở dữ liệu quốc gia về dân cư.", False, False),
    ("p", "- Lũy kế từ khi kết nối đến nay, hệ thống của ngành đã thực hiện 1.286.415.270 lượt truy vấn, xác thực thông tin công dân với Cơ sở dữ liệu quốc gia về dân cư.", False, False),
    ("p", "- Qua đối chiếu, phát hiện 2.014.856 trường hợp có thông tin sai lệch (họ tên, ngày sinh, số định danh cá nhân); đã chuẩn hóa 1.793.187 trường hợp, đạt 89%.", False, False),
    ("p", "- Phát hiện 516.708 trường hợp được cấp trùng mã số BHXH; đã thực hiện gộp, thu hồi mã số trùng, hạn chế tình trạng một người có nhiều sổ BHXH.", False, False),
    ("p", '- Dữ liệu đã xác thực được sử dụng để tự động điền thông tin trên tờ khai điện tử; người dân chỉ cần kê khai số định danh cá nhân khi làm thủ tục cấp sổ BHXH, thẻ BHYT.', False, False),
    ("p", "2. Sử dụng thẻ CCCD gắn chip, ứng dụng VNeID trong khám chữa bệnh BHYT", True, False),
    ("p", "- Đến ngày 30/9/2024, có 12.998/13.012 cơ sở khám chữa bệnh BHYT trên toàn quốc triển khai tiếp nhận người bệnh bằng thẻ CCCD gắn chip, đạt 99,89%; 14 cơ sở còn lại chủ yếu là trạm y tế xã chưa được trang bị thiết bị đọc thẻ.", False, False),
    ("p", "- Lũy kế từ khi triển khai đến ngày 30/9/2024, có 137.286.592 lượt tra cứu thông tin thẻ BHYT bằng số định danh cá nhân/thẻ CCCD gắn chip phục vụ làm thủ tục khám chữa bệnh, trong đó 136.571.120 lượt tra cứu có kết quả thành công, đạt 99,48%.", False, False),
    ("p", "- Riêng 9 tháng đầu năm 2024 có 64.311.905 lượt tra cứu, chiếm khoảng 45% tổng số lượt khám chữa bệnh BHYT trong kỳ (khoảng 142,9 triệu lượt).", False, False),
    ("p", "- Tại TP. Hồ Chí Minh, địa phương có số lượt tra cứu lớn nhất, đã có 14.215.036 lượt tra cứu thẻ BHYT bằng thẻ CCCD kể từ khi triển khai.", False, False),
    ("p", "- Ứng dụng VNeID: 42.108.335 tài khoản định danh điện tử đã tích hợp thông tin thẻ BHYT; trong 9 tháng có 7.912.546 lượt người bệnh xuất trình thẻ BHYT trên VNeID khi đi khám chữa bệnh.", False, False),
    ("p", "- Liên thông dữ liệu: Hệ thống thông tin giám định BHYT đã tiếp nhận và chia sẻ 12.405.688 hồ sơ giấy khám sức khỏe lái xe, giấy chứng sinh và giấy báo tử điện tử[[fn2]].", False, False),
    ("p", "3. Chi trả các chế độ BHXH, BHTN không dùng tiền mặt", True, False),
    ("p", "- Đến ngày 30/9/2024, toàn quốc có 2.056.204 người nhận lương hưu, trợ cấp BHXH hằng tháng qua tài khoản cá nhân, chiếm 61,78% tổng số người hưởng (3.328.269 người); riêng khu vực đô thị đạt 80,32%.", False, False),
    ("p", "- Tỷ lệ người nhận chế độ BHXH một lần qua tài khoản cá nhân đạt 98,91%; tỷ lệ người hưởng trợ cấp thất nghiệp nhận qua tài khoản đạt 99,67%.", False, False),
    ("p", "- Trong 9 tháng, tổng số tiền chi trả các chế độ qua tài khoản cá nhân đạt 106.482 tỷ đồng.", False, False),
    ("p", '- Phối hợp Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại mở tài khoản miễn phí cho người hưởng; tổ chức điểm chi trả lưu động kết hợp mở tài khoản tại khu vực nông thôn, miền núi.', False, False),
    ("p", "Kết quả theo vùng được tổng hợp tại bảng dưới đây.", False, False),
    ("p", "Bảng 1. Kết quả xác thực dữ liệu và chi trả qua tài khoản theo vùng (đến 30/9/2024)", True, True),
    ("t", REGION_TABLE),
    ("p", "Ghi chú: Số liệu vùng tổng hợp từ báo cáo của BHXH các tỉnh, thành phố; tỷ lệ xác thực tính trên số người đang tham gia của vùng.", False, False),
    ("p", "4. Cung cấp dịch vụ công trực tuyến, tích hợp trên Cổng Dịch vụ công quốc gia và ứng dụng VNeID", True, False),
    ("p", "- Ngành BHXH hiện cung cấp 26 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, trong đó có 01 dịch vụ công thiết yếu theo Đề án 06 do ngành chủ trì và 02 nhóm thủ tục liên thông do ngành tham gia.", False, False),
    ("p", "- Trong 9 tháng, toàn ngành tiếp nhận, giải quyết 38.912.407 hồ sơ giao dịch điện tử của đơn vị sử dụng lao động và người dân; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,62%.", False, False),
    ("p", "Kết quả tiếp nhận hồ sơ của một số dịch vụ công chủ yếu như sau:", False, False),
    ("p", "Bảng 2. Kết quả tiếp nhận hồ sơ một số dịch vụ công của ngành BHXH 9 tháng đầu năm 2024", True, True),
    ("t", SERVICE_TABLE),
    ("p", "- So với cùng kỳ năm 2023, tỷ lệ hồ sơ gia hạn thẻ BHYT hộ gia đình nộp trực tuyến tăng 14,2 điểm phần trăm.", False, False),
    ("p", "- Ứng dụng VssID: người dân đăng nhập bằng tài khoản định danh điện tử mức độ 2; đến ngày 30/9/2024 ứng dụng có 41.236.775 tài khoản, trong đó 17.309.420 tài khoản đăng ký, đăng nhập bằng VNeID[[fn3]].", False, False),
    ("p", "- Đang phối hợp Bộ Công an xây dựng 03 dịch vụ trên ứng dụng VNeID (cấp lại thẻ BHYT, tra cứu quá trình tham gia, đăng ký hưởng BHXH một lần).", False, False),
    ("p", '- Việc thanh toán trực tuyến tiền đóng BHYT hộ gia đình được thực hiện qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia và các ví điện tử đã kết nối.', False, False),
    ("p", "5. Triển khai các mô hình, tiện ích có sự tham gia của ngành BHXH", True, False),
    ("p", "5.1. Khám chữa bệnh sử dụng thẻ CCCD và ứng dụng VNeID: đã hoàn thành triển khai trên phạm vi toàn quốc (kết quả nêu tại mục 2).", False, False),
    ("p", "5.2. Tích hợp thông tin Sổ sức khỏe điện tử trên VNeID: BHXH Việt Nam phối hợp Bộ Y tế, Bộ Công an đang triển khai; đến nay có 9.437.612 người dân đã có sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID.", False, False),
    ("p", "5.3. Quản lý chương trình an sinh xã hội thông qua VNeID: đang phối hợp Bộ Lao động - Thương binh và Xã hội xây dựng quy trình chi trả trợ cấp qua tài khoản an sinh xã hội.", False, False),
    ("p", "5.4. Mô hình đối chiếu tình trạng còn sống của người hưởng lương hưu với dữ liệu dân cư (tự động tạm dừng chi trả khi người hưởng đã chết): còn vướng mắc do dữ liệu khai tử tại một số địa phương chưa được cập nhật kịp thời; qua đối chiếu thí điểm tại 05 tỉnh đã phát hiện 1.142 trường hợp đã chết nhưng chưa báo giảm.", False, False),
    ("p", "5.5. Xác thực sinh trắc học khi nhận chế độ BHXH một lần qua ngân hàng: chưa triển khai, chờ hướng dẫn của Ngân hàng Nhà nước Việt Nam.", False, False),
    ("p", "6. Bảo đảm hạ tầng, an toàn thông tin và nguồn lực", True, False),
    ("p", "- Nâng cấp đường truyền kết nối với Trung tâm dữ liệu quốc gia về dân cư lên 10 Gbps; bổ sung máy chủ dự phòng tại Trung tâm dữ liệu của ngành.", False, False),
    ("p", "- Kinh phí: năm 2024 ngành BHXH bố trí 186,5 tỷ đồng từ nguồn chi quản lý bộ máy cho các nhiệm vụ công nghệ thông tin phục vụ Đề án 06; đến ngày 30/9/2024 đã giải ngân 97,3 tỷ đồng, đạt 52,17%.", False, False),
    ("p", "- Tổ chức 06 lớp tập huấn cho 1.850 công chức, viên chức làm công tác thu, cấp sổ, thẻ và chi trả về khai thác dữ liệu dân cư, xác thực điện tử.", False, False),
    ("p", "- Hệ thống kết nối với Cơ sở dữ liệu quốc gia về dân cư vận hành ổn định, bảo đảm an toàn thông tin theo cấp độ; không để xảy ra sự cố lộ, lọt dữ liệu.", False, False),
    ("p", '7. Đánh giá chung', True, False),
    ("p", '- Việc ứng dụng dữ liệu dân cư đã giúp ngành BHXH cắt giảm thành phần hồ sơ, rút ngắn thời gian giải quyết, hạn chế tình trạng trục lợi chính sách BHXH, BHYT.', False, False),
    ("p", '- Các chỉ tiêu chủ yếu của ngành tại Đề án 06 cơ bản đạt tiến độ; riêng việc đối chiếu tình trạng còn sống của người hưởng và kết nối dữ liệu hộ nghèo, người có công còn chậm so với kế hoạch.', False, False),
    ("p", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", True, False),
    ("p", "1. Còn 2.628.815 người đang tham gia chưa được xác thực do sai lệch thông tin hoặc chưa có số định danh cá nhân, trong đó khoảng 62% là học sinh, sinh viên và người tham gia BHYT theo hộ gia đình.", False, False),
    ("p", "2. Tỷ lệ tra cứu thẻ BHYT bằng thẻ CCCD tại tuyến xã còn thấp (khoảng 18% số lượt khám); một số cơ sở khám chữa bệnh tư nhân chưa cập nhật phần mềm.", False, False),
    ("p", "3. Tỷ lệ người hưởng lương hưu, trợ cấp hằng tháng nhận qua tài khoản ở khu vực nông thôn, miền núi mới đạt 43,56%; nhiều người cao tuổi chưa quen sử dụng dịch vụ ngân hàng.", False, False),
    ("p", "4. Một số bộ, ngành chưa hoàn thành kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về bảo hiểm (dữ liệu hộ tịch điện tử, dữ liệu người có công, dữ liệu hộ nghèo).", False, False),
    ("p", "5. Nguyên nhân: khối lượng dữ liệu lớn, nhiều dữ liệu lịch sử được hình thành từ trước khi có Cơ sở dữ liệu quốc gia về dân cư; hạ tầng công nghệ thông tin tại tuyến xã, vùng sâu, vùng xa còn hạn chế; thói quen sử dụng tiền mặt của một bộ phận người dân.", False, False),
    ("p", "IV. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2024", True, False),
    ("p", "1. Phấn đấu đến ngày 31/12/2024 xác thực tối thiểu 98% số người đang tham gia BHXH, BHYT, BHTN với Cơ sở dữ liệu quốc gia về dân cư; trong năm 2025 hoàn thành xác thực 100% và sử dụng số định danh cá nhân thay thế mã số BHXH.", False, False),
    ("p", "2. Đề nghị BHXH các tỉnh, thành phố phối hợp Công an cùng cấp hoàn thành 100% việc rà soát, điều chỉnh các trường hợp sai lệch thông tin trước ngày 15/12/2024.", False, False),
    ("p", "3. Phấn đấu 100% cơ sở khám chữa bệnh BHYT tiếp nhận người bệnh bằng thẻ CCCD; tỷ lệ người hưởng lương hưu, trợ cấp hằng tháng qua tài khoản ở khu vực đô thị đạt 85%.", False, False),
    ("p", "4. Hoàn thành tích hợp 03 dịch vụ trên ứng dụng VNeID trong quý IV/2024; nghiên cứu mở rộng xác thực sinh trắc học trong giải quyết hưởng các chế độ BHXH.", False, False),
    ("p", "5. Tiếp tục đẩy mạnh truyền thông, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, VssID; phối hợp ngành ngân hàng mở tài khoản cho người hưởng tại khu vực nông thôn.", False, False),
    ("p", '6. Phối hợp Bộ Công an triển khai thí điểm xác thực sinh trắc học trong giải quyết hưởng chế độ tại BHXH một số tỉnh, thành phố.', False, False),
    ("p", '7. Tổng kết, đánh giá kết quả thực hiện Đề án 06 năm 2024 của ngành, báo cáo Tổ công tác trước ngày 10/12/2024.', False, False),
    ("p", "V. KIẾN NGHỊ, ĐỀ XUẤT", True, False),
    ("p", "1. Đề nghị Bộ Công an (C06) hỗ trợ xác minh, làm sạch thông tin đối với 2.628.815 trường hợp chưa xác thực; sớm hướng dẫn việc khai thác dữ liệu khai tử phục vụ dừng chi trả lương hưu, trợ cấp.", False, False),
    ("p", "2. Đề nghị Bộ Y tế chỉ đạo 100% cơ sở khám chữa bệnh gửi dữ liệu giấy chứng sinh, giấy báo tử lên Hệ thống thông tin giám định BHYT ngay trong ngày.", False, False),
    ("p", "3. Đề nghị Ngân hàng Nhà nước Việt Nam ban hành hướng dẫn xác thực sinh trắc học khi chi trả các chế độ BHXH qua tài khoản cá nhân.", False, False),
    ("p", '4. Đề nghị Bộ Lao động - Thương binh và Xã hội sớm chia sẻ dữ liệu hộ nghèo, người có công để cấp thẻ BHYT kịp thời cho các đối tượng này.', False, False),
    ("p", "Trên đây là báo cáo kết quả thực hiện Đề án 06 của ngành BHXH 9 tháng đầu năm 2024, BHXH Việt Nam kính báo cáo Tổ công tác./.", False, False),
    ("p", "", False, False),
    ("p", "Nơi nhận:", True, False),
    ("p", "- Như trên;", False, False),
    ("p", "- Thủ tướng Chính phủ (để báo cáo);", False, False),
    ("p", "- Bộ Công an (C06);", False, False),
    ("p", '- Bộ Y tế, Bộ Lao động - Thương binh và Xã hội;', False, False),
    ("p", '- Ngân hàng Nhà nước Việt Nam;', False, False),
    ("p", "- Tổng Giám đốc (để báo cáo);", False, False),
    ("p", "- Các Phó Tổng Giám đốc;", False, False),
    ("p", "- Lưu: VT, TTCNTT.", False, False),
    ("p", "KT. TỔNG GIÁM ĐỐC", True, True),
    ("p", "PHÓ TỔNG GIÁM ĐỐC", True, True),
    ("p", "(Đã ký)", False, True),
    ("p", "Phạm Quang Vinh", True, True),
    ("p", "", False, False),
    ("p", "PHỤ LỤC", True, True),
    ("p", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA NGÀNH BHXH TẠI ĐỀ ÁN 06 NĂM 2024 (tính đến ngày 30/9/2024)", True, True),
    ("p", "(Kèm theo Báo cáo số 3318/BC-BHXH ngày 10/10/2024 của BHXH Việt Nam)", False, True),
    ("t", [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng"]]
     + [[str(i), a, b, c, d] for i, (a, b, c, d) in enumerate(TASKS, 1)]),
]


def add_footnote_ref(paragraph, fid):
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    run.append(ref)
    paragraph._p.append(run)


def add_para(doc, text, bold, center):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = re.split(r"\[\[fn(\d+)\]\]", text)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                r = p.add_run(part)
                r.bold = bold
        else:
            add_footnote_ref(p, int(part))
    return p


def footnotes_xml():
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>',
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FOOTNOTES.items():
        out.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    out.append("</w:footnotes>")
    return "\n".join(out).encode("utf-8")


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for item in BODY:
        if item[0] == "p":
            add_para(doc, item[1], item[2], item[3])
        else:
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            if rows is not HEADER_ROWS:
                t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = val
                    if r == 0 and rows is not HEADER_ROWS:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                footnotes_xml(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(DOCX)


def extract():
    """Independent reading of the saved file: document order, paragraphs, table rows, footnotes."""
    import xml.etree.ElementTree as ET
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    w = "{%s}" % ns["w"]
    z = zipfile.ZipFile(DOCX)
    body = ET.fromstring(z.read("word/document.xml")).find("w:body", ns)

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(w + "t"))

    lines = []
    for child in body:
        if child.tag == w + "p":
            lines.append(ptext(child))
        elif child.tag == w + "tbl":
            for tr in child.findall("w:tr", ns):
                cells = [" ".join(ptext(p) for p in tc.findall("w:p", ns)) for tc in tr.findall("w:tc", ns)]
                lines.append("\t".join(cells))
    fn = ET.fromstring(z.read("word/footnotes.xml"))
    for f in fn.findall("w:footnote", ns):
        fid = int(f.get(w + "id"))
        if fid < 1:
            continue
        for i, p in enumerate(f.findall("w:p", ns)):
            txt = ptext(p).strip()
            lines.append(f"[^{fid}]: {txt}" if i == 0 else txt)
    refs = [int(r.get(w + "id")) for r in body.iter(w + "footnoteReference")]
    assert refs == sorted(FOOTNOTES), refs
    return lines


if __name__ == "__main__":
    build()
    lines = extract()
    with open(LINES, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(DOCX, len(lines), "lines")
