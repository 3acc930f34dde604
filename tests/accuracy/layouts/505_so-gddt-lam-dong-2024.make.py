# -*- coding: utf-8 -*-
"""Build 505_so-gddt-lam-dong-2024.docx (real Word tables, real footnotes) and its .lines.txt.

Run with /work/main/.venv/bin/python from any directory; files are written next to this script.
Content is a held-out test text written by hand (Sở GDĐT Lâm Đồng, Đề án 06, năm 2024).
"""
import os, re, zipfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = '505_so-gddt-lam-dong-2024'
DOCX = os.path.join(HERE, NAME + '.docx')
LINES = os.path.join(HERE, NAME + '.lines.txt')

# ---------------------------------------------------------------- content
# ('h', text)  bold centred heading;  ('b', text) bold left;  ('p', text) body paragraph;
# ('i', text) italic body;  ('t', rows, widths, header_bold, borders)
# '{fn1}' inside a paragraph = place of footnote reference 1.

FOOTNOTES = {
    1: 'Kết nối qua Hệ thống cơ sở dữ liệu ngành giáo dục của Bộ Giáo dục và Đào tạo theo Công văn số 3722/BGDĐT-CNTT; dữ liệu được đồng bộ định kỳ hằng tuần vào thứ Sáu.',
    2: 'Từ ngày 01/12/2024, huyện Đạ Huoai mới được thành lập trên cơ sở nhập 03 huyện Đạ Huoai, Đạ Tẻh và Cát Tiên.',
    3: 'Thí sinh tự do đã tốt nghiệp THPT từ các năm trước, không có tài khoản trên Hệ thống quản lý thi của Bộ Giáo dục và Đào tạo; trong đó 19 thí sinh đăng ký tại Trường THPT Bùi Thị Xuân (Đà Lạt).',
    4: 'Công văn số 5120/CAT-PC06 ngày 03/12/2024 của Công an tỉnh về cung cấp số liệu phục vụ báo cáo tổng kết năm 2024; trong năm, Công an tỉnh tổ chức thu nhận lưu động tại 37 điểm trường, thu nhận 2.216 hồ sơ định danh điện tử của học sinh, giáo viên.',
    5: 'Gồm: Trường THPT Chuyên Thăng Long (Đà Lạt) và Trường THPT Bảo Lộc (thành phố Bảo Lộc).',
}

C = []
def h(t): C.append(('h', t))
def b(t): C.append(('b', t))
def p(t): C.append(('p', t))
def i(t): C.append(('i', t))
def t(rows, widths, hb=True, borders=True): C.append(('t', rows, widths, hb, borders))

