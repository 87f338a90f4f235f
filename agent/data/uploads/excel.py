"""An Excel workbook, once checked, streamed sheet by sheet (openpyxl read-only) into CSV files for the CSV path."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from agent.contract.errors import DataLoadError
from agent.data.uploads.limits import LoadLimits
from agent.data.uploads.load_messages import Language, load_error
from agent.data.uploads.workbook_check import check_workbook


def workbook_to_csv(path: Path, work_dir: Path, name: str, language: Language,
                    limits: LoadLimits) -> list[tuple[str, Path]]:
    """Each sheet with values as a UTF-8 CSV in `work_dir`: [(sheet name, csv path)]; `DataLoadError` if refused."""
    from openpyxl import load_workbook

    checked = {sheet.part: sheet for sheet in check_workbook(path, name, language, limits)}
    try:
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl fails on a damaged workbook in open-ended ways: refuse it
        raise load_error("excel", language, name=name, detail=_first_line(exc)) from None
    written: list[tuple[str, Path]] = []
    try:
        for sheet in workbook.worksheets:
            facts = checked.get(getattr(sheet, "_worksheet_path", ""))
            if facts is None:
                raise load_error("excel", language, name=name, detail=f"sheet “{sheet.title}” was not checked")
            if not facts.stats.used_rows:
                continue
            target = work_dir / f".sheet-{uuid.uuid4().hex}.csv"
            written.append((sheet.title, target))
            if not sheet_to_csv(sheet, target, facts.stats.used_rows, facts.stats.used_columns):
                written.pop()
                target.unlink(missing_ok=True)
    except DataLoadError:
        _remove(written)
        raise
    except Exception as exc:  # noqa: BLE001 - as above, a damaged sheet part (a shared string index, a date)
        _remove(written)
        raise load_error("excel", language, name=name, detail=_first_line(exc)) from None
    finally:
        workbook.close()
    return written


def _remove(written: list[tuple[str, Path]]) -> None:
    for _, csv_path in written:
        csv_path.unlink(missing_ok=True)


def sheet_to_csv(sheet: Any, target: Path, rows: int, columns: int) -> bool:
    """Write one worksheet's first `rows` × `columns` cells as CSV, from its first non-empty row (the header).

    The bounds come from the sheet's scan (its last value), never from the range it declares.
    """
    width = 0
    data_rows = 0
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in sheet.iter_rows(min_row=1, max_row=rows, min_col=1, max_col=columns, values_only=True):
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


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
