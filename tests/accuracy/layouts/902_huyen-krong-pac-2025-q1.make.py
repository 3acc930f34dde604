#!/usr/bin/env python3
"""Build 902_huyen-krong-pac-2025-q1.docx (python-docx + footnotes.xml post-processing)
and 902_huyen-krong-pac-2025-q1.lines.txt (one line per paragraph / table row, footnotes last)."""
import os, re, zipfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = '902_huyen-krong-pac-2025-q1'

FOOTNOTES = {
 1: 'Kế hoạch số 09/KH-UBND ngày 08/01/2025 của UBND huyện về triển khai Đề án 06 năm 2025; Công văn số 215/UBND-VP ngày 14/02/2025 về đẩy mạnh thực hiện dịch vụ công trực tuyến.',
 2: 'Trong đó: đăng ký thường trú 1.026 hồ sơ; đăng ký tạm trú 2.417 hồ sơ; khai báo tạm vắng 318 hồ sơ; cấp, đổi, cấp lại thẻ Căn cước 4.650 hồ sơ; các dịch vụ còn lại 504 hồ sơ.',
 3: 'Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Đắk Lắk ngày 21/3/2025; không bao gồm 57 hồ sơ nộp qua dịch vụ bưu chính công ích.',
 4: 'Số liệu lũy kế từ khi triển khai đến ngày 20/3/2025 do Công an huyện cung cấp.',
}

communes = [("Thị trấn Phước An",17949),("Xã Ea Kly",8859),("Xã Ea Kênh",7731),("Xã Ea Phê",10418),
 ("Xã Ea Knuếc",6366),("Xã Ea Yông",7679),("Xã Hòa An",6762),("Xã Ea Kuăng",6363),("Xã Hòa Đông",6310),
 ("Xã Ea Hiu",4865),("Xã Hòa Tiến",5616),("Xã Tân Tiến",5619),("Xã Krông Búk",5100),("Xã Ea Uy",3995),
 ("Xã Vụ Bổn",6698),("Xã Ea Yiêng",5347)]
def vn(n): return f"{n:,}".replace(",", ".")

# ---- document spec: ('p', text, opts) | ('h', level, text) | ('t', rows, opts)
S = []
def P(t, **o): S.append(('p', t, o))
def H(l, t): S.append(('h', l, t))
def T(rows, **o): S.append(('t', rows, o))

