"""Three questions answerable on the actual schema, in the question's language."""

from __future__ import annotations

from agent.analyst.schema_index import ColumnInfo, SchemaIndex, TableInfo


def _group_column(index: SchemaIndex, table: TableInfo) -> ColumnInfo | None:
    """A column worth grouping by: a low-cardinality category, else a linked ID."""
    categories = [c for c in table.columns if c.kind == "text" and c.values and not c.join_key
                  and 2 <= len(c.values) <= 30]
    keys = [c for c in table.columns if c.join_key and c.name != table.key]
    return (categories or keys or [None])[0]


def _fact_table(index: SchemaIndex, prefer: str | None) -> TableInfo | None:
    """The table most worth asking about: the preferred one, else the one with measures and links."""
    tables = [t for t in index.tables.values() if t.measures]
    if prefer and prefer in index.tables and index.tables[prefer].measures:
        return index.tables[prefer]
    return max(tables, key=lambda t: (len(index.links.get(t.name, {})) + len(t.measures), t.row_count),
               default=None)


def suggest(index: SchemaIndex, language: str, prefer: str | None = None) -> list[str]:
    """Three questions this analyst maps on this schema (no numbers in them)."""
    ko = language == "ko"
    fact = _fact_table(index, prefer)
    out: list[str] = []
    if fact is not None:
        measure = fact.measures[0].name
        group = _group_column(index, fact)
        if group is not None:
            out.append(f"{group.name}별 {measure} 합계는?" if ko
                       else f"What is the total {measure} by {group.name}?")
        date = fact.dates[0] if fact.dates else None
        if date is not None:
            out.append(f"월별 {measure} 합계는?" if ko else f"What is the monthly total {measure}?")
        out.append(f"{measure} 평균은?" if ko else f"What is the average {measure}?")
    for table in sorted(index.tables.values(), key=lambda t: t.row_count):
        if len(out) >= 3:
            break
        out.append(f"{table.name} 개수는?" if ko else f"How many {table.name} are there?")
    return out[:3]
