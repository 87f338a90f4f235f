"""A plan as DuckDB SQL, built with sqlglot nodes; values from the question travel as `?` parameters."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any

import sqlglot
from sqlglot import exp

from agent.analysts.offline.planning.plan import Col, Condition, Measure, Plan
from agent.analysts.offline.schema import durations
from agent.analysts.offline.schema.bands import band_order
from agent.analysts.offline.schema.facts import Link
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.links import linked
from agent.analysts.offline.writing import names as readable

AGGREGATE_NODES = {"sum": exp.Sum, "avg": exp.Avg, "min": exp.Min, "max": exp.Max, "median": exp.Median}
OPS = {"=": exp.EQ, "!=": exp.NEQ, "<": exp.LT, "<=": exp.LTE, ">": exp.GT, ">=": exp.GTE}
PART_FUNCTIONS = {"year": "year", "month": "month", "quarter": "quarter", "day": "day", "weekday": "dayofweek",
                  "hour": "hour"}
ALIAS_PREFIX = {"portion": "share", "ratio": "rate", "sum": "total", "avg": "average", "min": "min", "max": "max",
                "median": "median", "count": "count", "count_distinct": "distinct"}


class NoPath(ValueError):
    """The plan needs a table no link reaches from its base."""


def column(c: Col) -> exp.Column:
    """A plan's column as a quoted `"table"."name"`."""
    return exp.column(c.name, table=c.table, quoted=True)


def table(name: str) -> exp.Table:
    """A table as a quoted name."""
    return exp.Table(this=exp.to_identifier(name, quoted=True))


def date_value(index: SchemaIndex, c: Col) -> exp.Expr:
    """A date column as a date (text dates read with their format)."""
    facts = index.column(c.table, c.name)
    if facts.date_format:
        return exp.Anonymous(this="try_strptime", expressions=[column(c), exp.Literal.string(facts.date_format)])
    return column(c)


def measure_alias(m: Measure) -> str:
    """The result column's name for a measure: `total_price`, `average_mpg`, `count`, `distinct_team`."""
    if m.column is None:
        return "count"
    return f"{ALIAS_PREFIX[m.agg]}_{m.column.name}"


def measure_expression(m: Measure, condition: exp.Expr | None = None,
                       share_of: exp.Expr | None = None, index: SchemaIndex | None = None) -> exp.Expr:
    """A measure's aggregate, over the rows `condition` keeps; with `share_of`, a share's percentage."""
    if m.scale:  # police per 1,000 residents: the per-person figure times 1,000
        return exp.Mul(this=exp.paren(measure_expression(replace(m, scale=None), condition, share_of, index)),
                       expression=exp.Literal.number(m.scale))
    if m.agg == "share" and share_of is not None:  # the share of the rows (or the total) the part keeps
        base = Measure("sum", m.column, plus=m.plus) if m.column is not None else Measure("count")
        return exp.Round(this=exp.Mul(this=exp.Literal.number(100.0), expression=exp.Div(
            this=exp.Cast(this=measure_expression(base, share_of), to=exp.DataType.build("double")),
            expression=exp.Nullif(this=measure_expression(base), expression=exp.Literal.number(0)))),
            decimals=exp.Literal.number(2))
    if m.agg == "portion" and m.column is not None and m.per is not None:  # girls' share of christenings
        whole = measure_expression(Measure("sum", m.per, plus=m.plus), condition)
        return exp.Round(this=exp.Mul(this=exp.Literal.number(100.0), expression=exp.Div(
            this=exp.Cast(this=measure_expression(Measure("sum", m.column), condition),
                          to=exp.DataType.build("double")),
            expression=exp.Nullif(this=whole, expression=exp.Literal.number(0)))), decimals=exp.Literal.number(2))
    if m.agg == "ratio" and m.column is not None and m.per is not None:  # claim rate: claims over holders
        total, exposure = (measure_expression(Measure("sum", c), condition) for c in (m.column, m.per))
        return exp.Div(this=exp.Cast(this=total, to=exp.DataType.build("double")),
                       expression=exp.Nullif(this=exposure, expression=exp.Literal.number(0)))
    if m.column is None:
        node: exp.Expr = exp.Count(this=exp.Star())
    elif m.agg.startswith("count_") and m.agg.removeprefix("count_") in ("year", "month", "quarter", "week", "day"):
        grain = m.agg.removeprefix("count_")  # how many years the data covers
        dated = date_value(index, m.column) if index is not None else column(m.column)
        node = exp.Count(this=exp.Distinct(expressions=[exp.DateTrunc(unit=exp.Literal.string(grain), this=dated)]))
    elif m.agg == "count_distinct":
        node = exp.Count(this=exp.Distinct(expressions=[column(m.column)]))
    elif m.agg == "count":
        node = exp.Count(this=column(m.column))
    elif m.plus:  # deaths from every cause: the parts added row by row, then aggregated
        added: exp.Expr = column(m.column)
        for part in m.plus:
            added = exp.Add(this=added, expression=column(part))
        node = AGGREGATE_NODES[m.agg](this=exp.paren(added))
    else:
        node = AGGREGATE_NODES[m.agg](this=column(m.column))
    return exp.Filter(this=node, expression=exp.Where(this=condition)) if condition is not None else node


