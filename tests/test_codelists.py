"""Code lists and the corrections file: hand-broken files name their file and line."""
from pathlib import Path

import pytest

from generator.codelists import References, check_table, read_csv
from generator.corrections import load as load_corrections
from generator.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
HEADER = "correction_id,report_id,table,subject_id,field,value_printed,value_corrected,reason,reviewed_by,reviewed_on\n"


def test_bundled_code_lists_load():
    refs = References.load(ROOT / "codelists")
    assert len(refs.rows("services")) == 25
    assert {"completed", "in_progress", "not_started", "blocked", "unknown"} == refs.ids("statuses")


def test_bad_date_in_corrections_names_file_and_line(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER + "c1,r,service_results,x,total,1,2,typo,data team,2024-13-01\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_corrections(path)
    assert str(err.value) == f"{path}:2: 'reviewed_on' is '2024-13-01', expected a date YYYY-MM-DD"


def test_line_numbers_count_physical_lines_after_multiline_cells(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text('unit_id,name_vi,name_en,symbol\ncount,"số\nlượng",count,\ncount,x,y,\n', encoding="utf-8")
    rows = read_csv(path)
    assert [r["_line"] for r in rows] == ["2", "4"]
    with pytest.raises(InputError) as err:
        check_table(path, "units", rows)
    assert str(err.value) == f"{path}:4: duplicate key count (first on line 2)"
