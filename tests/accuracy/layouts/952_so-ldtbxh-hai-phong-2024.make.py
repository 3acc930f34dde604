#!/usr/bin/env python3
"""Build 952_so-ldtbxh-hai-phong-2024.docx (python-docx + footnotes.xml added to the zip)
and 952_so-ldtbxh-hai-phong-2024.lines.txt (the text as a reader sees it).
Run with /work/main/.venv/bin/python."""
import os, re, shutil, zipfile
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = '952_so-ldtbxh-hai-phong-2024'

# ---------------------------------------------------------------- content
# ('c', text) centred, ('p', text) body, ('h1'|'h2', text) headings, ('t', rows, merges) table,
# ('e',) empty paragraph. {N} in a text is a footnote reference mark (not part of the line).
B = []
def c(t): B.append(('c', t))
def p(t): B.append(('p', t))
def h1(t): B.append(('h1', t))
def h2(t): B.append(('h2', t))
def e(): B.append(('e', ''))

c('UBND THÀNH PHỐ HẢI PHÒNG')
c('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')
c('Số: 3187/BC-SLĐTBXH')
c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
c('Độc lập - Tự do - Hạnh phúc')
c('Hải Phòng, ngày 16 tháng 12 năm 2024')
e()
c('BÁO CÁO')
c('Kết quả thực hiện các nhiệm vụ của Đề án 06 năm 2024 thuộc lĩnh vực lao động, người có công và xã hội')
e()
e()
c('Kính gửi:')
p('- Ủy ban nhân dân thành phố;')
p('- Công an thành phố (Cơ quan thường trực Tổ công tác triển khai Đề án 06 thành phố).')
e()
p('Thực hiện Kế hoạch số 35/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân thành phố về triển khai Đề án 06 trên địa bàn thành phố năm 2024{1}, Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện năm 2024 (số liệu tính từ ngày 01/01/2024 đến ngày 30/11/2024) như sau:')

h1('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI')
p('1. Sở đã ban hành Kế hoạch số 112/KH-SLĐTBXH ngày 20/3/2024 triển khai các nhiệm vụ của Đề án 06 thuộc lĩnh vực ngành; giao nhiệm vụ cụ thể cho 06 phòng chuyên môn và 04 đơn vị sự nghiệp trực thuộc, gắn với thời hạn hoàn thành và trách nhiệm người đứng đầu.')
p('Ban Giám đốc Sở tổ chức 04 cuộc họp giao ban chuyên đề để đánh giá tiến độ, tháo gỡ vướng mắc trong thực hiện các nhiệm vụ của Đề án 06.')
p('Các văn bản chỉ đạo, hướng dẫn chủ yếu gồm:')
p('- Công văn số 845/SLĐTBXH-BTXH ngày 02/4/2024 về rà soát, đối chiếu dữ liệu đối tượng bảo trợ xã hội với Cơ sở dữ liệu quốc gia về dân cư;')
p('- Công văn số 1217/SLĐTBXH-NCC ngày 10/5/2024 về chi trả trợ cấp ưu đãi người có công qua tài khoản cá nhân;')
p('- Công văn số 1630/SLĐTBXH-VP ngày 24/6/2024 về nâng cao chất lượng tiếp nhận hồ sơ trực tuyến;')
p('- Công văn số 2388/SLĐTBXH-TTDVVL ngày 05/9/2024 về tiếp nhận hồ sơ hưởng trợ cấp thất nghiệp trên Cổng Dịch vụ công quốc gia;')
p('- Công văn số 2904/SLĐTBXH-BTXH ngày 28/10/2024 về hoàn thiện dữ liệu hộ nghèo, hộ cận nghèo.')
p('2. Trong năm, Sở ban hành 14 văn bản hướng dẫn, đôn đốc Phòng Lao động - Thương binh và Xã hội các quận, huyện về rà soát, làm sạch dữ liệu đối tượng và chi trả chính sách không dùng tiền mặt.')
p('3. Sở phối hợp với Công an thành phố, Ngân hàng Nhà nước chi nhánh thành phố tổ chức 02 hội nghị tập huấn cho 486 công chức Phòng Lao động - Thương binh và Xã hội cấp huyện và công chức văn hóa - xã hội cấp xã; in, phát hành 12.000 tờ rơi hướng dẫn mở tài khoản, cài đặt ứng dụng VNeID.')
p('4. Công tác tuyên truyền: Cổng thông tin điện tử của Sở đăng 38 tin, bài về Đề án 06; phối hợp Đài Phát thanh và Truyền hình Hải Phòng thực hiện 04 phóng sự về chi trả chính sách qua tài khoản.')
p('Bộ phận Một cửa của Sở và Trung tâm Dịch vụ việc làm bố trí máy tính, nhân viên hướng dẫn người dân nộp hồ sơ trực tuyến, kích hoạt tài khoản định danh điện tử khi đến giao dịch.')
p('5. Kinh phí: Sở bố trí 2,35 tỷ đồng từ nguồn chi thường xuyên năm 2024 để thuê nhân lực rà soát dữ liệu, nâng cấp phần mềm quản lý đối tượng chính sách; đến ngày 30/11/2024 đã thanh toán 1,96 tỷ đồng.')

