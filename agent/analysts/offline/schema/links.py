"""Links between tables: a column whose values are another table's key (`cars.maker_id` -> `makers.maker_id`).

A pair is tried when the names say so (the same column name, or the column's words holding the other
table's name: `courier_id` -> couriers) and, for a small catalog, whenever a category column could hold
another table's key. It becomes a link only when the data agrees: every value of the column is among the
key's values. A table of ranges (a first and a last year or date, named alike: 시작_연도, 끝_연도) links the
year or date column of another table when each of its values falls in exactly one range (a year in its reign).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.analysts.offline.schema.facts import ColumnFacts, Link, TableFacts
from agent.analysts.offline.schema.roles import sampled
from agent.contract.errors import AgentError
from agent.data.database import Database, quote_identifier

if TYPE_CHECKING:
    from agent.analysts.offline.schema.index import SchemaIndex

SMALL_CATALOG = 12
"""Up to this many tables, value containment is tried for columns whose names say nothing."""


def _named_pair(column: ColumnFacts, target: TableFacts, key: ColumnFacts) -> bool:
    if column.name.lower() == key.name.lower():
        return True
    words = set(column.words)
    return bool(words & set(target.words)) and (bool(words & set(key.words)) or len(column.words) <= 2)


def _comparable(column: ColumnFacts, key: ColumnFacts) -> bool:
    return (column.kind == key.kind) or (column.kind == "number" and key.kind == "number")


def _contained(database: Database, column: ColumnFacts, key: ColumnFacts) -> bool:
    """Every value of `column` is a value of `key`, and some are."""
    a, b = quote_identifier(column.name), quote_identifier(key.name)
    ta, tb = quote_identifier(column.table), quote_identifier(key.table)
    sql = (f"SELECT count(DISTINCT x.{a}), count(DISTINCT CASE WHEN y.{b} IS NULL THEN x.{a} END) "
           f"FROM {ta} x LEFT JOIN {tb} y ON x.{a} = y.{b} WHERE x.{a} IS NOT NULL")
    try:
        present, missing = database.execute(sql).rows[0]
    except AgentError:  # a pair the database cannot compare (types) is no link
        return False
    return bool(present) and not missing


def find_links(index: SchemaIndex, database: Database) -> None:
    """Fill every table's `links` with the links the names suggest and the data confirms."""
    tables = list(index.tables.values())
    small = len(tables) <= SMALL_CATALOG
    for table in tables:
        for column in table.columns:
            if column.role not in ("id", "category", "label", "measure") or column.span or (
                    column.role == "measure" and not column.integer):
                continue
            for target in tables:
                if target is table or target.key is None:
                    continue
                key = target.column(target.key)
                if column.name == table.key and column.name != key.name:
                    continue
                if not _comparable(column, key):
                    continue
                if not (_named_pair(column, target, key) or (small and column.role in ("id", "category")
                                                             and column.distinct <= target.rows)):
                    continue
                if _contained(database, column, key):
                    table.links.append(Link(table.name, column.name, target.name, key.name))
    for table in tables:
        for target in tables:
            for start, end in _ranges(target) if target is not table else []:
                for column in table.columns:
                    linked_already = any(link.target == target.name for link in table.links)
                    if column.role == start.role and column.kind == start.kind and not linked_already \
                            and _within(database, column, start, end):
                        table.links.append(Link(table.name, column.name, target.name, start.name, until=end.name))


START_WORDS = frozenset({"start", "begin", "beginning", "from", "first", "시작", "처음", "개시", "시작일", "시작일자",
                         "개시일", "취임일", "시작연도", "시작년도"})
END_WORDS = frozenset({"end", "until", "to", "last", "finish", "끝", "종료", "마지막", "종료일", "종료일자", "만료일",
                       "퇴임일", "종료연도", "종료년도"})
"""Words of a range's first and last columns (시작_연도, 끝_연도; start_year, end_year)."""


def _ranges(table: TableFacts) -> list[tuple[ColumnFacts, ColumnFacts]]:
    """Pairs of year or date columns that open and close a range, named alike but for start and end."""
    found = []
    for start in table.columns:
        if start.role not in ("year", "date") or not set(start.words) & START_WORDS:
            continue
        rest = [w for w in start.words if w not in START_WORDS]
        for end in table.columns:
            if end is not start and end.role == start.role and set(end.words) & END_WORDS \
                    and [w for w in end.words if w not in END_WORDS] == rest:
                found.append((start, end))
    return found


def _within(database: Database, column: ColumnFacts, start: ColumnFacts, end: ColumnFacts) -> bool:
    """Every value of `column` falls in exactly one range of `start`..`end` (the reigns cover each year once).

    Counted by one sweep over the sorted starts, values and ends (a value's ranges are the starts at or before
    it less the ends before it), never by joining values to ranges: ranges that overlap widely cannot make
    the check cost values x ranges. Both tables are read through their bounded samples.
    """
    a, s, e = (quote_identifier(c.name) for c in (column, start, end))
    sql = (f"WITH ranges AS (SELECT {s} AS s, {e} AS e FROM {sampled(start.table)} WHERE {s} <= {e}) "
           f"SELECT count(*), count(*) FILTER (WHERE n <> 1) FROM (SELECT kind, sum(step) OVER (ORDER BY point, kind "
           f"ROWS UNBOUNDED PRECEDING) AS n FROM (SELECT s AS point, 0 AS kind, 1 AS step FROM ranges "
           f"UNION ALL SELECT DISTINCT {a}, 1, 0 FROM {sampled(column.table)} WHERE {a} IS NOT NULL "
           f"UNION ALL SELECT e, 2, -1 FROM ranges)) WHERE kind = 1")
    try:
        values, outside = database.execute(sql).rows[0]
    except AgentError:
        return False
    return bool(values) and not outside


def linked(index: SchemaIndex, table: str) -> list[Link]:
    """Links out of `table` and into it (reversed), for join paths."""
    if not index.both_ways:
        both: dict[str, list[Link]] = {name: list(facts.links) for name, facts in index.tables.items()}
        for other in index.tables.values():
            for link in other.links:
                if link.target in both:
                    both[link.target].append(Link(link.target, link.key, other.name, link.column, link.until,
                                                  flipped=link.until is not None))
        index.both_ways = both
    return index.both_ways.get(table, [])


def several_references(index: SchemaIndex, table: str) -> dict[str, list[Link]]:
    """The tables `table` refers to by more than one column (origin_code and destination_code to provinces).

    Not when one of the columns is named for the table and the others are not (team_id beside a position_id
    whose numbers happen to fit the teams): that one is the reference. Worked out once per index.
    """
    if index.references is None:
        index.references = {name: _several(index, name) for name in index.tables}
    return index.references.get(table, {})


def _several(index: SchemaIndex, table: str) -> dict[str, list[Link]]:
    by_target: dict[str, list[Link]] = {}
    for link in index.tables[table].links:
        by_target.setdefault(link.target, []).append(link)
    found = {}
    for target, links in by_target.items():
        words = set(index.tables[target].words)
        named = [lk for lk in links if set(index.column(lk.table, lk.column).words) & words]
        if len(links) >= 2 and len(named) != 1:
            found[target] = links
    return found
