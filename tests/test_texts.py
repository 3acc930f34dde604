"""Published report texts: personal data out, every other line and every line number kept."""
from pathlib import Path

from generator.document import split_lines
from generator.texts import PLACEHOLDER, published_text

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"


def test_signature_block_and_stamps_removed_line_for_line():
    original = (REPORTS / "000_3285350e42ccdccd.txt").read_text(encoding="utf-8")
    text = published_text(original)
    lines, before = split_lines(text), split_lines(original)
    assert len(lines) == len(before)
    assert "Võ Gia Nghĩa" not in text and "Đặng Xuân Thoại" not in text and "@" not in text
    assert lines[269] == PLACEHOLDER  # line 270: the signer's name
    assert lines[116] == before[116]  # line 117: a figure's line is untouched
    assert lines[298:304] == before[298:304]  # the appendix after the signature block is kept


def test_text_without_signature_block_is_unchanged():
    original = (REPORTS / "002_75efb1c88190d799.txt").read_text(encoding="utf-8")
    assert published_text(original) == original
