"""The exact SQL that ran, with its parameters shown as literals, for people to read."""

from __future__ import annotations

from typing import Any

import sqlglot
from sqlglot import exp


def render_sql(sql: str, params: list[Any]) -> str:
    """`sql` pretty-printed, each `?` replaced by its parameter as a SQL literal."""
    if not params:
        return sqlglot.transpile(sql, read="duckdb", write="duckdb", pretty=True)[0]
    values = iter(params)

    def fill(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Placeholder):
            return exp.convert(next(values))
        return node

    tree = sqlglot.parse_one(sql, read="duckdb").transform(fill)
    return tree.sql(dialect="duckdb", pretty=True)