def part_of(index: SchemaIndex, c: Col, part: str) -> exp.Expr:
    """A part (year, month, quarter, ...) of a column: the column itself when it is that part.

    `monthday` is month * 100 + day, for ranges of days on Month and Day columns.
    """
    if part == "monthday":
        day = next(d for d in index.tables[c.table].columns if d.role == "day")
        return exp.Add(this=exp.Mul(this=column(c), expression=exp.Literal.number(100)),
                       expression=column(Col(day.table, day.name)))
    role = index.column(c.table, c.name).role
    if role == part or role != "date":
        return column(c)
    return exp.Anonymous(this=PART_FUNCTIONS[part], expressions=[date_value(index, c)])


def condition(index: SchemaIndex, cond: Condition, params: list[Any], plan: Plan) -> exp.Expr:
    """One condition as SQL, its values appended to `params`."""
    if cond.via is not None and cond.op in ("largest", "smallest"):
        return _largest_by_size(index, cond, plan)
    if cond.via is not None:
        return _through(index, cond, params, plan)
    if cond.rows and not cond.having:
        return _in_groups_of_size(cond, params)
    if cond.having:
        named = next((m for m in plan.measures if m.column == cond.column), plan.measures[0])
        target: exp.Expr = measure_expression(Measure("count") if cond.rows else named)
    elif cond.part:
        target = part_of(index, cond.column, cond.part)
    elif cond.op == "range" or (cond.column.name != "*" and index.role(cond.column.table, cond.column.name)
                                == "date"):
        target = date_value(index, cond.column)
    else:
        target = column(cond.column)
    if cond.op == "range":
        start, end = cond.value
        params.extend([start, end])
        return exp.and_(exp.GTE(this=target, expression=exp.Placeholder()),
                        exp.LT(this=target.copy(), expression=exp.Placeholder()))
    if cond.op == "between":
        params.extend(cond.value)
        return exp.Between(this=target, low=exp.Placeholder(), high=exp.Placeholder())
    if cond.op in ("in", "not in"):
        params.extend(cond.value)
        node = exp.In(this=target, expressions=[exp.Placeholder() for _ in cond.value])
        return exp.Not(this=node) if cond.op == "not in" else node
    if cond.op == "is null":
        return exp.Is(this=target, expression=exp.Null())
    if cond.op == "is not null":
        return exp.Not(this=exp.Is(this=target, expression=exp.Null()))
    if isinstance(cond.value, Col):  # below reorder point: one column against another
        return OPS[cond.op](this=target, expression=column(cond.value))
    params.append(cond.value)
    return OPS[cond.op](this=target, expression=exp.Placeholder())


def _through(index: SchemaIndex, cond: Condition, params: list[Any], plan: Plan) -> exp.Expr:
    """From Quebec: the base's origin_code among the provinces the condition keeps (one of several references)."""
    link = _via_link(index, cond, plan)
    inner = condition(index, replace(cond, via=None), params, plan)
    keys = sqlglot.select(exp.column(link.key, table=link.target, quoted=True)).from_(table(link.target)).where(inner)
    return exp.In(this=exp.column(link.column, table=link.table, quoted=True), query=keys.subquery())


def _via_link(index: SchemaIndex, cond: Condition, plan: Plan) -> Link:
    """The base's link by `cond.via` to the condition's table (NoPath when the tables changed since)."""
    link = next((lk for lk in index.tables[plan.base].links
                 if lk.column == cond.via and lk.target == cond.column.table), None)
    if link is None:
        raise NoPath(cond.column.table)
    return link