T([["ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
   ["", "Độc lập - Tự do - Hạnh phúc"],
   ["Số: 98/BC-UBND", "Krông Pắc, ngày 24 tháng 3 năm 2025"]], borderless=True)
P("BÁO CÁO", bold=True, center=True)
P("Kết quả thực hiện Đề án 06 Quý I năm 2025 trên địa bàn huyện Krông Pắc", bold=True, center=True)
P("Kính gửi: - Ủy ban nhân dân tỉnh Đắk Lắk;", center=True)
P("- Công an tỉnh Đắk Lắk (Cơ quan Thường trực Tổ công tác Đề án 06 tỉnh).", center=True)
P("Thực hiện Công văn số 1022/CAT-PC06 ngày 05/3/2025 của Công an tỉnh về việc báo cáo kết quả thực hiện Đề án 06 Quý I/2025, Ủy ban nhân dân huyện Krông Pắc báo cáo kết quả như sau (số liệu tính từ ngày 01/01/2025 đến ngày 20/3/2025):")
H(1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN")
H(2, "1. Công tác lãnh đạo, chỉ đạo")
P("Ngay từ đầu năm, UBND huyện ban hành Kế hoạch triển khai Đề án 06 năm 2025 trên địa bàn huyện, xác định 32 nhiệm vụ cụ thể, giao các cơ quan, đơn vị chủ trì thực hiện{fn1}.")
P("Trong quý, UBND huyện ban hành 06 văn bản chỉ đạo, đôn đốc; Tổ công tác Đề án 06 huyện tổ chức hội nghị sơ kết năm 2024 và kiểm tra trực tiếp tại các xã Ea Kly, Ea Phê, Vụ Bổn, Hòa Tiến, Ea Uy.")
P("Tổ công tác Đề án 06 của 16/16 xã, thị trấn được kiện toàn sau khi có sự thay đổi nhân sự; thành viên Tổ công tác cấp xã được phân công phụ trách từng thôn, buôn, tổ dân phố.")
P("UBND huyện chỉ đạo Văn phòng HĐND và UBND huyện, Phòng Tư pháp, Phòng Nông nghiệp và Môi trường, Trung tâm Y tế huyện, Công an huyện rà soát các nhiệm vụ còn chậm của năm 2024 để tập trung hoàn thành trong Quý I.")
P("Chủ tịch UBND huyện trực tiếp làm việc với UBND các xã có tỷ lệ hồ sơ trực tuyến thấp, yêu cầu xác định rõ nguyên nhân và phân công người đứng đầu chịu trách nhiệm về kết quả thực hiện.")
P("Công an huyện là cơ quan thường trực Tổ công tác đã tổng hợp, theo dõi tiến độ hằng tuần; kịp thời báo cáo UBND huyện những vướng mắc vượt thẩm quyền.")
H(2, "2. Công tác tuyên truyền")
P("Đài Truyền thanh - Truyền hình huyện xây dựng, phát sóng 48 tin, bài, phóng sự về Đề án 06; các xã, thị trấn treo băng rôn, khẩu hiệu và duy trì chuyên mục trên hệ thống loa truyền thanh cơ sở.")
P("Đoàn Thanh niên huyện duy trì các đội hình thanh niên tình nguyện hỗ trợ người dân cài đặt, kích hoạt ứng dụng VNeID, nộp hồ sơ trực tuyến tại Bộ phận Một cửa các xã, thị trấn.")
P("Trang thông tin điện tử huyện đăng tải các video hướng dẫn thực hiện dịch vụ công trực tuyến bằng tiếng Việt và tiếng Ê Đê.")
P("Duy trì 167 Tổ công nghệ số cộng đồng tại các thôn, buôn, tổ dân phố; các Tổ đã phối hợp Công an xã hướng dẫn người dân sử dụng các tiện ích trên ứng dụng VNeID.")
P("Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh huyện lồng ghép nội dung Đề án 06 trong các buổi sinh hoạt chi hội, tập trung hướng dẫn hội viên thanh toán không dùng tiền mặt.")
H(1, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
H(2, "1. Kết quả thực hiện 32 nhiệm vụ theo Kế hoạch năm 2025")
P("- Đã hoàn thành: 07 nhiệm vụ;")
P("- Đang triển khai theo lộ trình: 23 nhiệm vụ;")
P("- Chưa triển khai: 02 nhiệm vụ (do chưa có hướng dẫn của ngành dọc cấp trên).")
P("Các nhiệm vụ chưa triển khai gồm: kết nối dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư tại cấp huyện; triển khai thí điểm cho vay tín chấp qua xác thực Căn cước.")
H(2, "2. Dịch vụ công thiết yếu")
P("Trong Quý I/2025, toàn huyện tiếp nhận 14.236 hồ sơ dịch vụ công thiết yếu (bao gồm cả lĩnh vực Công an), trong đó nộp trực tuyến 11.902 hồ sơ, đạt 83,6%.")
P("- Lĩnh vực Công an: Công an huyện và Công an các xã, thị trấn tiếp nhận 8.915 hồ sơ, trong đó trực tuyến 8.344 hồ sơ, đạt 93,6%{fn2}.")
P("Trong nhóm này, hồ sơ cấp, đổi, cấp lại thẻ Căn cước và đăng ký tạm trú chiếm tỷ trọng lớn; hồ sơ trực tiếp chủ yếu là công dân chưa có tài khoản định danh điện tử mức độ 2.")
P("- Các dịch vụ công thiết yếu do UBND huyện, UBND các xã, thị trấn giải quyết: tiếp nhận 5.321 hồ sơ, trực tuyến 3.558 hồ sơ, đạt 66,87%; chi tiết tại Bảng 1.")
P("Bảng 1. Kết quả tiếp nhận hồ sơ dịch vụ công thiết yếu thuộc thẩm quyền cấp huyện, cấp xã Quý I/2025{fn3}", italic=True, center=True)
t1 = [["STT", "Tên dịch vụ công thiết yếu", "Số hồ sơ tiếp nhận", "", "", "Tỷ lệ trực tuyến (%)"],
      ["", "", "Tổng số", "Trực tuyến", "Trực tiếp", ""]]
for i,(n,a,b) in enumerate([("Đăng ký khai sinh",1284,1133),("Đăng ký khai tử",352,287),("Đăng ký kết hôn",416,352),
        ("Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em",905,811),
        ("Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí",187,140),
        ("Đăng ký biến động quyền sử dụng đất do thay đổi thông tin người được cấp Giấy chứng nhận",2177,835)],1):
    t1.append([str(i), n, vn(a), vn(b), vn(a-b), f"{b/a*100:.2f}".replace(".", ",")])
t1.append(["", "Tổng cộng", "5.321", "3.558", "1.763", "66,87"])
T(t1, merges=[((0,2),(0,4)), ((0,0),(1,0)), ((0,1),(1,1)), ((0,5),(1,5))], header_rows=2, bold_last=True)
P("Nhìn chung, tỷ lệ hồ sơ trực tuyến của nhóm dịch vụ hộ tịch đạt khá; riêng thủ tục đăng ký biến động đất đai chỉ đạt 38,36% do người dân còn phải nộp bản gốc Giấy chứng nhận tại Bộ phận Một cửa.")
P("UBND huyện đã chỉ đạo Chi nhánh Văn phòng Đăng ký đất đai huyện phối hợp Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến và nộp bản gốc qua dịch vụ bưu chính công ích.")
H(2, "3. Giải quyết thủ tục hành chính")
P("Bộ phận Một cửa cấp huyện và Bộ phận Một cửa các xã, thị trấn tiếp nhận 21.408 hồ sơ thủ tục hành chính, trong đó trực tuyến 16.950 hồ sơ (79,18%); đã giải quyết trước và đúng hạn 99,12%.")
P("Riêng Bộ phận Một cửa huyện tiếp nhận 3.870 hồ sơ; thị trấn Phước An là đơn vị cấp xã có số hồ sơ lớn nhất với 2.915 hồ sơ.")
P("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC toàn huyện đạt 86,4%; tỷ lệ cấp kết quả điện tử đạt 90,05%; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa mới đạt 27,8%.")
P("Có 11.236 hồ sơ được thanh toán phí, lệ phí trực tuyến qua Cổng Dịch vụ công quốc gia.")
H(2, "4. Công tác cấp Căn cước và định danh điện tử")
P("Trong quý, Công an huyện thu nhận 3.412 hồ sơ cấp thẻ Căn cước (cấp mới, cấp đổi, cấp lại); đã trả 3.960 thẻ Căn cước cho công dân (gồm cả thẻ thu nhận từ tháng 12/2024).")
P("Kết quả thu nhận hồ sơ cấp thẻ Căn cước trong quý theo nhóm tuổi như sau:", italic=True)
T([["Nhóm tuổi", "Hồ sơ thu nhận trong quý"],
   ["Từ đủ 14 tuổi trở lên", "2.690"],
   ["Từ đủ 6 tuổi đến dưới 14 tuổi", "541"],
   ["Dưới 6 tuổi", "181"],
   ["Tổng cộng", "3.412"]], header_rows=1, bold_last=True)
P("Công an huyện tổ chức thu nhận lưu động tại các buôn vùng sâu của xã Vụ Bổn, Ea Uy, Ea Yiêng và tại nhà đối với người cao tuổi, người khuyết tật không tự đi lại được.")
P("Lũy kế từ khi triển khai đến nay, toàn huyện đã thu nhận 176.208 hồ sơ cấp thẻ Căn cước công dân/Căn cước; số công dân thuộc diện phải cấp chưa làm thủ tục chủ yếu là người đi làm ăn xa.")
P("Về định danh điện tử: trong quý thu nhận 4.105 hồ sơ đăng ký tài khoản định danh điện tử mức độ 2. Lũy kế thu nhận 131.774 hồ sơ, trong đó đã được phê duyệt 127.031 tài khoản; số tài khoản đã kích hoạt là 115.677, đạt 87,78% số hồ sơ đã thu nhận.")
P("Kết quả kích hoạt theo từng xã, thị trấn tại Bảng 2{fn4}.")
P("Bảng 2. Tài khoản định danh điện tử mức độ 2 đã kích hoạt theo đơn vị cấp xã (lũy kế)", italic=True, center=True)
t2 = [["STT", "Đơn vị", "Số tài khoản đã kích hoạt"]]
for i,(n,a) in enumerate(communes,1): t2.append([str(i), n, vn(a)])
t2.append(["", "Tổng cộng", vn(sum(a for n,a in communes))])
T(t2, header_rows=1, bold_last=True)
P("Công tác làm sạch dữ liệu dân cư: trong quý, Công an huyện tiếp nhận, cập nhật 1.842 trường hợp điều chỉnh thông tin công dân; xác minh, làm sạch các trường hợp thông tin chưa thống nhất giữa các cơ sở dữ liệu.")
P("Tiện ích trên ứng dụng VNeID: tiếp nhận 214 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID; hướng dẫn người dân tích hợp giấy phép lái xe, thẻ BHYT trên ứng dụng.")
P("Các đơn vị sự nghiệp, doanh nghiệp trên địa bàn đã sử dụng thẻ Căn cước, ứng dụng VNeID để xác thực khách hàng khi thực hiện giao dịch; không ghi nhận phản ánh về việc yêu cầu người dân xuất trình giấy tờ đã được tích hợp.")
H(2, "5. Ứng dụng dữ liệu dân cư trong các ngành, lĩnh vực")
P("- Y tế: 17/17 cơ sở khám chữa bệnh bảo hiểm y tế trên địa bàn (Trung tâm Y tế huyện và các trạm y tế xã, thị trấn) đã tiếp nhận người bệnh bằng thẻ Căn cước gắn chip, ứng dụng VNeID. Trong quý có 38.416 lượt tra cứu thông tin thẻ BHYT bằng thẻ Căn cước, trong đó thành công 37.902 lượt (98,66%).")
P("- Giáo dục: 95,08% trường tiểu học, trung học cơ sở trên địa bàn đã triển khai học bạ số; 100% dữ liệu học sinh năm học 2024 - 2025 đã được làm sạch, xác thực với Cơ sở dữ liệu quốc gia về dân cư.")
P("- Lao động - Thương binh và Xã hội: chi trả trợ cấp xã hội hằng tháng qua tài khoản cho 67,35% đối tượng bảo trợ xã hội; số còn lại chi trả bằng tiền mặt do đối tượng cao tuổi, không có tài khoản.")
P("- Bảo hiểm xã hội huyện: 99,4% người tham gia BHXH, BHYT đã được đồng bộ, xác thực với Cơ sở dữ liệu quốc gia về dân cư; 86,2% người hưởng lương hưu, trợ cấp BHXH hằng tháng nhận qua tài khoản cá nhân.")
H(2, "6. Triển khai các mô hình điểm")
P("Năm 2025, huyện triển khai 06 mô hình, gồm các mô hình theo danh mục của tỉnh và mô hình do huyện lựa chọn; kết quả cụ thể như sau:")
T([["STT", "Tên mô hình", "Đơn vị chủ trì", "Tình trạng", "Kết quả, ghi chú"],
   ["1", "Khám chữa bệnh sử dụng thẻ Căn cước và ứng dụng VNeID", "Trung tâm Y tế huyện", "Đã hoàn thành", "Triển khai tại toàn bộ cơ sở KCB BHYT trên địa bàn"],
   ["2", "Quản lý lưu trú tại nhà trọ, nhà nghỉ, khách sạn trên ứng dụng VNeID", "Công an huyện", "Đang triển khai", "45/52 cơ sở lưu trú đã thông báo lưu trú qua VNeID"],
   ["3", "Quản lý trường học, xác thực giáo viên, học sinh, đăng nhập bằng VNeID", "Phòng Giáo dục và Đào tạo", "Đang triển khai", "Đang thí điểm tại 05 trường THCS"],
   ["4", "Cho vay tín chấp đối với hộ nghèo, người có công", "Phòng Giao dịch Ngân hàng CSXH huyện", "Chưa triển khai", "Chờ hướng dẫn của Ngân hàng Chính sách xã hội tỉnh"],
   ["5", "“Buôn không dùng tiền mặt” tại xã Ea Kly (mô hình của huyện)", "UBND xã Ea Kly", "Đang triển khai", "162/230 hộ đã mở tài khoản thanh toán"],
   ["6", "Camera giám sát an ninh trật tự kết nối Công an huyện (mô hình của huyện)", "Công an huyện", "Đã hoàn thành", "Lắp đặt 24 camera tại các tuyến đường trung tâm thị trấn Phước An"]],
  header_rows=1)
H(2, "7. Bảo đảm an ninh, an toàn thông tin")
P("Phòng Văn hóa, Khoa học và Thông tin phối hợp Công an huyện rà soát toàn bộ máy tính kết nối Hệ thống thông tin giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp; cài đặt phần mềm phòng chống mã độc tập trung.")
P("Trong quý không để xảy ra sự cố mất an toàn thông tin, lộ lọt dữ liệu cá nhân của công dân tại các cơ quan, đơn vị trên địa bàn huyện.")
H(2, "8. Kinh phí thực hiện")
P("UBND huyện bố trí 1,25 tỷ đồng từ ngân sách huyện để thực hiện Đề án 06 năm 2025; trong Quý I đã giải ngân 310 triệu đồng để mua sắm máy quét, máy tính cho Bộ phận Một cửa cấp xã.")
H(1, "III. KHÓ KHĂN, VƯỚNG MẮC")
P("- Hạ tầng mạng tại một số buôn vùng sâu của các xã Vụ Bổn, Ea Uy chưa ổn định; khoảng 15% hộ gia đình chưa có điện thoại thông minh.")
P("- Đội ngũ công chức Bộ phận Một cửa cấp xã phải kiêm nhiệm, nhiều xã chỉ có 01 công chức tiếp nhận hồ sơ.")
P("- Phần mềm hộ tịch và Hệ thống thông tin giải quyết TTHC tỉnh đôi khi lỗi kết nối, ảnh hưởng đến thời gian giải quyết hồ sơ liên thông.")
P("- Một bộ phận người dân, nhất là người đồng bào dân tộc thiểu số, người cao tuổi còn ngại thực hiện dịch vụ công trực tuyến.")
P("- Chưa có hướng dẫn thống nhất về việc khai thác dữ liệu đất đai, dữ liệu ngân hàng chính sách để phục vụ các mô hình điểm cấp huyện.")
P("- Kinh phí được bố trí chưa đáp ứng yêu cầu thay thế trang thiết bị đã cũ tại Bộ phận Một cửa cấp xã.")
P("- Việc liên thông thủ tục hưởng mai táng phí còn chậm do phải chờ xác minh hồ sơ người hưởng tại nơi đăng ký thường trú trước đây.")
H(1, "IV. ĐÁNH GIÁ CHUNG")
P("Trong Quý I/2025, việc triển khai Đề án 06 trên địa bàn huyện được duy trì thường xuyên, có sự vào cuộc của cả hệ thống chính trị; các chỉ tiêu chủ yếu về dịch vụ công thiết yếu, định danh điện tử đều tăng so với cùng kỳ.")
P("Tuy nhiên, kết quả giữa các xã chưa đồng đều; một số xã vùng đồng bào dân tộc thiểu số còn thấp; công tác số hóa kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm.")
P("Nguyên nhân chủ yếu là hạ tầng, trang thiết bị chưa đáp ứng; cán bộ cấp xã kiêm nhiệm nhiều việc; kỹ năng số của người dân còn hạn chế.")
P("Kết quả Quý I/2025 là cơ sở để huyện tiếp tục đẩy mạnh các nhiệm vụ trong Quý II, gắn thực hiện Đề án 06 với cải cách hành chính và chuyển đổi số của huyện.")
P("Bài học kinh nghiệm: phát huy vai trò người đứng đầu; phân công rõ người, rõ việc, rõ thời hạn; lấy kết quả phục vụ người dân làm thước đo đánh giá cán bộ.")
H(1, "V. NHIỆM VỤ TRỌNG TÂM QUÝ II/2025")
P("1. Phấn đấu tỷ lệ hồ sơ dịch vụ công thiết yếu nộp trực tuyến toàn huyện đạt trên 85%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 90%.")
P("2. Đề nghị UBND các xã, thị trấn hoàn thành 100% việc số hóa sổ hộ tịch còn lại trước ngày 30/6/2025.")
P("3. Công an huyện tiếp tục thu nhận hồ sơ định danh điện tử, phấn đấu thu nhận thêm khoảng 3.000 hồ sơ trong Quý II.")
P("4. Nhân rộng mô hình “Buôn không dùng tiền mặt” ra 03 buôn của các xã Ea Yông, Ea Phê.")
P("5. Phòng Văn hóa, Khoa học và Thông tin phối hợp các cơ quan báo chí đẩy mạnh tuyên truyền các tiện ích của ứng dụng VNeID, dịch vụ công trực tuyến toàn trình.")
P("6. Phòng Tư pháp hướng dẫn UBND các xã thực hiện liên thông hai nhóm thủ tục hành chính; khắc phục tình trạng hồ sơ liên thông bị trả lại do sai sót thông tin.")
P("7. Trung tâm Y tế huyện tiếp tục triển khai sổ sức khỏe điện tử, phấn đấu đến hết Quý II có 60% người dân trên địa bàn được tạo lập sổ sức khỏe điện tử.")
P("8. Các cơ quan, đơn vị, UBND các xã, thị trấn báo cáo kết quả thực hiện Đề án 06 định kỳ trước ngày 15 hằng tháng về Công an huyện để tổng hợp.")
P("9. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; công khai các trường hợp chậm trễ.")
H(1, "VI. KIẾN NGHỊ, ĐỀ XUẤT")
P("Đề nghị UBND tỉnh, Sở Tài chính xem xét hỗ trợ kinh phí khoảng 800 triệu đồng để nâng cấp hạ tầng mạng cho Bộ phận Một cửa cấp xã.")
P("Đề nghị Công an tỉnh sớm có hướng dẫn việc khai thác, sử dụng dữ liệu dân cư phục vụ các mô hình cho vay tín chấp, quản lý đất đai ở cấp huyện.")
P("Đề nghị Sở Tư pháp phối hợp đơn vị cung cấp phần mềm khắc phục lỗi đồng bộ dữ liệu hộ tịch với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.")
P("Trên đây là báo cáo kết quả thực hiện Đề án 06 Quý I năm 2025 của UBND huyện Krông Pắc./.")
P("Nơi nhận:", bold=True, italic=True)
for t in ["- Như trên;", "- Văn phòng UBND tỉnh (b/c);", "- TT. Huyện ủy, TT. HĐND huyện (b/c);", "- Chủ tịch, các PCT UBND huyện;",
          "- Thành viên Tổ công tác Đề án 06 huyện;", "- Công an huyện;", "- Các phòng, ban, đơn vị thuộc huyện;",
          "- UBND các xã, thị trấn;", "- Lãnh đạo Văn phòng HĐND và UBND huyện;", "- Lưu: VT, VP."]:
    P(t, small=True)
for t in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Hữu Phước"]:
    P(t, bold=True, right=True)

# ---- build docx
doc = Document()
doc.core_properties.author = 'Văn phòng HĐND và UBND huyện Krông Pắc'
doc.core_properties.title = 'Báo cáo kết quả thực hiện Đề án 06 Quý I năm 2025'
st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
FN = re.compile(r'\{fn(\d+)\}')

def add_text_with_fn(par, text, bold=False, italic=False):
    pos = 0
    for m in FN.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()]); r.bold = bold; r.italic = italic
        r = par.add_run()
        rPr = OxmlElement('w:rPr'); va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rPr.append(va)
        r._r.append(rPr)
        ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), m.group(1)); r._r.append(ref)
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:]); r.bold = bold; r.italic = italic

