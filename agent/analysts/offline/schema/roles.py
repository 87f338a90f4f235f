"""A column's role read from its name and its data: identifier, label, category, flag, measure, year, date..."""

from __future__ import annotations

import re
from typing import Any

from agent.data.catalog import ID_NAME, Column, Table

TIME_ROLES = frozenset({"date", "year", "month", "quarter", "day"})
"""Roles of the columns a period is on."""
YEAR_WORDS = frozenset({"year", "yr", "yyyy", "season", "연도", "년도", "년", "연", "해", "학년도"})
EVENT_WORDS = frozenset({"founded", "established", "built", "born", "opened", "started", "launched", "since",
                         "설립", "창간", "창립", "창업", "건립", "준공", "개교", "출생", "개업"})
"""Words naming when something began: with whole numbers between 1800 and 2100 (`founded`: 1844), a year."""
PART_WORDS = {
    "month": frozenset({"month", "mon", "mo", "월", "달"}),
    "day": frozenset({"day", "dd", "dom", "일", "날"}),
    "quarter": frozenset({"quarter", "qtr", "분기"}),
    "weekday": frozenset({"weekday", "dow", "요일"}),
    "hour": frozenset({"hour", "hr", "시", "시각"}),
}
PART_RANGES = {"month": (1, 12), "day": (1, 31), "quarter": (1, 4), "weekday": (0, 7), "hour": (0, 24)}
LABEL_WORDS = frozenset({"name", "title", "model", "label", "rowname", "이름", "명", "성명", "제목", "모델", "상호",
                         "품명", "제품명", "상품명"})
ID_WORDS = frozenset({"id", "code", "key", "sku", "uuid", "번호", "코드", "아이디"})
FLAG_VALUES = [{"yes", "no"}, {"y", "n"}, {"true", "false"}, {"t", "f"}, {"0", "1"}, {"예", "아니오"},
               {"네", "아니요"}, {"있음", "없음"}, {"o", "x"}]
LABEL_SHARE = 0.6
"""A text column with at least this share of distinct values names its rows (a label), else it is a category."""
NUMERIC_ID = re.compile(r"(^|_)(id|no|nr|num)$|id$", re.IGNORECASE)


FIRST_YEAR = {"named": 1000, "other": 1800}
"""The earliest whole number read as a year: a column named year may hold history (1629 to 1710), one named
`founded` or `date` only modern years."""


def _year_like(words: tuple[str, ...], stats: dict[str, Any]) -> bool:
    low, high = stats.get("min"), stats.get("max")
    if not (isinstance(low, int | float) and isinstance(high, int | float) and stats.get("integer")):
        return False
    first = FIRST_YEAR["named"] if set(words) & YEAR_WORDS else FIRST_YEAR["other"]
    named = set(words) & (YEAR_WORDS | EVENT_WORDS) or "date" in words
    return bool(named and first <= low <= high <= 2100)


def _part(words: tuple[str, ...], stats: dict[str, Any]) -> str | None:
    low, high = stats.get("min"), stats.get("max")
    for part, names in PART_WORDS.items():
        lo, hi = PART_RANGES[part]
        if set(words) & names and isinstance(low, int | float) and isinstance(high, int | float) \
                and lo <= low and high <= hi and stats.get("integer"):
            return part
    return None


def is_flag(values: tuple[str, ...]) -> bool:
    """Two values that read as yes/no (or 0/1)."""
    lowered = {v.strip().lower() for v in values}
    return len(lowered) == 2 and any(lowered == pair for pair in FLAG_VALUES)


def role_of(column: Column, words: tuple[str, ...], stats: dict[str, Any], rows: int) -> str:
    """The column's role, from its catalog facts, its name's words and its statistics."""
    distinct, non_null = stats.get("distinct", 0), stats.get("count", 0)
    named_id = bool(ID_NAME.search(column.name)) or (bool(words) and words[-1] in ID_WORDS)
    if column.kind == "date":
        return "date"
    if column.kind == "boolean":
        return "flag"
    if column.kind == "number":
        if _year_like(words, stats):
            return "year"
        part = _part(words, stats)
        if part:
            return part
        if named_id or (column.is_id and stats.get("integer")) or set(words) & {"rowname"}:
            return "id"
        if stats.get("integer") and distinct == 2 and {stats.get("min"), stats.get("max")} == {0, 1}:
            return "flag"
        return "measure"
    if column.kind != "text":
        return "other"
    values = column.values
    if values and is_flag(values):
        return "flag"
    if named_id:
        return "id"
    if set(words) & LABEL_WORDS and distinct > 1:
        return "label"
    if non_null and distinct >= LABEL_SHARE * non_null and non_null >= 5 and distinct > 12:
        return "label"
    return "category" if distinct <= max(200, rows // 20) or values else "text"


def looks_like_codes(values: tuple[str, ...]) -> bool:
    """Most values are codes (`ABC-12345`, `WH-B`, `SUP-06`): the column identifies rather than names."""
    from agent.data.catalog import ID_VALUE

    sample = [v for v in values[:200] if v]
    return bool(sample) and sum(bool(ID_VALUE.match(v.strip())) for v in sample) >= 0.8 * len(sample)


EXACT_ROWS = 200_000
"""Up to this many rows distinct values are counted exactly (beyond, approximately: a key is told by it)."""


STATS_ROWS = 1_000_000
"""The analyst reads its column facts from at most this many rows of a table (exact below, a sample above),
so a huge or attached table costs one bounded read, not a scan."""


def stats_sql(table: Table, local: bool) -> tuple[str, list[str]]:
    """One query reading every column's distinct count, non-null count, min, max and wholeness.

    Returns the SQL and the names of its result columns in order.
    """
    from agent.data.database import quote_identifier as q

    parts, names = [], []
    distinct = "approx_count_distinct" if local and table.row_count > EXACT_ROWS else "count"
    for c in table.columns:
        col = q(c.name)
        parts.append(f"{distinct}({'' if distinct != 'count' else 'DISTINCT '}{col})")
        parts.append(f"count({col})")
        names += [f"{c.name}\x00distinct", f"{c.name}\x00count"]
        if c.kind in ("number", "date") and not c.date_format:
            parts += [f"min({col})", f"max({col})"]
            names += [f"{c.name}\x00min", f"{c.name}\x00max"]
        if c.kind == "number":
            parts.append(f"bool_and(CAST({col} AS DOUBLE) = floor(CAST({col} AS DOUBLE)))")
            names.append(f"{c.name}\x00integer")
    return f"SELECT {', '.join(parts)} FROM {sampled(table.name)}", names


def sampled(table: str) -> str:
    """A FROM item reading at most STATS_ROWS rows of `table`."""
    from agent.data.database import quote_identifier as q

    return f"(SELECT * FROM {q(table)} LIMIT {STATS_ROWS}) AS sampled"