def _largest_by_size(index: SchemaIndex, cond: Condition, plan: Plan) -> exp.Expr:
    """The largest warehouse by its floor area: the base's rows whose reference is among the `value` largest."""
    link = _via_link(index, cond, plan)
    key = exp.column(link.key, table=link.target, quoted=True)
    sized = sqlglot.select(key).from_(table(link.target)).where(
        exp.Not(this=exp.Is(this=column(cond.column), expression=exp.Null())))
    return exp.In(this=exp.column(link.column, table=link.table, quoted=True),
                  query=_top(sized, column(cond.column), key.copy(), cond))


def _top(query: exp.Select, by: exp.Expr, key: exp.Expr, cond: Condition) -> exp.Subquery:
    """The `value` first keys of `query` by `by` (the most for `largest`, the fewest for `smallest`), ties by key."""
    return query.order_by(exp.Ordered(this=by, desc=cond.op == "largest"), exp.Ordered(this=key)).limit(
        int(cond.value)).subquery()


def _in_groups_of_size(cond: Condition, params: list[Any]) -> exp.Expr:
    """Schools with more than 90 students: the rows whose value of the column has that many rows in its table.

    `largest` and `smallest` keep the `value` groups with the most (or fewest) rows: the three largest schools.
    """
    count = exp.Count(this=exp.Star())
    present = exp.Not(this=exp.Is(this=column(cond.column), expression=exp.Null()))
    groups = sqlglot.select(column(cond.column)).from_(table(cond.column.table)).where(present).group_by(
        column(cond.column))
    if cond.op in ("largest", "smallest"):
        return exp.In(this=column(cond.column), query=_top(groups, count, column(cond.column), cond))
    if cond.op == "between":
        params.extend(cond.value)
        size: exp.Expr = exp.Between(this=count, low=exp.Placeholder(), high=exp.Placeholder())
    else:
        params.append(cond.value)
        size = OPS[cond.op](this=count, expression=exp.Placeholder())
    return exp.In(this=column(cond.column), query=groups.having(size).subquery())


def join_on(link: Link) -> exp.Expr:
    """A join's condition: the column equals the key, or falls in the range (연도 between 시작_연도 and 끝_연도)."""
    here, there = (exp.column(link.column, table=link.table, quoted=True),
                   exp.column(link.key, table=link.target, quoted=True))
    if link.until is None:
        return exp.EQ(this=here, expression=there)
    if link.flipped:  # from the ranges' table: the other table's value between this one's first and last
        return exp.Between(this=there, low=here, high=exp.column(link.until, table=link.table, quoted=True))
    return exp.Between(this=here, low=there, high=exp.column(link.until, table=link.target, quoted=True))


def join_path(index: SchemaIndex, base: str, goal: str) -> list[Link]:
    """The links from `base` to `goal`, fewest first; `NoPath` when none reach it."""
    previous: dict[str, tuple[str, Link] | None] = {base: None}
    queue = deque([base])
    while queue:
        current = queue.popleft()
        if current == goal:
            path = []
            while previous[current] is not None:
                parent, link = previous[current]  # type: ignore[misc]
                path.append(link)
                current = parent
            return path[::-1]
        for link in linked(index, current):
            if link.target not in previous:
                previous[link.target] = (current, link)
                queue.append(link.target)
    raise NoPath(goal)


def _joins(index: SchemaIndex, plan: Plan) -> list[Link]:
    steps: list[Link] = []
    joined = {plan.base}
    for goal in plan.tables()[1:]:
        if goal in joined:
            continue
        chosen = plan.joins.get(goal)
        direct = [lk for lk in index.tables[plan.base].links if lk.target == goal and lk.column == chosen]
        for link in direct or join_path(index, plan.base, goal):
            if link.target not in joined:
                steps.append(link)
                joined.add(link.target)
    return steps


def fan_outs(index: SchemaIndex, plan: Plan) -> int:
    """How many of the plan's joins go from a table to the many rows that refer to it.

    For example parts to their inventory rows; each such join repeats the base's rows, so counts and totals of
    the base would be inflated.
    """
    try:
        steps = _joins(index, plan)
    except NoPath:
        return 0
    return sum(1 for link in steps if link not in index.tables[link.table].links)


@dataclass(frozen=True)
class Built:
    """A plan's SQL, its parameters, and what each result column is (period, group, measure, show, share...)."""

    sql: str
    params: list[Any]
    columns: list[tuple[str, str]]
    """(result column name, what it is) in order."""
    tables: list[str] = field(default_factory=list)
    """Every table the SELECT reads: the base, then each joined table in join order."""

    def named(self, role: str) -> list[str]:
        """The names of the result columns that are `role`, in order."""
        return [name for name, r in self.columns if r == role]