h1('II. KẾT QUẢ THỰC HIỆN')
h2('1. Chi trả chế độ, chính sách không dùng tiền mặt')
p('Sở đã chủ trì, phối hợp với Bưu điện thành phố, các ngân hàng thương mại và Ủy ban nhân dân các quận, huyện vận động đối tượng mở tài khoản, chuyển từ chi trả bằng tiền mặt sang chi trả qua tài khoản cá nhân. Kết quả đến ngày 30/11/2024:')
p('- Người có công với cách mạng: toàn thành phố có 31.642 người đang hưởng trợ cấp ưu đãi hằng tháng, trong đó 27.905 người đã nhận trợ cấp qua tài khoản, đạt 88,19%, tăng 21,4 điểm phần trăm so với cuối năm 2023.')
p('- Đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng: 71.209/78.314 đối tượng nhận qua tài khoản, đạt 90,93%; riêng quận Lê Chân đạt 99,2%, huyện Bạch Long Vĩ đạt 100%.')
p('- Người hưởng trợ cấp thất nghiệp: 100% người lao động có quyết định hưởng được chi trả qua tài khoản hoặc qua bưu điện theo đề nghị; trong đó chi qua tài khoản 18.351 người.')
p('Sở đã ký kết chương trình phối hợp với 07 ngân hàng thương mại và Bưu điện thành phố để hỗ trợ mở tài khoản miễn phí, chi trả tại nhà cho người cao tuổi, người khuyết tật nặng.')
p('Một số địa phương có kết quả nổi bật:')
p('- Quận Ngô Quyền: 96,8% người có công nhận trợ cấp qua tài khoản;')
p('- Huyện Vĩnh Bảo: vận động 2.146 đối tượng bảo trợ xã hội mở mới tài khoản trong năm;')
p('- Huyện Cát Hải: hoàn thành chi trả qua tài khoản cho đối tượng tại các xã đảo từ tháng 8/2024.')
p('Tổng hợp kết quả chi trả qua tài khoản theo nhóm đối tượng như sau:')
c('Bảng 1. Kết quả chi trả chế độ, chính sách qua tài khoản (đến 30/11/2024)')
B.append(('t', [
    ['STT', 'Nhóm đối tượng', 'Tổng số người hưởng', ('Chi trả qua tài khoản', 2)],
    [None, None, None, 'Số người', 'Tỷ lệ (%)'],
    ['1', 'Người có công hưởng trợ cấp hằng tháng', '31.642', '27.905', '88,19'],
    ['2', 'Đối tượng bảo trợ xã hội hằng tháng', '78.314', '71.209', '90,93'],
    ['3', 'Người hưởng trợ cấp thất nghiệp', '18.426', '18.351', '99,59'],
    ['', 'Tổng cộng', '128.382', '117.465', '91,50'],
]))
p('Đối với chế độ bảo hiểm xã hội, theo số liệu của Bảo hiểm xã hội thành phố{2}, tỷ lệ người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng nhận qua tài khoản cá nhân trên địa bàn thành phố đạt 72,8%; tỷ lệ người nhận chế độ bảo hiểm xã hội một lần qua tài khoản đạt 98,35%.')

