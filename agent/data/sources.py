"""External databases as query sources: list their tables, describe columns, run one read-only query.

`Source` is the seam: the embedded DuckDB is one source (inside `Database`), and every external
database attached to a `Database` is another. `Database.execute` sends each query to the one source
that owns all of its tables (see `Database.execute`); `SqlSource` is the SQLAlchemy-backed source for
PostgreSQL (psycopg 3). Its queries run in a READ ONLY transaction with a statement timeout, on
connections whose every transaction is read-only by default (`default_transaction_read_only=on`).
"""

from __future__ import annotations

import decimal
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from agent.contract.errors import Cancelled, ConnectionProblem, QueryError, Timeout, first_line
from agent.data.dialects import duckdb_type
from agent.runtime.cancellation import Cancellation

if TYPE_CHECKING:  # SQLAlchemy is imported when a source is first used, not with this module
    from sqlalchemy.engine import URL, Engine

# URL schemes (SQLAlchemy backend names) we can run, and the sqlglot dialect of each.
DIALECTS = {"postgresql": "postgres"}
DEFAULT_TIMEOUT_SECONDS = 30.0
CONNECT_TIMEOUT_SECONDS = 5
MAX_TABLES = 200


@dataclass(frozen=True)
class Fetched:
    """What a source returns for one query."""

    columns: list[str]
    types: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool


class Source(Protocol):
    """A database that owns some catalog tables and runs queries on them in its own dialect."""

    name: str
    dialect: str
    """The sqlglot dialect queries are rendered in (`postgres`)."""
    paramstyle: str
    """How the driver marks parameters: `format` (%s) or `qmark` (?)."""

    def tables(self) -> list[tuple[str, str | None]]:
        """(table, schema) of every table and view the source offers."""
        ...

    def columns(self, table: str, schema: str | None) -> list[tuple[str, str]]:
        """(column, type as DuckDB names it) of one table, in order."""
        ...

    def run(self, sql: str, params: Sequence[Any], *, max_rows: int | None,
            cancellation: Cancellation | None) -> Fetched:
        """Run one read-only query (already in the source's dialect)."""
        ...


# --- URLs ------------------------------------------------------------------------------------------

def parse_url(url: str) -> URL:
    """A SQLAlchemy URL on a driver we ship (`postgresql://` -> psycopg 3); `ConnectionProblem` otherwise."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = (url or "").strip()
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):
        raise ConnectionProblem("not_a_url") from None
    backend = parsed.get_backend_name()
    if backend not in DIALECTS:
        raise ConnectionProblem("unsupported_backend", backend=backend)
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.database:
        raise ConnectionProblem("no_database")
    return parsed


def masked_url(url: str) -> str:
    """The URL with its password replaced by ***, fit to show (never shows a password back)."""
    try:
        parsed = parse_url(url)
    except ConnectionProblem:
        return "(invalid URL)"
    shown = parsed.set(drivername=parsed.get_backend_name())
    return shown.render_as_string(hide_password=True)


def read_secrets_connections(path: Path) -> dict[str, dict[str, Any]]:
    """`[connections.<name>]` tables of a Streamlit `secrets.toml` that have a `url` (read with tomllib)."""
    import tomllib

    path = Path(path)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}
    found = {}
    for name, entry in (data.get("connections") or {}).items():
        if isinstance(entry, dict) and isinstance(entry.get("url"), str) and entry["url"].strip():
            found[str(name)] = {"url": entry["url"].strip(), "schema": entry.get("schema")}
    return found


# --- SQLAlchemy sources ----------------------------------------------------------------------------

_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(url: str) -> Engine:
    """One pooled engine per URL, shared by every workspace that uses it."""
    from sqlalchemy import create_engine

    parsed = parse_url(url)
    key = parsed.render_as_string(hide_password=False)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = create_engine(
                parsed, pool_size=4, max_overflow=4, pool_pre_ping=True, pool_recycle=1800,
                connect_args={
                    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                    "application_name": "data-chat",
                    # Every transaction on these connections is read-only unless it says otherwise,
                    # and nothing here ever says otherwise.
                    "options": "-c default_transaction_read_only=on "
                               f"-c statement_timeout={int(DEFAULT_TIMEOUT_SECONDS * 1000)}",
                },
            )
            _ENGINES[key] = engine
        return engine


def dispose_engines() -> None:
    """Close every pooled connection (tests, shutdown)."""
    with _ENGINES_LOCK:
        engines = list(_ENGINES.values())
        _ENGINES.clear()
    for engine in engines:
        engine.dispose()


_PG_TYPES = {
    "int2": "SMALLINT", "int4": "INTEGER", "int8": "BIGINT", "numeric": "DECIMAL", "float4": "FLOAT",
    "float8": "DOUBLE", "bool": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMP",
    "timestamptz": "TIMESTAMP WITH TIME ZONE", "time": "TIME", "text": "VARCHAR", "varchar": "VARCHAR",
    "bpchar": "VARCHAR", "name": "VARCHAR", "uuid": "UUID", "json": "JSON", "jsonb": "JSON",
    "bytea": "BLOB", "interval": "INTERVAL",
}


def _plain(value: Any) -> Any:
    """A driver value as the embedded DuckDB would return it: whole decimals as ints, others as floats."""
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return None if value.is_nan() else float(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


class _Canceller:
    """Lets `Cancellation` stop a running PostgreSQL statement from another thread."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def interrupt(self) -> None:
        import psycopg

        cancel = getattr(self._connection, "cancel_safe", None) or self._connection.cancel
        try:
            cancel()
        except (psycopg.Error, OSError):  # the statement may have finished already, the server gone
            pass


