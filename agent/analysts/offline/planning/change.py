"""A change between two figures (growth from 1935 to 1954 in %, 1973년 대비 증가율, 얼마나 줄었어?), as one query.

The two figures are the question's own plan at each of the two periods it names, or the previous answer at
its period and at the one the follow-up names (1935년 대비 증가율은?), or the last two answers (and in 1974? then
how much did it rise?). The earlier period comes first; a fall is written as a positive decrease.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import sqlglot
from sqlglot import exp

from agent.analysts.base import Turn
from agent.analysts.offline import sql
from agent.analysts.offline.planning import difference
from agent.analysts.offline.planning.plan import Condition, Plan
from agent.analysts.offline.planning.time import month_start
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.schema.index import SchemaIndex

PERIOD_ROLES = ("year", "date")
NAMES = {
    "en": {"rise": ("Increase", "Increase %"), "fall": ("Decrease", "Decrease %"), "change": ("Change", "Change %")},
    "ko": {"rise": ("증가량", "증가율 %"), "fall": ("감소량", "감소율 %"), "change": ("변화량", "변화율 %")},
}
FIRST_SECOND = {lang: names[1:] for lang, names in difference.NAMES.items()}
"""The two figures' headers when their periods have no names: those of a difference."""


@dataclass(frozen=True)
class Change:
    """The query of a change between two figures, and what it is made of."""

    sql: str
    params: list[Any]
    columns: list[tuple[str, str]]
    tables: list[str]
    way: str
    percent: bool
    grouped: bool = False
    """Each group's change (which state grew the most), ranked, rather than one figure's."""


def _period(condition: Condition, index: SchemaIndex, since: bool = False) -> bool:
    """A condition that places the figure in time: a year, a month or quarter of the dates, or a date range."""
    if condition.having or index.role(condition.column.table, condition.column.name) not in PERIOD_ROLES:
        return False
    if condition.op == "range":
        return True  # 2025년 3월: [2025-03-01, 2025-04-01)
    if condition.op not in ("=", "between", "in", *((">=",) if since else ())):
        return False
    if condition.part in ("month", "quarter"):
        return condition.op == "=" and isinstance(condition.value, int)  # 3월 대비 4월
    return condition.part in (None, "year") and all(
        isinstance(v, int) and 1000 <= v < 3000 for v in _values(condition))


def _values(condition: Condition) -> list[Any]:
    return list(condition.value) if isinstance(condition.value, list | tuple) else [condition.value]


def _at(condition: Condition, year: int) -> Condition:
    return replace(condition, op="=", value=year, said=str(year))


def _single(condition: Condition) -> Any:
    """The one period a condition names (a year, a month, a range's start), or None when it names several."""
    if condition.op == "range":
        return condition.value[0]
    values = _values(condition)
    return values[0] if len(set(values)) == 1 else None


def _as_value(plan: Plan, conditions: list[Condition]) -> Plan:
    """The plan at one period, as a single figure (a share read from "in %" becomes its part's figure)."""
    return replace(plan, conditions=conditions + plan.share_of, share_of=[],
                   shape="value" if plan.shape in ("share", "list") else plan.shape)


def in_question(plan: Plan, index: SchemaIndex) -> tuple[Plan, Plan] | None:
    """The plan at each of the two years it names (from 1935 to 1954, 1973년 대비 1974년, 첫해 대비 마지막 해)."""
    periods = [c for c in plan.conditions if _period(c, index)]
    others = [c for c in plan.conditions if c not in periods]
    if not periods or len({c.column for c in periods}) != 1:
        return None
    singles = [y for y in (_single(c) for c in periods) if y is not None]
    if len(periods) == 2 and len(singles) == 2 and type(singles[0]) is type(singles[1]) \
            and singles[0] != singles[1] and periods[0].part == periods[1].part:
        ordered = sorted(periods, key=_single)  # 1973년 대비 1974년, 3월 대비 4월: each as said, earlier first
        return _as_value(plan, [*others, ordered[0]]), _as_value(plan, [*others, ordered[1]])
    if len(periods) == 1 and periods[0].op != "range" and len(set(_values(periods[0]))) == 2:
        first, second = (_as_value(plan, [*others, _at(periods[0], y)]) for y in sorted(set(_values(periods[0]))))
        return first, second  # from 1935 to 1954: the two years at its ends
    ends = _range_ends(periods[0]) if len(periods) == 1 and periods[0].op == "range" else None
    if ends is not None:  # 1990년 1월부터 2000년 1월까지: its first month and its last
        return _as_value(plan, [*others, ends[0]]), _as_value(plan, [*others, ends[1]])
    return None


