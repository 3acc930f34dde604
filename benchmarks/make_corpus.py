"""Synthetic national corpus for the scale benchmarks, derived from the bundled reports.

    python benchmarks/make_corpus.py --n 6500 --seed 1 --out benchmarks/out/corpus

Schedule (the real reporting pattern): the 63 pre-2025 provinces monthly from 2022-07 to
2025-06 (63 x 36), the 34 new provinces monthly from 2025-07 to 2025-12, and districts
half-yearly from 2022H1 to 2025H1 (no districts after the 1 July 2025 merger). N reports
are drawn from that schedule with the seed; each report's text depends only on the seed
and its schedule item, so the same (seed, N) always gives the same bytes.

Template-based: the seed texts in sources/reports/ are rewritten with regexes (unit name,
period, years, figures); the essential-service figures are perturbed consistently
(online + in person = total, printed rate = online / total rounded as the originals do)
and rendered in four layouts:
  pdf      000-style PDF text with hard line breaks (000 itself, figures replaced in place)
  md_tab   001-style Markdown with a tab-separated table broken across a page (header repeated)
  footnote 003-style rate-only service list, totals sentence and footnoted pilot models
  md_pipe  Markdown pipe table
`render(item, seed)` also returns what a correct extraction must find (`Expected`).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "sources" / "reports"
JURISDICTIONS = ROOT / "codelists" / "jurisdictions.csv"
LAYOUTS = ("pdf", "md_tab", "footnote", "md_pipe")
MERGER = date(2025, 7, 1)
DEFAULT_N = 6500
TYPE_WORDS = ("Thành phố", "Thị xã", "Huyện", "Quận", "Tỉnh")

# The essential services as 000 prints them, with 000's totals as the base size.
_SERVICE_LINE = re.compile(
    r"(?<![\d.])(?P<total>\d[\d.]*)(?P<s1>\s+hồ\s+sơ,\s+trong\s+đó\s+bao\s+gồm:\s+)"
    r"(?P<online>\d[\d.]*)(?P<s2>\s+hồ\s+sơ\s+trực\s+tuyến,\s+)(?P<offline>\d[\d.]*)(?P<s3>\s+hồ\s+sơ\s+trực\s+tiếp,\s+trực\s+tuyến\s+đạt\s+tỷ\s+lệ\s+)(?P<rate>[\d,]+)%"
)
_LEVEL_RATES = re.compile(
    r"(?P<lead>cả tỉnh đạt )(?P<all>[\d,]+)%(?P<s1>, trong\s+đó cấp tỉnh đạt )(?P<p>[\d,]+)%(?P<s2>, cấp huyện đạt )(?P<d>[\d,]+)%(?P<s3>, cấp xã đạt )(?P<c>[\d,]+)%"
)
_RECEIVED = re.compile(r"(?P<lead>tiếp nhận\s+)(?P<n>\d[\d.]*)(?P<mid>\s+hồ sơ đăng ký giải quyết thủ tục hành chính;.*?đối với\s+)(?P<m>\d[\d.]*)(?P<tail>\s+hồ\s+sơ;.*?dân\s+cư\s+đạt\s+)(?P<r>[\d.]+)%", re.S)
_YEAR = re.compile(r"(?<![\d/])(2023|2024)(?!\d)")


# ---------------------------------------------------------------- schedule

@dataclass(frozen=True)
class Unit:
    jurisdiction_id: str
    type_word: str  # "Tỉnh", "Thành phố", "Huyện", ...
    name: str  # bare name: "Bình Định"
    level: str


@dataclass(frozen=True)
class Item:
    unit: Unit
    report_type: str  # monthly | semiannual
    year: int
    part: int  # month 1-12, or half 1-2


def _split_name(name_vi: str) -> tuple[str, str]:
    for word in TYPE_WORDS:
        if name_vi.startswith(word + " "):
            return word, name_vi[len(word) + 1:]
    return "", name_vi


@lru_cache(maxsize=None)
def units() -> dict[str, list[Unit]]:
    """Old provinces, new provinces, and districts whose name is unambiguous in a header."""
    from generator.fold import fold

    rows = list(csv.DictReader(JURISDICTIONS.open(encoding="utf-8")))
    out: dict[str, list[Unit]] = {"old": [], "new": [], "district": []}
    bare_count: dict[str, int] = {}
    for row in rows:
        bare_count[fold(_split_name(row["name_vi"])[1])] = bare_count.get(fold(_split_name(row["name_vi"])[1]), 0) + 1
    for row in rows:
        word, name = _split_name(row["name_vi"])
        unit = Unit(row["jurisdiction_id"], word, name, row["level"])
        if not word:
            continue
        if row["level"] == "province":
            if not row["valid_from"] or row["valid_from"] < MERGER.isoformat():
                out["old"].append(unit)
            if not row["valid_to"] or row["valid_to"] >= MERGER.isoformat():
                out["new"].append(unit)
        elif row["level"] == "district" and bare_count[fold(name)] == 1 and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", name):
            out["district"].append(unit)
    return out


def schedule() -> list[Item]:
    items = []
    for unit in units()["old"]:
        for k in range(36):  # 2022-07 .. 2025-06
            y, m = divmod(2022 * 12 + 6 + k, 12)
            items.append(Item(unit, "monthly", y, m + 1))
    for unit in units()["new"]:
        for m in range(7, 13):
            items.append(Item(unit, "monthly", 2025, m))
    for unit in units()["district"]:
        for y, h in ((2022, 1), (2022, 2), (2023, 1), (2023, 2), (2024, 1), (2024, 2), (2025, 1)):
            items.append(Item(unit, "semiannual", y, h))
    return items


def pick(n: int, seed: int) -> list[Item]:
    """n items of the schedule, chosen by seed, in schedule order."""
    items = schedule()
    if n >= len(items):
        return items
    chosen = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in chosen]


# ---------------------------------------------------------------- numbers as printed

def vi_int(n: int, pad: bool = False) -> str:
    text = f"{n:,}".replace(",", ".")
    return f"{n:02d}" if pad and n < 10 else text


def vi_rate(value: Decimal, decimals: int) -> str:
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if q == q.to_integral_value():
        return str(int(q))
    return f"{q:.{decimals}f}".replace(".", ",")


def rate_of(online: int, total: int) -> Decimal:
    return Decimal(online) * 100 / Decimal(total)


# ---------------------------------------------------------------- one report

@dataclass
class ServiceFigure:
    name: str
    total: int
    online: int
    offline: int
    rate_printed: str  # as printed, without %

    @property
    def rate(self) -> float:
        return float(self.rate_printed.replace(",", "."))


@dataclass
class Expected:
    """What a correct extraction of the generated report must find."""

    file_name: str
    jurisdiction_id: str
    report_type: str
    period_start: date
    period_end: date
    report_date: date | None
    report_number: str
    layout: str
    services: list[ServiceFigure] = field(default_factory=list)
    rates: list[str] = field(default_factory=list)  # other printed percentages (indicators)


def period_of(item: Item, rng: random.Random) -> tuple[date, date]:
    if item.report_type == "semiannual":
        return (date(item.year, 1, 1), date(item.year, 6, 30)) if item.part == 1 else (date(item.year, 7, 1), date(item.year, 12, 31))
    first = date(item.year, item.part, 1)
    if rng.random() < 0.5:  # calendar month
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    previous = (first - timedelta(days=1)).replace(day=15)  # 15th of last month .. 14th
    return previous, first.replace(day=14)


def _seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@lru_cache(maxsize=None)
def seed_texts() -> dict[str, str]:
    return _seed_texts()


@lru_cache(maxsize=None)
def base_services() -> list[tuple[str, int]]:
    """(name, base total) of each essential service listed in 000."""
    text = seed_texts()["000"]
    out = []
    for m in _SERVICE_LINE.finditer(text):
        item_start = max(text.rfind("\n- ", 0, m.start()), text.rfind("\n - ", 0, m.start()))
        name = re.sub(r"\s+", " ", text[item_start:m.start()]).strip(" -:")
        out.append((name, int(m.group("total").replace(".", ""))))
    return out


def make_services(item: Item, rng: random.Random, decimals: int) -> list[ServiceFigure]:
    size = {"province": rng.uniform(0.3, 3.0), "district": rng.uniform(0.02, 0.25)}[item.unit.level]
    months = 6 if item.report_type == "semiannual" else 1
    out = []
    for name, base in base_services():
        total = max(1, round(base * size * months * rng.uniform(0.7, 1.3)))
        share = 1.0 if rng.random() < 0.3 else rng.uniform(0.6, 1.0)
        online = min(total, round(total * share))
        out.append(ServiceFigure(name, total, online, total - online, vi_rate(rate_of(online, total), decimals)))
    return out


def _unit_header(unit: Unit, number: str, place_date: str, sep: str) -> str:
    return sep.join(["ỦY BAN NHÂN DÂN", f"{unit.type_word.upper()} {unit.name.upper()}", "-------", f"Số: {number}", place_date]) + sep


def _place_date(unit: Unit, when: date | None, year: int) -> str:
    if when is None:  # a draft: day and month left blank, as in 000
        return f"{unit.name}, ngày       tháng      năm {year}"
    return f"{unit.name}, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"


def _period_words(item: Item, start: date, end: date) -> tuple[str, str]:
    """(title phrase, range phrase)."""
    if item.report_type == "semiannual":
        title = f"06 tháng {'đầu' if item.part == 1 else 'cuối'} năm {item.year}"
    else:
        title = f"tháng {item.part:02d} năm {item.year}"
    return title, f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def _rename(text: str, unit: Unit, year_shift: int) -> str:
    """Seed prose about Bình Định / Bắc Giang, years 2023-2024 -> this unit and period."""
    level_word = unit.type_word.lower()
    for old in ("Bình Định", "Bắc Giang"):
        text = re.sub(rf"(?i:tỉnh) {old}", f"{level_word} {unit.name}", text)
        text = text.replace(old.upper(), unit.name.upper()).replace(old, unit.name)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)


def _wrap(text: str, width: int, sep: str) -> str:
    """Hard line breaks as in PDF text: each line ends with a space, lines separated by sep."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line + " ")
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line + " ")
    return sep.join(lines)


