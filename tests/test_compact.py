"""Rows held compactly (generator/compact.py): they read like the dicts they replace."""
from __future__ import annotations

import pytest

from generator.compact import Compactor, FrozenRow


def test_a_frozen_row_reads_like_its_dict():
    source = {"record_id": "r-1", "value": 12, "unit": "hồ sơ", "cut_off_date": None}
    row = Compactor().row(source)
    assert isinstance(row, FrozenRow)
    assert row["value"] == 12 and row.get("unit") == "hồ sơ" and row.get("cut_off_date") is None
    assert row.get("absent") is None and row.get("absent", "x") == "x"
    assert "unit" in row and "absent" not in row
    assert list(row) == list(source) and dict(row) == source and {**row, "value": 13}["value"] == 13
    assert row == source and len(row) == 4 and list(row.items()) == list(source.items())
    with pytest.raises(KeyError):
        row["absent"]
    with pytest.raises(TypeError):
        row["value"] = 1  # type: ignore[index]


def test_rows_share_their_field_index_and_short_strings():
    compactor = Compactor()
    a, b = compactor.rows([{"unit": "".join(["hồ", " sơ"]), "quote": "x" * 200}, {"unit": "hồ sơ", "quote": "".join(["x"] * 200)}])
    assert a._index is b._index
    assert a["unit"] is b["unit"]  # one copy of a short string
    assert a["quote"] == b["quote"] and a["quote"] is not b["quote"]  # long texts are left alone
    other = compactor.row({"quote": "y"})
    assert other._index is not a._index and dict(other) == {"quote": "y"}