h2('2. Dịch vụ công thiết yếu "Giải quyết hưởng trợ cấp thất nghiệp"')
p('Trung tâm Dịch vụ việc làm thành phố tiếp tục tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp trên Cổng Dịch vụ công quốc gia với biểu mẫu điện tử được điền sẵn thông tin từ Cơ sở dữ liệu quốc gia về dân cư.')
p('Từ ngày 01/01/2024 đến ngày 30/11/2024, Trung tâm tiếp nhận 19.872 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, trong đó 19.815 hồ sơ nộp trực tuyến, đạt 99,71%; chỉ còn 57 hồ sơ nộp trực tiếp tại Bộ phận Một cửa{3}.')
p('Số hồ sơ tiếp nhận theo từng quý như sau:')
p('- Quý I: 5.906 hồ sơ;')
p('- Quý II: 4.877 hồ sơ;')
p('- Quý III: 5.485 hồ sơ;')
p('- Tháng 10 và tháng 11: 3.604 hồ sơ.')
p('Sở đã ban hành 18.426 quyết định hưởng trợ cấp thất nghiệp với tổng số tiền 512,6 tỷ đồng; 1.214 trường hợp được hỗ trợ học nghề.')
p('Thời gian giải quyết bình quân một hồ sơ giảm từ 20 ngày làm việc theo quy định xuống còn 15 ngày làm việc.')

p('Năm 2024, Trung tâm tổ chức 48 phiên giao dịch việc làm, trong đó 12 phiên trực tuyến, kết nối việc làm cho 9.650 lượt người lao động, ưu tiên người đang hưởng trợ cấp thất nghiệp.')
p('Trung tâm đã thực hiện tra cứu, xác thực thông tin người lao động qua Cơ sở dữ liệu quốc gia về dân cư khi tiếp nhận hồ sơ, không yêu cầu người lao động nộp bản sao giấy tờ tùy thân, sổ hộ khẩu.')
h2('3. Giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến của Sở')
p('Sở hiện thực hiện 142 thủ tục hành chính, trong đó 61 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình, 58 thủ tục cung cấp trực tuyến một phần.')
p('Năm 2024, Sở tiếp nhận 46.208 hồ sơ thủ tục hành chính (bao gồm cả hồ sơ trợ cấp thất nghiệp), trong đó 41.975 hồ sơ nộp trực tuyến, đạt 90,84%; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 99,86%; 100% kết quả giải quyết được số hóa và trả kết quả điện tử.')
p('Sở tiếp nhận 27 phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục hành chính qua Hệ thống thông tin tiếp nhận phản ánh, kiến nghị; đã trả lời 27/27 phản ánh, kiến nghị đúng thời hạn.')
p('Để so sánh, tỷ lệ hồ sơ nộp trực tuyến chung của toàn thành phố năm 2024 theo số liệu của Văn phòng Ủy ban nhân dân thành phố đạt 81,2%.')
p('Các thủ tục có số lượng hồ sơ trực tuyến lớn gồm: giải quyết hưởng trợ cấp thất nghiệp; cấp giấy phép lao động cho người lao động nước ngoài; xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động; đăng ký hợp đồng nhận lao động thực tập.')
p('Sở đã triển khai thanh toán trực tuyến đối với 9 thủ tục có thu phí, lệ phí; năm 2024 có 3.412 hồ sơ thanh toán trực tuyến với số tiền 1,07 tỷ đồng.')

