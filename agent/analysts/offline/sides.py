"""The condition sides of a question: threshold columns, column-vs-column tests, day conditions."""

from __future__ import annotations

from agent.analysts.offline.draft import STRONG, Draft, is_day, numeric
from agent.analysts.offline.model import Measure
from agent.analysts.offline.schema_index import ColumnInfo


def assign_thresholds(d: Draft) -> None:
    """Tie each `under 50` / `100개 미만` to the numeric column named nearest before it (else after)."""
    for threshold in d.extracted.thresholds:
        spans = [(i, s) for i, s in d.free() if numeric(s)]
        before = [p for p in spans if p[1].pos < threshold.pos]
        after = [p for p in spans if p[1].pos > threshold.pos]
        if threshold.after and after:
            before = []
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:
            d.thresholds.append((threshold, None, False))
            continue
        i, span = pick
        d.used.add(i)
        column = numeric(span)[1]  # type: ignore[index]
        d.thresholds.append((threshold, column, span.agg_before is not None))
        if span.agg_before and d.measure is None:
            d.measure = Measure(column.table, column, span.agg_before, word=span.text)


def _primary(d: Draft, table: str, other: ColumnInfo) -> ColumnInfo | None:
    return next((c for c in d.index.tables[table].measures if c.name != other.name), None)


def assign_compares(d: Draft) -> None:
    """Column-vs-column tests: `below reorder point`, `재주문점보다 적은`."""
    for op, pos, hangul in d.reading.comparators:
        spans = [(i, s) for i, s in d.free() if numeric(s)]
        side = [p for p in spans if p[1].pos < pos] if hangul else [p for p in spans if p[1].pos > pos]
        if not side:
            continue
        i, span = side[-1] if hangul else side[0]
        d.used.add(i)
        right = numeric(span)[1]  # type: ignore[index]
        lefts = [(k, c) for k, s in d.free() for sc, c in s.columns
                 if c.numeric and c.table == right.table and c.name != right.name and sc >= 0.5]
        if lefts:
            d.used.add(lefts[0][0])
            left: ColumnInfo | None = lefts[0][1]
        else:
            left = _primary(d, right.table, right)
            d.penalise("compared column assumed", 0.05)
        if left is not None:
            d.compares.append((op, left, right))


def assign_days(d: Draft) -> None:
    """`비 온 날`, `rainy days`: the day word, and a numeric column before it as a `> 0` condition."""
    day = next((i for i, s in d.free() if is_day(s)), None)
    if day is None:
        return
    d.day_span = day
    d.used.add(day)
    pos = d.spans[day].pos
    spans = [(i, s) for i, s in d.free() if numeric(s, STRONG) and s.agg_before is None]
    pick = ([p for p in spans if p[1].pos < pos][-1:] or [p for p in spans if p[1].pos > pos][:1])
    if pick:
        d.used.add(pick[0][0])
        d.positives.append(numeric(pick[0][1], STRONG)[1])  # type: ignore[index]
