"""The guard's first reading, with sqlglot: one read-only query, its row limit set, re-rendered.

`check_sql` accepts exactly one SELECT (with CTEs, joins, subqueries, window functions, UNION / INTERSECT /
EXCEPT) and refuses every statement that writes or configures (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER,
ATTACH, DETACH, COPY, PRAGMA, SET, INSTALL, LOAD, CALL, EXPORT, IMPORT, ...). The query that runs is
sqlglot's rendering of the checked tree with a row limit set; that rendering is then read again by DuckDB
itself (agent.data.guard.duckdb_tree), where every function, table function and relation must be on an
allow-list. What was checked is exactly what runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeGuard

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from agent.data.guard.duckdb_tree import check_tree
from agent.data.guard.rules import RULE_EMPTY, RULE_FILE_ACCESS, RULE_MULTIPLE, RULE_NOT_READ_ONLY, RULE_SYNTAX, refuse

DIALECT = "duckdb"
MAX_SQL_CHARS = 100_000
"""Longest SQL text the guard reads."""

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

_PLAIN_NAME = re.compile(r"^[A-Za-z_\uac00-\ud7a3][A-Za-z0-9_$\uac00-\ud7a3]*$")
_FORBIDDEN_KEYWORDS = re.compile(
    r"^\s*(insert|update|delete|merge|create|drop|alter|truncate|attach|detach|copy|pragma|set|reset|"
    r"install|load|call|export|import|use|begin|commit|rollback|vacuum|checkpoint|grant|revoke|"
    r"describe|summarize|show|explain)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the guard: the SQL to run and the catalog tables it reads."""

    sql: str
    """sqlglot's rendering of the checked tree (DuckDB dialect), with the row limit applied."""
    tables: list[str] = field(default_factory=list)
    """Catalog tables the query reads, in order of first appearance, as the catalog spells them."""
    original: str = ""
    """The SQL as it was written."""


def check_sql(sql: str, tables: Iterable[str], max_rows: int | None = None) -> CheckedQuery:
    """Accept `sql` if it is one read-only query on `tables`; return it with LIMIT set to at most `max_rows`.

    Raises `UnsafeQuery` (with `.rule` and `.repairable`) for anything else.
    """
    if not isinstance(sql, str) or not sql.strip():
        raise refuse(RULE_EMPTY, "The query is empty.")
    if len(sql) > MAX_SQL_CHARS:
        raise refuse(RULE_NOT_READ_ONLY, f"The query is longer than {MAX_SQL_CHARS:,} characters.")
    tree = _one_query(sql)
    for node in tree.walk():
        if isinstance(node, FORBIDDEN_NODES):
            raise refuse(RULE_NOT_READ_ONLY,
                         f"Only read-only queries may run; the query contains {type(node).__name__.upper()}.")
    for cte in tree.find_all(exp.CTE):
        # A CTE may not be named like a file: a reference outside its scope would then be read by
        # DuckDB's replacement scan as that file.
        if not _PLAIN_NAME.match(cte.alias_or_name):
            raise refuse(RULE_FILE_ACCESS, f"The CTE name {cte.alias_or_name[:80]!r} is not a plain name.")
    if max_rows is not None:
        tree = _apply_limit(tree, max_rows)
    rendered = tree.sql(dialect=DIALECT, comments=False)
    return CheckedQuery(sql=rendered, tables=check_tree(rendered, tables), original=sql)


def _one_query(sql: str) -> exp.Query:
    """The one SELECT (or set operation) the text holds; `UnsafeQuery` for anything else."""
    try:
        statements = [s for s in sqlglot.parse(sql, read=DIALECT) if s is not None]
    except (ParseError, TokenError, RecursionError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable SQL"
        # A statement sqlglot cannot read at all is refused, but a typo is worth a repair; keywords
        # of statements we never run are refused outright.
        if _starts_with_forbidden_keyword(sql):
            raise refuse(RULE_NOT_READ_ONLY, "Only a single read-only SELECT query may run.") from None
        raise refuse(RULE_SYNTAX, f"The SQL could not be parsed: {_strip_ansi(message)[:300]}") from None
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
    return tree


def _is_read_only_query(node: exp.Expr) -> TypeGuard[exp.Query]:
    return isinstance(node, exp.Select | exp.SetOperation) or (
        isinstance(node, exp.Subquery) and isinstance(node.this, exp.Query)
    )


def _starts_with_forbidden_keyword(sql: str) -> bool:
    text = re.sub(r"--[^\n]*|/\*.*?\*/", " ", sql, flags=re.DOTALL)
    return any(_FORBIDDEN_KEYWORDS.match(part) for part in text.split(";"))


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _apply_limit(tree: exp.Query, max_rows: int) -> exp.Query:
    """Cap the rows a query returns: keep a smaller literal LIMIT, otherwise set LIMIT `max_rows`."""
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