def _prose(seed: str, unit: Unit, shift: int, rng: random.Random, start: str, stop: str, budget: int) -> str:
    """A slice of seed prose (from the line matching start to before stop), cut to about budget chars.

    The slices skip the seeds' own essential-service sections: the generated figures are the only ones."""
    text = seed_texts()[seed]
    a = re.search(start, text, re.M)
    b = re.search(stop, text, re.M)
    body = text[a.start() if a else 0: b.start() if b else len(text)]
    paragraphs = re.split(r"\n\s*\n", body)
    out, size = [], 0
    for p in paragraphs:
        if size > budget:
            break
        out.append(p)
        size += len(p)
    return _rename("\n\n".join(out), unit, shift)


def render(item: Item, seed: int) -> tuple[str, str, Expected]:
    """(file name, text, expected) for one schedule item. Depends only on (item, seed)."""
    key = f"{seed}|{item.unit.jurisdiction_id}|{item.report_type}|{item.year}|{item.part}"
    rng = random.Random(hashlib.sha256(key.encode()).digest())
    layout = LAYOUTS[rng.randrange(len(LAYOUTS))]
    start, end = period_of(item, rng)
    report_date = None if rng.random() < 0.04 else end + timedelta(days=rng.randint(1, 12))
    number = f"{rng.randint(1, 480)}/BC-{'UBND' if rng.random() < 0.7 else 'TCT06'}"
    decimals = rng.choice((0, 1, 2, 2))
    services = make_services(item, rng, decimals)
    shift = end.year - 2024
    title_period, range_words = _period_words(item, start, end)
    expected = Expected("", item.unit.jurisdiction_id, item.report_type, start, end, report_date, number, layout, services)
    render_layout = {"pdf": _pdf, "md_tab": _md_tab, "footnote": _footnote, "md_pipe": _md_pipe}[layout]
    text = render_layout(item, rng, expected, shift, title_period, range_words)
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    suffix = ".md" if layout.startswith("md") else ".txt"
    period_key = f"{item.year}-{item.part:02d}" if item.report_type == "monthly" else f"{item.year}-h{item.part}"
    expected.file_name = f"{item.unit.jurisdiction_id}_{period_key}_{digest}{suffix}"
    return expected.file_name, text, expected


