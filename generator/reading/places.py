"""Whose figure: the report's own place, or one named part of it. Pure.

A report counts for its own place (the province, district or commune in its header, or the
first place it names, as a news article does). A figure whose sentence names another place
before it (`Thành phố Vị Thanh tiếp nhận 5.230 hồ sơ`, `trong đó huyện Vị Thủy kích hoạt
30.120 tài khoản`, `- Huyện Long Mỹ: …`), or a table row for one (`Phường Vĩnh Điện`), counts
for that part only: it stays in the figures table and is never filed as the place's own.
The place-type words are data (codelists/vocabulary.csv `subunit_row`, `not_place`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.codelists import References
from generator.document import Document
from generator.fold import fold, lower_keep, matches_all

HEADER_LINES = 6  # lines at the top of a report that name its own place (`UBND TỈNH BẮC GIANG`)
_LIST_ITEM = re.compile(r"^\s*(?:[-+*•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)")
NAME_WORDS = 4  # a place's name: up to this many capitalised words


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # folded
    kind: str = ""  # the place-type word, folded (`huyen`, `thanh pho`)


def _pattern(refs: References) -> re.Pattern[str]:
    def build(r: References) -> re.Pattern[str]:
        words = sorted(r.terms("subunit_row", "place", form="exact"), key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") + (r"\s*" if w.endswith(".") else r"\s+") for w in words)
        return re.compile(rf"(?<!\w)(?i:{alternatives})(?P<name>\w+(?:\s+\w+){{0,{NAME_WORDS - 1}}})")  # `TP.Hà Nội`
    return refs.prepare("place_mention_pattern", build)


def mentions(text: str, refs: References, numbers: bool = False) -> list[Mention]:
    """The places named in text by a type word and a capitalised name or a number, left to right."""
    out = []
    not_place = refs.terms("not_place")
    for m in _pattern(refs).finditer(text):
        words = []
        for word in m.group("name").split():
            if not (word[0].isupper() or (numbers and word.isdigit() and not words and len(word) <= 3)):
                break  # a name: capitalised words (`Vĩnh Điện`); a row label's number alone (`Tổ dân phố 3`; in prose `xã 18` counts)
            if word.isdigit():
                words.append(word)
                break
            words.append(word)
        if not words:
            continue
        whole = fold(m.group(0)[: m.start("name") - m.start()] + " ".join(words))
        if any(whole.startswith(n) for n in not_place):
            continue  # `Bảo hiểm Xã Hội`: no place
        kind = " ".join(fold(m.group(0)[: m.start("name") - m.start()]).split())
        out.append(Mention(m.start(), m.start("name") + len(" ".join(words)), fold(" ".join(words)), kind))
    return out


def own_places(doc: Document, refs: References) -> frozenset[str]:
    """The names of the report's own place: those its header names, and the first place its
    prose names (table rows name parts)."""
    names = set()
    captions = refs.terms("caption", form="exact")
    # a photo's caption (`… quận Ninh Kiều. Ảnh: HOÀNG LAM`) names where the photo was taken
    lines = [line for number, line in enumerate(doc.lines, start=1) if line.strip() and not doc.is_table(number)
             and not any(c in line.lower() for c in captions)]
    header = []
    for line in lines[:HEADER_LINES]:
        if _LIST_ITEM.match(line):
            break  # the body has begun: its items name parts
        header.append(line)
    # a stacked header in capitals (`UBND HUYỆN MAI SƠN` / `UBND XÃ CHIỀNG MUNG`): the issuer is its
    # last place; a place of a higher level above it is the body it reports to, wider than its own
    stacked = [m for line in header if first_column(line).isupper() for m in mentions(first_column(line), refs)]
    level = mention_level(stacked[-1], refs) if stacked else ""
    wider = {m.name for m in stacked if _below(level, mention_level(m, refs))}
    names.update(m.name for line in header for m in mentions(line, refs) if m.name not in wider)
    if not names and national_issuer([line for line in doc.lines[:HEADER_LINES] if line.strip()], refs):
        return frozenset()  # `BẢO HIỂM XÃ HỘI VIỆT NAM`, `BỘ Y TẾ`: every place the prose names is a part
    from generator.extract.metadata import author_level  # (here: extract.metadata reads this module's helpers)

    if author_level(doc, refs) == NATION:
        return frozenset()  # a national page (a digest of provinces' results): every province it names is a part
    for line in lines:
        named = [m for m in mentions(line, refs) if m.name not in wider]
        if named:
            names.add(named[0].name)
            break
    return frozenset(names)


def national_issuer(header: list[str], refs: References) -> bool:
    """The header's first line is a national body's name (vocabulary national_issuer: `BỘ Y TẾ`,
    `BẢO HIỂM XÃ HỘI VIỆT NAM`), or its web portal's (`CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN`)."""
    filled = [first_column(line).strip(" *#") for line in header if first_column(line).strip(" *#")]
    if not filled:
        return False
    first = " ".join(lower_keep(filled[0]).split())  # with its tone marks: `Bỏ qua …` is no `BỘ`
    for portal in refs.terms("national_issuer", "portal", form="exact"):
        if first.startswith(portal + " "):
            first = first[len(portal) + 1 :]  # `CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN`: the ministry's own page
    return any(first == w or first.startswith(w + " ") for w in refs.terms("national_issuer", "nation", form="exact"))