PERIOD = {"en": "Period", "ko": "기간"}
SHARE = {"en": ("Share (%)", "Part", "Whole"), "ko": ("비중 (%)", "해당", "전체")}


OVER_NAMES = {
    "en": {"avg": "Average of {}", "sum": "Total of {}", "max": "Highest {}", "min": "Lowest {}",
           "median": "Median of {}"},
    "ko": {"avg": "{} 평균", "sum": "{} 총합", "max": "{} 최댓값", "min": "{} 최솟값", "median": "{} 중앙값"},
}
"""The header of an aggregate over a breakdown's figures: the average of the yearly totals."""


def build(plan: Plan, index: SchemaIndex, language: str = "en") -> Built:
    """The SELECT of a plan, its parameters in placeholder order, and its result columns."""
    if plan.over is not None:
        return _over_breakdown(plan, index, language)
    lang = "ko" if language == "ko" else "en"
    period_name = PERIOD[lang]
    names = readable.unique([readable.header(index, c, lang) for c in plan.groups] +
                            [readable.measure_name(index, m, lang, plan.base) for m in plan.measures])
    group_names, measure_names = names[:len(plan.groups)], names[len(plan.groups):]
    roles: list[tuple[str, str]] = []
    params: list[Any] = []
    selects: list[exp.Expr] = []
    keys: list[exp.Expr] = []
    if plan.shape == "trend" and plan.time is not None:
        facts = index.column(plan.time.table, plan.time.name)
        if plan.grain == "decade" and facts.role == "year":  # 연대별: 1620, 1630, ... (each year's first decade year)
            period: exp.Expr = exp.Mul(this=exp.IntDiv(this=column(plan.time), expression=exp.Literal.number(10)),
                                       expression=exp.Literal.number(10))
        elif facts.role in ("year", "month", "quarter", "day", "weekday", "hour"):
            period = column(plan.time)
        elif plan.grain == "weekday":
            period = exp.Anonymous(this="dayname", expressions=[date_value(index, plan.time)])
        else:
            period = exp.Cast(this=exp.DateTrunc(unit=exp.Literal.string(plan.grain or "month"),
                                                 this=date_value(index, plan.time)),
                              to=exp.DataType.build("date"))
        selects.append(exp.alias_(period, period_name, quoted=True))
        keys.append(exp.to_identifier(period_name, quoted=True))
        roles.append((period_name, "period"))
    for c, name in zip(plan.groups, group_names, strict=True):
        selects.append(exp.alias_(column(c), name, quoted=True))
        keys.append(column(c))
        roles.append((name, "group"))
    where = [condition(index, c, params, plan) for c in plan.conditions if not c.having]
    if plan.shape == "group":  # 투표의향별: the intentions said; rows with none are no group of them
        where += [exp.Not(this=exp.Is(this=column(c), expression=exp.Null())) for c in plan.groups
                  if index.column(c.table, c.name).nulls]
    part: exp.Condition | None  # the rows a share counts, when the plan has one
    if plan.shape in ("rows", "list"):
        seen: list[tuple[Col, str]] = []
        for c in plan.show:
            if all(c != s_ for s_, _ in seen):
                seen.append((c, "show"))
        for m in plan.measures:
            if m.column is not None and all(m.column != s_ for s_, _ in seen):
                seen.append((m.column, "measure"))
        shown = readable.shown_headers(index, [c for c, _ in seen], lang, plan.base)
        selects = [exp.alias_(column(c), name, quoted=True) for (c, _), name in zip(seen, shown, strict=True)]
        roles = [(name, role) for (_, role), name in zip(seen, shown, strict=True)]
    elif plan.shape == "share":
        part_params: list[Any] = []
        part = exp.and_(*[condition(index, c, part_params, plan) for c in plan.share_of])
        m = plan.measures[0]
        # parameters follow the text: the part's (twice) come before the WHERE clause's
        params[:0] = part_params + part_params
        whole = measure_expression(m)
        share = exp.Mul(this=exp.Literal.number(100.0), expression=exp.Div(
            this=exp.Cast(this=measure_expression(m, part.copy()), to=exp.DataType.build("double")),
            expression=exp.Nullif(this=whole.copy(), expression=exp.Literal.number(0))))
        share_name, part_name, whole_name = SHARE[lang]
        selects += [exp.alias_(exp.Round(this=share, decimals=exp.Literal.number(2)), share_name, quoted=True),
                    exp.alias_(measure_expression(m, part), part_name, quoted=True),
                    exp.alias_(whole, whole_name, quoted=True)]
        roles += [(share_name, "share"), (part_name, "part"), (whole_name, "whole")]
    else:
        share_params: list[Any] = []
        part = exp.and_(*[condition(index, c, share_params, plan) for c in plan.share_of]) if plan.share_of \
            else None
        for m, name in zip(plan.measures, measure_names, strict=True):
            if m.agg == "share":
                params[:0] = share_params
            selects.append(exp.alias_(measure_expression(m, share_of=part.copy() if part is not None else None,
                                                         index=index), name, quoted=True))
            roles.append((name, "measure"))
    query = sqlglot.select(*selects).from_(table(plan.base))
    read = [plan.base]
    for link in _joins(index, plan):
        read.append(link.target)
        query = query.join(table(link.target), on=join_on(link))
    if where:
        query = query.where(exp.and_(*where))
    if keys and plan.shape in ("group", "trend"):
        query = query.group_by(*keys)
    having = [condition(index, c, params, plan) for c in plan.conditions if c.having]
    if having:
        query = query.having(exp.and_(*having))
    order = _order(plan, period_name, group_names, measure_names, index)
    if order:
        query = query.order_by(*order)
    if plan.limit:
        query = query.limit(exp.Literal.number(int(plan.limit)))
    return Built(durations.expand(query, index).sql(dialect="duckdb"), params, roles, read)


