# Builds 965_so-tu-phap-binh-dinh-2024.docx and its .lines.txt (one line per paragraph / table row / footnote paragraph)
import re, zipfile, shutil, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = '965_so-tu-phap-binh-dinh-2024'

B = []  # body items
def P(t, style=None, bold=False, center=False): B.append(('p', t, style, bold, center))
def H(t, lvl): B.append(('h', t, lvl))
def T(rows, merges=None): B.append(('t', rows, merges or []))

FOOT = {
 1: ['Gồm: Kế hoạch số 27/KH-STP ngày 08/3/2024; Công văn số 455/STP-HCTP ngày 22/4/2024; Công văn số 1107/STP-HCTP ngày 19/9/2024 và 11 văn bản khác về chuyển đổi số trong lĩnh vực hộ tịch, lý lịch tư pháp.'],
 2: ['Số liệu trích xuất từ Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung của Bộ Tư pháp và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, chốt ngày 14/12/2024.',
     'Số hồ sơ liên thông không bao gồm hồ sơ bị từ chối do sai thông tin (khoảng 2,1% số hồ sơ nộp).'],
 3: ['Tổng số trường hợp cần số hóa theo báo cáo rà soát đầu năm là 3,055,878 trường hợp; số liệu của thành phố Quy Nhơn bao gồm dữ liệu của 21 phường, xã.'],
 4: ['Năm 2023, số hồ sơ cấp Phiếu lý lịch tư pháp qua VNeID của tỉnh là 1.982 hồ sơ (triển khai từ tháng 9/2023).'],
}