t([['UBND TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
   ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Độc lập - Tự do - Hạnh phúc'],
   ['Số: 3614/BC-SGDĐT', 'Lâm Đồng, ngày 18 tháng 12 năm 2024']], [6.5, 9.5], hb=True, borders=False)
h('BÁO CÁO')
h('Kết quả thực hiện nhiệm vụ Đề án 06 của ngành Giáo dục và Đào tạo năm 2024, phương hướng, nhiệm vụ năm 2025')
p('Kính gửi:')
p('- Ủy ban nhân dân tỉnh Lâm Đồng;')
p('- Công an tỉnh (Cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh).')
p('Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây gọi là Đề án 06);')
p('Căn cứ Kế hoạch số 1542/KH-UBND ngày 04/3/2024 của UBND tỉnh về triển khai thực hiện Đề án 06 trên địa bàn tỉnh Lâm Đồng năm 2024 và Công văn số 1877/BGDĐT-CNTT ngày 19/4/2024 của Bộ Giáo dục và Đào tạo về triển khai Đề án 06 trong ngành giáo dục năm 2024;')
p('Sở Giáo dục và Đào tạo (GDĐT) báo cáo kết quả thực hiện năm 2024 (số liệu tính đến ngày 15/12/2024) như sau:')

b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI')
b('1. Ban hành văn bản chỉ đạo, hướng dẫn')
p('Năm 2024, Sở GDĐT đã ban hành 01 kế hoạch và 17 công văn chỉ đạo, hướng dẫn các Phòng GDĐT huyện, thành phố, các đơn vị trực thuộc triển khai nhiệm vụ Đề án 06 gắn với chuyển đổi số trong ngành; kiện toàn Tổ công tác triển khai Đề án 06 của Sở gồm 11 thành viên do Phó Giám đốc Sở làm Tổ trưởng. Một số văn bản chủ yếu:')
p('- Kế hoạch số 508/KH-SGDĐT ngày 22/3/2024 triển khai Đề án 06 và chuyển đổi số ngành GDĐT năm 2024;')
p('- Công văn số 734/SGDĐT-VP ngày 12/4/2024 về rà soát, cập nhật số định danh cá nhân của trẻ em, học sinh, cán bộ quản lý, giáo viên, nhân viên trên Cơ sở dữ liệu ngành;')
p('- Công văn số 1290/SGDĐT-KHTC ngày 08/7/2024 về triển khai thu học phí, các khoản thu dịch vụ giáo dục không dùng tiền mặt năm học 2024 - 2025;')
p('- Công văn số 1655/SGDĐT-QLCL ngày 26/8/2024 về triển khai học bạ số cấp tiểu học, trung học cơ sở, trung học phổ thông;')
p('- Công văn số 2230/SGDĐT-VP ngày 21/10/2024 về phối hợp thu nhận hồ sơ định danh điện tử cho học sinh tại trường học;')
p('- Công văn số 2415/SGDĐT-QLCL ngày 11/11/2024 về triển khai tích hợp đăng nhập bằng tài khoản VNeID trên phần mềm quản lý trường học;')
p('- Công văn số 2588/SGDĐT-VP ngày 02/12/2024 về báo cáo kết quả thực hiện Đề án 06 năm 2024.')
p('Các Phòng GDĐT huyện, thành phố đã tham mưu UBND cấp huyện ban hành kế hoạch, văn bản triển khai trong các trường mầm non, tiểu học, trung học cơ sở trực thuộc.')
p('Lãnh đạo Sở định kỳ hằng quý nghe báo cáo tiến độ, chỉ đạo tháo gỡ các vướng mắc phát sinh; kết quả thực hiện được thông báo đến các đơn vị qua hệ thống quản lý văn bản điều hành.')
b('2. Công tác tập huấn, tuyên truyền, kiểm tra')
p('Phối hợp với Công an tỉnh và Viettel Lâm Đồng tổ chức 04 lớp tập huấn về cập nhật, làm sạch dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành cho 1.486 lượt cán bộ quản lý, nhân viên phụ trách dữ liệu của các trường, theo hình thức trực tiếp kết hợp trực tuyến đến các Phòng GDĐT và cơ sở giáo dục.')
p('Đăng tải 57 tin, bài về Đề án 06 trên Cổng thông tin điện tử của Sở; các cơ sở giáo dục lồng ghép nội dung tuyên truyền về lợi ích của tài khoản định danh điện tử vào các buổi sinh hoạt dưới cờ, họp cha mẹ học sinh đầu năm học.')
p('Thành lập 06 đoàn kiểm tra, kiểm tra trực tiếp việc triển khai tại 38 cơ sở giáo dục thuộc các huyện, thành phố; qua kiểm tra đã nhắc nhở 05 đơn vị chậm cập nhật, điều chỉnh dữ liệu sai lệch.')
b('3. Bảo đảm hạ tầng, an toàn thông tin')
p('Sở đã chỉ đạo các đơn vị rà soát hạ tầng mạng, máy tính phục vụ cập nhật dữ liệu; yêu cầu mỗi cơ sở giáo dục phân công cán bộ phụ trách dữ liệu, chịu trách nhiệm về tính chính xác của dữ liệu trẻ em, học sinh, giáo viên trên Cơ sở dữ liệu ngành.')
p('Hệ thống máy chủ của Sở được giám sát an toàn thông tin theo mô hình bảo vệ nhiều lớp; các phần mềm dùng chung được đánh giá, phê duyệt cấp độ an toàn hệ thống thông tin trước khi đưa vào sử dụng.')
p('Việc cấp, thu hồi tài khoản quản trị Cơ sở dữ liệu ngành được thực hiện theo quy chế của Sở; tài khoản của cán bộ nghỉ hưu, chuyển công tác được khóa kịp thời.')
p('Sở phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh rà soát, cảnh báo các nguy cơ mất an toàn thông tin đối với cổng thông tin và phần mềm quản lý trường học của ngành.')

b('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ')
b('1. Kết nối, xác thực dữ liệu trẻ em, học sinh, giáo viên với Cơ sở dữ liệu quốc gia về dân cư')
p('Cơ sở dữ liệu ngành giáo dục đã được kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư (CSDLQG về dân cư){fn1} từ tháng 8/2023. Đến ngày 15/12/2024, toàn ngành có 336.815 trẻ em, học sinh từ mầm non đến trung học phổ thông (năm học 2024 - 2025), trong đó 330.142 hồ sơ đã được xác thực số định danh cá nhân với CSDLQG về dân cư, đạt 98,02% (cùng thời điểm năm 2023 đạt 93,47%).')
p('Còn 6.673 hồ sơ chưa xác thực được, chủ yếu là trẻ mầm non chưa được đăng ký khai sinh đúng hạn, học sinh có thông tin họ tên, ngày sinh không trùng khớp giữa giấy khai sinh và CSDLQG về dân cư, học sinh là con em lao động tự do chưa đăng ký cư trú tại địa phương.')
p('Kết quả xác thực theo đơn vị cấp huyện và khối trực thuộc Sở như sau{fn2}:')
i('Bảng 1. Kết quả xác thực dữ liệu trẻ em, học sinh (đến ngày 15/12/2024)')
t([['STT', 'Đơn vị', 'Số trẻ em, học sinh', 'Đã xác thực', 'Tỷ lệ (%)'],
   ['1', 'Thành phố Đà Lạt', '41.506', '41.141', '99,12'],
   ['2', 'Thành phố Bảo Lộc', '30.874', '30.547', '98,94'],
   ['3', 'Huyện Lạc Dương', '6.912', '6.664', '96,41'],
   ['4', 'Huyện Đơn Dương', '20.145', '19.678', '97,68'],
   ['5', 'Huyện Đức Trọng', '37.988', '37.285', '98,15'],
   ['6', 'Huyện Lâm Hà', '34.102', '33.362', '97,83'],
   ['7', 'Huyện Đam Rông', '11.937', '11.445', '95,88'],
   ['8', 'Huyện Di Linh', '36.410', '35.325', '97,02'],
   ['9', 'Huyện Bảo Lâm', '27.553', '26.861', '97,49'],
   ['10', 'Huyện Đạ Huoai', '37.526', '36.216', '96,51'],
   ['11', 'Các đơn vị trực thuộc Sở', '51.862', '51.618', '99,53'],
   ['', 'Toàn tỉnh', '336.815', '330.142', '98,02']],
  [1.0, 5.4, 3.4, 3.2, 2.4])
p('Đối với đội ngũ: 21.604 cán bộ quản lý, giáo viên, nhân viên đã được cập nhật trên Cơ sở dữ liệu ngành, trong đó 21.539 người đã được xác thực thông tin với CSDLQG về dân cư, đạt 99,70%; các trường hợp còn lại chủ yếu là người mới tuyển dụng, đang hoàn thiện hồ sơ.')
p('Dữ liệu đã xác thực được sử dụng trong tuyển sinh đầu cấp, xét miễn, giảm học phí, hỗ trợ chi phí học tập và cấp văn bằng, chứng chỉ, giảm yêu cầu nộp bản sao giấy khai sinh, giấy tờ cư trú của cha mẹ học sinh.')
p('Sở đã hướng dẫn các trường khai thác trường thông tin nơi thường trú từ CSDLQG về dân cư để xác định đối tượng tuyển sinh theo địa bàn, thay cho việc yêu cầu cha mẹ học sinh xuất trình sổ hộ khẩu giấy như trước đây.')

b('2. Học bạ số, văn bằng, chứng chỉ')
p('Năm học 2023 - 2024, toàn tỉnh có 421/428 trường tiểu học, trung học cơ sở, trung học phổ thông đã triển khai học bạ số, đạt 98,36%; riêng cấp tiểu học có 236/236 trường triển khai. Các trường đã ký số, phát hành 158.230 học bạ số, đạt 96,90% số học sinh thuộc diện phải lập học bạ số.')
p('Đã số hóa 214.306 trang sổ gốc cấp văn bằng tốt nghiệp trung học cơ sở, trung học phổ thông lưu trữ tại Sở và các Phòng GDĐT, phục vụ cấp bản sao văn bằng từ sổ gốc trên môi trường điện tử.')

b('3. Thanh toán không dùng tiền mặt trong trường học')
p('Đến hết học kỳ I năm học 2024 - 2025, toàn ngành có 641/712 cơ sở giáo dục thực hiện thu học phí và các khoản thu dịch vụ giáo dục không dùng tiền mặt, đạt 90,03% (tăng 96 cơ sở so với cùng kỳ năm học trước), với 318.472 giao dịch và tổng số tiền 214,6 tỷ đồng. Cụ thể theo cấp học:')
i('Bảng 2. Cơ sở giáo dục thu không dùng tiền mặt theo cấp học')
t([['Cấp học', 'Số cơ sở đã triển khai', 'Tỷ lệ (%)'],
   ['Mầm non', '221', '78,65'],
   ['Tiểu học', '229', '97,03'],
   ['Trung học cơ sở', '155', '98,10'],
   ['Trung học phổ thông, trực thuộc Sở', '36', '97,30'],
   ['Cộng', '641', '90,03']],
  [7.5, 4.5, 3.0])
p('Các trường đã công khai tài khoản thu, hướng dẫn cha mẹ học sinh nộp qua ứng dụng ngân hàng hoặc quét mã QR; biên lai điện tử được gửi qua phần mềm liên lạc giữa nhà trường và gia đình.')

b('4. Giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến')
p('Sở GDĐT đang thực hiện 104 thủ tục hành chính (TTHC) thuộc thẩm quyền, trong đó 79 TTHC được cung cấp dịch vụ công trực tuyến toàn trình, 25 TTHC trực tuyến một phần; toàn bộ TTHC đã được công khai trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết TTHC của tỉnh.')
p('Năm 2024, Sở tiếp nhận 5.237 hồ sơ (chủ yếu là cấp bản sao văn bằng, chứng chỉ từ sổ gốc; chỉnh sửa nội dung văn bằng; cấp phép tổ chức dạy thêm, học thêm; công nhận trường đạt chuẩn quốc gia), trong đó 4.986 hồ sơ nộp trực tuyến, đạt 95,21%; hồ sơ đã giải quyết 100% trước và đúng hạn. Tỷ lệ số hóa thành phần hồ sơ của Sở đạt 98,74%, cấp kết quả điện tử đạt 100%.')
p('Đối với dịch vụ công thiết yếu “Đăng ký dự thi tốt nghiệp trung học phổ thông và xét tuyển đại học, cao đẳng”: Kỳ thi tốt nghiệp THPT năm 2024, toàn tỉnh có 16.482 thí sinh đăng ký dự thi, trong đó 16.395 thí sinh đăng ký trực tuyến, đạt 99,47%; 87 thí sinh tự do đăng ký trực tiếp tại điểm tiếp nhận hồ sơ{fn3}. Thông tin thí sinh được xác thực bằng số định danh cá nhân khi đăng ký.')
p('Công tác tuyển sinh đầu cấp năm học 2024 - 2025 được thực hiện trực tuyến tại các thành phố Đà Lạt, Bảo Lộc và các huyện Đức Trọng, Lâm Hà với 24.917 hồ sơ nộp trực tuyến, chiếm 81,3% số hồ sơ tuyển sinh tại các địa phương này; thông tin của học sinh được tự động điền từ CSDLQG về dân cư.')

b('5. Kết quả triển khai trên địa bàn tỉnh')
p('Theo số liệu do Công an tỉnh cung cấp{fn4}, đến ngày 30/11/2024 toàn tỉnh đã thu nhận 1.071.386 hồ sơ cấp căn cước công dân, căn cước và đã cấp, trả 1.058.240 thẻ; thu nhận 826.915 hồ sơ định danh điện tử mức độ 2, trong đó 701.463 tài khoản đã được công dân kích hoạt. Tỷ lệ hồ sơ trực tuyến của các dịch vụ công thiết yếu trên địa bàn tỉnh đạt 71,28%.')
p('Trong ngành giáo dục, 20.418 cán bộ quản lý, giáo viên, nhân viên đã kích hoạt tài khoản định danh điện tử mức độ 2 (đạt 94,51% tổng số); đối với học sinh từ đủ 14 tuổi trở lên, đã có 63.752 em được phê duyệt tài khoản định danh điện tử mức độ 2, trong đó 41.086 em đã kích hoạt, đạt 64,45%.')

b('6. Triển khai các mô hình điểm')
p('Ngành GDĐT tham gia các mô hình trong danh mục mô hình điểm của Tổ công tác Đề án 06 Chính phủ và triển khai mô hình điểm của ngành, cụ thể:')
p('- Mô hình “Triển khai hệ thống quản lý trường học: xác thực giáo viên và học sinh, đăng nhập bằng VNeID” (thuộc danh mục mô hình điểm của Tổ công tác Đề án 06 Chính phủ): đang triển khai; đã tích hợp đăng nhập bằng tài khoản VNeID trên phần mềm quản lý trường học tại 186 trường thuộc thành phố Đà Lạt và thành phố Bảo Lộc.')
p('- Mô hình điểm của ngành “Điểm danh học sinh bằng thẻ căn cước gắn chip và nhận diện khuôn mặt” tại 02 trường THPT{fn5}: đã hoàn thành thí điểm từ tháng 10/2024 với 2.150 học sinh tham gia, tỷ lệ điểm danh tự động chính xác đạt 99,2%; dự kiến nhân rộng ra 12 trường THPT trong năm 2025.')
p('- Mô hình “Thẻ học sinh điện tử tích hợp số định danh cá nhân” tại thành phố Bảo Lộc: đang triển khai tại 09 trường trung học cơ sở, đã cấp 6.870 thẻ cho học sinh, dùng để mượn sách thư viện, thanh toán căng tin.')
p('- Mô hình “Xác thực thi online tập trung qua nền tảng xác thực thẻ CCCD gắn chip”: chưa triển khai; Sở sẽ thực hiện khi Bộ GDĐT ban hành hướng dẫn kỹ thuật.')
b('7. Hỗ trợ phát triển công dân số trong nhà trường')
p('Các trường trung học phổ thông thành lập tổ hỗ trợ do Đoàn Thanh niên làm nòng cốt, hướng dẫn học sinh, cha mẹ học sinh cài đặt, kích hoạt tài khoản định danh điện tử và sử dụng các tiện ích trên ứng dụng VNeID.')
p('Nội dung kỹ năng số, an toàn thông tin cá nhân trên môi trường mạng được lồng ghép trong môn Tin học và hoạt động trải nghiệm, hướng nghiệp.')

b('III. ĐÁNH GIÁ CHUNG')
b('1. Kết quả đạt được')
p('Việc triển khai Đề án 06 trong ngành được các Phòng GDĐT, cơ sở giáo dục quan tâm thực hiện; dữ liệu trẻ em, học sinh, giáo viên cơ bản được xác thực với CSDLQG về dân cư, bảo đảm “đúng, đủ, sạch, sống”; dịch vụ công của Sở được cung cấp trực tuyến toàn trình ở mức cao; thanh toán không dùng tiền mặt trong trường học có chuyển biến rõ rệt.')
p('- Sự phối hợp giữa ngành Giáo dục với lực lượng Công an các cấp trong xác minh, điều chỉnh thông tin học sinh ngày càng chặt chẽ, nhiều trường hợp sai lệch được xử lý ngay tại trường.')
p('- Việc sử dụng dữ liệu dân cư trong tuyển sinh đầu cấp giúp cha mẹ học sinh không phải nộp bản sao giấy tờ, rút ngắn thời gian xét tuyển.')
p('- Cán bộ quản lý, giáo viên tích cực sử dụng tài khoản định danh điện tử trong thực hiện thủ tục hành chính và các giao dịch cá nhân.')
b('2. Khó khăn, vướng mắc')
p('- Còn 6.673 hồ sơ trẻ em, học sinh chưa xác thực được; việc điều chỉnh thông tin sai lệch phụ thuộc vào thủ tục đăng ký hộ tịch tại UBND cấp xã, mất nhiều thời gian.')
p('- Còn 71 cơ sở giáo dục, chủ yếu là trường mầm non ngoài công lập và trường ở vùng sâu, vùng xa thuộc các huyện Đam Rông, Lạc Dương, Di Linh chưa thu không dùng tiền mặt do nhiều cha mẹ học sinh chưa có tài khoản ngân hàng.')
p('- Kinh phí: năm 2024 ngành được bố trí 1,85 tỷ đồng cho các nhiệm vụ chuyển đổi số và Đề án 06, mới đáp ứng khoảng 40% nhu cầu; còn 23 điểm trường lẻ chưa có đường truyền Internet cáp quang.')
p('- Tỷ lệ học sinh kích hoạt tài khoản định danh điện tử còn thấp do nhiều em chưa có điện thoại thông minh riêng.')
p('- Phần mềm quản lý trường học do nhiều nhà cung cấp khác nhau xây dựng, việc tích hợp đăng nhập bằng VNeID phải thực hiện riêng cho từng phần mềm.')
b('3. Nguyên nhân')
p('- Nguyên nhân chủ quan:')
p('+ Một số Phòng GDĐT, cơ sở giáo dục chưa quyết liệt trong chỉ đạo; cán bộ phụ trách dữ liệu kiêm nhiệm nhiều việc, thường xuyên thay đổi.')
p('- Nguyên nhân khách quan:')
p('+ Hạ tầng viễn thông ở vùng sâu, vùng xa chưa bảo đảm; một bộ phận cha mẹ học sinh chưa quen với giao dịch điện tử.')
p('+ Chưa có hướng dẫn thống nhất về chuẩn kết nối giữa phần mềm quản lý trường học với nền tảng định danh, xác thực điện tử.')

b('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
p('1. Phấn đấu đến ngày 30/6/2025, 100% hồ sơ trẻ em, học sinh và 100% hồ sơ cán bộ quản lý, giáo viên, nhân viên được xác thực với CSDLQG về dân cư; 100% trường tiểu học, trung học cơ sở, trung học phổ thông triển khai học bạ số.')
p('2. Phấn đấu năm 2025 tỷ lệ cơ sở giáo dục thu không dùng tiền mặt đạt tối thiểu 95%; tỷ lệ hồ sơ TTHC của Sở nộp trực tuyến đạt trên 96%.')
p('3. Nhân rộng mô hình điểm danh bằng thẻ căn cước; phối hợp Công an tỉnh thu nhận hồ sơ định danh điện tử cho khoảng 15.000 học sinh chưa có tài khoản.')
p('4. Tiếp tục thực hiện các nhiệm vụ theo Phụ lục kèm theo báo cáo này.')
p('5. Tăng cường kiểm tra, giám sát việc cập nhật dữ liệu; đưa kết quả thực hiện Đề án 06 vào tiêu chí đánh giá, xếp loại thi đua của các đơn vị năm học 2024 - 2025.')
p('6. Phối hợp với các ngân hàng thương mại, đơn vị cung cấp dịch vụ trung gian thanh toán hỗ trợ cha mẹ học sinh mở tài khoản, cài đặt ứng dụng thanh toán.')
i('Bảng 3. Một số nhiệm vụ trọng tâm năm 2025')
t([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
   ['1', 'Rà soát, điều chỉnh dữ liệu học sinh chưa xác thực', 'Phòng GDĐT các huyện, thành phố', 'Quý I/2025'],
   ['2', 'Triển khai học bạ số cho các trường còn lại', 'Phòng Quản lý chất lượng', 'Tháng 5/2025'],
   ['3', 'Nhân rộng mô hình điểm danh bằng thẻ căn cước', 'Văn phòng Sở', 'Năm 2025'],
   ['4', 'Thu học phí không dùng tiền mặt tại các trường mầm non', 'Phòng Kế hoạch - Tài chính', 'Năm học 2024 - 2025'],
   ['5', 'Sơ kết, đánh giá việc tuyển sinh đầu cấp trực tuyến', 'Phòng Giáo dục Trung học', 'Tháng 8/2025']],
  [1.0, 7.0, 4.6, 3.0])
b('V. KIẾN NGHỊ, ĐỀ XUẤT')
p('- Đề nghị UBND tỉnh bố trí bổ sung 2,4 tỷ đồng trong năm 2025 để trang bị 180 thiết bị đọc thẻ căn cước cho các trường trung học phổ thông.')
p('- Đề nghị Công an tỉnh chỉ đạo Công an cấp xã phối hợp với các trường hoàn thành 100% việc xác thực dữ liệu trẻ em, học sinh trước ngày 31/3/2025.')
p('- Đề nghị Bộ GDĐT sớm ban hành hướng dẫn kỹ thuật về xác thực thí sinh bằng thẻ căn cước gắn chip trong các kỳ thi, kiểm tra trực tuyến.')
p('- Đề nghị các ngân hàng thương mại trên địa bàn miễn, giảm phí giao dịch đối với các khoản thu của cơ sở giáo dục.')
p('Trên đây là báo cáo kết quả thực hiện nhiệm vụ Đề án 06 năm 2024 của Sở Giáo dục và Đào tạo tỉnh Lâm Đồng./.')
t([['Nơi nhận:', 'KT. GIÁM ĐỐC'],
   ['- Như trên;', 'PHÓ GIÁM ĐỐC'],
   ['- Bộ GDĐT (Cục Khoa học công nghệ và Thông tin);', ''],
   ['- Giám đốc Sở (b/c);', '(Đã ký)'],
   ['- Các Phòng GDĐT huyện, thành phố;', ''],
   ['- Các đơn vị trực thuộc Sở;', ''],
   ['- Sở Thông tin và Truyền thông;', ''],
   ['- Cổng thông tin điện tử Sở;', ''],
   ['- Lưu: VT, VP.', 'Trần Minh Khoa']],
  [8.0, 8.0], hb=False, borders=False)
h('PHỤ LỤC')
h('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA NGÀNH GDĐT THEO KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024 CỦA UBND TỈNH')
i('(Kèm theo Báo cáo số 3614/BC-SGDĐT ngày 18/12/2024 của Sở Giáo dục và Đào tạo)')
t([['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Kết quả'],
   ['1', 'Kiện toàn Tổ công tác triển khai Đề án 06 của Sở', 'Văn phòng Sở', 'Đã hoàn thành'],
   ['2', 'Cập nhật số định danh cá nhân của trẻ em, học sinh trên Cơ sở dữ liệu ngành', 'Phòng GDĐT, các trường', 'Cơ bản hoàn thành'],
   ['3', 'Xác thực thông tin cán bộ, giáo viên, nhân viên với CSDLQG về dân cư', 'Phòng Tổ chức cán bộ', 'Cơ bản hoàn thành'],
   ['4', 'Triển khai học bạ số cấp tiểu học', 'Phòng GDĐT', 'Đã hoàn thành'],
   ['5', 'Triển khai học bạ số cấp trung học cơ sở, trung học phổ thông', 'Phòng Quản lý chất lượng', 'Đang thực hiện'],
   ['6', 'Số hóa sổ gốc cấp văn bằng, chứng chỉ', 'Phòng Quản lý chất lượng', 'Đang thực hiện'],
   ['7', 'Thu học phí, các khoản thu không dùng tiền mặt', 'Phòng Kế hoạch - Tài chính', 'Đang thực hiện'],
   ['8', 'Cung cấp dịch vụ công trực tuyến toàn trình đối với TTHC đủ điều kiện', 'Văn phòng Sở', 'Đã hoàn thành'],
   ['9', 'Đăng ký dự thi tốt nghiệp THPT trực tuyến', 'Phòng Quản lý chất lượng', 'Đã hoàn thành'],
   ['10', 'Tuyển sinh đầu cấp trực tuyến', 'Phòng GDĐT, Phòng Giáo dục Trung học', 'Đã hoàn thành tại 04 địa phương'],
   ['11', 'Tích hợp đăng nhập VNeID trên phần mềm quản lý trường học', 'Văn phòng Sở', 'Đang thực hiện'],
   ['12', 'Thí điểm điểm danh học sinh bằng thẻ căn cước', 'Văn phòng Sở', 'Đã hoàn thành thí điểm'],
   ['13', 'Xác thực thi trực tuyến bằng thẻ căn cước gắn chip', 'Phòng Quản lý chất lượng', 'Chưa thực hiện'],
   ['14', 'Tuyên truyền về Đề án 06 trong ngành', 'Văn phòng Sở', 'Thường xuyên'],
   ['15', 'Phối hợp thu nhận định danh điện tử cho học sinh', 'Các trường THPT', 'Đang thực hiện']],
  [1.0, 7.4, 4.2, 3.4])

# ---------------------------------------------------------------- build
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
st = doc.styles['Normal']
st.font.name = 'Times New Roman'; st.font.size = Pt(13)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')

lines = []
FN = re.compile(r'\{fn(\d+)\}')

def add_fn_ref(par, n):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr'); va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript')
    rpr.append(va); r.append(rpr)
    ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), str(n)); r.append(ref)
    par._p.append(r)