_COLUMNS = re.compile(r"\t| {3,}")


def first_column(line: str) -> str:
    """A header line's first column: a two-column header sets its columns apart with a tab
    (Word) or a run of spaces (PDF text): `SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG      Độc lập - …`, or
    is a table (pandoc's grid or pipe table: `| **UBND TỈNH TUYÊN QUANG** | **CỘNG HÒA …** |`)."""
    text = line.strip()
    if text.startswith("|"):
        text = next((cell.strip() for cell in text.strip("|").split("|") if cell.strip()), "")
    return _COLUMNS.split(text)[0]


_BRACKETED = re.compile(r"\([^()]*\)")


def own_level(doc: Document, refs: References) -> tuple[str, str]:
    """(level, type word) of the report's own place: the last place its header names (the
    issuer: `UBND THÀNH PHỐ HỒ CHÍ MINH` / `UBND XÃ PHƯỚC HÒA` is the commune's), else the
    first place its prose names; levels by vocabulary place_level (a city by jurisdictions.csv:
    a province-level one or not). ("", "") when no place is named."""
    captions = refs.terms("caption", form="exact")
    lines = [line for number, line in enumerate(doc.lines, start=1) if line.strip() and not doc.is_table(number)
             and not any(c in line.lower() for c in captions)]
    found: list[Mention] = []
    for line in [line for line in doc.lines if line.strip()][:HEADER_LINES]:
        if _LIST_ITEM.match(line):
            break
        # a two-column header: the issuer's column; not an address in brackets (`(số 88 …, phường Thanh Đức)`)
        found.extend(mentions(_BRACKETED.sub(" ", first_column(line)), refs))
    from generator.extract.metadata import author_level  # (here: extract.metadata reads this module's helpers)

    placed = author_level(doc, refs)  # where the metadata places the report (jurisdictions.csv), when it does
    if not found and national_issuer([line for line in doc.lines[:HEADER_LINES] if line.strip()], refs):
        return _placed_level(NATION, "", placed)  # a national body's report: no place is its own
    if not found:
        found = next((m[:1] for line in lines if (m := mentions(line, refs))), [])
    if not found:
        return _placed_level("", "", placed)
    place = found[-1]
    return _placed_level(mention_level(place, refs), place.kind, placed)


def _placed_level(level: str, kind: str, placed: str) -> tuple[str, str]:
    """The level the metadata placed the report at wins over the one its first lines suggest
    (an e-mail wrapping a district police's report, a provincial office of a national body), but
    a commune's report (the code list holds no communes: placed at its district or province)
    stays a commune's."""
    if not placed or placed == level or (level == "commune" and placed in ("province", "district")):
        return level, kind
    return placed, ""


def mention_level(place: Mention, refs: References) -> str:
    """The level of a named place by its type word (vocabulary place_level); a city's by
    jurisdictions.csv (`Thành phố Cần Thơ` a province, `Thành phố Lào Cai` a district)."""
    levels = refs.term_values("place_level")
    level = next((value for value, words in levels.items() if place.kind in words), "")
    if level != "city":
        return level

    def build(r: References) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in r.rows("jurisdictions"):
            out.setdefault(fold(row["name_vi"]), row["level"])
        return out

    by_name = refs.prepare("jurisdiction_levels", build)
    city_word = levels["city"][0]
    return by_name.get(f"{city_word} {place.name}", "district")