def _rates(rng: random.Random, expected: Expected, n: int) -> list[str]:
    values = [vi_rate(Decimal(str(rng.uniform(40, 99.99))), 2) for _ in range(n)]
    expected.rates.extend(values)
    return values


def _pdf(item: Item, rng: random.Random, exp: Expected, shift: int, title_period: str, range_words: str) -> str:
    """000 itself, rewritten: header, period, unit name, years, then every figure in place."""
    text = seed_texts()["000"]
    sep = " \n\n"
    header = _unit_header(item.unit, exp.report_number, "     " + _place_date(item.unit, exp.report_date, exp.period_end.year), sep)
    text = re.sub(r"\A[^\n]*\n", "\x00H\x00", text, count=1)
    text = re.sub(r"từ ngày 15/012024 đến ngày(\s+)14/02/2024", lambda m: "\x00R\x00", text)
    text = text.replace("tháng 02 năm 2024", "\x00T\x00")
    text = text.replace("Kính gửi: Công an tỉnh", f"Kính gửi: Công an {item.unit.type_word.lower()}")
    text = _rename(text, item.unit, shift)
    text = text.replace("\x00H\x00", header).replace("\x00R\x00", range_words).replace("\x00T\x00", title_period)
    figures = iter(exp.services)

    def service(m: re.Match) -> str:
        f = next(figures)
        g = m.groupdict()
        return f"{vi_int(f.total)}{g['s1']}{vi_int(f.online)}{g['s2']}{vi_int(f.offline, pad=f.offline > 0)}{g['s3']}{f.rate_printed}%"

    text = _SERVICE_LINE.sub(service, text)
    levels = _rates(rng, exp, 4)
    text = _LEVEL_RATES.sub(lambda m: f"{m['lead']}{levels[0]}%{m['s1']}{levels[1]}%{m['s2']}{levels[2]}%{m['s3']}{levels[3]}%", text, count=1)
    received = sum(f.total for f in exp.services) * 10 + rng.randint(0, 999)
    checked = round(received * rng.uniform(0.9, 0.99))
    rate = f"{Decimal(checked) * 100 / Decimal(received):.2f}"  # 000 prints this one English-style
    exp.rates.append(rate)
    return _RECEIVED.sub(lambda m: f"{m['lead']}{vi_int(received)}{m['mid']}{vi_int(checked)}{m['tail']}{rate}%", text, count=1)


