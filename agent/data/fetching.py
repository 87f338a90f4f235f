"""A query's rows fetched within an answer's limits: so many rows, so many bytes, long values cut (in SQL first).

DuckDB hands a result to Python a vector (2,048 rows) at a time, so fetching few rows does not bound what a
query such as `SELECT repeat('y', 1000000) FROM range(1000)` materialises: cutting text, bytes and lists in
the query itself (`capped_sql`) does. What reaches Python is then cut to the byte size of a cell and fetched
in chunks until the row limit or the byte budget is reached (`take_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from agent.data.cells import cut_cell, header_bytes, json_value, row_bytes
from agent.runtime.cancellation import Cancellation

CHUNK_ROWS = 64
"""Rows fetched from DuckDB at a time."""
CUT_IN_SQL = {"varchar": "left({ref}, {chars})", "blob": "{ref}[1:{chars}]", "list": "{ref}[1:{items}]",
              "array": "{ref}[1:{items}]"}
"""How DuckDB cuts a value of each type id to a little more than a cell may keep (text by characters, bytes
by bytes, lists by items: each item takes at least two bytes of JSON)."""


@dataclass(frozen=True)
class Limits:
    """How much of a result an answer keeps; None: no limit of that kind."""

    max_rows: int | None = None
    max_bytes: int | None = None
    """Most bytes of JSON the table (its rows and header) may take; rows beyond it are left out."""
    max_cell_bytes: int | None = None
    """Most bytes of one value; longer text is cut with …, longer bytes are shown as a preview."""

    @property
    def any(self) -> bool:
        """True when some limit besides the row count applies."""
        return self.max_bytes is not None or self.max_cell_bytes is not None


@dataclass(frozen=True)
class Fetched:
    """The rows kept, whether more existed and why they were left out ("rows" or "bytes"), cells cut."""

    rows: list[tuple[Any, ...]]
    truncated: bool = False
    reason: str = ""
    cells_cut: int = 0


def capped_sql(sql: str, columns: Sequence[str], type_ids: Sequence[str], max_cell_bytes: int | None
               ) -> str | None:
    """`sql` as a subquery whose text, bytes and list columns DuckDB cuts before Python sees them.

    None when no column needs cutting (the query then runs as it is).
    """
    if max_cell_bytes is None or not any(t in CUT_IN_SQL for t in type_ids):
        return None
    chars, items = max_cell_bytes + 1, max_cell_bytes // 2 + 1
    picks = []
    for n, (name, type_id) in enumerate(zip(columns, type_ids, strict=True), start=1):
        expression = CUT_IN_SQL.get(type_id, "{ref}").format(ref=f"#{n}", chars=chars, items=items)
        picks.append(f"{expression} AS {_quoted(name)}")
    body = sql.rstrip().rstrip(";")
    return f"SELECT {', '.join(picks)} FROM ({body}\n) AS answer"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def take_rows(fetch: Callable[[int], list[tuple[Any, ...]]], columns: Sequence[str], limits: Limits,
              cancellation: Cancellation | None = None) -> Fetched:
    """Rows from `fetch(n)` (up to n rows, none at the end), cut and counted, until a limit is reached."""
    rows: list[tuple[Any, ...]] = []
    used, cells_cut = header_bytes(columns), 0
    while True:
        if cancellation is not None:
            cancellation.raise_if_cancelled()
        chunk = fetch(CHUNK_ROWS if limits.max_rows is None else min(CHUNK_ROWS, limits.max_rows + 1 - len(rows)))
        if not chunk:
            return Fetched(rows, cells_cut=cells_cut)
        for row in chunk:
            if limits.max_rows is not None and len(rows) >= limits.max_rows:
                return Fetched(rows, True, "rows", cells_cut)
            row, cut = cut_row(row, limits.max_cell_bytes)
            if limits.max_bytes is not None:
                used += row_bytes([json_value(v) for v in row])
                if used > limits.max_bytes:
                    return Fetched(rows, True, "bytes", cells_cut)
            rows.append(row)
            cells_cut += cut


def cut_row(row: tuple[Any, ...], max_cell_bytes: int | None) -> tuple[tuple[Any, ...], int]:
    """The row with each cell cut to `max_cell_bytes`, and how many were cut."""
    if max_cell_bytes is None:
        return row, 0
    cells, cut = [], 0
    for value in row:
        value, was_cut = cut_cell(value, max_cell_bytes)
        cells.append(value)
        cut += was_cut
    return (tuple(cells), cut) if cut else (row, 0)


def rows_within(rows: list[tuple[Any, ...]], columns: Sequence[str], limits: Limits, truncated: bool
                ) -> Fetched:
    """Rows already fetched (from an external database) cut and counted as `take_rows` would."""
    pending = [rows]
    fetched = take_rows(lambda n: pending.pop() if pending else [], columns,
                        Limits(None, limits.max_bytes, limits.max_cell_bytes))
    if fetched.truncated or not truncated:
        return fetched
    return Fetched(fetched.rows, True, "rows", fetched.cells_cut)
