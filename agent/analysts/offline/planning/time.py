"""Periods as conditions on the right column: a date, an integer year, or month/quarter/day part columns.

Relative periods count back from the data's latest date (or latest year), never from today: "last 3 months"
is the latest month in the data and the two before it; 지난달 the month before the latest one.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from agent.analysts.offline.planning.plan import Col, Condition
from agent.analysts.offline.question.periods import Period
from agent.analysts.offline.schema.facts import ColumnFacts
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.links import linked


def _candidates(index: SchemaIndex, base: str) -> list[ColumnFacts]:
    tables = [base] + [link.target for link in linked(index, base)]
    return [c for t in tables for c in index.tables[t].columns if c.role in ("date", "year", "month", "quarter",
                                                                                "day")]


def time_column(index: SchemaIndex, base: str, periods: list[Period], grain: str | None = None,
                named: frozenset[tuple[str, str]] = frozenset()) -> ColumnFacts | None:
    """The column periods (or a grain) are read on: a date when there is one, else a year, else a part.

    Of several dates, the one the question names (deaths in 1989: death_date), else the first.
    """
    found = _candidates(index, base)
    own = [c for c in found if c.table == base] or found
    dates = [c for c in own if c.role == "date"]
    years = [c for c in own if c.role == "year"]
    needs_month = grain in ("month", "day", "week", "quarter", "weekday") or any(
        p.month is not None or p.quarter is not None or p.kind in ("month", "day", "quarter") or
        (p.kind == "relative" and p.unit in ("month", "week", "day", "quarter")) for p in periods)
    if dates:
        return next((c for c in dates if c.ref in named), dates[0])
    if needs_month:
        parts = [c for c in own if c.role == {"quarter": "quarter"}.get(grain or "", "month")]
        if grain in ("month", None) and parts and not any(p.year for p in periods):
            return parts[0]
        return None if not years or grain in ("month", "day", "week") else years[0]
    return years[0] if years else None


def month_start(year: int, month: int) -> dt.date:
    """The first day of a month, a month past December counting into the next year (2024, 14: 2025-02-01)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, 1)


def _bounds(p: Period) -> tuple[dt.date, dt.date] | None:
    """[start, end) of an absolute period with its year."""
    if p.year is None:
        return None
    if p.kind == "year":
        return dt.date(p.year, 1, 1), dt.date(p.year + 1, 1, 1)
    if p.kind == "quarter" and p.quarter:
        start = month_start(p.year, 3 * (p.quarter - 1) + 1)
        return start, month_start(p.year, 3 * p.quarter + 1)
    if p.kind == "month" and p.month:
        return month_start(p.year, p.month), month_start(p.year, p.month + 1)
    if p.kind == "day" and p.month and p.day:
        try:
            start = dt.date(p.year, p.month, p.day)
        except ValueError:
            return None
        return start, start + dt.timedelta(days=1)
    return None


def _relative(p: Period, latest: dt.date) -> tuple[dt.date, dt.date]:
    """[start, end) of a relative period counted back from the latest date."""
    unit, count, back = p.unit or "month", max(1, p.count), p.back
    if unit == "year" and p.counted and not back:  # the last 2 years of monthly data: 24 months up to the latest
        unit, count = "month", 12 * count
    if unit == "year":
        last = latest.year - back
        return dt.date(last - count + 1, 1, 1), dt.date(last + 1, 1, 1)
    if unit == "quarter":
        q = (latest.month - 1) // 3 - back
        end = month_start(latest.year, 3 * q + 4)
        return month_start(latest.year, 3 * (q - count + 1) + 1), end
    if unit == "month":
        end = month_start(latest.year, latest.month + 1 - back)
        return month_start(latest.year, latest.month + 1 - back - count), end
    if unit == "week":
        monday = latest - dt.timedelta(days=latest.weekday()) - dt.timedelta(weeks=back)
        return monday - dt.timedelta(weeks=count - 1), monday + dt.timedelta(weeks=1)
    day = latest - dt.timedelta(days=back)
    return day - dt.timedelta(days=count - 1), day + dt.timedelta(days=1)