def _md_header(item: Item, exp: Expected, title_period: str, range_words: str) -> str:
    unit = item.unit
    head = _unit_header(unit, exp.report_number, _place_date(unit, exp.report_date, exp.period_end.year), "  \n")
    return (
        f"{head}\n**BÁO CÁO**  \n**Kết quả triển khai thực hiện Đề án 06 {title_period}**  \n"
        f"**trên địa bàn {unit.type_word.lower()} {unit.name}**\n\n"
        f"Kính gửi: Tổ Công tác triển khai Đề án 06 {'tỉnh' if unit.level == 'district' else 'Chính phủ'}\n\n"
        f"Ủy ban nhân dân {unit.type_word.lower()} {unit.name} báo cáo kết quả triển khai thực hiện Đề án 06 {title_period} ({range_words}), như sau:\n\n"
    )


def _service_rows(exp: Expected) -> list[list[str]]:
    return [[str(i), f.name, vi_int(f.total), vi_int(f.online), vi_int(f.offline, pad=f.offline > 0), f"{f.rate_printed}%"] for i, f in enumerate(exp.services, start=1)]


SERVICE_HEADER = ["STT", "Tên dịch vụ công thiết yếu", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Hồ sơ trực tiếp", "Tỷ lệ trực tuyến"]


def _indicator_prose(rng: random.Random, exp: Expected) -> str:
    r = _rates(rng, exp, 3)
    return (f"- Tỷ lệ số hóa thành phần hồ sơ đạt {r[0]}%; tỷ lệ cấp kết quả điện tử đạt {r[1]}%; "
            f"tỷ lệ tái sử dụng kết quả số hóa đạt {r[2]}%.\n\n")


def _md_tab(item: Item, rng: random.Random, exp: Expected, shift: int, title_period: str, range_words: str) -> str:
    rows = _service_rows(exp)
    cut = rng.randint(3, len(rows) - 2)  # a page break: the header row repeats
    table = ["\t".join(SERVICE_HEADER)] + ["\t".join(r) for r in rows[:cut]] + ["", "\t".join(SERVICE_HEADER)] + ["\t".join(r) for r in rows[cut:]]
    prose = _prose("001", item.unit, shift, rng, r"^## \*\*7\.2\.", r"^\*\*Nơi nhận", rng.randint(6000, 40000))
    return (_md_header(item, exp, title_period, range_words)
            + "## **1. Kết quả dịch vụ công thiết yếu**\n\n" + "\n".join(table) + "\n\n"
            + "## **2. Chỉ tiêu số hóa**\n\n" + _indicator_prose(rng, exp)
            + prose + "\n\n**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n")


def _md_pipe(item: Item, rng: random.Random, exp: Expected, shift: int, title_period: str, range_words: str) -> str:
    rows = _service_rows(exp)
    table = ["| " + " | ".join(SERVICE_HEADER) + " |", "|" + "---|" * len(SERVICE_HEADER)] + ["| " + " | ".join(r) + " |" for r in rows]
    prose = _prose("002", item.unit, shift, rng, r"^I\. Kết quả", r"^Nơi nhận", rng.randint(3000, 9000))
    return (_md_header(item, exp, title_period, range_words)
            + "### 1. Kết quả dịch vụ công thiết yếu\n\n" + "\n".join(table) + "\n\n"
            + "### 2. Chỉ tiêu số hóa\n\n" + _indicator_prose(rng, exp)
            + prose + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def _footnote(item: Item, rng: random.Random, exp: Expected, shift: int, title_period: str, range_words: str) -> str:
    sep = " \n\n"
    unit = item.unit
    head = _unit_header(unit, exp.report_number, _place_date(unit, exp.report_date, exp.period_end.year), sep)
    total = sum(f.total for f in exp.services)
    online = sum(f.online for f in exp.services)
    overall = vi_rate(rate_of(online, total), 2)
    exp.rates.append(overall)
    rates = "; ".join(f"{f.name} ({f.rate_printed}%)" for f in exp.services)
    done, doing = rng.randint(1, 9), rng.randint(5, 15)
    models = ["Mô hình 2: Xây dựng tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy", "Mô hình 4: Khám chữa bệnh sử dụng thẻ CCCD và VNeID"]
    body = (
        f"BÁO CÁO{sep}Kết quả triển khai, thực hiện Đề án 06 {title_period}{sep}({range_words[0].upper() + range_words[1:]}){sep}"
        + _wrap(f"Tổ công tác Đề án 06 {unit.type_word.lower()} {unit.name} báo cáo kết quả triển khai, thực hiện {title_period}, cụ thể như sau:", 80, sep) + sep
        + "1. Tiến độ thực hiện các dịch vụ công thiết yếu" + sep
        + _wrap(f"Trong kỳ, đã tiếp nhận {vi_int(total)} trường hợp (trong đó nộp trực tuyến {vi_int(online)} trường hợp đạt {overall}%).", 80, sep) + sep
        + _wrap(f"- Tỷ lệ hồ sơ trực tuyến theo dịch vụ: {rates}.", 80, sep) + sep
        + _wrap(f"2. Triển khai các mô hình điểm: {vi_int(done, pad=True)} nhiệm vụ, mô hình đã triển khai xong1; {vi_int(doing, pad=True)} nhiệm vụ, mô hình đang triển khai2.", 80, sep) + sep
    )
    prose = _prose("003", unit, shift, rng, r"^ ?3\. Việc chia sẻ", r"^Nơi nhận", rng.randint(5000, 25000))
    notes = f"1 {models[0]}.{sep}2 {models[1]}.{sep}"
    return head + body + prose + sep + notes + "Nơi nhận: " + sep + "- Như trên; " + sep


# ---------------------------------------------------------------- files

def write_corpus(out: Path, n: int = DEFAULT_N, seed: int = 1) -> list[Expected]:
    """Write n reports into out (emptied first of *.txt / *.md). Returns what each should yield."""
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.txt")) + list(out.glob("*.md")):
        old.unlink()
    expected = []
    for item in pick(n, seed):
        name, text, exp = render(item, seed)
        (out / name).write_text(text, encoding="utf-8")
        expected.append(exp)
    return expected


def extra_item(seed: int) -> Item:
    """A report that is not in the corpus for any N: an extra month for a new province."""
    new = units()["new"]
    unit = new[seed % len(new)]
    rounds = seed // len(new)  # past every new province: the months after, so a reused root still gets a new one
    return Item(unit, "monthly", 2026 + rounds // 12, 1 + rounds % 12)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "corpus")
    args = parser.parse_args(argv)
    expected = write_corpus(args.out, args.n, args.seed)
    size = sum((args.out / e.file_name).stat().st_size for e in expected)
    print(f"{len(expected)} reports, {size / 1e6:.1f} MB -> {args.out} (schedule has {len(schedule())} items)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
