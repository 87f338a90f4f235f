"""A query's result as a small value object."""

from __future__ import annotations

import datetime as dt
import decimal
import math
from dataclasses import dataclass, field
from typing import Any


def json_value(value: Any) -> Any:
    """A cell as a JSON-friendly value: dates as ISO text, decimals as floats, NaN as None."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


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

    @property
    def row_count(self) -> int:
        """How many rows came back (after truncation)."""
        return len(self.rows)

    def to_table_data(self) -> dict[str, Any]:
        """The `table_data` shape of the final event."""
        return {
            "columns": list(self.columns),
            "rows": [[json_value(v) for v in row] for row in self.rows],
            "row_count": self.row_count,
            "truncated": self.truncated,
        }

    def column(self, name: str) -> list[Any]:
        """All values of one column."""
        i = self.columns.index(name)
        return [row[i] for row in self.rows]
