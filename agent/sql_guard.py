"""The check every model-written SQL passes before it runs: one read-only query on catalog tables.

`check_sql` parses the text with sqlglot (DuckDB dialect) and accepts exactly one SELECT — with CTEs,
joins, subqueries, window functions, UNION / INTERSECT / EXCEPT — that reads only the tables it is
given (and its own CTEs). Everything else is refused with `UnsafeQuery`, whose `rule` says which check
failed: statements that write or configure (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH,
DETACH, COPY, PRAGMA, SET, INSTALL, LOAD, CALL, EXPORT, IMPORT, ...), table functions and string
table names that read files or URLs (`read_csv(...)`, `FROM '/etc/passwd'`), and functions that
read settings, the environment or run SQL from a string (`getenv`, `current_setting`, `query`).
The query that runs is sqlglot's re-rendering of the checked tree, with a row limit set, so what
was checked is exactly what runs.

Defence in depth for the DuckDB side — a database with external access switched off — is in
`lock_external_access` and `locked_snapshot` below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb
import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from agent.errors import UnsafeQuery

DIALECT = "duckdb"

# Which check refused a query. A model that wrote a syntax error or named a table that does not
# exist made a mistake worth one repair round; the other rules are refusals, never repaired.
RULE_SYNTAX = "syntax"
RULE_EMPTY = "empty"
RULE_MULTIPLE = "multiple_statements"
RULE_NOT_READ_ONLY = "not_read_only"
RULE_FILE_ACCESS = "file_access"
RULE_UNSAFE_FUNCTION = "unsafe_function"
RULE_UNKNOWN_TABLE = "unknown_table"
RULE_OTHER_SCHEMA = "other_schema"
REPAIRABLE_RULES = frozenset({RULE_SYNTAX, RULE_EMPTY, RULE_UNKNOWN_TABLE, RULE_OTHER_SCHEMA})

# Statement and clause types that write, configure or leave the database. Looked up by name so a
# sqlglot release without one of them still imports.
_FORBIDDEN_NODE_NAMES = (
    "DML", "DDL", "Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter", "TruncateTable",
    "Command", "Copy", "Attach", "Detach", "Set", "Pragma", "Use", "Transaction", "Commit", "Rollback",
    "Install", "LoadData", "Export", "Describe", "Summarize", "Show", "Into", "Cache", "Uncache",
    "Refresh", "Analyze", "Kill", "Grant", "Revoke", "Comment", "Declare", "Execute",
)
FORBIDDEN_NODES: tuple[type[exp.Expression], ...] = tuple(
    getattr(exp, name) for name in _FORBIDDEN_NODE_NAMES if isinstance(getattr(exp, name, None), type)
)

# The only table functions a query may call: they make rows from their arguments, touching nothing.
ALLOWED_TABLE_FUNCTIONS = frozenset({"range", "generate_series", "unnest"})

# Functions refused anywhere in a query (scalar or table position).
UNSAFE_FUNCTIONS = frozenset({
    "glob", "sniff_csv", "parquet_metadata", "parquet_schema", "parquet_file_metadata", "parquet_kv_metadata",
    "getenv", "current_setting", "getvariable", "query", "query_table", "load_extension",
    "json_execute_serialized_sql", "from_substrait", "from_substrait_json", "get_substrait",
    "which_secret", "httpfs", "http_get", "http_post", "sqlite_attach", "postgres_attach", "mysql_attach",
    "export_database", "import_database", "checkpoint", "force_checkpoint", "enable_profiling",
    "setseed", "nextval", "currval",
})
UNSAFE_FUNCTION_PREFIXES = (
    "read_", "duckdb_", "pragma_", "sqlite_", "postgres_", "mysql_", "iceberg_", "delta_", "ducklake_",
    "http", "s3_", "azure_", "gcs_", "hf_",
)
UNSAFE_FUNCTION_SUFFIXES = ("_scan", "_attach", "_query", "_execute")

_LOOKS_LIKE_PATH = re.compile(r"[/\\:.~]")
_PLAIN_NAME = re.compile(r"^[A-Za-z_\uac00-\ud7a3][A-Za-z0-9_$\uac00-\ud7a3]*$")


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the guard: the SQL to run and the catalog tables it reads."""

    sql: str
    """sqlglot's rendering of the checked tree (DuckDB dialect), with the row limit applied."""
    tables: list[str] = field(default_factory=list)
    """Catalog tables the query reads, in order of first appearance, as the catalog spells them."""
    original: str = ""
    """The SQL as it was written."""


