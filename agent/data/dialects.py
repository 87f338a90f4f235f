"""DuckDB-dialect SQL, as the analysts write it, re-rendered for the database that owns the tables.

The analysts and the catalog write DuckDB SQL with `?` placeholders. A query whose tables live in an
external database is parsed with sqlglot, its table names are mapped to the names there, a few
DuckDB-only functions are rewritten to portable ones, and the tree is rendered in that database's
dialect with the driver's placeholder style.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError, TokenError

READ_DIALECT = "duckdb"
_PARAM = "\x00param\x00"


@dataclass(frozen=True)
class RemoteName:
    """Where a catalog table lives in its source: schema (or None for the default) and table name."""

    table: str
    schema: str | None = None


def parse(sql: str) -> exp.Expr | None:
    """The DuckDB-dialect statement as a tree, or None when sqlglot cannot read it (DuckDB may still)."""
    try:
        statements = [s for s in sqlglot.parse(sql, read=READ_DIALECT) if s is not None]
    except (ParseError, TokenError):
        return None
    return statements[0] if len(statements) == 1 else None


def tables_read(tree: exp.Expr) -> list[str]:
    """Names of the tables a statement reads (its own CTEs left out), lower-case, in first-seen order."""
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    found: list[str] = []
    for table in tree.find_all(exp.Table):
        if not isinstance(table.this, exp.Identifier):
            continue
        name = table.name.lower()
        if not table.db and name in ctes:
            continue
        if name not in found:
            found.append(name)
    return found


def _portable(node: exp.Expr) -> exp.Expr:
    """DuckDB-only functions the analysts use, as functions other databases have."""
    if isinstance(node, exp.ApproxDistinct):
        return exp.Count(this=exp.Distinct(expressions=[node.this]))
    if isinstance(node, exp.Anonymous) and str(node.name).lower() == "try_strptime" and len(node.expressions) == 2:
        value, fmt = node.expressions
        return exp.StrToTime(this=value, format=fmt)
    return node


def to_dialect(tree: exp.Expr, dialect: str, names: Mapping[str, RemoteName],
               paramstyle: str = "format") -> str:
    """The statement rendered for `dialect`, its catalog tables renamed per `names` (keys lower-case).

    `paramstyle` "format" renders `?` as `%s` and doubles every literal `%` (psycopg, when parameters
    are passed); "qmark" keeps `?`.
    """
    tree = tree.copy()

    def rewrite(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier) and not node.db:
            remote = names.get(node.name.lower())
            if remote is not None:
                renamed = node.copy()
                renamed.set("this", exp.to_identifier(remote.table, quoted=True))
                if remote.schema:
                    renamed.set("db", exp.to_identifier(remote.schema, quoted=True))
                return renamed
            return node
        if isinstance(node, exp.Placeholder) and paramstyle == "format":
            return exp.Var(this=_PARAM)
        return _portable(node)

    sql = tree.transform(rewrite).sql(dialect=dialect, comments=False)
    if paramstyle == "format" and _PARAM in sql:
        sql = sql.replace("%", "%%").replace(_PARAM, "%s")
    return sql


def duckdb_type(type_text: str, dialect: str = "postgres") -> str:
    """A column type of another database, named as DuckDB names it (so the catalog's kinds apply)."""
    text = type_text.strip()
    upper = text.upper()
    if upper.startswith(("CHARACTER", "VARCHAR", "CHAR", "TEXT", "CITEXT", "NAME", "BPCHAR")):
        return "VARCHAR"
    if "WITH TIME ZONE" in upper and upper.startswith("TIMESTAMP"):
        return "TIMESTAMP WITH TIME ZONE"
    try:
        rendered = exp.DataType.build(text, dialect=dialect).sql(READ_DIALECT)
    except SqlglotError:  # an unusual type name (`tsvector`, an enum's): keep it as the database spells it
        return upper
    return "VARCHAR" if rendered.startswith("TEXT") else rendered