P('UBND TỈNH BÌNH ĐỊNH', bold=True)
P('SỞ TƯ PHÁP', bold=True)
P('Số: 2086/BC-STP')
P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold=True)
P('Độc lập - Tự do - Hạnh phúc', bold=True)
P('Bình Định, ngày 17 tháng 12 năm 2024')
P('BÁO CÁO', bold=True, center=True)
P('Kết quả thực hiện các nhiệm vụ của ngành Tư pháp theo Đề án 06 năm 2024', bold=True, center=True)
P('(Số liệu tính từ ngày 15/12/2023 đến hết ngày 14/12/2024)', center=True)
P('Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Kế hoạch số 41/KH-UBND ngày 04/3/2024 của UBND tỉnh về triển khai Đề án 06 trên địa bàn tỉnh năm 2024 và Công văn số 8312/UBND-KSTT ngày 02/12/2024 của UBND tỉnh về việc báo cáo kết quả năm 2024, Sở Tư pháp báo cáo như sau:')
H('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN', 1)
P('1. Ban hành văn bản', style='List Number')
P('Trong năm, Sở Tư pháp đã ban hành 14 văn bản[[fn:1]] để triển khai, hướng dẫn các nhiệm vụ được giao tại Đề án 06, gồm các kế hoạch và công văn chỉ đạo, hướng dẫn nghiệp vụ đối với Phòng Tư pháp cấp huyện và công chức Tư pháp - Hộ tịch cấp xã.')
P('Giám đốc Sở đã kiện toàn Tổ giúp việc triển khai Đề án 06 của Sở, phân công Phó Giám đốc phụ trách lĩnh vực hành chính tư pháp trực tiếp theo dõi, đôn đốc.')
P('Sở đã chủ động rà soát các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh, xác định rõ nội dung, thời hạn hoàn thành và đơn vị chủ trì đối với từng nhiệm vụ; định kỳ hằng tháng báo cáo kết quả về Thường trực Tổ công tác tỉnh.')
P('Các phòng chuyên môn thuộc Sở được giao nhiệm vụ cụ thể:')
P('- Phòng Hành chính tư pháp: chủ trì triển khai các nhiệm vụ về đăng ký hộ tịch trực tuyến, liên thông thủ tục hành chính, số hóa dữ liệu hộ tịch;')
P('- Trung tâm Lý lịch tư pháp: chủ trì tiếp nhận, giải quyết yêu cầu cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID và Cổng Dịch vụ công quốc gia;')
P('- Văn phòng Sở: bảo đảm hạ tầng, thiết bị, an toàn thông tin và công tác tổng hợp, báo cáo;')
P('- Phòng Bổ trợ tư pháp: hướng dẫn các tổ chức hành nghề công chứng triển khai xác thực thông tin người yêu cầu công chứng bằng thẻ Căn cước gắn chip.')
P('2. Hội nghị, kiểm tra, tập huấn', style='List Number')
P('Tổ chức 04 cuộc họp giao ban định kỳ về Đề án 06 của ngành và tham dự đầy đủ các cuộc họp trực tuyến của Tổ công tác triển khai Đề án 06 tỉnh.')
P('Phối hợp Công an tỉnh tổ chức 02 đợt kiểm tra liên ngành tại 18 UBND cấp xã; qua kiểm tra đã kịp thời chấn chỉnh các sai sót trong cập nhật dữ liệu hộ tịch điện tử.')
P('Mở 05 lớp tập huấn chuyên sâu về đăng ký hộ tịch trực tuyến và liên thông thủ tục hành chính cho 436 lượt công chức Tư pháp - Hộ tịch, cán bộ Bộ phận Một cửa cấp xã.')
P('Nội dung tập huấn tập trung vào quy trình tiếp nhận hồ sơ trên Cổng Dịch vụ công quốc gia, xử lý hồ sơ liên thông trên Hệ thống một cửa điện tử, khai thác dữ liệu từ CSDLQG về dân cư khi đăng ký hộ tịch.')
P('3. Kinh phí', style='List Number')
P('Năm 2024, Sở được UBND tỉnh bố trí 1,85 tỷ đồng để thực hiện nhiệm vụ số hóa Sổ hộ tịch và nâng cấp hạ tầng phục vụ Đề án 06 của ngành. Đến ngày 14/12/2024, đã giải ngân 1.612.400.000 đồng, đạt 87,16% dự toán; phần còn lại dự kiến giải ngân hết trong tháng 01/2025.')
P('Ngoài ra, UBND cấp huyện bố trí từ ngân sách địa phương tổng cộng trên 2,4 tỷ đồng cho việc thuê nhân lực nhập dữ liệu hộ tịch.')
P('4. Công tác tuyên truyền', style='List Number')
P('Đăng tải 37 tin, bài trên Trang thông tin điện tử của Sở và Báo Bình Định; phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 02 phóng sự về đăng ký khai sinh, khai tử trực tuyến.')
P('In và cấp phát tờ rơi hướng dẫn nộp hồ sơ liên thông trên ứng dụng VNeID cho Bộ phận Một cửa cấp xã.')
H('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', 1)
H('1. Cung cấp dịch vụ công trực tuyến lĩnh vực hộ tịch', 2)
P('Đến nay, 100% UBND cấp xã (155/155 đơn vị) đã sử dụng Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và tiếp nhận hồ sơ đăng ký hộ tịch trực tuyến trên Cổng Dịch vụ công quốc gia.')
P('Trong năm 2024, toàn tỉnh tiếp nhận 68.914 hồ sơ đăng ký hộ tịch các loại[[fn:2]], trong đó 41.237 hồ sơ nộp trực tuyến, chiếm 59,84%; số còn lại nộp trực tiếp tại Bộ phận Một cửa cấp xã, cấp huyện.')
P('Kết quả tiếp nhận hồ sơ các dịch vụ công thiết yếu thuộc lĩnh vực tư pháp được tổng hợp tại Bảng 1 dưới đây.')
P('Bảng 1. Kết quả tiếp nhận hồ sơ dịch vụ công thiết yếu lĩnh vực tư pháp năm 2024', bold=True, center=True)
T([
 ['STT', 'Tên dịch vụ công', 'Số hồ sơ tiếp nhận', None, None, 'Tỷ lệ trực tuyến (%)'],
 [None, None, 'Tổng số', 'Trực tuyến', 'Trực tiếp', None],
 ['1', 'Đăng ký khai sinh', '24.618', '21.905', '2.713', '88,98'],
 ['2', 'Đăng ký kết hôn', '9.472', '6.031', '3.441', '63,67'],
 ['3', 'Đăng ký khai tử', '8.905', '7.288', '1.617', '81,84'],
 ['4', 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi', '11.362', '11.362', '0', '100'],
 ['5', 'Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ mai táng phí', '3.127', '3.127', '0', '100'],
 ['6', 'Cấp Phiếu lý lịch tư pháp', '14.806', '9.911', '4.895', '66,94'],
 ['', 'Tổng cộng', '72.290', '59.624', '12.666', '82,48'],
], merges=[((0,2),(0,4)), ((0,0),(1,0)), ((0,1),(1,1)), ((0,5),(1,5))])
P('Như vậy, tỷ lệ hồ sơ trực tuyến của nhóm dịch vụ công thiết yếu do ngành Tư pháp quản lý đạt 82,48%, tăng 17,3 điểm phần trăm so với năm 2023. Riêng dịch vụ đăng ký kết hôn có tỷ lệ trực tuyến thấp nhất (63,67%) do quy định hai bên nam, nữ phải có mặt khi nhận Giấy chứng nhận kết hôn.')
P('Theo số liệu của Thường trực Tổ công tác Đề án 06 tỉnh, năm 2024 toàn tỉnh tiếp nhận 412.806 hồ sơ của các dịch vụ công thiết yếu, tỷ lệ trực tuyến chung đạt 71,4%; trong đó số hồ sơ thuộc lĩnh vực tư pháp chiếm 17,51%.')
P('Đối với đăng ký khai sinh, số trường hợp được cấp bản điện tử Giấy khai sinh, có thể xem trên ứng dụng VNeID của cha, mẹ, tính đến ngày 14/12/2024 là 19.430; đạt 78,93% tổng số hồ sơ khai sinh đã tiếp nhận trong năm.')
P('Công tác hướng dẫn, hỗ trợ người dân tại Bộ phận Một cửa cấp xã được duy trì thường xuyên; các xã đã bố trí máy tính, thiết bị đọc thẻ để hỗ trợ người dân nộp hồ sơ trực tuyến tại chỗ.')
P('Thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi: lũy kế từ khi triển khai (tháng 7/2022) đến nay, toàn tỉnh đã tiếp nhận 28.915 hồ sơ, trong đó 275 hồ sơ bị từ chối do thông tin của cha, mẹ chưa khớp với CSDLQG về dân cư.')
P('Thủ tục liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ mai táng phí: lũy kế đến nay tiếp nhận 7.046 hồ sơ; trong năm 2024 đã chi trả mai táng phí qua tài khoản cho 1.208 trường hợp.')
P('Một số địa phương có kết quả nổi bật: xã Cát Tiến (huyện Phù Cát) có 97,6% hồ sơ khai sinh nộp trực tuyến, với 612 hồ sơ trong năm; phường Nhơn Bình (thành phố Quy Nhơn) tiếp nhận 1.044 hồ sơ liên thông khai sinh, cao nhất tỉnh.')
P('Một số xã miền núi còn thấp như xã An Toàn (huyện An Lão) chỉ đạt 41,2%, xã Canh Liên (huyện Vân Canh) đạt 38,5% hồ sơ trực tuyến do hạ tầng mạng yếu, người dân chưa có điện thoại thông minh.')
H('2. Cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID', 2)
P('Từ ngày 01/01/2024, Sở Tư pháp triển khai tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID trên toàn tỉnh.')
P('Quy trình tiếp nhận được thực hiện như sau:')
P('- Công dân đăng nhập ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2, chọn mục "Cấp Phiếu lý lịch tư pháp", kê khai tờ khai điện tử và thanh toán lệ phí trực tuyến;')
P('- Trung tâm Lý lịch tư pháp tiếp nhận, xác minh thông tin với Công an tỉnh qua hệ thống điện tử;')
P('- Kết quả được trả qua dịch vụ bưu chính hoặc dưới dạng Phiếu điện tử trên ứng dụng VNeID theo lựa chọn của công dân.')
P('Trong tổng số 14.806 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp của năm 2024, có 7.264 hồ sơ nộp qua ứng dụng VNeID[[fn:4]], chiếm 73,29% số hồ sơ trực tuyến; số còn lại nộp qua Cổng Dịch vụ công quốc gia.')
P('Số Phiếu lý lịch tư pháp đã cấp trong năm là 14.652 phiếu, trong đó 6.980 phiếu được cấp dưới dạng điện tử, tích hợp vào tài khoản VNeID của công dân.')
P('Thời gian giải quyết trung bình đối với hồ sơ nộp qua VNeID là 3,5 ngày làm việc; 100% hồ sơ được giải quyết đúng hạn.')
P('Lệ phí cấp phiếu thu qua thanh toán trực tuyến đạt 412,3 triệu đồng, tương ứng 8.246 hồ sơ.')
H('3. Số hóa, làm sạch dữ liệu hộ tịch', 2)
P('Thực hiện Kế hoạch số 135/KH-UBND của UBND tỉnh, Sở đã chủ trì số hóa Sổ hộ tịch lưu trữ tại UBND cấp xã và Phòng Tư pháp cấp huyện, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc.')
P('Kết quả đến ngày 14/12/2024, toàn tỉnh đã số hóa, cập nhật gần 2,97 triệu trường hợp dữ liệu hộ tịch[[fn:3]], đạt 96,92% tổng số dữ liệu cần số hóa; chi tiết theo từng đơn vị tại Bảng 2.')
P('Bảng 2. Kết quả số hóa dữ liệu hộ tịch theo đơn vị hành chính cấp huyện', bold=True, center=True)
rows2 = [['STT', 'Đơn vị', 'Tỷ lệ dữ liệu đã số hóa, cập nhật so với dữ liệu cần số hóa (%)']]
d2 = [('Thành phố Quy Nhơn','612.408','605.112','98,81'),('Thị xã An Nhơn','398.215','389.640','97,85'),('Thị xã Hoài Nhơn','421.730','409.315','97,06'),('Huyện Tuy Phước','352.614','344.908','97,81'),('Huyện Phù Cát','367.902','352.117','95,71'),('Huyện Phù Mỹ','331.245','318.760','96,23'),('Huyện Tây Sơn','250.388','246.021','98,26'),('Huyện Hoài Ân','172.906','161.484','93,39'),('Huyện An Lão','48.117','41.932','87,15'),('Huyện Vĩnh Thạnh','56.290','52.873','93,93'),('Huyện Vân Canh','44.063','39.518','89,69')]
for i, r in enumerate(d2, 1): rows2.append([str(i), r[0], r[3]])
rows2.append(['', 'Toàn tỉnh', '96,92'])
T(rows2)
P('Việc số hóa được thực hiện theo thứ tự ưu tiên: sổ đăng ký khai sinh, sổ đăng ký kết hôn, sổ đăng ký khai tử, sau đó đến các loại sổ hộ tịch khác.')
P('Dữ liệu sau khi số hóa được kiểm tra, đối chiếu với sổ gốc trước khi ký số và đồng bộ lên Cơ sở dữ liệu hộ tịch điện tử toàn quốc.')
P('Bên cạnh việc số hóa, Sở đã hướng dẫn rà soát, làm sạch dữ liệu; đã đối chiếu với CSDLQG về dân cư được 1.846.205 trường hợp khai sinh, qua đó phát hiện và điều chỉnh nhiều trường hợp sai lệch thông tin (họ tên, ngày sinh, quê quán).')
P('Các huyện An Lão, Vân Canh có tỷ lệ thấp do sổ hộ tịch giai đoạn trước năm 1999 bị hư hỏng, mờ chữ, nhiều sổ phải phục hồi trước khi nhập.')
H('4. Kết quả giải quyết thủ tục hành chính tại Sở Tư pháp', 2)
P('Trong năm 2024, Sở Tư pháp tiếp nhận 17.950 hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở, trong đó 15.233 hồ sơ trực tuyến (đạt 84,86%); tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,87%.')
P('Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Sở đạt 100%; tỷ lệ cấp kết quả điện tử đạt 96,4%; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 58,2%.')
P('Sở đã chuẩn hóa, công khai đầy đủ bộ thủ tục hành chính trên Cổng Dịch vụ công quốc gia và Cổng Dịch vụ công của tỉnh; tái cấu trúc quy trình nội bộ theo hướng cắt giảm thành phần hồ sơ đã có trong CSDLQG về dân cư.')
P('Sở hiện cung cấp 139 thủ tục hành chính, trong đó 92 thủ tục trực tuyến toàn trình và 47 thủ tục trực tuyến một phần.')
P('Bộ phận Một cửa của Sở đã hỗ trợ 3.215 công dân kích hoạt tài khoản định danh điện tử khi đến làm thủ tục.')
H('5. Triển khai các mô hình điểm thuộc lĩnh vực tư pháp', 2)
P('Năm 2024, Sở được giao chủ trì, phối hợp thực hiện 05 mô hình trong danh mục mô hình điểm Đề án 06 của tỉnh và 01 mô hình do ngành tự xây dựng, cụ thể:')
P('a) Mô hình "Thông tin lý lịch tư pháp trên VNeID": đã hoàn thành, triển khai chính thức trên toàn tỉnh từ tháng 01/2024 (kết quả nêu tại mục 2).')
P('b) Mô hình "Số hóa tạo lập dữ liệu hộ tịch trên nền CSDLQG về dân cư": đang triển khai, đạt 96,92% khối lượng; dự kiến hoàn thành trong quý I/2025.')
P('c) Mô hình "Triển khai tại các điểm công chứng, chứng thực": đang triển khai; 17/21 tổ chức hành nghề công chứng đã lắp đặt thiết bị đọc thẻ Căn cước gắn chip để xác thực người yêu cầu công chứng.')
P('d) Mô hình "Lưu trữ, chứng thực giấy tờ, tài liệu điện tử": đang triển khai thí điểm chứng thực bản sao điện tử từ bản chính tại 09 UBND cấp xã, đã chứng thực 4.318 bản sao điện tử.')
P('đ) Mô hình "Hỗ trợ pháp lý qua ứng dụng VNeID, tổng đài": chưa triển khai, đang chờ hướng dẫn của Bộ Tư pháp và Bộ Công an về kết nối dữ liệu trợ giúp pháp lý.')
P('e) Mô hình "Xã hộ tịch không giấy" tại xã Phước Lộc (huyện Tuy Phước), do ngành Tư pháp tự xây dựng: đã hoàn thành; 100% hồ sơ hộ tịch của xã được tiếp nhận, trả kết quả trực tuyến, không lưu sổ giấy từ tháng 6/2024.')
H('6. Công tác phối hợp, kết nối, chia sẻ dữ liệu', 2)
P('Sở đã phối hợp chặt chẽ với Công an tỉnh trong việc xác thực thông tin công dân khi giải quyết thủ tục đăng ký hộ tịch và cấp Phiếu lý lịch tư pháp.')
P('Phối hợp Bảo hiểm xã hội tỉnh xử lý các hồ sơ liên thông cấp thẻ BHYT cho trẻ em dưới 6 tuổi bị tồn đọng do lỗi đồng bộ dữ liệu.')
P('Phối hợp Sở Lao động - Thương binh và Xã hội thống nhất quy trình chi trả mai táng phí qua tài khoản của thân nhân người chết.')
P('Phối hợp Sở Thông tin và Truyền thông bảo đảm đường truyền, kết nối giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Phần mềm hộ tịch dùng chung.')
P('Việc kết nối, chia sẻ dữ liệu cơ bản thông suốt; tuy nhiên vẫn còn tình trạng dữ liệu hộ tịch chậm đồng bộ, nhất là vào các ngày cuối tháng.')
H('III. ĐÁNH GIÁ CHUNG', 1)
H('1. Ưu điểm', 2)
P('Các nhiệm vụ được giao cơ bản hoàn thành đúng tiến độ; tỷ lệ hồ sơ trực tuyến các dịch vụ công thiết yếu lĩnh vực tư pháp tăng mạnh, vượt chỉ tiêu 70% của UBND tỉnh giao.')
P('Việc cấp Phiếu lý lịch tư pháp qua VNeID được người dân đón nhận; số hồ sơ năm 2024 tăng gấp 3,7 lần so với năm 2023.')
P('Công tác phối hợp giữa ngành Tư pháp và Công an các cấp ngày càng chặt chẽ, hiệu quả, góp phần giảm giấy tờ, giảm chi phí đi lại cho người dân.')
H('2. Tồn tại, hạn chế', 2)
P('Tỷ lệ hồ sơ đăng ký kết hôn trực tuyến còn thấp; một số xã vùng sâu tỷ lệ trực tuyến dưới 40%.')
P('Phần mềm hộ tịch dùng chung nhiều lúc bị chậm, lỗi đồng bộ với CSDLQG về dân cư; trong năm có khoảng 1.150 hồ sơ liên thông phải xử lý thủ công.')
P('Đội ngũ công chức Tư pháp - Hộ tịch cấp xã còn thiếu; hiện có 31 xã chỉ bố trí một công chức kiêm nhiệm nhiều lĩnh vực.')
P('Kinh phí số hóa chưa đáp ứng; còn khoảng 94 nghìn trường hợp dữ liệu hộ tịch chưa được số hóa.')
P('Một số Phòng Tư pháp cấp huyện chưa quyết liệt trong việc đôn đốc cấp xã cập nhật dữ liệu, còn để tồn đọng hồ sơ chưa xử lý trên phần mềm.')
H('3. Nguyên nhân', 2)
P('Nhận thức của một bộ phận người dân về dịch vụ công trực tuyến còn hạn chế; hạ tầng mạng tại các xã miền núi chưa ổn định; cơ chế thuê dịch vụ số hóa chưa có hướng dẫn thống nhất.')
P('Một số phần mềm chuyên ngành chưa được kết nối với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh nên công chức phải nhập liệu nhiều lần.')
P('Việc thuê nhân lực số hóa tại một số địa phương chậm do vướng thủ tục lựa chọn nhà thầu.')
H('IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025', 1)
P('1. Phấn đấu tỷ lệ hồ sơ trực tuyến của các dịch vụ công thiết yếu lĩnh vực tư pháp đạt tối thiểu 90%; riêng đăng ký kết hôn đạt trên 75%.')
P('2. Hoàn thành số hóa 100% dữ liệu hộ tịch còn lại trước ngày 30/6/2025; làm sạch, đồng bộ tối thiểu 2 triệu trường hợp với CSDLQG về dân cư.')
P('3. Mở rộng chứng thực bản sao điện tử đến 50 UBND cấp xã; 100% tổ chức hành nghề công chứng sử dụng thiết bị xác thực thẻ Căn cước gắn chip.')
P('4. Dự kiến kinh phí năm 2025 đề nghị bố trí 2.300 triệu đồng cho nhiệm vụ số hóa và làm sạch dữ liệu.')
P('5. Tiếp tục tuyên truyền, hướng dẫn người dân sử dụng ứng dụng VNeID để nộp hồ sơ đăng ký hộ tịch, yêu cầu cấp Phiếu lý lịch tư pháp.')
P('6. Tăng cường kiểm tra, hướng dẫn nghiệp vụ đối với công chức Tư pháp - Hộ tịch cấp xã; kịp thời chấn chỉnh sai sót.')
H('V. ĐỀ XUẤT, KIẾN NGHỊ', 1)
P('1. Đề nghị Bộ Tư pháp sớm nâng cấp Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung, bảo đảm đồng bộ tức thời với CSDLQG về dân cư.')
P('2. Đề nghị UBND tỉnh chỉ đạo UBND cấp huyện bố trí đủ kinh phí và nhân lực, bảo đảm hoàn thành 100% việc số hóa Sổ hộ tịch trong 6 tháng đầu năm 2025.')
P('3. Đề nghị Công an tỉnh tiếp tục hỗ trợ kích hoạt tài khoản định danh điện tử cho người dân tại các xã có tỷ lệ hồ sơ trực tuyến dưới 50%.')
P('Trên đây là báo cáo kết quả thực hiện nhiệm vụ Đề án 06 năm 2024 của Sở Tư pháp./.')
P('Sở Tư pháp kính báo cáo UBND tỉnh, Thường trực Tổ công tác triển khai Đề án 06 tỉnh xem xét, chỉ đạo./.')
P('Nơi nhận:', bold=True)
P('- UBND tỉnh (b/c);')
P('- Bộ Tư pháp (Cục Hộ tịch, quốc tịch, chứng thực) (b/c);')
P('- Thường trực Tổ công tác Đề án 06 tỉnh;')
P('- Sở Thông tin và Truyền thông;')
P('- Bảo hiểm xã hội tỉnh;')

P('- Công an tỉnh;')
P('- Giám đốc, các PGĐ Sở;')
P('- Phòng Tư pháp các huyện, thị xã, thành phố;')
P('- Lưu: VT, HCTP.')
P('KT. GIÁM ĐỐC', bold=True)
P('PHÓ GIÁM ĐỐC', bold=True)
P('(Đã ký)')
P('Trần Thị Mỹ Hạnh', bold=True)

# ---------- build ----------
doc = Document()
doc.styles['Normal'].font.name = 'Times New Roman'
doc.styles['Normal'].font.size = Pt(13)
lines = []
FN_RE = re.compile(r'\[\[fn:(\d+)\]\]')

def add_fn_ref(par, n):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr'); va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va); r.append(rpr)
    fr = OxmlElement('w:footnoteReference'); fr.set(qn('w:id'), str(n)); r.append(fr)
    par._p.append(r)

for it in B:
    if it[0] in ('p', 'h'):
        t = it[1]
        if it[0] == 'h':
            par = doc.add_heading('', level=it[2])
        else:
            par = doc.add_paragraph(style=it[2]) if it[2] else doc.add_paragraph()
            if it[4]: par.alignment = 1
        pos = 0
        for m in FN_RE.finditer(t):
            run = par.add_run(t[pos:m.start()])
            if it[0] == 'p' and it[3]: run.bold = True
            add_fn_ref(par, int(m.group(1))); pos = m.end()
        run = par.add_run(t[pos:])
        if it[0] == 'p' and it[3]: run.bold = True
        lines.append(FN_RE.sub('', t))
    else:
        rows, merges = it[1], it[2]
        tb = doc.add_table(rows=len(rows), cols=len(rows[0])); tb.style = 'Table Grid'
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if c is not None: tb.cell(i, j).text = c
        for (a, b) in merges:
            tb.cell(*a).merge(tb.cell(*b))
        # text line per row: distinct cells (w:tc) joined by tab; vMerge continuation cells are empty
        for i, r in enumerate(rows):
            tcs = tb.rows[i]._tr.findall(qn('w:tc'))
            cells = []
            for tc in tcs:
                cells.append(''.join(t.text or '' for t in tc.iter(qn('w:t'))) if not (tc.find(qn('w:tcPr')) is not None and tc.find(qn('w:tcPr')).find(qn('w:vMerge')) is not None and tc.find(qn('w:tcPr')).find(qn('w:vMerge')).get(qn('w:val')) != 'restart') else '')
            lines.append('\t'.join(cells))

tmp = os.path.join(HERE, NAME + '.tmp.docx')
doc.save(tmp)

# ---------- footnotes post-processing ----------
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
fx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      f'<w:footnotes xmlns:w="{W}">',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n, paras in FOOT.items():
    ps = []
    for k, t in enumerate(paras):
        ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' if k == 0 else ''
        ps.append(f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{ref}<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
        lines.append((f'[^{n}]: ' if k == 0 else '') + t)
    fx.append(f'<w:footnote w:id="{n}">' + ''.join(ps) + '</w:footnote>')
fx.append('</w:footnotes>')
out = os.path.join(HERE, NAME + '.docx')
with zipfile.ZipFile(tmp) as zi, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
    for item in zi.infolist():
        data = zi.read(item.filename)
        if item.filename == '[Content_Types].xml':
            data = data.decode('utf-8').replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.decode('utf-8').replace('</Relationships>', '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode('utf-8')
        zo.writestr(item, data)
    zo.writestr('word/footnotes.xml', '\n'.join(fx).encode('utf-8'))
os.remove(tmp)
open(os.path.join(HERE, NAME + '.lines.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(len(lines), 'lines')
