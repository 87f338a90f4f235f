"""An embedded DuckDB database: load files as tables, run read queries, interrupt them."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from agent.cancellation import Cancellation
from agent.data.results import Results
from agent.errors import Cancelled, DataLoadError, QueryError, UnknownTable

READERS: dict[str, str] = {
    ".csv": "read_csv",
    ".tsv": "read_csv",
    ".txt": "read_csv",
    ".parquet": "read_parquet",
    ".pq": "read_parquet",
    ".json": "read_json",
    ".jsonl": "read_json",
    ".ndjson": "read_json",
}


def clean_table_name(stem: str) -> str:
    """A lower-case SQL-friendly name from a file name: `Sales 2024.csv` -> `sales_2024`."""
    name = re.sub(r"[^0-9a-zA-Z가-힣]+", "_", stem).strip("_").lower() or "table"
    return f"t_{name}" if name[0].isdigit() else name


def quote_identifier(name: str) -> str:
    """A double-quoted identifier, safe for any table or column name."""
    return '"' + name.replace('"', '""') + '"'


class Database:
    """One in-memory DuckDB database; every query runs on its own cursor."""

    def __init__(self) -> None:
        self._connection = duckdb.connect(":memory:")
        self._lock = threading.Lock()

    @classmethod
    def from_folder(cls, folder: Path) -> Database:
        """A database holding every data file found in `folder`, one table per file."""
        database = cls()
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in READERS:
                database.add_file(path)
        return database

    def add_file(self, path: Path | str, table_name: str | None = None) -> str:
        """Load a CSV, TSV, Parquet or JSON file as a table (replacing one of that name)."""
        path = Path(path)
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            raise DataLoadError(f"{path.name}: unsupported file type (use CSV, TSV, Parquet or JSON).")
        if not path.is_file():
            raise DataLoadError(f"{path}: no such file.")
        name = table_name or clean_table_name(path.stem)
        options = ", delim = '\\t'" if path.suffix.lower() == ".tsv" else ""
        sql = f"CREATE OR REPLACE TABLE {quote_identifier(name)} AS SELECT * FROM {reader}(?{options})"
        try:
            with self._lock:
                self._connection.execute(sql, [str(path)])
        except duckdb.Error as exc:
            raise DataLoadError(f"{path.name}: could not be read as a table ({_first_line(exc)}).") from exc
        return name

    def table_names(self) -> list[str]:
        """Names of the tables in the main schema, sorted."""
        rows = self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
        ).rows
        return [row[0] for row in rows]

    def require_table(self, name: str) -> None:
        """Raise `UnknownTable` unless `name` is a table here."""
        if name not in self.table_names():
            raise UnknownTable(f"There is no table named {name!r}.")

    def execute(
        self,
        sql: str,
        params: Sequence[Any] | None = None,
        *,
        max_rows: int | None = None,
        cancellation: Cancellation | None = None,
        tables: Iterable[str] = (),
    ) -> Results:
        """Run one query on a fresh cursor; `cancellation` can interrupt it while it runs."""
        cursor = self._connection.cursor()
        if cancellation is not None:
            cancellation.raise_if_cancelled()
            cancellation.watch(cursor)
        started = time.perf_counter()
        try:
            relation = cursor.execute(sql, list(params or []))
            columns = [d[0] for d in relation.description or []]
            types = [str(d[1]) for d in relation.description or []]
            fetched = relation.fetchall() if max_rows is None else relation.fetchmany(max_rows + 1)
        except duckdb.InterruptException as exc:
            raise Cancelled("The query was interrupted.") from exc
        except duckdb.Error as exc:
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled("The query was interrupted.") from exc
            raise QueryError(f"The query failed: {_first_line(exc)}") from exc
        finally:
            if cancellation is not None:
                cancellation.unwatch(cursor)
            cursor.close()
        truncated = max_rows is not None and len(fetched) > max_rows
        return Results(
            sql=sql,
            columns=columns,
            types=types,
            rows=fetched[:max_rows] if truncated else fetched,
            truncated=truncated,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            tables=list(tables),
        )


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