h2('4. Rà soát, làm sạch dữ liệu đối tượng với Cơ sở dữ liệu quốc gia về dân cư')
p('Sở chỉ đạo các quận, huyện đối chiếu thông tin của người có công, đối tượng bảo trợ xã hội, thành viên hộ nghèo, hộ cận nghèo với Cơ sở dữ liệu quốc gia về dân cư; bổ sung số định danh cá nhân cho các bản ghi còn thiếu. Kết quả như sau:')
c('Bảng 2. Kết quả đối chiếu, làm sạch dữ liệu đối tượng (đến 30/11/2024)')
B.append(('t', [
    ['STT', 'Nhóm dữ liệu', 'Tổng số bản ghi', 'Đã xác thực khớp đúng', 'Còn sai lệch', 'Tỷ lệ xác thực (%)'],
    ['1', 'Người có công', '31.642', '30.977', '665', '97,90'],
    ['2', 'Đối tượng bảo trợ xã hội', '78.314', '75.108', '3.206', '95,91'],
    ['3', 'Thành viên hộ nghèo, hộ cận nghèo', '42.560', '40.087', '2.473', '94,19'],
    ['', 'Cộng', '152.516', '146.172', '6.344', '95,84'],
]))
p('Phần mềm quản lý đối tượng chính sách của Sở đã kết nối với Cơ sở dữ liệu quốc gia về dân cư qua nền tảng tích hợp, chia sẻ dữ liệu của thành phố, thực hiện 96.530 lượt xác thực thông tin trong năm.')
p('Cơ sở dữ liệu liệt sĩ, mộ liệt sĩ và nghĩa trang liệt sĩ: đã nhập 13.905/14.288 hồ sơ liệt sĩ, đạt 97,32%; số hồ sơ còn lại chủ yếu thiếu thông tin quê quán.')
p('Về dữ liệu thị trường lao động, đã thu thập, cập nhật thông tin của 612.408 người lao động vào cơ sở dữ liệu cung - cầu lao động, trong đó 598.771 người đã được xác thực số định danh cá nhân.')

p('Việc bổ sung số định danh cá nhân vào hồ sơ đối tượng được thực hiện đồng thời với việc xét duyệt mới, điều chỉnh, thôi hưởng trợ cấp, bảo đảm dữ liệu được cập nhật thường xuyên.')
p('Đối với các bản ghi còn sai lệch, Sở đã chuyển danh sách về Ủy ban nhân dân cấp xã và Công an cấp xã để xác minh, điều chỉnh.')
h2('5. Triển khai các mô hình')
p('Năm 2024, Sở chủ trì hoặc phối hợp triển khai 04 mô hình, cụ thể như sau:')
p('a) Mô hình "Quản lý chương trình an sinh xã hội thông qua ứng dụng VNeID": đang triển khai thí điểm tại quận Lê Chân và huyện An Lão{4}; đã xác thực 5.318 đối tượng bảo trợ xã hội qua ứng dụng VNeID và chi trả thử nghiệm cho 1.260 đối tượng.')
p('b) Mô hình "Chi trả trợ cấp không dùng tiền mặt tại xã": đã hoàn thành tại xã Đại Hợp (huyện Kiến Thụy), 100% đối tượng bảo trợ xã hội của xã nhận trợ cấp qua tài khoản; đang nhân rộng ra 23 xã của các huyện Kiến Thụy, Tiên Lãng.')
p('c) Tích hợp Sổ lao động điện tử trên ứng dụng VNeID: chưa triển khai do Bộ Lao động - Thương binh và Xã hội chưa ban hành hướng dẫn kết nối.')
p('d) Phân tích tình hình lao động từ dữ liệu dân cư: đã hoàn thành việc xây dựng bộ chỉ tiêu phân tích; Sở phối hợp Công an thành phố ban hành 03 báo cáo phân tích quý trong năm 2024.')

