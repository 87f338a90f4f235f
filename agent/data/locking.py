"""Defence behind the SQL guard: a DuckDB database that can touch no file but its own tables' and change no setting.

`lock_down` is applied to every database questions run on (agent.data.database.Database.lock_down): the
shared sample database and each user's own. After it, even a statement that slipped past the guard can
read no file but the listed ones (the user's own Parquet files), write none, load no extension, reach no
URL and change no setting (`lock_configuration`; so logging, profiling and external access stay off).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import duckdb

from agent.contract.errors import QueryError

READ_NODES = frozenset({"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"})
"""Query nodes of DuckDB's parse tree that only read (DuckDB 2 also parses INSERT, UPDATE, DELETE and MERGE
inside a SELECT's CTEs, as `*_QUERY_NODE`s)."""

LOCKED_SETTINGS = (
    "SET python_enable_replacements = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
)
"""Switched off before the lock: Python variables read as tables, extensions installed or loaded on demand."""


def lock_down(connection: duckdb.DuckDBPyConnection, allowed_paths: Iterable[str] = ()) -> None:
    """Switch off file, network and extension access and lock the configuration, for the whole database.

    DuckDB's `enable_external_access = false` is global to the database (every connection and cursor) and
    one way; `allowed_paths` (exact files, listed before the switch) stay readable, so views over a user's
    own Parquet files keep working. Then `lock_configuration` refuses every later `SET`.
    """
    paths = sorted({str(path) for path in allowed_paths})
    for statement in LOCKED_SETTINGS:
        connection.execute(statement)
    if paths:
        connection.execute("SET allowed_paths = ?", [paths])
    connection.execute("SET enable_external_access = false")
    connection.execute("SET lock_configuration = true")


def require_one_read(cursor: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse, as DuckDB's own parser reads it, any text but one SELECT that only reads.

    Queries never change a database here: tables come in only through `Database.add_file`,
    `add_parquet_view` and `copy_table`. So whatever a guard upstream missed, `DROP`, `ATTACH`, `COPY`,
    `SET`, `CALL`, `PRAGMA`, a second statement after a `;`, or a `DELETE ... RETURNING` in a CTE does not
    run. (`DESCRIBE` and `SUMMARIZE` are SELECTs.)
    """
    refused = QueryError("The query failed: only one read-only SELECT query may run.")
    try:
        statements = cursor.extract_statements(sql)
    except duckdb.Error:
        return  # not parseable: executing it fails with DuckDB's own message
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise refused
    found = cursor.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()
    tree = json.loads(found[0]) if found else {}
    stack: list[object] = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            kind = item.get("type")
            if isinstance(kind, str) and kind.endswith("_NODE") and kind not in READ_NODES:
                raise refused
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def lock_external_access(connection: duckdb.DuckDBPyConnection,
                         allowed_directories: Iterable[str] = ()) -> None:
    """`lock_down` with whole folders left readable (and writable: list only folders that hold data to read)."""
    dirs = [str(d).rstrip("/") + "/" for d in allowed_directories]
    if dirs:
        connection.execute("SET allowed_directories = ?", [dirs])
    lock_down(connection)


def locked_snapshot(source: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> duckdb.DuckDBPyConnection:
    """A separate in-memory DuckDB, locked down, holding `tables` copied out of `source` as Arrow tables."""
    locked = duckdb.connect(":memory:")
    for name in tables:
        quoted = '"' + name.replace('"', '""') + '"'
        locked.register(name, source.sql(f"SELECT * FROM {quoted}").to_arrow_table())
    lock_down(locked)
    return locked