def names_part(before: str, own: frozenset[str], refs: References, whole_words: list[tuple[str, str]], own_level: str = "") -> bool:
    """The text before a figure (its sentence, or its list item's lead) names a place that is
    not the report's own, with no `toàn tỉnh` after it; a city that shares its province's name
    (`thành phố Lào Cai` in Lào Cai province's report) is a part too."""
    found = mentions(before, refs)
    if not found:
        if own_level != NATION:
            return _opens_with_other_place(before, own, refs)
        return _opens_with_place(before, refs) or _ends_with_place(before, refs) or _clause_names_place(before, refs)
    last = found[-1]
    if last.name in own and not _below(mention_level(last, refs), own_level):
        return False
    after = fold(before[last.end :])
    for masked in (w for value, w in refs.words("word_mask") if value == "breakdown"):
        after = after.replace(masked, " ")  # `Phường Minh Xuân dẫn đầu toàn tỉnh về …`: a rank, not the province's figure
    return not matches_all(after, [[w for value, w in whole_words if value == "all"]])


def _ends_with_place(before: str, refs: References) -> bool:
    """A national body's sentence that prints a place's bare name, capitalised, right before the
    figure (`… cao như Hà Nội (99,41%), Ninh Bình (…)`): that place's figure."""
    words = before.rstrip(" ([:–-").split()
    names = known_names(refs)
    return any(_capitalised_name(words[-n:], names) for n in range(NAME_WORDS, 0, -1) if len(words) >= n)


def _clause_names_place(before: str, refs: References) -> bool:
    """A national body's sub-clause before the figure that names a place by its bare name, capitalised
    (`Trên Bộ chỉ số …, Quảng Ninh đạt 92,37 điểm`): that place's figure."""
    clause = re.split(r"[,;:()]", before)[-1].split()
    names = known_names(refs)
    return any(_capitalised_name(clause[i : i + n], names) for n in range(NAME_WORDS, 0, -1) for i in range(len(clause) - n + 1))


def _capitalised_name(words: list[str], names: frozenset[str]) -> str:
    """The folded name the capitalised words print when it is a known place's bare name, else ""."""
    key = " ".join(fold(" ".join(words)).split())
    return key if words and all(w[:1].isupper() for w in words) and key in names else ""


def _opens_with_place(before: str, refs: References) -> bool:
    """A sentence of a national body's report opening with a place's bare name (`Hà Nội tiếp tục
    là địa phương có tỷ lệ kích hoạt cao nhất cả nước …`)."""
    words = [w.strip(":,;.–-") for w in fold(_ITEM_MARK_PLACE.sub("", before)).split()]  # (`Hà Nội: quy mô lớn …`, a heading)
    names = known_names(refs)
    return any(" ".join(words[:n]) in names for n in range(NAME_WORDS, 0, -1) if len(words) >= n)


_ITEM_MARK_PLACE = re.compile(r"^[\s\-+•–*]*(?:\d{1,2}[.)]\s+)?")  # a list or heading mark (`1. Nghệ An: …`)


def _opens_with_other_place(before: str, own: frozenset[str], refs: References) -> bool:
    """A sentence opening with another place's bare name of two words or more, capitalised
    (`Thái Nguyên - tỉnh mới hợp nhất với Bắc Kạn - đã đưa 100% …` in Tuyên Quang's report):
    that place's figure, not the report's own."""
    words = [w.strip(":,;.–-") for w in _ITEM_MARK_PLACE.sub("", before).split()]  # (`Hà Nội: quy mô lớn …`, a heading)
    names = known_names(refs)
    key = next((k for n in range(NAME_WORDS, 1, -1) if len(words) >= n and (k := _capitalised_name(words[:n], names))), "")
    return bool(key) and key not in own


def part_row(label: str, own: frozenset[str], refs: References, own_level: str = "") -> bool:
    """A table row for one named part of the place (`Phường Vĩnh Điện`, `Các xã, phường còn
    lại`, `Định Hóa`): a place-type word and a capitalised name that is not the report's own
    (a city that shares its province's name is a part of the province), `các …`, or the bare
    name of a place in jurisdictions.csv that is not the report's own; a former unit (`Bến Tre
    (cũ)`, vocabulary subunit_row former), even one whose name the place kept."""
    text = label.strip(" *_")
    low = fold(text)
    if names_former(low, refs):
        return True  # `Bến Tre (cũ)`, `Vĩnh Long (cũ)`: a former unit, now a part of the place
    for word in refs.terms("subunit_row", "group"):
        if low == word or low.startswith(word + " ") or low.startswith(word + ","):
            return True
    found = mentions(text, refs, numbers=True)
    if found and found[0].start == 0:
        first = found[0]
        return first.name not in own or _below(mention_level(first, refs), own_level)
    name = " ".join(low.split())
    return bool(name) and name not in own and name in known_names(refs)


