#!/usr/bin/env python3
"""One-off generator for ``codelists/jurisdictions.csv``.

The CSV is committed; the project does NOT need this script nor its source
package at run time.  Re-run it only to rebuild the code list:

    .venv/bin/pip install vietnamadminunits==1.0.4
    .venv/bin/python tools/make_jurisdictions.py

Source
------
``vietnamadminunits`` 1.0.4 (PyPI, MIT licence, Hieu Tran,
https://github.com/tranngocminhhieu/vietnamadminunits):

* table ``admin_units_legacy`` of its bundled ``data/dataset.db``: the 63
  provinces and 696 districts as they stood just before 1 July 2025, with the
  official GSO codes (the code list in force since 2004, "vintage 2004");
* table ``admin_units``: the 34 provinces from 1 July 2025 with their new
  codes ("vintage 2025");
* ``DICT_PROVINCE`` of ``data/converter_2025.json``: which old provinces form
  each new one.  It is checked below against Resolution 202/2025/QH15
  (``EXPECTED_MERGERS``), written down independently.

Rules
-----
* ``jurisdiction_id``: ASCII slug of the name without its type word
  (``binh-dinh``); districts ``<district-slug>-<province-slug>``.
  Exception kept for continuity: the centrally-run city of Huế (formerly
  Thừa Thiên Huế province, status changed 1 January 2025, same code 46) keeps
  the id ``thua-thien-hue``; its old name is among its aliases.
* A 2025 province that did not change (same single old province) keeps one
  row, vintage 2004, with empty ``valid_to`` (its code is the same in the 2025
  list).  A 2025 province formed by a merger gets its own row with id
  ``<slug>-2025``, vintage 2025, ``valid_from`` 2025-07-01; each old province
  it absorbed gets ``valid_to`` 2025-06-30 and ``successor_ids`` = that id.
* Districts: the district level was abolished on 1 July 2025, so every
  district has ``valid_to`` 2025-06-30 and no successor.
* Output is sorted by ``jurisdiction_id``, UTF-8, LF line ends.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import re
import sys
import unicodedata
from pathlib import Path

SOURCE_PACKAGE = "vietnamadminunits"
SOURCE_VERSION = "1.0.4"

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "codelists" / "jurisdictions.csv"

FIELDS = [
    "jurisdiction_id",
    "name_vi",
    "name_en",
    "level",
    "parent_id",
    "official_code",
    "code_vintage",
    "valid_from",
    "valid_to",
    "successor_ids",
    "aliases",
]

LAST_DAY_OLD = "2025-06-30"
FIRST_DAY_NEW = "2025-07-01"

# Resolution 202/2025/QH15 (12 June 2025, in force 1 July 2025):
# new unit (short name) -> old units (short names) merged into it.
# The 11 units not listed here were left unchanged.
EXPECTED_MERGERS = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}

# Ids that do not follow the slug rule (see module docstring).
ID_OVERRIDES = {"Huế": "thua-thien-hue"}

# Extra spellings seen in reports, by province short name.
EXTRA_PROVINCE_ALIASES = {
    "Huế": [
        "Thừa Thiên Huế",
        "tỉnh Thừa Thiên Huế",
        "Tỉnh Thừa Thiên Huế",
        "TỈNH THỪA THIÊN HUẾ",
        "UBND tỉnh Thừa Thiên Huế",
        "Thừa Thiên - Huế",
        "TP. Huế",
    ],
    "Hồ Chí Minh": ["TP. Hồ Chí Minh", "TP.HCM", "TP HCM", "TPHCM"],
    "Hà Nội": ["TP. Hà Nội"],
    "Hải Phòng": ["TP. Hải Phòng"],
    "Đà Nẵng": ["TP. Đà Nẵng"],
    "Cần Thơ": ["TP. Cần Thơ"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
}

PROVINCE_TYPES = {"Tỉnh": "Province", "Thành phố": "City"}
DISTRICT_TYPES = {
    "Huyện": "District",
    "Quận": "District",
    "Thị xã": "Town",
    "Thành phố": "City",
}
DISTRICT_ABBREV = {"Thành phố": "TP.", "Thị xã": "TX."}


def slug(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", "-", text.lower())
    return text.strip("-")


def old_style_tones(text: str) -> str:
    """Return 'Hoà Bình' for 'Hòa Bình', 'Thuỷ' for 'Thủy' (open syllables)."""
    tone_o = dict(zip("òóỏõọ", "\u0300\u0301\u0309\u0303\u0323"))
    tone_u = dict(zip("ùúủũụ", "\u0300\u0301\u0309\u0303\u0323"))

    def fix_o(m: re.Match) -> str:
        return "o" + unicodedata.normalize("NFC", m.group(2) + tone_o[m.group(1)])

    def fix_u(m: re.Match) -> str:
        return "u" + unicodedata.normalize("NFC", "y" + tone_u[m.group(1)])

    text = re.sub(r"([òóỏõọ])([ae])(?!\w)", fix_o, text)
    text = re.sub(r"([ùúủũụ])y(?!\w)", fix_u, text)
    return text


def old_style_any_case(text: str) -> str:
    if text.isupper():
        return old_style_tones(text.lower()).upper()
    return old_style_tones(text)


def unique(seq):
    seen, out = set(), []
    for item in seq:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def with_variants(names):
    out = []
    for n in names:
        out.append(n)
        out.append(old_style_any_case(n))
    return unique(out)


def province_aliases(short: str, ptype: str) -> str:
    low = ptype.lower()
    names = [
        short,
        f"{low} {short}",
        f"{ptype} {short}",
        f"{ptype} {short}".upper(),
        f"UBND {low} {short}",
    ]
    names += EXTRA_PROVINCE_ALIASES.get(short, [])
    return "|".join(with_variants(names))


def district_aliases(short: str, dtype: str, bare_ok: bool) -> str:
    names = [f"{dtype.lower()} {short}"]
    if dtype in DISTRICT_ABBREV:
        names.append(f"{DISTRICT_ABBREV[dtype]} {short}")
    if bare_ok:
        names.append(short)
    return "|".join(with_variants(names))


def split_type(full: str, short: str) -> str:
    assert full.endswith(" " + short), (full, short)
    return full[: -len(short) - 1]


def main() -> int:
    version = importlib.metadata.version(SOURCE_PACKAGE)
    if version != SOURCE_VERSION:
        print(f"expected {SOURCE_PACKAGE}=={SOURCE_VERSION}, found {version}", file=sys.stderr)
        return 1
    import vietnamadminunits
    from vietnamadminunits.database import query

    pkg_dir = Path(vietnamadminunits.__file__).parent
    converter = json.loads((pkg_dir / "data" / "converter_2025.json").read_text("utf-8"))
    dict_province = converter["DICT_PROVINCE"]

    old_provs = query(
        "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey "
        "FROM admin_units_legacy ORDER BY provinceCode"
    )
    new_provs = query(
        "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey "
        "FROM admin_units ORDER BY provinceCode"
    )
    districts = query(
        "SELECT DISTINCT provinceCode, district, districtShort, districtType, districtCode "
        "FROM admin_units_legacy ORDER BY districtCode"
    )
    assert len(old_provs) == 63, len(old_provs)
    assert len(new_provs) == 34, len(new_provs)

    old_by_key = {p["provinceKey"]: p for p in old_provs}
    old_id = {}
    for p in old_provs:
        old_id[p["provinceCode"]] = ID_OVERRIDES.get(p["provinceShort"], slug(p["provinceShort"]))

    # Which old provinces form each new one, checked against the Resolution.
    merged_into = {}  # new key -> [old province dicts]
    for np_ in new_provs:
        members = [old_by_key[k] for k in dict_province[np_["provinceKey"]]]
        merged_into[np_["provinceKey"]] = members
        got = sorted(m["provinceShort"] for m in members)
        want = sorted(EXPECTED_MERGERS.get(np_["provinceShort"], [np_["provinceShort"]]))
        assert got == want, (np_["provinceShort"], got, want)
    all_members = [m["provinceKey"] for ms in merged_into.values() for m in ms]
    assert sorted(all_members) == sorted(old_by_key), "old provinces not covered exactly once"

    rows = [
        {
            "jurisdiction_id": "vn",
            "name_vi": "Việt Nam",
            "name_en": "Viet Nam",
            "level": "nation",
            "parent_id": "",
            "official_code": "VN",
            "code_vintage": "2004",
            "aliases": "|".join(
                [
                    "Việt Nam",
                    "Viet Nam",
                    "Vietnam",
                    "Cộng hòa xã hội chủ nghĩa Việt Nam",
                    "Cộng hoà xã hội chủ nghĩa Việt Nam",
                    "toàn quốc",
                    "cả nước",
                ]
            ),
        }
    ]

    old_rows = {}
    for p in old_provs:
        ptype = split_type(p["province"], p["provinceShort"])
        row = {
            "jurisdiction_id": old_id[p["provinceCode"]],
            "name_vi": p["province"],
            "name_en": f"{p['provinceShort']} {PROVINCE_TYPES[ptype]}",
            "level": "province",
            "parent_id": "vn",
            "official_code": p["provinceCode"],
            "code_vintage": "2004",
            "aliases": province_aliases(p["provinceShort"], ptype),
        }
        old_rows[p["provinceKey"]] = row
        rows.append(row)

    for np_ in new_provs:
        members = merged_into[np_["provinceKey"]]
        if len(members) == 1:
            m = members[0]
            assert m["provinceKey"] == np_["provinceKey"]
            assert m["provinceCode"] == np_["provinceCode"], "unchanged unit changed code"
            assert m["province"] == np_["province"]
            continue  # unchanged: the old row stands, valid_to empty
        ptype = split_type(np_["province"], np_["provinceShort"])
        base = slug(np_["provinceShort"])
        new_id = base if base not in old_id.values() else f"{base}-2025"
        rows.append(
            {
                "jurisdiction_id": new_id,
                "name_vi": np_["province"],
                "name_en": f"{np_['provinceShort']} {PROVINCE_TYPES[ptype]}",
                "level": "province",
                "parent_id": "vn",
                "official_code": np_["provinceCode"],
                "code_vintage": "2025",
                "valid_from": FIRST_DAY_NEW,
                "aliases": province_aliases(np_["provinceShort"], ptype),
            }
        )
        for m in members:
            old_rows[m["provinceKey"]]["valid_to"] = LAST_DAY_OLD
            old_rows[m["provinceKey"]]["successor_ids"] = new_id

    # Districts.  The source writes a bare name shared by two districts of one
    # province as 'Kỳ Anh (Huyện)'; Hồ Chí Minh's numbered ones as 'Quận 1'.
    def bare_name(d):
        short = re.sub(r" \((Huyện|Quận|Thị xã|Thành phố)\)$", "", d["districtShort"])
        assert d["district"].lower() == f"{d['districtType']} {short}".lower() or (
            d["district"] == short and re.fullmatch(r"Quận \d+", short)
        ), d
        return short

    province_shorts = {p["provinceShort"] for p in old_provs + new_provs}
    province_shorts |= {a for names in EXTRA_PROVINCE_ALIASES.values() for a in names}
    short_count = {}
    for d in districts:
        k = (d["provinceCode"], bare_name(d))
        short_count[k] = short_count.get(k, 0) + 1
    for d in districts:
        dtype = d["districtType"]
        short = bare_name(d)
        assert len(d["districtCode"]) == 3, d
        dup = short_count[(d["provinceCode"], short)] > 1
        prov_id = old_id[d["provinceCode"]]
        numbered = re.fullmatch(r"Quận (\d+)", short)
        if numbered:
            # 'Quận 1' -> id quan-1-ho-chi-minh, English 'District 1'
            name_vi = short
            name_en = f"District {numbered.group(1)}"
            dslug = slug(short)
            aliases = "|".join([short.lower(), f"Q.{numbered.group(1)}", f"Q{numbered.group(1)}"])
        else:
            # rebuilt from type + name (the source has one 'Thành Phố Bắc Kạn')
            name_vi = f"{dtype} {short}"
            name_en = f"{short} {DISTRICT_TYPES[dtype]}"
            dslug = slug(short)
            # a bare name that is also a province's name ('Quảng Ngãi') is
            # left out of the aliases: reports mean the province by it
            bare_ok = not dup and short not in province_shorts
            if dup:  # same bare name twice in one province: qualify by type
                dslug = f"{slug(dtype)}-{dslug}"
            aliases = district_aliases(short, dtype, bare_ok=bare_ok)
        rows.append(
            {
                "jurisdiction_id": f"{dslug}-{prov_id}",
                "name_vi": name_vi,
                "name_en": name_en,
                "level": "district",
                "parent_id": prov_id,
                "official_code": d["districtCode"],
                "code_vintage": "2004",
                "valid_to": LAST_DAY_OLD,
                "aliases": aliases,
            }
        )

    ids = [r["jurisdiction_id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate jurisdiction_id"
    rows.sort(key=lambda r: r["jurisdiction_id"])

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n", restval="")
        w.writeheader()
        w.writerows(rows)
    counts = {}
    for r in rows:
        k = (r["level"], r["code_vintage"])
        counts[k] = counts.get(k, 0) + 1
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