def _range_ends(condition: Condition) -> tuple[Condition, Condition] | None:
    """A date range's first and last period, in the unit it was said in (years, months or days)."""
    start, end = condition.value
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        return None
    if start.day == end.day == 1:
        months = 12 if start.month == end.month == 1 else 1  # 2016년부터 2019년까지: [2016-01-01, 2020-01-01)
        first = (start, month_start(start.year, start.month + months))
        last = (month_start(end.year, end.month - months), end)
        shown = "%Y" if months == 12 else "%Y-%m"
    else:
        first, last = (start, start + dt.timedelta(days=1)), (end - dt.timedelta(days=1), end)
        shown = "%Y-%m-%d"
    if first[1] >= end:
        return None  # one year, one month: no two ends to compare
    opening, closing = (replace(condition, value=list(ends), said=ends[0].strftime(shown)) for ends in (first, last))
    return opening, closing


def after_previous(plan: Plan, previous: Plan, index: SchemaIndex) -> tuple[Plan, Plan] | None:
    """The previous answer at its year and at the one the follow-up names (1935년 대비 증가율은?), earlier first."""
    if "follow-up" not in plan.notes:
        return None
    now = [c for c in plan.conditions if _period(c, index, since=True)]  # growth since 1970, after 1984's figure
    before = [c for c in previous.conditions if _period(c, index)]
    if len(now) != 1 or len(before) != 1 or now[0].column != before[0].column:
        return None
    years = _single(now[0]), _single(before[0])
    if None in years or years[0] == years[1] or type(years[0]) is not type(years[1]) \
            or now[0].part != before[0].part:
        return None
    at = [_at(c, c.value) if c.op == ">=" else c for c in plan.conditions]
    pair = (_as_value(plan, at), _as_value(previous, previous.conditions))
    return pair if years[0] < years[1] else (pair[1], pair[0])


def build(pair: tuple[Plan, Plan] | None, history: list[Turn], cues: Cues, index: SchemaIndex,
          language: str) -> Change | None:
    """The change from the first figure to the second: a pair of plans, or else the last two answers."""
    if pair is not None and pair[0].groups:
        return _by_group(pair, cues, index, language)
    if pair is not None and any(p.shape != "value" and p.over is None for p in pair):
        return None  # a ranking of rows at each period: two different rows, no change of one figure
    if pair is not None:
        figures = [difference.figure(p, index, language) for p in pair]
        labels = [_label(p, index) for p in pair]
    elif len(history) >= 2 and not cues.content():
        plans = difference.last_two_plans(history)
        figures = [difference.figure(p, index, language) for p in plans]
        labels = [_label(p, index) if p is not None else None for p in plans]
    else:
        return None
    if any(f is None for f in figures):
        return None
    (first_sql, first_params, first_name, first_tables), (second_sql, second_params, second_name, second_tables) = \
        [f for f in figures if f is not None]
    default = FIRST_SECOND["ko" if language == "ko" else "en"]
    first_label, second_label = (label or default[n] for n, label in enumerate(labels))
    if first_label == second_label:
        first_label, second_label = default
    a = exp.column(first_name, table="a", quoted=True)
    b = exp.column(second_name, table="b", quoted=True)
    _, selects, roles = _moved(a, b, cues, language)
    query = sqlglot.select(
        *selects, exp.alias_(a.copy(), first_label, quoted=True), exp.alias_(b.copy(), second_label, quoted=True),
    ).from_(difference.subquery(first_sql, "a")).join(difference.subquery(second_sql, "b"), join_type="cross")
    return Change(query.sql(dialect="duckdb"), first_params + second_params,
                  [*roles, (first_label, "first"), (second_label, "second")],
                  list(dict.fromkeys(first_tables + second_tables)), cues.change or "change", cues.change_percent)