def fill(par, text, bold=False, italic=False):
    parts = FN.split(text)
    for k, part in enumerate(parts):
        if k % 2 == 0:
            if part:
                run = par.add_run(part); run.bold = bold; run.italic = italic
        else:
            add_fn_ref(par, int(part))
    return FN.sub('', text)

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    bd = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); bd.append(x)
    tblPr.append(bd)

for item in C:
    kind = item[0]
    if kind == 't':
        rows, widths, hb, borders = item[1], item[2], item[3], item[4]
        tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
        if borders: tbl.style = 'Table Grid'
        else: no_borders(tbl)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                cell = tbl.cell(ri, ci); cell.width = Cm(widths[ci])
                par = cell.paragraphs[0]
                bold = (hb and ri == 0) or (not borders and ci == 1 and ri < 2) or val in ('Toàn tỉnh', 'Cộng')
                fill(par, val, bold=bold)
                if borders and ci >= 2 and ri > 0: par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if not borders and not (ci == 0 and 'Nơi nhận' in rows[0][0]): par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.paragraph_format.space_after = Pt(0)
            lines.append('\t'.join(row))
        continue
    text = item[1]
    par = doc.add_paragraph()
    pf = par.paragraph_format; pf.space_after = Pt(6)
    if kind == 'h':
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER; plain = fill(par, text, bold=True)
    elif kind == 'b':
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; plain = fill(par, text, bold=True)
    elif kind == 'i':
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER; plain = fill(par, text, italic=True)
    else:
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; pf.first_line_indent = Cm(1.0); plain = fill(par, text)
    lines.append(plain)

