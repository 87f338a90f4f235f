"""Three questions answerable on the actual schema, in the question's language."""

from __future__ import annotations

from agent.analysts.offline.schema_index import ColumnInfo, SchemaIndex, TableInfo


def _group_column(table: TableInfo) -> ColumnInfo | None:
    """A column worth grouping by: a small category, else the linked ID with the fewest values."""
    categories = [c for c in table.columns if c.kind == "text" and c.values and not c.join_key
                  and 2 <= len(c.values) <= 30]
    keys = sorted((c for c in table.columns if c.join_key and c.name != table.key),
                  key=lambda c: (not c.values, len(c.values)))
    return (categories or keys or [None])[0]


def _by_group(index: SchemaIndex, prefer: str | None) -> tuple[TableInfo, ColumnInfo] | None:
    tables = [t for t in index.tables.values() if t.measures and _group_column(t) is not None]
    tables.sort(key=lambda t: (t.name != prefer, -len(index.links.get(t.name, {})) - len(t.measures)))
    return (tables[0], _group_column(tables[0])) if tables else None  # type: ignore[return-value]


def suggest(index: SchemaIndex, language: str, prefer: str | None = None) -> list[str]:
    """Three questions this analyst maps on this schema (no numbers in them)."""
    ko = language == "ko"
    out: list[str] = []
    grouped = _by_group(index, prefer)
    if grouped is not None:
        table, group = grouped
        measure = table.measures[0].name
        out.append(f"{group.name}별 {measure} 합계는?" if ko else f"What is the total {measure} by {group.name}?")
    dated = sorted((t for t in index.tables.values() if t.measures and t.dates), key=lambda t: -t.row_count)
    if dated:
        measure = dated[0].measures[0].name
        out.append(f"월별 {measure} 합계는?" if ko else f"What is the monthly total {measure}?")
    counted = sorted(index.tables.values(), key=lambda t: (t.key is None, t.row_count))
    for table in counted:
        out.append(f"{table.name} 개수는?" if ko else f"How many {table.name} are there?")
    measured = [t for t in index.tables.values() if t.measures]
    for table in measured:
        for column in table.measures:
            out.append(f"{column.name} 평균은?" if ko else f"What is the average {column.name}?")
    return list(dict.fromkeys(out))[:3]
