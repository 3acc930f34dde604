"""Build 804_so-tu-phap-can-tho-2025-q1.docx (real Word tables, 2 real footnotes) and its
.lines.txt (one line per paragraph, one line per table row with cells joined by a tab, in
document order; then the footnotes, one line per footnote paragraph, the first line of each
opening with "[^N]: ").  Run with /work/main/.venv/bin/python."""
import os
import re
import zipfile
from copy import deepcopy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = '804_so-tu-phap-can-tho-2025-q1'
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

# ---------------------------------------------------------------- content
HEADER = [
    ('UBND THÀNH PHỐ CẦN THƠ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    ('SỞ TƯ PHÁP', 'Độc lập - Tự do - Hạnh phúc'),
    ('Số: 418/BC-STP', 'Cần Thơ, ngày 24 tháng 3 năm 2025'),
]

T1_HEAD = ['TT', 'Đơn vị', 'Khai sinh (tổng số)', 'Khai sinh trực tuyến', 'Khai tử', 'Kết hôn']
T1 = [
    ['1', 'Quận Ninh Kiều', '796', '753', '482', '536'],
    ['2', 'Quận Bình Thủy', '417', '350', '219', '288'],
    ['3', 'Quận Cái Răng', '334', '268', '148', '198'],
    ['4', 'Quận Ô Môn', '422', '374', '207', '218'],
    ['5', 'Quận Thốt Nốt', '430', '379', '227', '328'],
    ['6', 'Huyện Phong Điền', '325', '288', '154', '168'],
    ['7', 'Huyện Cờ Đỏ', '400', '336', '195', '228'],
    ['8', 'Huyện Thới Lai', '349', '308', '168', '219'],
    ['9', 'Huyện Vĩnh Thạnh', '373', '336', '158', '234'],
    ['', 'Tổng cộng', '3.846', '3.392', '1.958', '2.417'],
]
T2_HEAD = ['TT', 'Kênh tiếp nhận', 'Số hồ sơ tiếp nhận', 'Tỷ lệ (%)', 'Đã trả kết quả']
T2 = [
    ['1', 'Trực tiếp tại Bộ phận Một cửa Sở Tư pháp', '2.184', '24,9', '2.102'],
    ['2', 'Trực tuyến qua Cổng Dịch vụ công quốc gia', '2.613', '29,8', '2.540'],
    ['3', 'Trực tuyến qua ứng dụng VNeID', '3.971', '45,3', '3.868'],
    ['', 'Tổng cộng', '8.768', '100', '8.510'],
]

APX_HEAD = ['TT', 'Nhiệm vụ', 'Thời hạn', 'Kết quả thực hiện']
APX = [
    ['1', 'Ban hành kế hoạch triển khai Đề án 06 của ngành Tư pháp năm 2025', 'Quý I/2025', 'Đã hoàn thành'],
    ['2', 'Kiện toàn Tổ giúp việc triển khai Đề án 06 của Sở', 'Quý I/2025', 'Đã hoàn thành'],
    ['3', 'Triển khai đăng ký khai sinh, khai tử, kết hôn trực tuyến toàn trình', 'Thường xuyên', 'Đang thực hiện'],
    ['4', 'Thực hiện liên thông điện tử nhóm thủ tục khai sinh, thường trú, bảo hiểm y tế', 'Thường xuyên', 'Đang thực hiện'],
    ['5', 'Thực hiện liên thông điện tử nhóm thủ tục khai tử, xóa thường trú, mai táng phí', 'Thường xuyên', 'Đang thực hiện'],
    ['6', 'Tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID', 'Thường xuyên', 'Đang thực hiện'],
    ['7', 'Số hóa dữ liệu hộ tịch lịch sử', 'Quý II/2025', 'Đã hoàn thành số hóa; đang chuẩn hóa dữ liệu'],
    ['8', 'Rà soát, làm sạch dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư', 'Thường xuyên', 'Đang thực hiện'],
    ['9', 'Triển khai chứng thực bản sao điện tử từ bản chính tại cấp xã', 'Thường xuyên', 'Đang thực hiện'],
    ['10', 'Trang bị thiết bị đọc thẻ Căn cước gắn chip tại tổ chức hành nghề công chứng', '30/6/2025', 'Đang thực hiện'],
    ['11', 'Tập huấn nghiệp vụ cho công chức tư pháp - hộ tịch', 'Quý II/2025', 'Đã tổ chức một đợt; tiếp tục sau sắp xếp'],
    ['12', 'Tuyên truyền về dịch vụ công trực tuyến lĩnh vực tư pháp', 'Thường xuyên', 'Đang thực hiện'],
    ['13', 'Bàn giao sổ hộ tịch khi sắp xếp đơn vị hành chính', 'Theo lộ trình sắp xếp', 'Chưa thực hiện, chờ hướng dẫn'],
    ['14', 'Xây dựng Quy chế phối hợp chia sẻ dữ liệu hộ tịch, lý lịch tư pháp với Công an thành phố', 'Quý II/2025', 'Đang hoàn thiện dự thảo'],
    ['15', 'Cập nhật, công khai thủ tục hành chính lĩnh vực tư pháp trên Cơ sở dữ liệu quốc gia về thủ tục hành chính', 'Thường xuyên', 'Đang thực hiện'],
    ['16', 'Kiểm tra công tác đăng ký, quản lý hộ tịch tại cấp xã', 'Quý I, Quý III/2025', 'Đã kiểm tra đợt I'],
    ['17', 'Báo cáo định kỳ kết quả thực hiện Đề án 06', 'Hằng tháng, quý', 'Thực hiện đúng thời hạn'],
    ['18', 'Hướng dẫn tổ chức hành nghề công chứng khai thác thông tin công dân qua thẻ Căn cước, VNeID', 'Thường xuyên', 'Đang thực hiện'],
    ['19', 'Phối hợp thí điểm hỗ trợ đăng ký khai sinh trực tuyến tại cơ sở y tế', 'Quý II/2025', 'Đang thí điểm'],
]

FOOTNOTES = {
    1: ['Trong Quý I, chức năng tiếp nhận hồ sơ qua ứng dụng VNeID bị gián đoạn 02 ngày (ngày 10 và 11/02/2025) do nâng cấp hệ thống; 27 hồ sơ phát sinh trong thời gian này đã được Sở liên hệ công dân để bổ sung, không có hồ sơ quá hạn.'],
    2: ['Số liệu trích xuất từ Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung của Bộ Tư pháp ngày 20/3/2025.',
        'Số khai sinh bao gồm 38 trường hợp đăng ký khai sinh có yếu tố nước ngoài do UBND cấp huyện thực hiện.'],
}

# body: (kind, text, style); {fn1} marks a footnote reference
B = []
def P(text, style='body'):
    B.append(('p', text, style))
def E():
    B.append(('p', '', 'body'))

E()
P('BÁO CÁO', 'title')
P('Kết quả thực hiện nhiệm vụ Đề án 06 của ngành Tư pháp thành phố Cần Thơ Quý I năm 2025', 'subtitle')
E()
P('Kính gửi:', 'center')
P('- Ủy ban nhân dân thành phố Cần Thơ;', 'center')
P('- Công an thành phố (Cơ quan thường trực Tổ công tác Đề án 06 thành phố).', 'center')
E()
P('Thực hiện Kế hoạch số 28/KH-UBND ngày 06/02/2025 của Ủy ban nhân dân thành phố về triển khai Đề án 06 trên địa bàn thành phố Cần Thơ năm 2025 và Công văn số 1125/CAT-PC06 ngày 12/3/2025 của Công an thành phố về việc báo cáo kết quả thực hiện Đề án 06 Quý I năm 2025, Sở Tư pháp báo cáo kết quả thực hiện các nhiệm vụ được giao (số liệu tính từ ngày 01/01/2025 đến ngày 20/3/2025) như sau:')
P('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', 'h1')
P('1. Ban hành văn bản, kiện toàn tổ chức', 'h2')
P('Sở Tư pháp đã quán triệt đến toàn thể công chức, viên chức, người lao động các văn bản chỉ đạo của Chính phủ, Thủ tướng Chính phủ, Bộ Tư pháp và Ủy ban nhân dân thành phố về Đề án 06; xác định việc thực hiện Đề án 06 là nhiệm vụ trọng tâm, gắn với cải cách hành chính và chuyển đổi số của ngành.')
P('Sở Tư pháp ban hành Kế hoạch số 15/KH-STP ngày 14/02/2025 triển khai các nhiệm vụ thuộc Đề án 06 của ngành Tư pháp năm 2025 và 09 văn bản chỉ đạo, hướng dẫn, đôn đốc Phòng Tư pháp các quận, huyện, Ủy ban nhân dân cấp xã thực hiện.')
P('Kiện toàn Tổ giúp việc triển khai Đề án 06 của Sở gồm 07 thành viên do Phó Giám đốc Sở làm Tổ trưởng; phân công lãnh đạo phòng chuyên môn theo dõi từng nhóm nhiệm vụ.')
P('Lãnh đạo Sở duy trì giao ban hằng tháng với các phòng chuyên môn, đơn vị trực thuộc để đánh giá tiến độ, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện.')
P('Sở phối hợp chặt chẽ với Công an thành phố, Bảo hiểm xã hội thành phố, Sở Lao động - Thương binh và Xã hội trong thực hiện liên thông các nhóm thủ tục hành chính; phối hợp Sở Thông tin và Truyền thông bảo đảm hạ tầng kết nối, chia sẻ dữ liệu với Hệ thống thông tin giải quyết thủ tục hành chính thành phố.')
P('Sở xây dựng dự thảo Quy chế phối hợp giữa Sở Tư pháp và Công an thành phố trong việc kết nối, chia sẻ dữ liệu hộ tịch, lý lịch tư pháp với Cơ sở dữ liệu quốc gia về dân cư; dự kiến ký kết trong Quý II năm 2025.')
P('Tổ chức 01 hội nghị tập huấn nghiệp vụ đăng ký hộ tịch trực tuyến và chứng thực bản sao điện tử cho 186 công chức tư pháp - hộ tịch cấp huyện, cấp xã.')
P('Kiểm tra công tác đăng ký, quản lý hộ tịch tại 05 Ủy ban nhân dân cấp xã; qua kiểm tra phát hiện 23 hồ sơ có sai sót về thông tin, đã hướng dẫn khắc phục ngay trong quá trình kiểm tra.')
P('2. Công tác tuyên truyền', 'h2')
P('Đăng tải 14 tin, bài về tiện ích cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID, đăng ký khai sinh trực tuyến trên Trang thông tin điện tử của Sở; phối hợp Đài Phát thanh và Truyền hình thành phố thực hiện 02 chuyên mục “Pháp luật và đời sống” về chủ đề dịch vụ công trực tuyến.')
P('Nội dung tuyên truyền tập trung vào lợi ích của việc nộp hồ sơ trực tuyến; cách tạo lập, kích hoạt và sử dụng tài khoản định danh điện tử để thực hiện thủ tục hành chính; tiện ích đề nghị cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID.')
P('Phòng Tư pháp các quận, huyện chỉ đạo công chức tư pháp - hộ tịch cấp xã hướng dẫn người dân trực tiếp tại Bộ phận Một cửa, đồng thời niêm yết quy trình nộp hồ sơ trực tuyến tại trụ sở Ủy ban nhân dân cấp xã.')
P('Phòng Công chứng số 1 và các tổ chức hành nghề công chứng niêm yết hướng dẫn sử dụng thẻ Căn cước gắn chip, tài khoản định danh điện tử khi yêu cầu công chứng.')
P('3. Kinh phí thực hiện', 'h2')
P('Năm 2025, Sở Tư pháp được bố trí 1,2 tỷ đồng cho nhiệm vụ số hóa, chuẩn hóa dữ liệu hộ tịch phục vụ Đề án 06; đến ngày 20/3/2025 đã giải ngân 214 triệu đồng.')
P('II. KẾT QUẢ THỰC HIỆN', 'h1')
P('1. Đăng ký hộ tịch và các dịch vụ công thiết yếu lĩnh vực tư pháp', 'h2')
P('Ủy ban nhân dân cấp xã, cấp huyện tiếp nhận hồ sơ đăng ký hộ tịch trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính thành phố; kết quả được cấp bản điện tử và gửi về kho dữ liệu của công dân.')
P('Công chức tư pháp - hộ tịch khai thác thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư để điền tự động vào biểu mẫu, không yêu cầu người dân nộp bản sao giấy tờ đã có trong cơ sở dữ liệu.')
P('Trong Quý I năm 2025, toàn thành phố đăng ký khai sinh cho 3.846 trường hợp, trong đó 3.392 hồ sơ nộp trực tuyến, đạt 88,2%; số hồ sơ khai sinh nộp trực tiếp còn 454 hồ sơ, chủ yếu là trường hợp người yêu cầu là người cao tuổi hoặc chưa có tài khoản định danh điện tử mức độ 2.')
P('Đăng ký khai tử 1.958 trường hợp, trong đó trực tuyến 1.702 hồ sơ, đạt 86,9%.')
P('Đăng ký kết hôn 2.417 trường hợp, trong đó trực tuyến 1.061 hồ sơ, đạt 43,9%; do đặc thù thủ tục phải có mặt cả hai bên khi trao Giấy chứng nhận kết hôn nên tỷ lệ trực tuyến còn thấp.')
P('Bên cạnh đó, Ủy ban nhân dân cấp xã tiếp tục thực hiện trực tuyến các thủ tục đăng ký lại khai sinh, cải chính, thay đổi, bổ sung thông tin hộ tịch và cấp bản sao trích lục hộ tịch; người dân có thể lựa chọn nhận kết quả bản điện tử hoặc qua dịch vụ bưu chính công ích.')
P('Riêng quận Ninh Kiều, tỷ lệ hồ sơ khai sinh trực tuyến đạt 94,6%, cao nhất thành phố.')
P('Kết quả chi tiết theo đơn vị cấp huyện như sau:')
P('Bảng 1. Kết quả đăng ký khai sinh, khai tử, kết hôn Quý I/2025{fn2}', 'caption')
B.append(('table', T1_HEAD, T1))
P('Qua số liệu cho thấy, các quận nội thành có tỷ lệ hồ sơ trực tuyến cao hơn các huyện; một số xã vùng ven, vùng sâu vẫn tiếp nhận nhiều hồ sơ trực tiếp do người dân chưa quen sử dụng dịch vụ công trực tuyến.')
P('Về liên thông điện tử 02 nhóm thủ tục hành chính:')
P('- Nhóm liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi: tiếp nhận 2.975 hồ sơ, đã giải quyết 2.911 hồ sơ, số còn lại đang trong thời hạn giải quyết.')
P('- Nhóm liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ mai táng phí: tiếp nhận 1.126 hồ sơ.')
P('Trong quý, 3.790 trẻ em được cấp số định danh cá nhân ngay khi đăng ký khai sinh thông qua kết nối giữa Phần mềm hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư.')
P('2. Cấp Phiếu lý lịch tư pháp', 'h2')
P('Trong Quý I năm 2025, Sở Tư pháp tiếp nhận 8.768 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp, tăng 21,4% so với cùng kỳ năm 2024; trong đó hồ sơ trực tuyến là 6.584 hồ sơ, đạt 75,1%.')
P('Số hồ sơ tiếp nhận qua ứng dụng VNeID là 3.971 hồ sơ{fn1}, chiếm tỷ trọng cao nhất trong các kênh tiếp nhận.')
P('Việc tiếp nhận hồ sơ trên ứng dụng VNeID không yêu cầu công dân nộp bản chụp giấy tờ tùy thân, giúp giảm thời gian đi lại; Sở bố trí công chức thường trực xử lý hồ sơ trực tuyến trong ngày, phối hợp Công an thành phố tra cứu, xác minh thông tin lý lịch tư pháp qua hệ thống kết nối.')
P('Đã trả kết quả 8.510 Phiếu lý lịch tư pháp, 100% đúng hạn; trong đó 5.316 phiếu được cấp dưới dạng bản điện tử, chiếm 62,5% số phiếu đã cấp.')
P('Thời gian giải quyết bình quân 4,2 ngày làm việc, ngắn hơn thời hạn theo quy định.')
P('Có 5.947 hồ sơ thanh toán phí cấp Phiếu lý lịch tư pháp trực tuyến, với số tiền gần 1,19 tỷ đồng.')
P('Bảng 2. Kết quả tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp theo kênh tiếp nhận', 'caption')
B.append(('table', T2_HEAD, T2))
P('Số hồ sơ nộp trực tiếp tiếp tục giảm so với các quý trước, chủ yếu là hồ sơ của người nước ngoài, hồ sơ ủy quyền và hồ sơ đề nghị cấp Phiếu lý lịch tư pháp số 2.')
P('Tỷ lệ hồ sơ nộp trực tuyến tăng dần qua từng tháng trong quý, nhất là sau khi Sở đẩy mạnh hướng dẫn người dân sử dụng ứng dụng VNeID tại Bộ phận Một cửa.')
P('3. Giải quyết thủ tục hành chính tại Sở Tư pháp', 'h2')
P('Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp là 138 thủ tục, trong đó 97 thủ tục cung cấp dịch vụ công trực tuyến toàn trình, 41 thủ tục cung cấp dịch vụ công trực tuyến một phần.')
P('Trong quý, Sở tiếp nhận 10.932 hồ sơ thủ tục hành chính (bao gồm hồ sơ cấp Phiếu lý lịch tư pháp), trong đó trực tuyến 8.104 hồ sơ, đạt 74,13%; 100% hồ sơ được giải quyết trước và đúng hạn; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Sở đạt 96,8%.')
P('Theo số liệu của Văn phòng Ủy ban nhân dân thành phố, tỷ lệ hồ sơ trực tuyến của toàn thành phố Quý I năm 2025 đạt 68,4%; tỷ lệ của Sở Tư pháp cao hơn mức chung của thành phố.')
P('Việc tiếp nhận, giải quyết hồ sơ được thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính thành phố; kết quả giải quyết được số hóa, lưu trữ để tái sử dụng khi người dân thực hiện thủ tục khác.')
P('Sở duy trì công khai thủ tục hành chính, tình hình giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính thành phố; trong quý không có phản ánh, kiến nghị của người dân về thái độ phục vụ của công chức.')
P('4. Số hóa, làm sạch dữ liệu hộ tịch', 'h2')
P('Lũy kế đến nay, ngành Tư pháp thành phố đã số hóa, cập nhật 1.962.374 dữ liệu hộ tịch lịch sử vào Cơ sở dữ liệu hộ tịch điện tử, đạt 100% số sổ hộ tịch đang lưu trữ tại cấp huyện, cấp xã.')
P('Việc số hóa được thực hiện theo hướng dẫn của Bộ Tư pháp, bảo đảm dữ liệu sau số hóa được kiểm tra, đối chiếu với sổ gốc trước khi cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.')
P('Phối hợp Công an thành phố rà soát 1.245 trường hợp có sai lệch thông tin giữa dữ liệu hộ tịch và Cơ sở dữ liệu quốc gia về dân cư; đã điều chỉnh 1.187 trường hợp, số còn lại đang xác minh.')
P('5. Triển khai các mô hình, tiện ích', 'h2')
P('a) Lưu trữ, chứng thực các giấy tờ, tài liệu điện tử: đang triển khai. Trong quý, toàn thành phố chứng thực bản sao điện tử từ bản chính 12.643 bản, trong đó cấp xã thực hiện 9.870 bản; kết quả chứng thực được lưu trữ trên Kho dữ liệu điện tử của tổ chức, cá nhân.')
P('b) Triển khai tại các điểm công chứng, chứng thực: đang triển khai. Đã có 15/17 tổ chức hành nghề công chứng trang bị thiết bị đọc thẻ Căn cước gắn chip để xác thực người yêu cầu công chứng; 02 tổ chức còn lại đang mua sắm thiết bị.')
P('c) Thông tin lý lịch tư pháp trên VNeID: đã hoàn thành, duy trì tiếp nhận hồ sơ thường xuyên.')
P('Người dân theo dõi tình trạng giải quyết hồ sơ và nhận thông báo kết quả ngay trên ứng dụng; Phiếu lý lịch tư pháp bản điện tử có giá trị sử dụng như bản giấy.')
P('d) Số hóa tạo lập dữ liệu hộ tịch trên nền Cơ sở dữ liệu quốc gia về dân cư: đã hoàn thành; dữ liệu sau số hóa được tiếp tục rà soát, chuẩn hóa thường xuyên.')
P('đ) Mô hình “Khai sinh tại bệnh viện” (mô hình của ngành Tư pháp thành phố): phối hợp Bệnh viện Phụ sản thành phố hỗ trợ gia đình nộp hồ sơ khai sinh trực tuyến ngay tại khoa sản; trong quý đã hỗ trợ 312 trường hợp. Mô hình đang triển khai thí điểm, dự kiến mở rộng trong Quý II.')
P('III. ĐÁNH GIÁ CHUNG', 'h1')
P('1. Kết quả đạt được', 'h2')
P('Các nhiệm vụ của ngành Tư pháp theo Kế hoạch của Ủy ban nhân dân thành phố được triển khai đúng tiến độ; các dịch vụ công thiết yếu lĩnh vực tư pháp được cung cấp trực tuyến ổn định, tỷ lệ hồ sơ trực tuyến tiếp tục tăng so với quý trước.')
P('Việc tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID được người dân đón nhận, trở thành kênh tiếp nhận chủ yếu; dữ liệu hộ tịch lịch sử đã được số hóa, tạo nền tảng cho việc khai thác, sử dụng lại dữ liệu.')
P('Công tác phối hợp giữa Sở Tư pháp với Công an thành phố, Bảo hiểm xã hội thành phố và Ủy ban nhân dân các quận, huyện được duy trì chặt chẽ, kịp thời.')
P('2. Tồn tại, hạn chế, khó khăn, vướng mắc', 'h2')
P('1. Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung có thời điểm bị lỗi, kết nối với Cơ sở dữ liệu quốc gia về dân cư chậm; trong quý có 63 hồ sơ khai sinh không đồng bộ được số định danh cá nhân, phải xử lý thủ công.')
P('2. Một số người dân chưa có tài khoản định danh điện tử mức độ 2 hoặc chưa thành thạo thao tác trên điện thoại thông minh nên vẫn phải nộp hồ sơ trực tiếp.')
P('3. Đội ngũ công chức tư pháp - hộ tịch cấp xã còn mỏng, 13 đơn vị cấp xã chỉ có 01 công chức tư pháp - hộ tịch, vừa tiếp nhận hồ sơ vừa kiêm nhiệm nhiều việc.')
P('4. Việc chuẩn bị sắp xếp đơn vị hành chính cấp xã và không tổ chức cấp huyện đặt ra yêu cầu chuyển giao, quản lý sổ hộ tịch, con dấu, dữ liệu hộ tịch, cần có hướng dẫn cụ thể của cấp trên.')
P('5. Kinh phí số hóa dữ liệu hộ tịch giải ngân chậm do vướng thủ tục lựa chọn nhà thầu.')
P('IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025', 'h1')
P('Trên cơ sở kết quả đạt được, Sở Tư pháp tập trung thực hiện một số nhiệm vụ trọng tâm sau:')
P('1. Phấn đấu tỷ lệ hồ sơ cấp Phiếu lý lịch tư pháp nộp trực tuyến đạt trên 80%, tỷ lệ hồ sơ đăng ký khai sinh trực tuyến đạt 90%.')
P('2. Đề nghị Ủy ban nhân dân các quận, huyện chỉ đạo Ủy ban nhân dân cấp xã hoàn thành 100% việc rà soát, bàn giao sổ hộ tịch trước khi thực hiện sắp xếp đơn vị hành chính.')
P('3. Tổ chức 02 lớp tập huấn cho khoảng 250 công chức tư pháp - hộ tịch cấp xã sau sắp xếp về sử dụng Phần mềm hộ tịch điện tử.')
P('4. Tiếp tục phối hợp Công an thành phố làm sạch dữ liệu hộ tịch, bảo đảm dữ liệu “đúng, đủ, sạch, sống”.')
P('5. Phối hợp Công an thành phố, Bảo hiểm xã hội thành phố duy trì thực hiện liên thông các nhóm thủ tục hành chính, kịp thời xử lý hồ sơ tồn đọng.')
P('6. Tăng cường kiểm tra, hướng dẫn nghiệp vụ hộ tịch, chứng thực tại cấp xã, nhất là các đơn vị có tỷ lệ hồ sơ trực tuyến thấp.')
P('V. KIẾN NGHỊ, ĐỀ XUẤT', 'h1')
P('1. Đề nghị Bộ Tư pháp nâng cấp Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung, bảo đảm kết nối ổn định với Cơ sở dữ liệu quốc gia về dân cư; sớm ban hành hướng dẫn về quản lý sổ hộ tịch khi sắp xếp đơn vị hành chính.')
P('2. Đề nghị Ủy ban nhân dân thành phố quan tâm bổ sung biên chế công chức tư pháp - hộ tịch cho cấp xã sau sắp xếp.')
P('3. Đề nghị Công an thành phố tiếp tục hỗ trợ kỹ thuật trong việc đồng bộ số định danh cá nhân cho trẻ em khi đăng ký khai sinh, xử lý dứt điểm các trường hợp không đồng bộ.')
P('Trên đây là báo cáo kết quả thực hiện nhiệm vụ Đề án 06 Quý I năm 2025 của Sở Tư pháp thành phố Cần Thơ./.')
E()
P('Nơi nhận:', 'bold')
P('- Như trên;', 'small')
P('- Bộ Tư pháp (Cục Hộ tịch, quốc tịch, chứng thực);', 'small')
P('- Văn phòng UBND thành phố;', 'small')
P('- Giám đốc, các PGĐ Sở;', 'small')
P('- Phòng Tư pháp các quận, huyện;', 'small')
P('- Lưu: VT, HCTP.', 'small')
E()
P('KT. GIÁM ĐỐC', 'sign')
P('PHÓ GIÁM ĐỐC', 'sign')
E()
P('(Đã ký)', 'sign')
E()
P('Trần Minh Khoa', 'sign')
E()
P('PHỤ LỤC', 'title')
P('TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH SỐ 28/KH-UBND', 'subtitle')
P('(Kèm theo Báo cáo số 418/BC-STP ngày 24/3/2025 của Sở Tư pháp)', 'center')
B.append(('table', APX_HEAD, APX))


# ---------------------------------------------------------------- build
def set_font(run, size=13, bold=False, italic=False):
    run.font.name = 'Times New Roman'
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    rfonts.set(qn('w:eastAsia'), 'Times New Roman')


def add_fn_ref(paragraph, fid):
    r = paragraph.add_run()
    set_font(r)
    rpr = r._element.get_or_add_rPr()
    va = parse_xml(f'<w:vertAlign xmlns:w="{W_NS}" w:val="superscript"/>')
    rpr.append(va)
    ref = parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{fid}"/>')
    r._element.append(ref)


def add_par(doc, text, style):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_after = Pt(4)
    size, bold, italic = 13, False, False
    if style in ('title',):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; bold = True; size = 14
    elif style == 'subtitle':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; bold = True
    elif style == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif style in ('h1', 'h2', 'bold'):
        bold = True
    elif style == 'caption':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; italic = True; bold = True
    elif style == 'small':
        size = 11
    elif style == 'sign':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; bold = True
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Cm(1)
    parts = re.split(r'\{fn(\d+)\}', text)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                set_font(p.add_run(part), size, bold, italic)
        else:
            add_fn_ref(p, int(part))
    return p


def add_table(doc, head, rows, bold_last=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r_i, vals in enumerate([head] + rows):
        for c_i, v in enumerate(vals):
            cell = t.cell(r_i, c_i)
            p = cell.paragraphs[0]
            if c_i != 1:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            b = (r_i == 0) or (bold_last and r_i == len(rows))
            set_font(p.add_run(v), 12, b)
    return t


doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

# header block as a borderless 3x2 table, as offices lay it out
ht = doc.add_table(rows=len(HEADER), cols=2)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (l, r) in enumerate(HEADER):
    for j, v in enumerate((l, r)):
        p = ht.cell(i, j).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(v), 13, bold=(i < 2), italic=(i == 2 and j == 1))

for kind, a, b in B:
    if kind == 'p':
        add_par(doc, a, b)
    else:
        add_table(doc, a, b, bold_last=(a is not APX_HEAD))

# footnotes part
fn_xml = [f'<w:footnotes xmlns:w="{W_NS}">',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="20"/></w:rPr>'
for fid, paras in FOOTNOTES.items():
    fn_xml.append(f'<w:footnote w:id="{fid}">')
    for k, txt in enumerate(paras):
        txt = txt.replace('&', '&amp;').replace('<', '&lt;')
        fn_xml.append('<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>')
        if k == 0:
            fn_xml.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                          f'<w:r>{RPR}<w:t xml:space="preserve"> </w:t></w:r>')
        fn_xml.append(f'<w:r>{RPR}<w:t xml:space="preserve">{txt}</w:t></w:r></w:p>')
    fn_xml.append('</w:footnote>')
fn_xml.append('</w:footnotes>')
blob = ''.join(fn_xml).encode('utf-8')
blob = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + blob
fn_part = Part(PackURI('/word/footnotes.xml'),
               'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
               blob, doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)

out_docx = os.path.join(HERE, NAME + '.docx')
doc.save(out_docx)

# ---------------------------------------------------------------- lines.txt (from the saved file)
from lxml import etree
NS = {'w': W_NS}
with zipfile.ZipFile(out_docx) as z:
    body_xml = etree.fromstring(z.read('word/document.xml'))
    fns_xml = etree.fromstring(z.read('word/footnotes.xml'))


def ptext(p):
    # text of w:t in runs; footnote references carry no text
    return ''.join(t.text or '' for t in p.iter(qn('w:t')))


out = []
body = body_xml.find('w:body', NS)
for el in body:
    if el.tag == qn('w:p'):
        out.append(ptext(el))
    elif el.tag == qn('w:tbl'):
        for tr in el.findall('w:tr', NS):
            cells = []
            for tc in tr.findall('w:tc', NS):
                cells.append('\n'.join(ptext(p) for p in tc.findall('w:p', NS)))
            out.append('\t'.join(cells))
for fn in fns_xml.findall('w:footnote', NS):
    fid = int(fn.get(qn('w:id')))
    if fid <= 0:
        continue
    for k, p in enumerate(fn.findall('w:p', NS)):
        t = ptext(p)
        if k == 0:
            t = f'[^{fid}]: ' + t.lstrip(' ')
        out.append(t)
with open(os.path.join(HERE, NAME + '.lines.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'lines')
