"""Answer tables as files: CSV (UTF-8 with BOM, for Excel) and XLSX (openpyxl through pandas)."""

from __future__ import annotations

import io
import re
from typing import Any

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from exports.cells import defuse_formula, looks_like_formula

_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def table_frame(table_data: dict[str, Any] | None) -> pd.DataFrame:
    """The table as a DataFrame of Python objects, so each cell keeps its own type (no int -> float)."""
    if not table_data or not table_data.get("columns"):
        raise ValueError("no table to export")
    columns = [str(c) for c in table_data["columns"]]
    rows = [list(row) for row in table_data.get("rows") or []]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def table_csv(table_data: dict[str, Any] | None, escape_formulas: bool = True) -> bytes:
    """The table as CSV bytes: UTF-8 with BOM (Excel reads Korean), CRLF, NULL as an empty field.

    With `escape_formulas`, text cells and column names starting with = + - @, tab or CR (and not
    numbers) get a leading apostrophe so Excel shows them instead of evaluating them; pass False for
    byte-exact data.
    """
    frame = table_frame(table_data)
    if escape_formulas:
        frame = frame.map(defuse_formula)
        frame.columns = [defuse_formula(c) for c in frame.columns]
    return frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def sheet_title(name: str) -> str:
    r"""A valid Excel sheet name: at most 31 characters, none of []:*?/\, not empty."""
    cleaned = _SHEET_NAME_BAD.sub("_", name).strip("'")[:31]
    return cleaned or "answer"


def _clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters openpyxl refuses to write
    return value


def table_xlsx(table_data: dict[str, Any] | None, sheet_name: str = "answer") -> bytes:
    """The table as an .xlsx workbook: one sheet, bold frozen header, text never evaluated as formulas.

    Every cell (column names included) is written as text; formula-like text also gets Excel's quote
    prefix, so editing the cell keeps it text instead of turning it into a formula.
    """
    frame = table_frame(table_data).map(_clean_cell)
    frame.columns = [_clean_cell(c) for c in frame.columns]
    title = sheet_title(sheet_name)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=title)
        sheet = writer.sheets[title]
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # openpyxl takes any "=..." string for a formula
                    cell.data_type = "s"
                if looks_like_formula(cell.value):
                    cell.quotePrefix = True
        sheet.freeze_panes = "A2"
        for index, column in enumerate(sheet.iter_cols(max_row=min(sheet.max_row, 200)), start=1):
            widest = max((_display_width(c.value) for c in column), default=8)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(widest + 2, 8), 60)
    return buffer.getvalue()


def _display_width(value: Any) -> int:
    """Roughly how many Latin character cells the value needs (Hangul and other wide characters count 2)."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) >= 0x1100 else 1 for ch in text)
