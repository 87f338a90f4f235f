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
    """Two or three questions the data can answer: a total, a breakdown, a trend."""
    out: list[str] = []
    for table in index.tables.values():
        measures = [c for c in table.columns if c.role == "measure" and not c.discrete]
        groups = [c for c in table.columns if c.role == "category"]
        dates = [c for c in table.columns if c.role in ("date", "year")]
        if measures and groups:
            m, g = column_words(index, measures[0].ref_col()), column_words(index, groups[0].ref_col())
            out.append(f"{g}별 평균 {m}" if language == "ko" else f"average {m} by {g}")
        if measures and dates:
            m = column_words(index, measures[0].ref_col())
            out.append(f"연도별 {m} 합계" if language == "ko" else f"total {m} per year")
        if len(out) >= 3:
            break
    return out[:3]
