"""A query's result as a small value object."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.data.cells import header_bytes, json_value, row_bytes

__all__ = ["Results", "json_value"]


@dataclass(frozen=True)
class Results:
    """Rows and column names of one query; `truncated` when more rows existed."""

    sql: str
    columns: list[str]
    types: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False
    elapsed_ms: float = 0.0
    tables: list[str] = field(default_factory=list)
    truncated_reason: str = ""
    """Why rows were left out: "rows" (the row limit), "bytes" (the answer's size limit), or "" (none were)."""
    cells_cut: int = 0
    """How many values were cut to the size of a cell (text ending in …, bytes shown as a preview)."""

    @property
    def row_count(self) -> int:
        """How many rows came back (after truncation)."""
        return len(self.rows)

    def to_table_data(self, max_bytes: int | None = None) -> dict[str, Any]:
        """The `table_data` shape of the final event; with `max_bytes`, the rows that fit in that many bytes.

        Besides `columns`, `rows`, `row_count` and `truncated`, a cut table says why (`truncated_reason`:
        "rows" or "bytes") and how many values were shortened (`cells_cut`).
        """
        rows, used = [], header_bytes(self.columns)
        truncated, reason = self.truncated, self.truncated_reason or ("rows" if self.truncated else "")
        for row in self.rows:
            values = [json_value(v) for v in row]
            if max_bytes is not None:
                used += row_bytes(values)
                if used > max_bytes:
                    truncated, reason = True, "bytes"
                    break
            rows.append(values)
        table: dict[str, Any] = {"columns": list(self.columns), "rows": rows, "row_count": len(rows),
                                 "truncated": truncated}
        if reason:
            table["truncated_reason"] = reason
        if self.cells_cut:
            table["cells_cut"] = self.cells_cut
        return table

    def column(self, name: str) -> list[Any]:
        """All values of one column."""
        i = self.columns.index(name)
        return [row[i] for row in self.rows]