def refuse(rule: str, reason: str) -> UnsafeQuery:
    """An `UnsafeQuery` carrying the rule that failed (`.rule`) and whether a repair may help."""
    error = UnsafeQuery(reason)
    error.rule = rule  # type: ignore[attr-defined]
    error.repairable = rule in REPAIRABLE_RULES  # type: ignore[attr-defined]
    return error


def rule_of(error: BaseException) -> str:
    """The guard rule an error came from ("" when it did not come from the guard)."""
    return getattr(error, "rule", "")


def check_sql(sql: str, tables: Iterable[str], max_rows: int | None = None) -> CheckedQuery:
    """Accept `sql` if it is one read-only query on `tables`; return it with LIMIT set to at most `max_rows`.

    Raises `UnsafeQuery` (with `.rule` and `.repairable`) for anything else.
    """
    if not isinstance(sql, str) or not sql.strip():
        raise refuse(RULE_EMPTY, "The query is empty.")
    try:
        statements = [s for s in sqlglot.parse(sql, read=DIALECT) if s is not None]
    except (ParseError, TokenError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable SQL"
        # A statement sqlglot cannot read at all is refused, but a typo is worth a repair; keywords
        # of statements we never run are refused outright.
        if _starts_with_forbidden_keyword(sql):
            raise refuse(RULE_NOT_READ_ONLY, "Only a single read-only SELECT query may run.") from None
        raise refuse(RULE_SYNTAX, f"The SQL could not be parsed: {_strip_ansi(message)}") from None
    if not statements:
        raise refuse(RULE_EMPTY, "The query is empty.")
    if len(statements) > 1:
        if any(not _is_read_only_query(s) for s in statements):
            raise refuse(RULE_NOT_READ_ONLY,
                         "Only a single read-only SELECT query may run; this text holds several statements, "
                         "some of which are not read-only.")
        raise refuse(RULE_MULTIPLE, "Only one statement may run; write a single SELECT query.")
    tree = statements[0]
    while isinstance(tree, exp.Subquery) and isinstance(tree.this, exp.Query) and not tree.args.get("alias"):
        tree = tree.this  # `(SELECT ...)` at the top is the SELECT itself
    if not _is_read_only_query(tree):
        kind = type(tree).__name__.upper()
        raise refuse(RULE_NOT_READ_ONLY, f"Only a single read-only SELECT query may run (got {kind}).")
    for node in tree.walk():
        if isinstance(node, FORBIDDEN_NODES):
            raise refuse(RULE_NOT_READ_ONLY,
                         f"Only read-only queries may run; the query contains {type(node).__name__.upper()}.")
    _check_functions(tree)
    read = _check_tables(tree, tables)
    if max_rows is not None:
        tree = _apply_limit(tree, max_rows)
    return CheckedQuery(sql=tree.sql(dialect=DIALECT, comments=False), tables=read, original=sql)


def _is_read_only_query(node: exp.Expression) -> bool:
    return isinstance(node, exp.Select | exp.SetOperation) or (
        isinstance(node, exp.Subquery) and isinstance(node.this, exp.Query)
    )


_FORBIDDEN_KEYWORDS = re.compile(
    r"^\s*(insert|update|delete|merge|create|drop|alter|truncate|attach|detach|copy|pragma|set|reset|"
    r"install|load|call|export|import|use|begin|commit|rollback|vacuum|checkpoint|grant|revoke|"
    r"describe|summarize|show|explain)\b",
    re.IGNORECASE,
)


def _starts_with_forbidden_keyword(sql: str) -> bool:
    text = re.sub(r"--[^\n]*|/\*.*?\*/", " ", sql, flags=re.DOTALL)
    return any(_FORBIDDEN_KEYWORDS.match(part) for part in text.split(";"))


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def function_name(node: exp.Func) -> str:
    """A function call's name as DuckDB knows it, lower-case (`read_csv`, `getenv`)."""
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return node.sql_name().lower()


def _unsafe_function(name: str) -> bool:
    return (name in UNSAFE_FUNCTIONS or name.startswith(UNSAFE_FUNCTION_PREFIXES)
            or name.endswith(UNSAFE_FUNCTION_SUFFIXES))


def _check_functions(tree: exp.Expression) -> None:
    for node in tree.find_all(exp.Func):
        name = function_name(node)
        if _unsafe_function(name):
            rule = RULE_FILE_ACCESS if name.startswith("read_") or name.endswith("_scan") or name in {
                "glob", "sniff_csv"} else RULE_UNSAFE_FUNCTION
            what = "reads files or URLs" if rule == RULE_FILE_ACCESS else "is not allowed in a read-only query"
            raise refuse(rule, f"The function {name}() {what}.")


def _check_tables(tree: exp.Expression, tables: Iterable[str]) -> list[str]:
    catalog = {name.lower(): name for name in tables}
    ctes = set()
    for cte in tree.find_all(exp.CTE):
        name = cte.alias_or_name
        # A CTE may not be named like a file: a reference outside its scope would then be read by
        # DuckDB's replacement scan as that file.
        if not _PLAIN_NAME.match(name):
            raise refuse(RULE_FILE_ACCESS, f"The CTE name {name!r} is not a plain name.")
        ctes.add(name.lower())
    read: list[tuple[int, str]] = []
    for table in tree.find_all(exp.Table):
        target = table.this
        if isinstance(target, exp.Func):
            name = function_name(target)
            if name not in ALLOWED_TABLE_FUNCTIONS:
                raise refuse(RULE_FILE_ACCESS if _unsafe_function(name) or name.startswith("read")
                             else RULE_UNSAFE_FUNCTION,
                             f"The table function {name}() is not allowed; query the catalog tables.")
            continue
        if not isinstance(target, exp.Identifier):
            raise refuse(RULE_FILE_ACCESS, "Only catalog tables may be queried, by name.")
        name = str(target.this)
        schema, database = table.db.lower(), table.catalog.lower()
        if (schema and schema != "main") or (database and database not in ("memory", "main")):
            raise refuse(RULE_OTHER_SCHEMA,
                         f"Only tables of the main schema may be queried (not {table.sql(dialect=DIALECT)}).")
        if not schema and not database and name.lower() in ctes:
            continue
        if name.lower() not in catalog:
            if _LOOKS_LIKE_PATH.search(name):
                raise refuse(RULE_FILE_ACCESS,
                             f"{name!r} looks like a file or URL; only catalog tables may be queried.")
            known = ", ".join(sorted(catalog.values())) or "none"
            raise refuse(RULE_UNKNOWN_TABLE, f"There is no table named {name!r}. Tables: {known}.")
        read.append((target.meta.get("start", 1 << 30), catalog[name.lower()]))
    ordered: list[str] = []
    for _, name in sorted(read, key=lambda item: item[0]):  # in order of appearance in the text
        if name not in ordered:
            ordered.append(name)
    return ordered


def _apply_limit(tree: exp.Expression, max_rows: int) -> exp.Expression:
    """Cap the rows a query returns: keep a smaller literal LIMIT, otherwise set LIMIT `max_rows`."""
    if not isinstance(tree, exp.Query):
        return exp.select("*").from_(tree.subquery("_guarded")).limit(max_rows)
    limit = tree.args.get("limit")
    if isinstance(limit, exp.Limit):
        value = limit.expression
        if isinstance(value, exp.Literal) and not value.is_string:
            try:
                if int(str(value.this)) <= max_rows:
                    return tree
            except ValueError:
                pass
    elif limit is not None or tree.args.get("fetch") is not None:
        return exp.select("*").from_(tree.subquery("_guarded")).limit(max_rows)
    return tree.limit(max_rows)


# --- DuckDB-side locking -------------------------------------------------------------------------

def lock_external_access(connection: duckdb.DuckDBPyConnection,
                         allowed_directories: Iterable[str] = ()) -> None:
    """Switch off file, network and extension access for the whole DuckDB database behind `connection`.

    Findings (DuckDB 2.0.1): `SET enable_external_access = false` can be applied at run time, after
    tables were loaded, but it is a GLOBAL setting — it applies to every connection and cursor of the
    database, not to one connection — and it cannot be switched back on ("Cannot enable external
    access while database is running"). Loading more files afterwards (`Database.add_file`) then fails
    unless their folder was listed in `allowed_directories` *before* the switch (allowed_directories
    cannot change afterwards either). Note that a listed folder is also writable by `COPY ... TO`, so
    list only folders that hold data to read. `lock_configuration` then stops any later `SET`.
    """
    dirs = [str(d).rstrip("/") + "/" for d in allowed_directories]
    if dirs:
        connection.execute("SET allowed_directories = ?", [dirs])
    connection.execute("SET enable_external_access = false")
    connection.execute("SET lock_configuration = true")


def locked_snapshot(source: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> duckdb.DuckDBPyConnection:
    """A separate in-memory DuckDB, external access off and configuration locked, holding `tables`.

    The tables are copied out of `source` as Arrow tables and registered as views; the copy costs
    memory (about the size of the tables) but leaves `source` fully usable for loading files. Even a
    statement that slipped past the guard can neither touch a file nor change `source`.
    """
    locked = duckdb.connect(":memory:", config={"enable_external_access": False, "lock_configuration": True})
    for name in tables:
        quoted = '"' + name.replace('"', '""') + '"'
        arrow = source.sql(f"SELECT * FROM {quoted}").to_arrow_table()
        locked.register(name, arrow)
    return locked