h2('6. Bảo đảm an ninh, an toàn thông tin')
p('Sở đã rà soát, cài đặt phần mềm phòng chống mã độc cho 100% máy tính kết nối mạng; phân quyền tài khoản khai thác dữ liệu dân cư theo chức năng, nhiệm vụ của từng công chức.')
p('Phối hợp Công an thành phố tổ chức 01 buổi tập huấn bảo mật thông tin cho công chức, viên chức làm công tác quản lý dữ liệu đối tượng.')
p('Trong năm không xảy ra sự cố mất an toàn thông tin, lộ lọt dữ liệu cá nhân của đối tượng chính sách.')
h2('7. Kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch số 35/KH-UBND')
p('Sở được giao chủ trì 08 nhiệm vụ; đến nay đã hoàn thành 05 nhiệm vụ, đang triển khai 02 nhiệm vụ, 01 nhiệm vụ chưa hoàn thành đúng tiến độ, cụ thể:')
p('- Nhiệm vụ chi trả trợ cấp ưu đãi người có công qua tài khoản: đang triển khai.')
p('- Nhiệm vụ chi trả trợ cấp bảo trợ xã hội qua tài khoản: đang triển khai.')
p('- Nhiệm vụ cung cấp dịch vụ công thiết yếu giải quyết hưởng trợ cấp thất nghiệp: đã hoàn thành.')
p('- Nhiệm vụ làm sạch dữ liệu người có công, đối tượng bảo trợ xã hội: đã hoàn thành giai đoạn đối chiếu.')
p('- Nhiệm vụ cập nhật cơ sở dữ liệu liệt sĩ: đã hoàn thành phần nhập liệu theo hồ sơ hiện có.')
p('- Nhiệm vụ thu thập dữ liệu cung - cầu lao động: đã hoàn thành.')
p('- Nhiệm vụ phối hợp xây dựng báo cáo phân tích tình hình lao động: đã hoàn thành.')
p('- Nhiệm vụ tích hợp Sổ lao động điện tử trên ứng dụng VNeID: chưa hoàn thành do chờ hướng dẫn của Bộ.')
h2('8. Đánh giá chung')
p('Ưu điểm:')
p('- Các nhiệm vụ của ngành được triển khai đồng bộ từ thành phố đến cấp xã; sự phối hợp giữa Sở với Công an thành phố, Bảo hiểm xã hội thành phố, các ngân hàng ngày càng chặt chẽ.')
p('- Việc chi trả qua tài khoản giúp giảm thời gian, chi phí tổ chức chi trả, hạn chế sai sót, thất thoát; người dân nhận tiền kịp thời, đầy đủ.')
p('- Việc khai thác dữ liệu dân cư giúp rút ngắn thời gian xác minh, giảm giấy tờ người dân phải nộp.')
p('Hạn chế:')
p('- Tỷ lệ người có công nhận trợ cấp qua tài khoản chưa đạt chỉ tiêu thành phố giao là 90%.')
p('- Việc cập nhật biến động đối tượng ở một số xã còn chậm, chưa thường xuyên.')
h1('III. KHÓ KHĂN, VƯỚNG MẮC')
p('1. Còn 3.737 người có công, phần lớn là người cao tuổi, neo đơn, chưa có nhu cầu mở tài khoản hoặc không thể tự giao dịch tại ngân hàng.')
p('2. Dữ liệu đối tượng tại cấp xã còn sai lệch về ngày sinh, số định danh cá nhân; một số đối tượng đã chuyển nơi cư trú nhưng chưa được cập nhật.')
p('3. Phần mềm quản lý đối tượng chính sách do Bộ Lao động - Thương binh và Xã hội cấp chưa kết nối trực tiếp với Cơ sở dữ liệu quốc gia về dân cư; việc đối chiếu phải thực hiện qua nền tảng của thành phố.')
p('4. Nhân lực làm công tác lao động - thương binh và xã hội cấp xã chủ yếu là kiêm nhiệm, thường xuyên thay đổi, kỹ năng khai thác phần mềm còn hạn chế.')
p('5. Hạ tầng công nghệ thông tin tại Phòng Lao động - Thương binh và Xã hội một số huyện đã xuống cấp, đường truyền chưa ổn định.')
p('6. Một số ngân hàng chưa bố trí điểm giao dịch tại xã đảo, xã vùng ven; chi phí rút tiền đối với đối tượng ở xa điểm giao dịch còn cao.')

