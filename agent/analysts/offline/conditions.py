"""Turning matched IDs, values, dates, thresholds and comparisons into filters on chosen columns."""

from __future__ import annotations

from agent.analysts.offline.draft import Draft
from agent.analysts.offline.joins import FAR
from agent.analysts.offline.model import Filter
from agent.analysts.offline.schema_index import ColumnInfo
from agent.analysts.offline.values import ValueMatch

MONTH_LABELS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def nearest_column(d: Draft, match: ValueMatch) -> tuple[ColumnInfo, str] | None:
    """The candidate column (with its stored value) closest to the base table; ID columns win ties."""
    options = [(d.dist(t), d.index.tables[t].column(c), v) for t, c, v in match.candidates]
    options = [o for o in options if o[0] < FAR]
    if not options:
        return None
    best = min(o[0] for o in options)
    chosen = [(c, v) for dist, c, v in options if dist == best]
    if len({(c.table, c.name) for c, _ in chosen}) > 1:
        chosen.sort(key=lambda cv: not cv[0].is_id)
        d.penalise(f"'{match.text}' occurs in several columns", 0.05)
    return chosen[0]


def _compared(op: str, value: object) -> str:
    """`< 100`, `between 10 and 20` as shown in labels."""
    if op == "between" and isinstance(value, tuple):
        return f"between {value[0]:,} and {value[1]:,}"
    return f"{op} {value:,}"


def value_filters(d: Draft) -> list[ValueMatch]:
    """Filters for every ID and value found; returns the matches that could not be used."""
    by_column: dict[tuple[str, str], tuple[ColumnInfo, list[str], str]] = {}
    unused: list[ValueMatch] = []
    for match in d.ids + d.values:
        chosen = nearest_column(d, match)
        if chosen is None:
            unused.append(match)
            continue
        column, value = chosen
        if match.partial:
            d.penalise(f"'{match.text}' matched part of '{value}'", 0.05)
        kind = "id" if match in d.ids else "value"
        entry = by_column.setdefault((column.table, column.name), (column, [], kind))
        if value not in entry[1]:
            entry[1].append(value)
    for column, values, kind in by_column.values():
        if len(values) == 1:
            d.filters.append(Filter(kind, column, "=", values[0], label=f"{column.name} = {values[0]}"))
        else:
            d.filters.append(Filter(kind, column, "in", values, label=f"{column.name} in ({', '.join(values)})"))
    return unused


def date_column(d: Draft) -> ColumnInfo | None:
    """The date column trends and periods use: one named in the question, else the base table's."""
    named = [c for _, s in enumerate(d.spans) for sc, c in s.columns[:2]
             if c.kind == "date" and sc >= 0.5 and d.dist(c.table) < FAR]
    if named:
        return min(named, key=lambda c: d.dist(c.table))
    options = [(d.dist(t.name), t.dates[0]) for t in d.index.tables.values() if t.dates]
    options = [o for o in options if o[0] < FAR]
    return min(options, key=lambda o: o[0])[1] if options else None


def other_filters(d: Draft, date: ColumnInfo | None) -> int:
    """Date, threshold, comparison and `> 0` filters; returns how many could not be placed."""
    lost = 0
    for period in d.extracted.periods[:1]:
        if date is None:
            lost += 1
            continue
        d.filters.append(Filter("date", date, "range", (period.start, period.end),
                                label=f"{date.name}: {period.label}"))
    lost += max(0, len(d.extracted.periods) - 1)
    for month in d.extracted.months[:1]:
        if date is None:
            lost += 1
            continue
        d.filters.append(Filter("month", date, "=", month, label=f"{date.name}: {MONTH_LABELS[month - 1]}"))
    lost += max(0, len(d.extracted.months) - 1)
    measure = d.measure.column if d.measure else None
    for threshold, column, aggregated in d.thresholds:
        if column is None:
            column = measure or next(iter(d.index.tables[d.base].measures), None) if d.base else None
        if column is None:
            lost += 1
            continue
        having = aggregated or (measure is not None and column.name == measure.name and bool(d.groups))
        name = d.measure.alias if having and d.measure else column.name
        d.filters.append(Filter("threshold", column, threshold.op, threshold.value, having=having,
                                label=f"{name} {_compared(threshold.op, threshold.value)}"))
    for op, left, right in d.compares:
        d.filters.append(Filter("compare", left, op, other=right, label=f"{left.name} {op} {right.name}"))
    for column in d.positives:
        d.filters.append(Filter("positive", column, ">", 0, label=f"{column.name} > 0"))
    return lost