for n in sorted(FOOTNOTES):
    lines.append(FOOTNOTES[n])

tmp = DOCX + '.tmp'
doc.save(tmp)

# ---------------------------------------------------------------- footnotes part
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
fx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      f'<w:footnotes xmlns:w="{W}">',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n in sorted(FOOTNOTES):
    fx.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
              '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
              f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{esc(FOOTNOTES[n])}</w:t></w:r></w:p></w:footnote>')
fx.append('</w:footnotes>')
FOOT = '\n'.join(fx).encode('utf-8')

with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
    names = zin.namelist()
    assert 'word/footnotes.xml' not in names
    for nm in names:
        data = zin.read(nm)
        if nm == '[Content_Types].xml':
            s = data.decode('utf-8')
            s = s.replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            data = s.encode('utf-8')
        elif nm == 'word/_rels/document.xml.rels':
            s = data.decode('utf-8')
            s = s.replace('</Relationships>', '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            data = s.encode('utf-8')
        zout.writestr(nm, data)
    zout.writestr('word/footnotes.xml', FOOT)
os.remove(tmp)

with open(LINES, 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')

# ---------------------------------------------------------------- self-check: re-extract from the docx
from lxml import etree
ns = {'w': W}
with zipfile.ZipFile(DOCX) as z:
    body = etree.fromstring(z.read('word/document.xml')).find('w:body', ns)
    foot = etree.fromstring(z.read('word/footnotes.xml'))
def ptext(pel): return ''.join(x.text or '' for x in pel.iter('{%s}t' % W))
ex = []
for el in body:
    tag = etree.QName(el).localname
    if tag == 'p': ex.append(ptext(el))
    elif tag == 'tbl':
        for tr in el.findall('w:tr', ns):
            ex.append('\t'.join('\n'.join(ptext(pp) for pp in tc.findall('w:p', ns)) for tc in tr.findall('w:tc', ns)))
for fn in foot.findall('w:footnote', ns):
    if fn.get('{%s}type' % W): continue
    for pp in fn.findall('w:p', ns): ex.append(ptext(pp))
assert ex == lines, [(a, b) for a, b in zip(ex, lines) if a != b][:3] or (len(ex), len(lines))
print('wrote', DOCX, 'and', LINES, len(lines), 'lines')