def _moved(a: exp.Column, b: exp.Column, cues: Cues,
           language: str) -> tuple[exp.Expr, list[exp.Expr], list[tuple[str, str]]]:
    """The change (a fall as a positive decrease) and its percentage of the first: what ranks, selects, roles.

    The percentage comes first when it was asked (증가율, in %).
    """
    way = cues.change or "change"
    change_name, percent_name = NAMES["ko" if language == "ko" else "en"][way]
    moved = exp.Sub(this=a.copy(), expression=b.copy()) if way == "fall" else exp.Sub(this=b.copy(),
                                                                                      expression=a.copy())
    percent = exp.Div(this=exp.Mul(this=exp.paren(moved.copy()), expression=exp.Literal.number(100.0)),
                      expression=exp.Nullif(this=a.copy(), expression=exp.Literal.number(0)))
    selects = [exp.alias_(moved.copy(), change_name, quoted=True),
               exp.alias_(percent.copy(), percent_name, quoted=True)]
    roles = [(change_name, "measure"), (percent_name, "percent")]
    if cues.change_percent:
        return percent, selects[::-1], roles[::-1]
    return moved, selects, roles


def _by_group(pair: tuple[Plan, Plan], cues: Cues, index: SchemaIndex, language: str) -> Change | None:
    """Each group's change between the two periods, ranked by it (the state whose population grew the most)."""
    plan = pair[1]
    if plan.shape != "group" or len(plan.measures) != 1 or plan.over is not None:
        return None
    try:
        built = [sql.build(replace(p, order=None, limit=None), index, language) for p in pair]
    except (KeyError, ValueError):
        return None
    groups, measures = built[0].named("group"), built[0].named("measure")
    if len(measures) != 1 or built[1].named("group") != groups:
        return None
    default = FIRST_SECOND["ko" if language == "ko" else "en"]
    first_label, second_label = (_label(p, index) or default[n] for n, p in enumerate(pair))
    a, b = (exp.column(measures[0], table=t, quoted=True) for t in ("a", "b"))
    ranked, selects, roles = _moved(a, b, cues, language)
    on = exp.and_(*[exp.EQ(this=exp.column(g, table="a", quoted=True), expression=exp.column(g, table="b", quoted=True))
                    for g in groups])
    query = sqlglot.select(
        *[exp.alias_(exp.column(g, table="a", quoted=True), g, quoted=True) for g in groups], *selects,
        exp.alias_(a.copy(), first_label, quoted=True), exp.alias_(b.copy(), second_label, quoted=True),
    ).from_(difference.subquery(built[0].sql, "a")).join(difference.subquery(built[1].sql, "b"), on=on)
    if plan.order is not None:
        query = query.order_by(exp.Ordered(this=ranked.copy(), desc=plan.order == "desc", nulls_first=False))
    if plan.limit:
        query = query.limit(exp.Literal.number(int(plan.limit)))
    return Change(query.sql(dialect="duckdb"), built[0].params + built[1].params,
                  [*[(g, "group") for g in groups], *roles, (first_label, "first"), (second_label, "second")],
                  list(dict.fromkeys(built[0].tables + built[1].tables)), cues.change or "change", cues.change_percent,
                  grouped=True)


def _label(plan: Plan, index: SchemaIndex) -> str | None:
    """The figure's period as its column's name: 1935, or as said (1985~1989년)."""
    periods = [c for c in plan.conditions if index.role(c.column.table, c.column.name) in PERIOD_ROLES]
    if len(periods) != 1:
        return None
    single = _single(periods[0]) if _period(periods[0], index) else None
    if isinstance(single, int) and periods[0].part in (None, "year"):
        return str(single)  # 1935
    return periods[0].said or (str(single) if single is not None else None)  # 3월, 2025년 3월, 1985~1989년
