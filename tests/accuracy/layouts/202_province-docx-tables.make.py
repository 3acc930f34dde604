"""Build 202_province-docx-tables.docx: a province's quarterly Đề án 06 report with real Word tables.

Run with the project's venv (python-docx):
    /work/main/.venv/bin/python tests/accuracy/layouts/202_province-docx-tables.make.py

Writes the .docx beside this script and prints the text lines the README's DOCX rule gives
(one line per paragraph, a paragraph's own line breaks splitting it; one line per table row,
cells joined by a tab; document order; no footnotes in this document). The labels in
202_province-docx-tables.figures.csv are written against this printout, 1-based.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "202_province-docx-tables.docx"

# Table 1: essential services, Quý III/2024 (STT, name, total, online, in person, online rate)
SERVICES = [
    ("1", "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân", "3.512", "3.498", "14", "99,60%"),
    ("2", "Cấp lại, đổi thẻ Căn cước", "9.845", "6.102", "3.743", "61,98%"),
    ("3", "Đăng ký thường trú", "7.426", "7.401", "25", "99,66%"),
    ("4", "Đăng ký tạm trú", "6.318", "6.318", "0", "100%"),
    ("5", "Khai báo tạm vắng", "412", "412", "0", "100%"),
    ("6", "Thông báo lưu trú", "28.907", "28.907", "0", "100%"),
    ("7", "Cấp, cấp lại hộ chiếu phổ thông", "8.264", "7.935", "329", "96,02%"),
    ("8", "Nộp phạt vi phạm hành chính giao thông qua thiết bị ghi hình (phạt nguội)", "3.105", "1.248", "1.857", "40,19%"),
    ("9", "Đăng ký, cấp biển số xe", "21.736", "9.512", "12.224", "43,76%"),
    ("10", "Làm con dấu mới và cấp Giấy chứng nhận đăng ký mẫu dấu", "186", "186", "0", "100%"),
    ("11", "Làm con dấu thu nhỏ, dấu nổi, dấu xi", "0", "0", "0", "-"),
    ("12", "Đăng ký khai sinh", "7.105", "6.892", "213", "97,00%"),
    ("13", "Đăng ký khai tử", "3.264", "3.187", "77", "97,64%"),
    ("14", "Đăng ký kết hôn", "2.951", "2.712", "239", "91,90%"),
    ("15", "Cấp phiếu lý lịch tư pháp", "5.840", "5.693", "147", "97,48%"),
    ("16", "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi", "4.930", "4.930", "0", "100%"),
    ("17", "Liên thông đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng phí", "1.872", "1.866", "6", "99,68%"),
    ("18", "Cấp đổi, cấp lại giấy phép lái xe", "9.415", "6.824", "2.591", "72,48%"),
    ("19", "Đăng ký thuế lần đầu, thay đổi thông tin đăng ký thuế của hộ gia đình, cá nhân", "3.076", "3.076", "0", "100%"),
    ("20", "Cấp điện mới từ lưới điện hạ áp", "4.213", "4.213", "0", "100%"),
    ("21", "Thay đổi chủ thể hợp đồng mua bán điện", "1.698", "1.698", "0", "100%"),
    ("22", "Giải quyết hưởng trợ cấp thất nghiệp", "4.127", "3.215", "912", "77,90%"),
    ("23", "Đăng ký biến động quyền sử dụng đất do thay đổi thông tin người được cấp Giấy chứng nhận", "2.963", "1.804", "1.159", "60,88%"),
    ("24", "Gia hạn thẻ BHYT theo hộ gia đình có giảm trừ mức đóng", "12.680", "12.680", "0", "100%"),
    ("25", "Đăng ký dự thi tốt nghiệp THPT và xét tuyển đại học, cao đẳng", "0", "0", "0", "-"),
    ("", "Tổng cộng", "153.845", "130.309", "23.536", "84,70%"),
]

# Table 2: indicators against the plan (Chỉ tiêu | Kế hoạch | Kết quả | Tỷ lệ)
INDICATORS = [
    ("Tỷ lệ hồ sơ trực tuyến dịch vụ công thiết yếu", "80%", "84,70%", "105,88%"),
    ("Hồ sơ cấp thẻ Căn cước thu nhận trong quý", "45.000", "48.216", "107,15%"),
    ("Tài khoản định danh điện tử mức 2 đã kích hoạt (lũy kế)", "1.250.000", "1.187.452", "95,00%"),
    ("Tỷ lệ số hóa thành phần hồ sơ TTHC", "100%", "87,6%", "87,6%"),
    ("Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "100%", "94,2%", "94,2%"),
    ("Tỷ lệ khai thác, tái sử dụng dữ liệu số hóa", "50%", "38,4%", "76,8%"),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến phí, lệ phí", "45%", "52,3%", "116,22%"),
    ("Cơ sở KCB BHYT sử dụng thẻ Căn cước, CCCD gắn chip", "318", "318", "100%"),
    ("Tỷ lệ trường tiểu học, THCS triển khai học bạ số", "100%", "98,7%", "98,7%"),
]

# The document, in order: ("p", text[, style]) paragraphs (text may hold "\n" = a line break
# inside the paragraph), ("h", text, level) headings, ("t", header, rows) tables.
BODY = [
    ("p", "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "center-bold"),
    ("p", "TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06", "center-bold"),
    ("p", "Số: 286/BC-TCTĐA06", "center"),
    ("p", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center-bold"),
    ("p", "Độc lập - Tự do - Hạnh phúc", "center-bold"),
    ("p", "Hải Dương, ngày 08 tháng 10 năm 2024", "right-italic"),
    ("p", "BÁO CÁO", "title"),
    ("p", "Kết quả triển khai thực hiện Đề án 06 Quý III năm 2024", "center-bold"),
    ("p", "Kính gửi: Tổ công tác triển khai Đề án 06 của Chính phủ (qua Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an).", "center"),
    ("p", "Thực hiện Kế hoạch số 31/KH-UBND ngày 05/01/2024 của UBND tỉnh Hải Dương về triển khai Đề án 06 năm 2024, Tổ công tác triển khai Đề án 06 tỉnh báo cáo kết quả thực hiện Quý III năm 2024 (số liệu từ ngày 01/7/2024 đến ngày 30/9/2024) như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 2),
    ("p", "Trong Quý III, UBND tỉnh ban hành 09 văn bản chỉ đạo; Tổ công tác Đề án 06 tỉnh ban hành 17 văn bản đôn đốc, hướng dẫn; tổ chức 01 hội nghị trực tuyến sơ kết 6 tháng với 247 điểm cầu cấp huyện, cấp xã và 02 đoàn kiểm tra tại 06 huyện, thị xã, thành phố."),
    ("p", "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành, địa phương bảo đảm 100% hồ sơ dịch vụ công thiết yếu đủ điều kiện được tiếp nhận, giải quyết trực tuyến toàn trình; hoàn thành số hóa kết quả giải quyết TTHC còn hiệu lực trước ngày 31/12/2024."),
    ("h", "II. KẾT QUẢ THỰC HIỆN", 2),
    ("h", "1. Cấp thẻ Căn cước, định danh điện tử", 3),
    ("p", "Trong Quý III, Công an tỉnh thu nhận 48.216 hồ sơ cấp thẻ Căn cước (trong đó 12.704 hồ sơ cấp thẻ cho trẻ em), trả 45.930 thẻ Căn cước cho công dân; thu nhận 61.385 hồ sơ định danh điện tử mức 2, kích hoạt 58.902 tài khoản. Lũy kế đến ngày 30/9/2024, toàn tỉnh đã thu nhận 1.489.672 hồ sơ định danh điện tử mức 2, kích hoạt 1.187.452 tài khoản."),
    ("h", "2. Dịch vụ công thiết yếu", 3),
    ("p", "Trong Quý III, toàn tỉnh tiếp nhận 153.845 hồ sơ dịch vụ công thiết yếu, trong đó 130.309 hồ sơ trực tuyến, đạt 84,70%. Nhóm 11 dịch vụ công do Công an tỉnh thực hiện tiếp nhận 89.711 hồ sơ, tỷ lệ trực tuyến 79,72%; nhóm 14 dịch vụ công của các sở, ngành tiếp nhận 64.134 hồ sơ, tỷ lệ trực tuyến 91,67%. Kết quả từng dịch vụ tại Bảng 1."),
    ("p", "Bảng 1. Kết quả tiếp nhận hồ sơ dịch vụ công thiết yếu Quý III năm 2024", "center-italic"),
    ("t", ("STT", "Tên dịch vụ", "Tổng số hồ sơ", "Trực tuyến", "Trực tiếp", "Tỷ lệ trực tuyến"), SERVICES),
    ("h", "3. Giải quyết thủ tục hành chính", 3),
    ("p", "Toàn tỉnh tiếp nhận 412.365 hồ sơ TTHC, trong đó 287.904 hồ sơ trực tuyến (đạt 69,82%); 51.246 hồ sơ được thanh toán trực tuyến phí, lệ phí. Kết quả thực hiện các chỉ tiêu chủ yếu tại Bảng 2."),
    ("p", "Bảng 2. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024 (đến hết Quý III)", "center-italic"),
    ("t", ("Chỉ tiêu", "Kế hoạch", "Kết quả", "Tỷ lệ"), INDICATORS),
    ("h", "4. Lĩnh vực y tế, bảo hiểm xã hội", 3),
    ("p", "Trong quý có 1.276.518 lượt tra cứu thông tin thẻ BHYT bằng thẻ Căn cước, CCCD gắn chip, trong đó 1.249.703 lượt tra cứu thành công (đạt 97,90%). BHXH tỉnh đã xác thực 1.682.470 hồ sơ người tham gia BHXH, BHYT với Cơ sở dữ liệu quốc gia về dân cư (đạt 98,1%); tỷ lệ chi trả lương hưu, trợ cấp BHXH hằng tháng qua tài khoản đạt 68,5%."),
    ("h", "5. Thanh toán không dùng tiền mặt", 3),
    ("p", "23/23 bệnh viện công lập trên địa bàn (đạt 100%) đã triển khai thu viện phí không dùng tiền mặt;\ntrong quý có 215.608 giao dịch với tổng số tiền 186,4 tỷ đồng, chiếm 41,7% tổng số tiền viện phí."),
    ("h", "6. Lĩnh vực giáo dục", 3),
    ("p", "Dữ liệu của 100% học sinh và 99,6% giáo viên đã được làm sạch, xác thực với Cơ sở dữ liệu quốc gia về dân cư; 574 trường tiểu học, THCS đã triển khai học bạ số."),
    ("h", "III. KHÓ KHĂN, VƯỚNG MẮC", 2),
    ("p", "Tỷ lệ trực tuyến của dịch vụ đăng ký, cấp biển số xe và nộp phạt vi phạm giao thông còn thấp; còn 31.206 thẻ Căn cước công dân chưa đến nhận; đường truyền tại 14 xã còn chập chờn."),
    ("h", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024", 2),
    ("p", "Phấn đấu đến hết năm 2024 kích hoạt 1.250.000 tài khoản định danh điện tử mức 2; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa đạt 50%; tỷ lệ hồ sơ trực tuyến dịch vụ công thiết yếu đạt tối thiểu 85%."),
    ("p", "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy, HĐND tỉnh (để b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Thành viên Tổ công tác;\n- Lưu: VT, CA."),
    ("p", "TM. TỔ CÔNG TÁC\nTỔ TRƯỞNG\nPHÓ CHỦ TỊCH UBND TỈNH", "center-bold"),
    ("p", "Vũ Đức Thịnh", "center-bold"),
]


def add_paragraph(doc, text, style=None):
    if style == "title":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(15)
        return p
    p = doc.add_paragraph()
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        if style and "bold" in style:
            run.bold = True
        if style and "italic" in style:
            run.italic = True
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)
    if style and style.startswith("center"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif style and style.startswith("right"):
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
    return table


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
    return lines


if __name__ == "__main__":
    path = build()
    for line in text_lines(path):
        print(line)