def _over_breakdown(plan: Plan, index: SchemaIndex, language: str) -> Built:
    """The breakdown the plan summarises, then one aggregate of its figures (the average of the groups' totals)."""
    shape = "trend" if plan.time is not None and plan.grain else "group"
    inner = build(replace(plan, over=None, shape=shape, order=None, limit=None), index, language)
    figure = inner.named("measure")[0]
    assert plan.over is not None
    name = OVER_NAMES["ko" if language == "ko" else "en"][plan.over].format(figure)
    outer = exp.select(exp.alias_(exp.func(plan.over, exp.column(figure, quoted=True)), name, quoted=True)).from_(
        exp.Subquery(this=sqlglot.parse_one(inner.sql, dialect="duckdb"),
                     alias=exp.TableAlias(this=exp.to_identifier("breakdown", quoted=True))))
    return Built(outer.sql(dialect="duckdb"), inner.params, [(name, "measure")], inner.tables)


BANDED = 30
"""At most this many values has a category whose numbered labels are ordered as bands (25세 미만 before 25-29세)."""


def _group_key(index: SchemaIndex, group: Col, name: str) -> exp.Expr:
    """What a group is ordered by: its numbered bands' rank (25세 미만, 25-29세, ...), else its own value."""
    facts = index.column(group.table, group.name)
    ordered = band_order(facts.values) if facts.role == "category" and facts.kind == "text" and 2 <= len(
        facts.values) == facts.distinct <= BANDED else None
    if ordered is None:
        return exp.to_identifier(name, quoted=True)
    case = exp.Case()
    for rank, value in enumerate(ordered):
        case = case.when(exp.EQ(this=column(group), expression=exp.Literal.string(value)), exp.Literal.number(rank))
    return case


def _order(plan: Plan, period: str, groups: list[str], measures: list[str], index: SchemaIndex
           ) -> list[exp.Ordered]:
    first_measure = plan.measures[0] if plan.measures else None
    by_name = [exp.Ordered(this=_group_key(index, g, n), desc=plan.group_order == "desc")
               for g, n in zip(plan.groups, groups, strict=True)]
    if plan.shape == "trend" and plan.order and first_measure is not None:  # which month was highest
        return [exp.Ordered(this=exp.to_identifier(measures[0], quoted=True), desc=plan.order == "desc",
                            nulls_first=False), exp.Ordered(this=exp.to_identifier(period, quoted=True))]
    if plan.shape == "trend":
        return [exp.Ordered(this=exp.to_identifier(period, quoted=True))] + by_name
    if plan.shape == "group" and first_measure is not None:
        if plan.order is None:
            return by_name
        return [exp.Ordered(this=exp.to_identifier(measures[0], quoted=True), desc=plan.order == "desc",
                            nulls_first=False)] + by_name
    if plan.shape in ("rows", "list") and plan.order and first_measure is not None and first_measure.column:
        return [exp.Ordered(this=column(first_measure.column), desc=plan.order == "desc", nulls_first=False)] + [
            exp.Ordered(this=column(c)) for c in plan.show[:1]]
    if plan.shape in ("rows", "list") and plan.show:
        return [exp.Ordered(this=column(plan.show[0]))]
    return []
