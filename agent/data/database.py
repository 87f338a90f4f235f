"""An embedded DuckDB database: load files as tables, run read queries, interrupt them.

A `Database` may also have external sources attached (`attach`): their tables then appear among its
tables, and `execute` routes each query to the one source that owns every table it reads — the
embedded DuckDB, or an external database (where the DuckDB-dialect SQL is re-rendered in that
database's dialect). A query reading tables of two sources is refused with a `QueryError`.
"""

from __future__ import annotations

import copy
import re
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from agent.contract.errors import Cancelled, DataLoadError, QueryError, first_line
from agent.data.fetching import Fetched, Limits, capped_sql, rows_within, take_rows
from agent.data.locking import lock_down, require_one_read
from agent.data.results import Results
from agent.runtime.cancellation import Cancellation

if TYPE_CHECKING:
    from agent.data.dialects import RemoteName
    from agent.data.sources import Source

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


def quote_literal(text: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def one_row(connection: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    """The row of a query that always returns exactly one (an aggregate without GROUP BY)."""
    row = connection.execute(sql).fetchone()
    if row is None:
        raise RuntimeError(f"no row from a query that always returns one: {sql[:200]}")
    return row


def duckdb_config(memory_limit: str | None = None, temp_directory: Path | str | None = None,
                  threads: int | None = None) -> dict[str, Any]:
    """DuckDB settings: a memory cap (work beyond it spills to `temp_directory` instead of growing RSS)."""
    config: dict[str, Any] = {}
    if memory_limit:
        config["memory_limit"] = str(memory_limit)
    if temp_directory:
        Path(temp_directory).mkdir(parents=True, exist_ok=True)
        config["temp_directory"] = str(temp_directory)
    if threads:
        config["threads"] = int(threads)
    return config


class Database:
    """One in-memory DuckDB database (every query on its own cursor), plus any attached external sources."""

    def __init__(self, memory_limit: str | None = None, temp_directory: Path | str | None = None,
                 threads: int | None = None) -> None:
        self._connection = duckdb.connect(":memory:", config=duckdb_config(memory_limit, temp_directory, threads))
        self._lock = threading.Lock()
        self._external: dict[str, tuple[Source, RemoteName]] = {}
        """Attached tables by lower-case catalog name: their source and where they live there."""
        self._external_names: dict[str, str] = {}
        """Attached tables' lower-case names -> catalog names as spelled."""
        self._locked = False
        self._origin = self
        self._cancellation: Cancellation | None = None
        """What interrupts this view's queries when `execute` is given no cancellation (see `bound`)."""

    @property
    def locked(self) -> bool:
        """True once `lock_down` ran: no file access but the allowed paths, no setting can change."""
        return self._origin._locked

    @property
    def origin(self) -> Database:
        """The database itself: for a view made by `bound`, the database it was made from (a key for caches)."""
        return self._origin

    def bound(self, cancellation: Cancellation) -> Database:
        """This database (the same tables, sources and lock), its queries interrupted by `cancellation`.

        For code that queries without knowing of any run (an analyst planning, its value lookups): every
        `execute` on the view that names no cancellation of its own stops when `cancellation` is set.
        """
        view = copy.copy(self)
        view._cancellation = cancellation
        return view

    @classmethod
    def from_folder(cls, folder: Path, **config: Any) -> Database:
        """A database holding every data file found in `folder`, one table per file."""
        database = cls(**config)
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in READERS and not path.stem.lower().startswith("descriptions"):
                database.add_file(path)
        return database

    def add_file(self, path: Path | str, table_name: str | None = None) -> str:
        """Load a CSV, TSV, Parquet or JSON file as a table (replacing one of that name)."""
        path = Path(path)
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            raise DataLoadError("unsupported_file", file=path.name)
        if not path.is_file():
            raise DataLoadError("no_such_file", file=path)
        if self.locked:
            raise DataLoadError("locked_file", file=path.name)
        name = table_name or clean_table_name(path.stem)
        options = ", delim = '\\t'" if path.suffix.lower() == ".tsv" else ""
        sql = f"CREATE OR REPLACE TABLE {quote_identifier(name)} AS SELECT * FROM {reader}(?{options})"
        try:
            with self._lock:
                self._connection.execute(sql, [str(path)])
        except duckdb.Error as exc:
            raise DataLoadError("unreadable_file", file=path.name, detail=first_line(exc)) from exc
        return name

    def load(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run a statement that changes this database (`CREATE TABLE ... AS`, `INSERT`).

        This is for the code that builds it; questions go to `execute`, which only reads. A locked database
        takes no more.
        """
        if self.locked:
            raise DataLoadError("locked")
        try:
            with self._lock:
                self._connection.execute(sql, list(params or []))
        except duckdb.Error as exc:
            raise DataLoadError("not_loaded", detail=first_line(exc)) from exc

    def add_parquet_view(self, name: str, path: Path | str) -> None:
        """Make `name` a view reading a Parquet file: the rows stay on disk, read as queries need them."""
        sql = (f"CREATE OR REPLACE VIEW {quote_identifier(name)} AS "
               f"SELECT * FROM read_parquet({quote_literal(str(Path(path).resolve()))})")
        try:
            with self._lock:
                self._connection.execute(sql)
        except duckdb.Error as exc:
            raise DataLoadError("unopenable_file", file=Path(path).name, detail=first_line(exc)) from exc

    def copy_table(self, name: str, source: Database) -> None:
        """Copy one local table of another Database into this one (through Arrow)."""
        arrow = source._connection.cursor().sql(f"SELECT * FROM {quote_identifier(name)}").to_arrow_table()
        with self._lock:
            self._connection.register("_copied", arrow)
            try:
                self._connection.execute(f"CREATE OR REPLACE TABLE {quote_identifier(name)} AS SELECT * FROM _copied")
            finally:
                self._connection.unregister("_copied")

    def lock_down(self, allowed_paths: Iterable[Path | str] = ()) -> None:
        """From now on, queries here read no file but `allowed_paths`, write none, change no setting.

        For the database questions run on, once its tables are in (agent.data.locking). One way: a locked
        database loads no more files (views over the allowed paths keep working).
        """
        with self._lock:
            if not self.locked:
                lock_down(self._connection, (str(Path(p).resolve()) for p in allowed_paths))
                self._origin._locked = True

    def attach(self, source: Source, tables: Mapping[str, RemoteName]) -> None:
        """Offer `tables` (catalog name -> where it lives in `source`) through this database."""
        local = {n.lower() for n in self.local_table_names()}
        for name, remote in tables.items():
            if name.lower() in local:
                raise ValueError(f"{name!r} is already a table here")
            self._external[name.lower()] = (source, remote)
            self._external_names[name.lower()] = name

    @property
    def sources(self) -> list[Source]:
        """The attached external sources, each once."""
        seen: list[Source] = []
        for source, _ in self._external.values():
            if all(source is not s for s in seen):
                seen.append(source)
        return seen

    def is_local(self, table: str) -> bool:
        """True when `table` lives in the embedded DuckDB (not in an attached source)."""
        return table.lower() not in self._external

    def source_name(self, table: str) -> str:
        """Which database a table lives in: "duckdb" or the attached source's name."""
        owner = self._external.get(table.lower())
        return "duckdb" if owner is None else owner[0].name

    def local_table_names(self) -> list[str]:
        """Names of the embedded DuckDB's tables and views in the main schema, sorted."""
        rows = self._run_local(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1", []
        ).rows
        return [row[0] for row in rows]

    def table_names(self) -> list[str]:
        """Names of every table (embedded and attached), sorted."""
        names = self.local_table_names()
        if self._external:
            names = sorted(names + list(self._external_names.values()))
        return names

    def columns(self, table: str) -> list[tuple[str, str]]:
        """(column name, SQL type as DuckDB names it) of a table, in order."""
        owner = self._external.get(table.lower())
        if owner is not None:
            source, remote = owner
            return source.columns(remote.table, remote.schema)
        return [(str(r[0]), str(r[1])) for r in self._run_local(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]).rows]

    def execute(
        self,
        sql: str,
        params: Sequence[Any] | None = None,
        *,
        max_rows: int | None = None,
        cancellation: Cancellation | None = None,
        tables: Iterable[str] = (),
        max_bytes: int | None = None,
        max_cell_bytes: int | None = None,
    ) -> Results:
        """Run one query where its tables live; `cancellation` (else a bound view's) can interrupt it while it runs.

        Without attached sources every query runs on the embedded DuckDB. Otherwise the SQL (DuckDB
        dialect) is parsed: a query reading only embedded tables runs here, one reading only the tables
        of one external source runs there (re-rendered in its dialect), and a query mixing sources is
        refused with a `QueryError`.

        With `max_bytes` or `max_cell_bytes` (an answer's limits, agent.data.fetching), longer values are
        cut and rows are fetched only while their JSON fits in `max_bytes`; the rest is marked truncated.
        """
        limits = Limits(max_rows, max_bytes, max_cell_bytes)
        cancellation = self._cancellation if cancellation is None else cancellation
        if self._external:
            routed = self._route(sql)
            if routed is not None:
                return self._run_external(*routed, params, limits, cancellation, tables)
        return self._run_local(sql, params, max_rows=max_rows, cancellation=cancellation, tables=tables,
                               limits=limits)

    def _route(self, sql: str) -> tuple[Source, Any, bool] | None:
        """(source, tree, describe) when the query belongs to an external source; None for DuckDB."""
        from sqlglot import exp

        from agent.data.dialects import parse, tables_read

        tree = parse(sql)
        if tree is None:
            return None
        describe = isinstance(tree, exp.Describe) and isinstance(tree.this, exp.Query)
        query = tree.this if describe else tree
        owners: dict[str, list[str]] = {}
        sources: dict[str, Source] = {}
        for name in tables_read(query):
            owner = self._external.get(name)
            key = "duckdb" if owner is None else owner[0].name
            owners.setdefault(key, []).append(self._external_names.get(name, name))
            if owner is not None:
                sources[key] = owner[0]
        if not sources:
            return None
        if len(owners) > 1:
            parts = "; ".join(f"{', '.join(names)} in {key}" for key, names in owners.items())
            raise QueryError("mixed_sources", parts=parts)
        (source,) = sources.values()
        return source, query, describe

    def _run_external(self, source: Source, tree: Any, describe: bool, params: Sequence[Any] | None,
                      limits: Limits, cancellation: Cancellation | None, tables: Iterable[str]) -> Results:
        from agent.data.dialects import to_dialect

        names = {n: remote for n, (s, remote) in self._external.items() if s is source}
        if describe:  # DESCRIBE <query>: the result's columns and types, as DuckDB would list them
            tree = tree.copy().limit(0) if hasattr(tree, "limit") else tree
        sql = to_dialect(tree, source.dialect, names, source.paramstyle)
        started = time.perf_counter()
        fetched = source.run(sql, list(params or []), max_rows=None if describe else limits.max_rows,
                             cancellation=cancellation)
        if describe:
            rows = [(c, t, "YES", None, None, None) for c, t in zip(fetched.columns, fetched.types, strict=True)]
            return Results(sql=sql, columns=["column_name", "column_type", "null", "key", "default", "extra"],
                           types=["VARCHAR"] * 6, rows=rows, elapsed_ms=(time.perf_counter() - started) * 1000,
                           tables=list(tables))
        kept = (rows_within(fetched.rows, fetched.columns, limits, fetched.truncated) if limits.any
                else Fetched(fetched.rows, fetched.truncated, "rows" if fetched.truncated else ""))
        return Results(sql=sql, columns=fetched.columns, types=fetched.types, rows=kept.rows,
                       truncated=kept.truncated, truncated_reason=kept.reason, cells_cut=kept.cells_cut,
                       elapsed_ms=(time.perf_counter() - started) * 1000, tables=list(tables))

    def _run_local(
        self,
        sql: str,
        params: Sequence[Any] | None = None,
        *,
        max_rows: int | None = None,
        cancellation: Cancellation | None = None,
        tables: Iterable[str] = (),
        limits: Limits | None = None,
    ) -> Results:
        """Run one query on a fresh DuckDB cursor; `cancellation` can interrupt it while it runs."""
        if cancellation is not None:
            cancellation.raise_if_cancelled()
        cursor = self._connection.cursor()
        started = time.perf_counter()
        try:
            require_one_read(cursor, sql)
            if cancellation is not None:
                cancellation.watch(cursor)
            if limits is not None and limits.any:
                columns, types, kept = self._fetch_within(cursor, sql, list(params or []), limits, cancellation)
            else:
                relation = cursor.execute(sql, list(params or []))
                columns = [d[0] for d in relation.description or []]
                types = [str(d[1]) for d in relation.description or []]
                fetched = relation.fetchall() if max_rows is None else relation.fetchmany(max_rows + 1)
                truncated = max_rows is not None and len(fetched) > max_rows
                kept = Fetched(fetched[:max_rows] if truncated else fetched, truncated, "rows" if truncated else "")
        except duckdb.InterruptException as exc:
            raise Cancelled("query_interrupted") from exc
        except duckdb.Error as exc:
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled("query_interrupted") from exc
            raise QueryError("query_failed", detail=first_line(exc)) from exc
        finally:
            if cancellation is not None:
                cancellation.unwatch(cursor)
            cursor.close()
        return Results(
            sql=sql,
            columns=columns,
            types=types,
            rows=kept.rows,
            truncated=kept.truncated,
            truncated_reason=kept.reason,
            cells_cut=kept.cells_cut,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            tables=list(tables),
        )

    @staticmethod
    def _fetch_within(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any], limits: Limits,
                      cancellation: Cancellation | None) -> tuple[list[str], list[str], Fetched]:
        """Run the query with long values cut in SQL and fetch rows within `limits`.

        The query is bound first (without running it) to learn its columns; it runs as written when its
        values cannot be cut in SQL.
        """
        bound = cursor.sql(sql, params=params or None)
        if bound is None:  # not a query: nothing to fetch
            return [], [], Fetched([])
        columns, types = list(bound.columns), list(bound.types)
        wrapped = capped_sql(sql, columns, [t.id for t in types], limits.max_cell_bytes)
        try:
            relation = cursor.execute(wrapped or sql, params)
        except (duckdb.ParserException, duckdb.BinderException):
            if wrapped is None:
                raise
            relation = cursor.execute(sql, params)  # a statement that is no subquery: Python cuts its values
        return columns, [str(t) for t in types], take_rows(relation.fetchmany, columns, limits, cancellation)