def period_conditions(index: SchemaIndex, column: ColumnFacts, periods: list[Period]) -> list[Condition] | None:
    """Conditions for every period on `column`; None when one cannot be placed there."""
    ref = Col(column.table, column.name)
    out: list[Condition] = []
    latest = _latest(index, column)
    for p in periods:
        said = p.text
        if column.role == "date":
            if p.kind == "relative" and p.first:
                return None  # the first year of dated rows: not counted from the earliest date (yet)
            if p.kind == "relative":
                if latest is None:
                    return None
                out.append(Condition(ref, "range", list(_relative(p, latest)), said=said))
                continue
            if p.open is not None and (bounds := _bounds(p)):
                op, edge = _open_edge(p, bounds)
                out.append(Condition(ref, op, edge, part=None, said=said, having=False))
                continue
            if p.until is not None:
                first_bounds, last_bounds = _bounds(p), _bounds(p.until)
                if first_bounds and last_bounds:
                    out.append(Condition(ref, "range", [first_bounds[0], last_bounds[1]], said=said))
                    continue
            bounds = _bounds(p)
            if bounds:
                out.append(Condition(ref, "range", list(bounds), said=said))
                continue
            out += _parts(ref, p, said)  # a month or quarter of every year
            continue
        if column.role == "year":
            if p.kind == "relative" and p.unit == "year" and p.first:
                low = int(column.minimum) if isinstance(column.minimum, int | float) else None
                if low is None:
                    return None
                out.append(Condition(ref, "between", [low, low + max(1, p.count) - 1], said=said))
                continue
            if p.kind == "relative" and p.unit == "year":
                top = int(column.maximum) if isinstance(column.maximum, int | float) else None
                if top is None:
                    return None
                last = top - p.back
                out.append(Condition(ref, "between", [last - max(1, p.count) + 1, last], said=said))
                continue
            if p.kind != "year" or p.year is None:
                return None
            if p.open is not None:
                op = (">=" if p.inclusive else ">") if p.open == "after" else ("<=" if p.inclusive else "<")
                out.append(Condition(ref, op, p.year, said=said))
                continue
            if p.until is not None and p.until.year is not None:
                out.append(Condition(ref, "between", [p.year, p.until.year], said=said))
            else:
                out.append(Condition(ref, "=", p.year, said=said))
            continue
        if column.role in ("month", "quarter", "day") and p.year is None:
            day = next((c for c in index.tables[column.table].columns if c.role == "day"), None)
            if column.role == "month" and p.kind == "day" and p.until is not None and p.until.month and day:
                first = cast(int, p.month) * 100 + (p.day or 1)  # June 10 to June 20 on Month and Day columns
                last = p.until.month * 100 + (p.until.day or 31)
                out.append(Condition(ref, "between", [first, last], part="monthday", said=said))
                continue
            if column.role == "month" and p.month:
                if p.until is not None and p.until.month:
                    out.append(Condition(ref, "between", [p.month, p.until.month], said=said))
                else:
                    out.append(Condition(ref, "=", p.month, said=said))
                if p.kind == "day" and p.day:
                    day = next((c for c in index.tables[column.table].columns if c.role == "day"), None)
                    if day is None:
                        return None
                    out.append(Condition(Col(day.table, day.name), "=", p.day, said=said))
                continue
            if column.role == "quarter" and p.quarter:
                out.append(Condition(ref, "=", p.quarter, said=said))
                continue
        return None
    return out


def _open_edge(p: Period, bounds: tuple[dt.date, dt.date]) -> tuple[str, dt.date]:
    """The comparison for an open period on a date: since 2000 is >= 2000-01-01; before 2000 < 2000-01-01."""
    start, end = bounds
    if p.open == "after":
        return (">=", start) if p.inclusive else (">=", end)
    return ("<", end) if p.inclusive else ("<", start)


def _parts(ref: Col, p: Period, said: str) -> list[Condition]:
    if p.kind == "quarter" and p.quarter:
        return [Condition(ref, "=", p.quarter, part="quarter", said=said)]
    if p.month and p.kind == "month" and p.until is not None and p.until.month and p.until.year is None:
        return [Condition(ref, "between", [p.month, p.until.month], part="month", said=said)]  # July to December
    if p.month:
        out = [Condition(ref, "=", p.month, part="month", said=said)]
        if p.kind == "day" and p.day:
            out.append(Condition(ref, "=", p.day, part="day", said=said))
        return out
    return []


def _latest(index: SchemaIndex, column: ColumnFacts) -> dt.date | None:
    return index.tables[column.table].latest.get(column.name)
