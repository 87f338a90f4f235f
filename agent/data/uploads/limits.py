"""How much of an uploaded file is read: columns of any table, and the bounds that keep an Excel read small."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EXCEL_ROWS = 1_048_576
"""Rows of Excel's grid: no valid sheet has a row beyond it."""
EXCEL_COLUMNS = 16_384
"""Columns of Excel's grid (A..XFD)."""
EXCEL_TEXT = 32_767
"""Most characters Excel keeps in one cell."""
MiB = 1 << 20


@dataclass(frozen=True)
class LoadLimits:
    """Bounds checked before and while a file is read; the first three are settings, the rest fixed."""

    max_columns: int = 2_000
    """Columns of one table, in every format (`CHATBOT_MAX_COLUMNS`)."""
    max_excel_bytes: int = 50 * MiB
    """The .xlsx file itself (`CHATBOT_MAX_EXCEL_MB`)."""
    max_excel_cells: int = 5_000_000
    """Cells read from one workbook (`CHATBOT_MAX_EXCEL_CELLS`): the cells its sheets write, and the
    rectangle from A1 to each sheet's last value. openpyxl reads roughly 80,000 cells a second."""
    max_unzipped_bytes: int = 512 * MiB
    """All parts of the workbook unpacked."""
    max_ratio: int = 100
    """Unpacked / packed size of one part larger than `ratio_floor` (zip bombs reach 1,000)."""
    ratio_floor: int = 1 * MiB
    max_parts: int = 10_000
    """Files inside the .xlsx."""
    max_sheets: int = 100
    """Sheets of one workbook (each non-empty one becomes a table)."""
    max_shared_strings: int = 1_000_000
    max_strings_bytes: int = 64 * MiB
    """The shared strings part unpacked (openpyxl holds every shared string in memory)."""
    max_whole_part_bytes: int = 32 * MiB
    """Each part openpyxl parses whole (workbook, styles, relationships, chart sheets, properties)."""
    max_whole_part_elements: int = 500_000
    max_loose_elements: int = 200_000
    """XML elements of a sheet outside its rows, or of the shared strings outside its strings."""
    max_unit_elements: int = 100_000
    """XML elements of one row, or of one shared string (a row of 16,384 cells has about 50,000)."""
    max_depth: int = 64
    """XML nesting (real workbooks stay under 20)."""
    elements_per_cell: int = 4
    """Budget of sheet XML elements per cell of `max_excel_cells` (a cell is 2 or 3 elements: c, v or is/t)."""

    @property
    def max_sheet_elements(self) -> int:
        """XML elements of all sheets together (the cell budget in elements)."""
        return self.max_excel_cells * self.elements_per_cell

    @classmethod
    def from_settings(cls, settings: Any) -> LoadLimits:
        """The limits an operator set (`max_columns`, `max_excel_mb`, `max_excel_cells`), the rest fixed."""
        return cls(max_columns=settings.max_columns, max_excel_bytes=settings.max_excel_mb * MiB,
                   max_excel_cells=settings.max_excel_cells)