p('Nguyên nhân:')
p('- Một bộ phận đối tượng, nhất là người cao tuổi, còn thói quen nhận tiền mặt;')
p('- Kinh phí cho công tác rà soát, cập nhật dữ liệu chưa được bố trí riêng;')
p('- Hướng dẫn kết nối dữ liệu của các bộ, ngành còn chậm.')
h1('IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025')
p('Trên cơ sở kết quả năm 2024, Sở xác định các nhiệm vụ trọng tâm năm 2025 như sau:')
p('1. Phấn đấu năm 2025 tỷ lệ người có công nhận trợ cấp qua tài khoản đạt trên 95%, đối tượng bảo trợ xã hội đạt 100%.')
p('2. Hoàn thành làm sạch 6.344 bản ghi còn sai lệch trước ngày 31/3/2025; duy trì tỷ lệ hồ sơ trợ cấp thất nghiệp nộp trực tuyến trên 99%.')
p('3. Nâng số thủ tục cung cấp dịch vụ công trực tuyến toàn trình của Sở lên 75 thủ tục; hoàn thành nhập 100% hồ sơ liệt sĩ vào cơ sở dữ liệu trong quý II/2025.')
p('4. Tiếp tục rà soát, cắt giảm thành phần hồ sơ đối với các thủ tục đã khai thác được dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư.')
p('5. Đẩy mạnh tuyên truyền, hướng dẫn người lao động sử dụng tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến.')
p('6. Kiểm tra, đôn đốc việc cập nhật biến động đối tượng tại cấp xã; định kỳ đối chiếu dữ liệu với Công an cấp xã.')
p('7. Phối hợp Công an thành phố triển khai chi trả an sinh xã hội qua VNeID tại 15 quận, huyện.')
p('8. Hoàn thành tích hợp Sổ lao động điện tử trên ứng dụng VNeID ngay khi có hướng dẫn của Bộ Lao động - Thương binh và Xã hội.')

h1('V. ĐỀ XUẤT, KIẾN NGHỊ')
p('1. Đề nghị Ủy ban nhân dân thành phố bố trí 1,8 tỷ đồng trong năm 2025 để nâng cấp phần mềm quản lý đối tượng, kết nối trực tiếp với Cơ sở dữ liệu quốc gia về dân cư.')
p('2. Đề nghị Ủy ban nhân dân các quận, huyện chỉ đạo Ủy ban nhân dân cấp xã hoàn thành 100% việc cập nhật biến động đối tượng trước ngày 25 hằng tháng.')
p('3. Đề nghị Ngân hàng Nhà nước chi nhánh thành phố chỉ đạo các ngân hàng thương mại miễn phí mở tài khoản, phí rút tiền cho đối tượng chính sách.')
p('Trên đây là báo cáo kết quả thực hiện nhiệm vụ Đề án 06 năm 2024 của Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng./.')
e()
p('Nơi nhận:')
p('- Như trên;')
p('- Tổ công tác Đề án 06 thành phố;')
p('- Giám đốc, các Phó Giám đốc Sở;')
p('- Sở Thông tin và Truyền thông;')
p('- Bảo hiểm xã hội thành phố;')
p('- Phòng LĐTBXH các quận, huyện;')
p('- Trung tâm Dịch vụ việc làm thành phố;')
p('- Lưu: VT, VP.')
c('KT. GIÁM ĐỐC')
c('PHÓ GIÁM ĐỐC')
e()
c('Trần Thị Hồng Vân')

FOOTNOTES = {
    1: 'Kế hoạch số 35/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân thành phố; Công văn số 1406/UBND-NC ngày 12/3/2024 về đẩy mạnh chi trả an sinh xã hội không dùng tiền mặt.',
    2: 'Công văn số 2961/BHXH-KHTC ngày 02/12/2024 của Bảo hiểm xã hội thành phố; tổng số người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng trên địa bàn là 148.920 người.',
    3: 'Gồm 41 hồ sơ của người lao động chưa có tài khoản định danh điện tử mức độ 2 và 16 hồ sơ nộp qua dịch vụ bưu chính công ích.',
    4: 'Thí điểm từ tháng 6/2024 tại 15 phường của quận Lê Chân và 17 xã, thị trấn của huyện An Lão.',
}