def names_former(folded: str, refs: References) -> bool:
    """Folded text with a bracket that marks a former unit (`bến tre (cũ)`; vocabulary subunit_row
    former): the unit before it is a part of the merged place, never the whole."""
    former = refs.terms("subunit_row", "former")
    return any(" ".join(m.group(1).split()) in former for m in _BRACKET.finditer(folded))


def former_named_bare(text: str, refs: References) -> bool:
    """Text that names a former unit without a bracket (`Khu vực Hà Giang cũ có tỷ lệ …`): a
    known place's bare name, capitalised, right before a subunit_row former word."""
    names = known_names(refs)
    low = lower_keep(text)
    for word in refs.terms("subunit_row", "former", form="exact"):
        for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(word), low):
            before = text[: m.start()].split()
            if any(_capitalised_name(before[-n:], names) for n in range(NAME_WORDS, 0, -1) if len(before) >= n):
                return True
    return False


_BRACKET = re.compile(r"\(([^()]*)\)")
LEVEL_ORDER = ("province", "district", "commune", "below")
NATION = "nation"  # own_level of a national body's report (`BỘ Y TẾ`): every place it names is a part


def _below(level: str, own_level: str) -> bool:
    """A level under the report's own (`Thị trấn Yên Thành` in Yên Thành district's report, a
    city named after its province): a part that shares the own place's name."""
    return level in LEVEL_ORDER and own_level in LEVEL_ORDER and LEVEL_ORDER.index(level) > LEVEL_ORDER.index(own_level)


def known_names(refs: References) -> frozenset[str]:
    """The bare names of every place in jurisdictions.csv, folded (`dinh hoa`, `dai tu`)."""
    def build(r: References) -> frozenset[str]:
        names = set()
        for row in r.rows("jurisdictions"):
            if not row["parent_id"]:
                continue  # the nation (`toàn quốc`, `cả nước`): a total, never a part
            for alias in row["aliases"].split("|"):
                if alias and not mentions(alias, r):  # an alias without a type word: the bare name
                    names.add(" ".join(fold(alias).split()))
        return frozenset(names)

    return refs.prepare("jurisdiction_bare_names", build)


def issuer_body(doc: Document, refs: References) -> str:
    """The body that issued the report when its header names one (`UBND TỈNH QUẢNG BÌNH` /
    `SỞ TƯ PHÁP`; `BỘ Y TẾ`; vocabulary own_body): a department's or ministry's report, whose
    dossiers and procedures are its own unless a figure says `toàn tỉnh`. The issuer is the
    last line of the capitalised lines the report opens with (`BỘ CÔNG AN` / `CÔNG AN TỈNH
    THANH HÓA` is the province's police, no body of this kind)."""
    bodies = [w.upper() for w in refs.terms("own_body", "body", form="printed")]
    run: list[str] = []
    indent = -1
    for line in doc.lines[:HEADER_LINES]:
        text = first_column(line).strip(" *#")  # a two-column header: the issuer's column
        if not any(ch.isalpha() for ch in text):
            continue  # blank, or the rule under the issuer (`________`)
        if fold(text) in refs.terms("document_part", "motto"):
            continue  # `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` on a line of its own: the state's name, no issuer
        if any(ch.isdigit() or ch.islower() for ch in text):
            break
        own_indent = len(line) - len(line.lstrip(" "))
        goes_on = any(fold(text).startswith(w + " ") for w in refs.terms("connective", "name_goes_on"))
        if run and (own_indent > indent + 2 or goes_on) and not any(text.startswith(body + " ") for body in bodies):
            run[-1] = f"{run[-1]} {text}"  # `BỘ LAO ĐỘNG - THƯƠNG BINH` / `    VÀ XÃ HỘI`: the name goes on, indented or after `VÀ`
            continue
        run.append(text)
        indent = own_indent
    last = run[-1] if run else ""
    return last if any(last.startswith(body + " ") for body in bodies) else ""
