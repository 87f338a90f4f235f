"""What to offer instead of a figure: the columns nearest the question, and questions the data can answer."""

from __future__ import annotations

from agent.analysts.offline.planning.planner import Planned
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.writing.names import column_words

MOST = 4


def nearest_columns(planned: Planned, index: SchemaIndex) -> list[str]:
    """Columns the question's words came closest to (its mentions), else the tables' measures."""
    found: list[str] = []
    for m in sorted(planned.mentions, key=lambda m: -m.score):
        if m.column is not None:
            name = f"{m.table}.{m.column.name}"
            if name not in found:
                found.append(name)
    return found[:MOST]


def suggest(index: SchemaIndex, language: str) -> list[str]:
    """Three questions the data can answer, from its own columns.

    In order of preference: a breakdown, a trend, a count, a top group, a total, over the tables in turn.
    """
    ko = language == "ko"
    candidates: list[str] = []
    for table in index.tables.values():
        measures = [c for c in table.columns if c.role == "measure" and not c.discrete]
        groups = [c for c in table.columns if c.role == "category"]
        dates = [c for c in table.columns if c.role in ("date", "year")]
        m = column_words(index, measures[0].ref_col(), language) if measures else None
        g = column_words(index, groups[0].ref_col(), language) if groups else None
        if m and g:
            candidates.append(f"{g}별 평균 {m}" if ko else f"average {m} by {g}")
        if m and dates:
            candidates.append(f"연도별 {m} 합계" if ko else f"total {m} per year")
        if g:
            candidates.append(f"{g}별 건수" if ko else f"number of rows by {g}")
        if m and g:
            candidates.append(f"{m} 합계가 가장 높은 {g}" if ko else f"{g} with the highest total {m}")
        if m:
            candidates.append(f"{m} 합계" if ko else f"total {m}")
        alone = len(index.tables) == 1
        candidates.append(("행 수는?" if alone else f"{table.name} 행 수는?") if ko else
                          ("how many rows" if alone else f"how many rows in {table.name}"))
    return list(dict.fromkeys(candidates))[:MOST_SUGGESTIONS]


MOST_SUGGESTIONS = 3