# ---------------------------------------------------------------- docx
doc = Document()
st = doc.styles['Normal']
st.font.name = 'Times New Roman'
st.font.size = Pt(13)
MARK = re.compile(r'\{(\d+)\}')

def add_runs(par, text):
    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        r = OxmlElement('w:r')
        rpr = OxmlElement('w:rPr')
        va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript')
        rpr.append(va); r.append(rpr)
        ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), m.group(1))
        r.append(ref)
        par._p.append(r)
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])

def set_gridspan(cell, n):
    tcPr = cell._tc.get_or_add_tcPr()
    gs = OxmlElement('w:gridSpan'); gs.set(qn('w:val'), str(n)); tcPr.append(gs)

for blk in B:
    kind = blk[0]
    if kind == 'h1':
        doc.add_heading(blk[1], level=1)
    elif kind == 'h2':
        doc.add_heading(blk[1], level=2)
    elif kind == 'e':
        doc.add_paragraph('')
    elif kind in ('c', 'p'):
        par = doc.add_paragraph()
        add_runs(par, blk[1])
        if kind == 'c':
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == 't':
        rows = blk[1]
        ncols = max(sum(x[1] if isinstance(x, tuple) else 1 for x in r) for r in rows)
        t = doc.add_table(rows=len(rows), cols=ncols)
        t.style = 'Table Grid'
        for ri, r in enumerate(rows):
            ci = 0
            for cell in r:
                if isinstance(cell, tuple):
                    a = t.cell(ri, ci); b = t.cell(ri, ci + cell[1] - 1)
                    m = a.merge(b); m.text = cell[0]
                    ci += cell[1]
                else:
                    if cell is not None:
                        t.cell(ri, ci).text = cell
                    ci += 1
        # vertical merges for header cells given as None in the second row
        if any(x is None for x in rows[1]):
            for ci, x in enumerate(rows[1]):
                if x is None:
                    top = t.cell(0, ci); bot = t.cell(1, ci)
                    txt = top.text
                    mm = top.merge(bot); mm.text = txt
        for ri in range(len(rows)):
            for cell in t.rows[ri].cells:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(11)

tmp = os.path.join(HERE, NAME + '.tmp.docx')
out = os.path.join(HERE, NAME + '.docx')
doc.save(tmp)

# ---------------------------------------------------------------- footnotes (zip post-processing)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
fn_xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          f'<w:footnotes xmlns:w="{W}">',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for n, txt in FOOTNOTES.items():
    fn_xml.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                  f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {esc(txt)}</w:t></w:r></w:p></w:footnote>')
fn_xml.append('</w:footnotes>')
fn_xml = ''.join(fn_xml)

zin = zipfile.ZipFile(tmp)
zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == '[Content_Types].xml':
        s = data.decode('utf-8')
        s = s.replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        data = s.encode('utf-8')
    elif item.filename == 'word/_rels/document.xml.rels':
        s = data.decode('utf-8')
        s = s.replace('</Relationships>', '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        data = s.encode('utf-8')
    zout.writestr(item, data)
zout.writestr('word/footnotes.xml', fn_xml.encode('utf-8'))
zout.close(); zin.close()
os.remove(tmp)

# ---------------------------------------------------------------- lines.txt
lines = []
for blk in B:
    kind = blk[0]
    if kind == 't':
        for r in blk[1]:
            cells = []
            for x in r:
                if isinstance(x, tuple): cells.append(x[0])
                elif x is None: cells.append('')
                else: cells.append(x)
            lines.append('\t'.join(cells))
    else:
        lines.append(MARK.sub('', blk[1]))
for n, txt in FOOTNOTES.items():
    lines.append(f'[^{n}]: {txt}')
with open(os.path.join(HERE, NAME + '.lines.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
print(out, len(lines), 'lines')
