"""CSV and XLSX exports read back equal: Korean text, numbers and empty cells intact."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from exports import table_csv, table_xlsx
from exports.tables import sheet_title


def cells(frame: pd.DataFrame) -> list[list[object]]:
    """Rows of plain Python values with NaN/NA as None."""
    return [[None if pd.isna(v) else v for v in row] for row in frame.astype(object).values.tolist()]


def test_csv_round_trips_through_pandas(table_data):
    data = table_csv(table_data)
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel detects the encoding"
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(frame.columns) == table_data["columns"]
    assert cells(frame) == table_data["rows"]
    assert frame["재고"].tolist() == [1000, 250, 0, -75]
    assert pd.api.types.is_integer_dtype(frame["재고"])
    assert frame["단가"].iloc[2] == 1234567.891


def test_csv_is_crlf_and_quotes_commas_quotes_and_newlines(table_data):
    text = table_csv(table_data).decode("utf-8-sig")
    assert text.splitlines()[0] == "부품 번호,부품명,재고,단가,입고일"
    assert text.endswith("\r\n")
    assert '"너트, 육각"' in text and '"와셔 ""특대"""' in text and '"줄바꿈\n있는 이름"' in text


def test_csv_defuses_formulas_but_keeps_numbers():
    table = {"columns": ["v"], "rows": [["=HYPERLINK(\"http://x\")"], ["+1-2"], ["@SUM(A1)"], ["-12.5"], ["-"], [3]]}
    frame = pd.read_csv(io.BytesIO(table_csv(table)), encoding="utf-8-sig", dtype=str)
    assert frame["v"].tolist() == ["'=HYPERLINK(\"http://x\")", "'+1-2", "'@SUM(A1)", "-12.5", "'-", "3"]
    raw = pd.read_csv(io.BytesIO(table_csv(table, escape_formulas=False)), encoding="utf-8-sig", dtype=str)
    assert raw["v"].tolist()[:3] == ["=HYPERLINK(\"http://x\")", "+1-2", "@SUM(A1)"]


def test_csv_header_only_for_an_empty_result():
    frame = pd.read_csv(io.BytesIO(table_csv({"columns": ["a", "b"], "rows": []})), encoding="utf-8-sig")
    assert list(frame.columns) == ["a", "b"] and frame.empty


@pytest.mark.parametrize("missing", [None, {}, {"columns": [], "rows": []}])
def test_no_table_is_an_error(missing):
    with pytest.raises(ValueError):
        table_csv(missing)
    with pytest.raises(ValueError):
        table_xlsx(missing)


def test_xlsx_opens_with_openpyxl_and_matches(table_data):
    data = table_xlsx(table_data, sheet_name="재고 답변")
    assert data[:2] == b"PK"
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["재고 답변"]
    sheet = book["재고 답변"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == table_data["columns"]
    assert values[1:] == table_data["rows"]
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].data_type == "n" and sheet["A2"].data_type == "s"


def test_xlsx_matches_through_pandas(table_data):
    frame = pd.read_excel(io.BytesIO(table_xlsx(table_data)), sheet_name="answer")
    assert list(frame.columns) == table_data["columns"]
    assert cells(frame) == table_data["rows"]


def test_xlsx_keeps_formula_like_text_as_text_and_drops_control_characters():
    table = {"columns": ["v"], "rows": [["=1+1"], ["bell\x07ring"], [None]]}
    sheet = openpyxl.load_workbook(io.BytesIO(table_xlsx(table))).active
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["A3"].value == "bellring"
    assert sheet["A4"].value is None


def test_sheet_names_are_made_valid():
    assert sheet_title("a/b:c*d?[e]") == "a_b_c_d__e_"
    assert len(sheet_title("가" * 50)) == 31
    assert sheet_title("''") == "answer"


HOSTILE_NAMES = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(A1)", "\tTab", "\rCR",
                 "-2+3", "ok", "-5"]


def test_csv_defuses_formulas_in_column_names_too():
    table = {"columns": HOSTILE_NAMES, "rows": [["=1+1", "+2", "@x", "\tt", "\rr", "-3", "fine", "-1"]]}
    header = pd.read_csv(io.BytesIO(table_csv(table)), encoding="utf-8-sig", dtype=str).columns.tolist()
    assert header == ["'" + n for n in HOSTILE_NAMES[:6]] + ["ok", "-5"]
    raw = pd.read_csv(io.BytesIO(table_csv(table, escape_formulas=False)), encoding="utf-8-sig", dtype=str)
    assert raw.columns.tolist()[0] == HOSTILE_NAMES[0]


def test_xlsx_keeps_formula_like_names_and_cells_as_quoted_text():
    """Written as text with Excel's quote prefix, so editing a cell does not turn it into a formula either."""
    table = {"columns": HOSTILE_NAMES, "rows": [["=1+1", "+2", "@x", "\tt", "\rr", "-3", "fine", "-1"]]}
    sheet = openpyxl.load_workbook(io.BytesIO(table_xlsx(table))).active
    header, row = list(sheet.iter_rows(min_row=1, max_row=2))
    assert [c.value for c in header] == [n.replace("\r", "\n") for n in HOSTILE_NAMES]  # XML keeps no bare CR
    assert all(c.data_type == "s" for c in header + row)
    assert [c.quotePrefix for c in header] == [True] * 6 + [False, False]
    assert [c.quotePrefix for c in row] == [True, False, True, True, True, False, False, False]
