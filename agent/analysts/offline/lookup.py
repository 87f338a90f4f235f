"""Finding IDs and quoted names in the data with parameterized queries (never pasted into SQL)."""

from __future__ import annotations

import functools

import sqlglot
from sqlglot import exp

from agent.analysts.offline.schema_index import SchemaIndex
from agent.analysts.offline.values import Candidate, ValueMatch
from agent.analysts.offline.words import words
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


def _searched(index: SchemaIndex) -> tuple[tuple[str, str], ...]:
    """ID columns worth scanning: each table's own key, and IDs that are no table's key.

    A foreign-key column (`inventory.part_id`) is not scanned: its values are found through the
    key table (`parts.part_id`), which is usually far smaller.
    """
    keys = {t.key for t in index.tables.values() if t.key}
    return tuple((t, c) for t, c in index.lookup_columns if index.tables[t].key == c or c not in keys)


def with_referencing(index: SchemaIndex, table: str, column: str, value: str) -> list[Candidate]:
    """A key value found in its table, plus every table that refers to that key by name."""
    if index.tables[table].key != column:
        return [(table, column, value)]
    return [(t.name, column, value) for t in index.tables.values()
            if any(c.name == column and c.join_key for c in t.columns)]


def find_in_data(items: list[tuple[str, int]], index: SchemaIndex,
                 database: Database) -> tuple[list[ValueMatch], list[str]]:
    """Where each ID or quoted name occurs (known values, then ID columns); and those found nowhere."""
    found: list[ValueMatch] = []
    missing: list[str] = []
    first = _searched(index)
    rest = tuple(c for c in index.lookup_columns if c not in first)
    for text, pos in items:
        candidates = list(index.values.get(words(text), []))
        for columns, always in ((first, True), (rest, False)):  # referring columns only if keys lack it
            if not columns or (candidates and not always):
                continue
            rows = database.execute(_lookup_sql(columns), [text] * len(columns)).rows
            for k, value in rows:
                if value is not None:
                    candidates += with_referencing(index, *columns[k], value)
        if candidates:
            found.append(ValueMatch(text, float(pos), list(dict.fromkeys(candidates))))
        else:
            missing.append(text)
    return found, missing