lines = []
def flat(text): return FN.sub(lambda m: f'[^{m.group(1)}]', text)

for kind, a, b in S:
    if kind == 'h':
        doc.add_heading(b, level=a); lines.append(b)
    elif kind == 'p':
        o = b; par = doc.add_paragraph()
        add_text_with_fn(par, a, bold=o.get('bold', False), italic=o.get('italic', False))
        if o.get('center'): par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if o.get('right'): par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        lines.append(flat(a))
    elif kind == 't':
        rows, o = a, b
        ncol = len(rows[0])
        tbl = doc.add_table(rows=len(rows), cols=ncol)
        if not o.get('borderless'): tbl.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = tbl.cell(i, j); c.text = ''
                p = c.paragraphs[0]; run = p.add_run(val)
                if i < o.get('header_rows', 0) or (o.get('bold_last') and i == len(rows) - 1): run.bold = True
                if o.get('borderless'): p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        covered = set()
        for (r1, c1), (r2, c2) in o.get('merges', []):
            keep = rows[r1][c1]
            m = tbl.cell(r1, c1).merge(tbl.cell(r2, c2))
            m.text = ''; run = m.paragraphs[0].add_run(keep); run.bold = True
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1): covered.add((rr, cc))
        for i, row in enumerate(rows):
            cells = []
            for j, val in enumerate(row):
                # a horizontally merged cell is shown once; a vertically merged continuation is shown empty
                if (i, j) in covered and any((i, k) not in covered and k < j for k in range(j)) and row[j] == '' and i == 0:
                    continue
                cells.append('' if (i, j) in covered else val)
            lines.append('| ' + ' | '.join(cells) + ' |')
for k in sorted(FOOTNOTES):
    lines.append(f'[^{k}]: ' + FOOTNOTES[k])

out = os.path.join(HERE, NAME + '.docx'); tmp = out + '.tmp'
doc.save(tmp)

# ---- post-process: add word/footnotes.xml, relationship, content type, settings footnotePr
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
fx = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for k in sorted(FOOTNOTES):
    fx.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
              f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
              f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(FOOTNOTES[k])}</w:t></w:r></w:p></w:footnote>')
fx.append('</w:footnotes>')
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == '[Content_Types].xml':
            s = data.decode('utf-8')
            s = s.replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            data = s.encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            s = data.decode('utf-8')
            s = s.replace('</Relationships>', '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            data = s.encode('utf-8')
        zout.writestr(item, data)
    zout.writestr('word/footnotes.xml', '\n'.join(fx).encode('utf-8'))
os.remove(tmp)
with open(os.path.join(HERE, NAME + '.lines.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
print('wrote', out, len(lines), 'lines')
