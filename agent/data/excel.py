"""An Excel sheet streamed row by row (openpyxl read-only) into a CSV file that takes the CSV path."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any


def sheet_to_csv(sheet: Any, target: Path) -> bool:
    """Write one worksheet's rows (from its first non-empty row, which names the columns) as CSV."""
    width = 0
    data_rows = 0
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in sheet.iter_rows(values_only=True):
            cells = list(row)
            if not width:
                while cells and cells[-1] in (None, ""):
                    cells.pop()
                if not cells:
                    continue
                width = len(cells)
                header = [str(c).strip() if c not in (None, "") else f"column{i + 1}" for i, c in enumerate(cells)]
                writer.writerow(header)
                continue
            cells = (cells + [None] * width)[:width]
            if all(c in (None, "") for c in cells):
                continue
            writer.writerow([_cell_text(c) for c in cells])
            data_rows += 1
    return width > 0 and data_rows > 0


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
