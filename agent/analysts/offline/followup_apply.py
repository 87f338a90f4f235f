"""Applying a follow-up's changes to the previous structured plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from agent.analysts.offline import subjects
from agent.analysts.offline.conditions import MONTH_LABELS, nearest_column
from agent.analysts.offline.dates import Period
from agent.analysts.offline.draft import Draft
from agent.analysts.offline.followup_reading import Changes
from agent.analysts.offline.joins import FAR
from agent.analysts.offline.model import Filter, Measure, Structured
from agent.analysts.offline.schema_index import ColumnInfo


def _label(column: ColumnInfo, values: list[str]) -> str:
    return f"{column.name} = {values[0]}" if len(values) == 1 else f"{column.name} in ({', '.join(values)})"


def _set_values(s: Structured, column: ColumnInfo, values: list[str], kind: str) -> None:
    """Replace the filter on `column` (same column name: an ID is the same in every table) or add one."""
    same = [f for f in s.filters if f.kind in ("id", "value") and f.column.name == column.name]
    old = {v for f in same for v in (f.value if isinstance(f.value, list) else [f.value])}
    target = same[0].column if same else column
    s.filters = [f for f in s.filters if f not in same]
    value: Any = values[0] if len(values) == 1 else values
    s.filters.append(Filter(same[0].kind if same else kind, target, "=" if len(values) == 1 else "in", value,
                            label=_label(target, values)))
    if s.entity is not None and (s.entity.value in old or (s.entity.value is None and s.entity.key == column.name)):
        s.entity = dataclasses.replace(s.entity, value=values[0] if len(values) == 1 else None)
    s.groups = [g for g in s.groups if g.name != column.name]
    if s.mode == "group" and not s.groups:
        s.mode, s.order, s.limit = "value", None, None


def apply_values(s: Structured, c: Changes, d: Draft) -> None:
    """Put the values the follow-up names in place of the previous ones on their columns (or add them)."""
    chosen: dict[tuple[str, str], tuple[ColumnInfo, list[str], str]] = {}
    for match in c.values:
        current = next(((f.column, v) for f in s.filters if f.kind in ("id", "value")
                        for t, col, v in match.candidates if col == f.column.name), None)
        picked = current or nearest_column(d, match)
        if picked is None:
            c.ignored.append(match.text)
            continue
        column, value = picked
        entry = chosen.setdefault((column.table, column.name), (column, [], "id" if column.is_id else "value"))
        if value not in entry[1]:
            entry[1].append(value)
    for column, values, kind in chosen.values():
        _set_values(s, column, values, kind)
        c.applied.append("filter")


def _date_column(s: Structured, d: Draft) -> ColumnInfo | None:
    dated = next((f.column for f in s.filters if f.kind in ("date", "month")), None)
    if dated is not None or s.date is not None:
        return dated or s.date
    options = [(d.dist(t.name), t.dates[0]) for t in d.index.tables.values() if t.dates]
    options = [o for o in options if o[0] < FAR]
    return min(options, key=lambda o: o[0])[1] if options else None


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_period(s: Structured, month: int) -> Period | None:
    """The month in the year of the previous date range (a month or a whole year), if there was one."""
    old = next((f for f in s.filters if f.kind == "date"), None)
    if old is None:
        return None
    start, end = old.value
    whole_year = start.month == 1 and end == start.replace(year=start.year + 1)
    if start.day == 1 and (end == _next_month(start) or whole_year):
        first = dt.date(start.year, month, 1)
        return Period(first, _next_month(first), f"{first.year}-{month:02d}")
    return None


def apply_dates(s: Structured, c: Changes, d: Draft) -> None:
    """Replace the date range (`지난달`, `and April?` in the previous year) or the month of year."""
    ex = c.extracted
    periods = ex.periods if ex else []
    if not periods and not c.months:
        return
    column = _date_column(s, d)
    if column is None:
        c.ignored.extend(p.label for p in periods)
        return
    period = periods[0] if periods else _month_period(s, c.months[0])
    kept = [f for f in s.filters if f.kind not in ("date", "month")]
    if period is not None:
        new = Filter("date", column, "range", (period.start, period.end), label=f"{column.name}: {period.label}")
    else:
        month = c.months[0]
        new = Filter("month", column, "=", month, label=f"{column.name}: {MONTH_LABELS[month - 1]}")
    s.filters = [*kept, new]
    if s.date is None:
        s.date = column
    c.applied.append("date")


def apply_shape(s: Structured, c: Changes, d: Draft) -> None:
    """Measure, aggregate, time grain and grouping."""
    if c.measure is not None:
        span, column = c.measure
        agg = s.measure.agg if s.measure is not None and s.measure.column is not None else "sum"
        s.measure = Measure(column.table, column, agg, word=span.text)
        s.base = column.table
        if s.mode == "list":
            s.mode = "value"
        c.applied.append("measure")
    if c.aggregate and s.measure is not None:
        if c.aggregate == "count":
            s.measure = Measure(s.base, None, "count")
        elif s.measure.column is not None:
            s.measure = dataclasses.replace(s.measure, agg=c.aggregate, defaulted=False)
        c.applied.append("aggregate")
    d.base = s.base
    groups = [g for g in (subjects.group_column(d, span) for span in c.group_spans) if g is not None]
    c.ignored.extend(span.text for span in c.group_spans[len(groups):])
    if groups:
        s.groups = groups
        names = {g.name for g in groups}
        dropped = [f for f in s.filters if f.kind in ("id", "value") and f.column.name in names]
        s.filters = [f for f in s.filters if f not in dropped]
        if s.entity is not None and any(f.value == s.entity.value for f in dropped):
            s.entity = None
        if s.measure is None:
            s.measure = Measure(s.base, None, "count", defaulted=True)
        if s.mode != "trend":
            s.mode, s.order, s.limit = "group", s.order or "desc", None
        c.applied.append("groups")
    if c.grain:
        column = _date_column(s, d)
        if column is None:
            c.ignored.append(c.grain)
        else:
            if s.measure is None:
                s.measure = Measure(s.base, None, "count", defaulted=True)
            s.mode, s.grain, s.date, s.order, s.limit = "trend", c.grain, column, None, None
            c.applied.append("grain")


def apply_ranking(s: Structured, c: Changes) -> None:
    """A new top or bottom N for breakdowns and row lists."""
    top = c.extracted.top if c.extracted else None
    if top is None:
        return
    if s.mode in ("group", "list"):
        s.limit = top[0]
        s.order = top[1] or (s.order if s.mode == "group" else None) or ("desc" if s.mode == "group" else None)
        c.applied.append("limit")
    else:
        c.ignored.append(str(top[0]))