class SqlSource:
    """A PostgreSQL database reached through SQLAlchemy + psycopg 3, queried read-only."""

    paramstyle = "format"

    def __init__(self, name: str, url: str, schema: str | None = None,
                 timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        parsed = parse_url(url)
        self.name = name
        self.url = url
        self.schema = schema or None
        self.dialect = DIALECTS[parsed.get_backend_name()]
        self.timeout_seconds = float(timeout_seconds)
        self.engine = _engine(url)

    def __repr__(self) -> str:
        return f"SqlSource({self.name!r}, {masked_url(self.url)!r})"

    def _unreachable(self, exc: BaseException) -> dict[str, object]:
        """The values of the `unreachable` message: which database, where, and the driver's first line."""
        return {"name": self.name, "url": masked_url(self.url), "detail": first_line(getattr(exc, "orig", None) or exc)}

    def test(self) -> str:
        """Connect and run `SELECT version()`; the server's version, or `ConnectionProblem`."""
        try:
            fetched = self.run("SELECT version()", [], max_rows=1, cancellation=None)
        except (QueryError, Timeout) as exc:
            raise ConnectionProblem(exc.key, **exc.values) from None
        return str(fetched.rows[0][0]) if fetched.rows else ""

    def tables(self) -> list[tuple[str, str | None]]:
        """Tables and views of the URL's schema (or `schema`), at most MAX_TABLES."""
        import psycopg
        from sqlalchemy import inspect
        from sqlalchemy.exc import SQLAlchemyError

        try:
            inspector = inspect(self.engine)
            names = sorted(set(inspector.get_table_names(schema=self.schema))
                           | set(inspector.get_view_names(schema=self.schema)))
        except (SQLAlchemyError, psycopg.Error, OSError) as exc:
            raise ConnectionProblem("unreachable", **self._unreachable(exc)) from None
        return [(name, self.schema) for name in names[:MAX_TABLES]]

    def columns(self, table: str, schema: str | None) -> list[tuple[str, str]]:
        """(column, type as DuckDB names it) of one table, in order; `ConnectionProblem` when unreachable."""
        import psycopg
        from sqlalchemy import inspect
        from sqlalchemy.exc import SQLAlchemyError

        try:
            found = inspect(self.engine).get_columns(table, schema=schema)
        except (SQLAlchemyError, psycopg.Error, OSError) as exc:
            raise ConnectionProblem("unreachable", **self._unreachable(exc)) from None
        described = []
        for column in found:
            try:
                type_text = column["type"].compile(dialect=self.engine.dialect)
            except (SQLAlchemyError, NotImplementedError):  # a type SQLAlchemy cannot render (CompileError)
                type_text = str(column["type"])
            described.append((str(column["name"]), duckdb_type(type_text, self.dialect)))
        return described

    def run(self, sql: str, params: Sequence[Any], *, max_rows: int | None,
            cancellation: Cancellation | None) -> Fetched:
        """Run `sql` (in this source's dialect) in a READ ONLY transaction with a statement timeout."""
        import psycopg
        from sqlalchemy.exc import SQLAlchemyError

        if cancellation is not None:
            cancellation.raise_if_cancelled()
        _require_one_statement(sql, self.dialect, self.name)
        try:
            connection = self.engine.raw_connection()
        except (SQLAlchemyError, psycopg.Error, OSError) as exc:  # the pool passes driver errors through
            raise QueryError("unreachable", **self._unreachable(exc)) from None
        driver = connection.driver_connection
        canceller = _Canceller(driver)
        try:
            if cancellation is not None:
                cancellation.watch(canceller)
            cursor = connection.cursor()
            cursor.execute("SET TRANSACTION READ ONLY")
            cursor.execute(f"SET LOCAL statement_timeout = {max(1, int(self.timeout_seconds * 1000))}")
            cursor.execute(sql, tuple(params) if params else None)
            description = cursor.description or []
            columns = [d[0] for d in description]  # PEP 249's (name, type_code, ...), as psycopg's Column is
            types = [_type_name(d[1]) for d in description]
            if cursor.description is None:  # a statement without rows (SET ...): rolled back below
                fetched = []
            else:
                fetched = cursor.fetchall() if max_rows is None else cursor.fetchmany(max_rows + 1)
        except psycopg.errors.QueryCanceled as exc:
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled("query_interrupted") from exc
            raise Timeout("statement_timeout", seconds=self.timeout_seconds, name=self.name) from exc
        except psycopg.errors.ReadOnlySqlTransaction as exc:
            raise QueryError("read_only_source", name=self.name) from exc
        except psycopg.OperationalError as exc:
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled("query_interrupted") from exc
            raise QueryError("unreachable", **self._unreachable(exc)) from exc
        except psycopg.Error as exc:
            if cancellation is not None and cancellation.cancelled:
                raise Cancelled("query_interrupted") from exc
            message = (exc.diag.message_primary if getattr(exc, "diag", None) else None) or exc
            raise QueryError("source_query_failed", name=self.name, detail=first_line(message)) from exc
        finally:
            if cancellation is not None:
                cancellation.unwatch(canceller)
            try:
                connection.rollback()
            except (psycopg.Error, SQLAlchemyError, OSError):  # a broken connection: the pool drops it
                pass
            connection.close()
        truncated = max_rows is not None and len(fetched) > max_rows
        rows = [tuple(_plain(v) for v in row) for row in (fetched[:max_rows] if truncated else fetched)]
        return Fetched(columns, types, rows, truncated)


def _require_one_statement(sql: str, dialect: str, name: str) -> None:
    """Refuse text holding more than one statement: a `COMMIT; ...` could leave the read-only transaction."""
    from sqlglot.dialects.dialect import Dialect
    from sqlglot.errors import TokenError
    from sqlglot.tokens import TokenType

    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except TokenError:
        raise QueryError("unreadable_sql", name=name) from None
    while tokens and tokens[-1].token_type == TokenType.SEMICOLON:
        tokens.pop()
    if any(t.token_type == TokenType.SEMICOLON for t in tokens):
        raise QueryError("one_statement", name=name)


def _type_name(type_code: object) -> str:
    """A result column's type as DuckDB names it, from psycopg's type code (the type's OID)."""
    import psycopg

    info = psycopg.adapters.types.get(type_code) if isinstance(type_code, int) else None
    name = info.name if info is not None else ""
    return _PG_TYPES.get(name, name.upper() or "UNKNOWN")
