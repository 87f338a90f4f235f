"""Finding IDs and quoted names in the data with one parameterized query (never pasted into SQL)."""

from __future__ import annotations

import functools

import sqlglot
from sqlglot import exp

from agent.analyst.schema_index import SchemaIndex
from agent.analyst.values import ValueMatch
from agent.analyst.words import words
from agent.data.database import Database


def _column(table: str, column: str) -> exp.Column:
    return exp.column(column, table=table, quoted=True)


def _table(name: str) -> exp.Table:
    return exp.Table(this=exp.to_identifier(name, quoted=True))


@functools.lru_cache(maxsize=64)
def _lookup_sql(columns: tuple[tuple[str, str], ...]) -> str:
    """`SELECT k, min(col) FROM t WHERE upper(col) = upper(?)` for every column, as one UNION ALL."""
    selects = [
        sqlglot.select(exp.alias_(exp.Literal.number(i), "k"),
                       exp.alias_(exp.Min(this=_column(t, c)), "v"))
        .from_(_table(t))
        .where(exp.EQ(this=exp.Upper(this=_column(t, c)), expression=exp.Upper(this=exp.Placeholder())))
        for i, (t, c) in enumerate(columns)
    ]
    return functools.reduce(lambda a, b: exp.union(a, b, distinct=False), selects).sql(dialect="duckdb")


def find_in_data(items: list[tuple[str, int]], index: SchemaIndex,
                 database: Database) -> tuple[list[ValueMatch], list[str]]:
    """Where each ID or quoted name occurs (known values, then ID columns); and those found nowhere."""
    found: list[ValueMatch] = []
    missing: list[str] = []
    columns = tuple(index.lookup_columns)
    for text, pos in items:
        candidates = list(index.values.get(words(text), []))
        if columns:
            rows = database.execute(_lookup_sql(columns), [text] * len(columns)).rows
            candidates += [(*columns[k], v) for k, v in rows if v is not None]
        if candidates:
            found.append(ValueMatch(text, float(pos), candidates))
        else:
            missing.append(text)
    return found, missing
