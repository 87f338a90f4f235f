"""Structured plan -> DuckDB SQL built with sqlglot nodes; question values travel as `?` parameters."""

from __future__ import annotations

from typing import Any

import sqlglot
from sqlglot import exp

from agent.analysts.offline.model import Filter, Measure, Structured
from agent.analysts.offline.schema_index import ColumnInfo

AGGREGATES = {"sum": exp.Sum, "avg": exp.Avg, "min": exp.Min, "max": exp.Max}
OPS = {"=": exp.EQ, "<": exp.LT, "<=": exp.LTE, ">": exp.GT, ">=": exp.GTE}


def column(c: ColumnInfo) -> exp.Column:
    """A fully quoted `"table"."column"`."""
    return exp.column(c.name, table=c.table, quoted=True)


def table(name: str) -> exp.Table:
    """A quoted table reference."""
    return exp.Table(this=exp.to_identifier(name, quoted=True))


def date_value(c: ColumnInfo) -> exp.Expression:
    """A date column as a date: text dates are parsed with their catalogued strptime format."""
    if c.date_format:
        return exp.Anonymous(this="try_strptime", expressions=[column(c), exp.Literal.string(c.date_format)])
    return column(c)


def measure_expression(m: Measure) -> exp.Expression:
    """COUNT(*), COUNT(DISTINCT key) or the aggregate of the measure column."""
    if m.column is None:
        if m.distinct is not None:
            return exp.Count(this=exp.Distinct(expressions=[column(m.distinct)]))
        return exp.Count(this=exp.Star())
    return AGGREGATES[m.agg](this=column(m.column))


def _condition(f: Filter, params: list[Any], measure: Measure | None) -> exp.Expression:
    target = measure_expression(measure) if f.having and measure else column(f.column)
    if f.kind == "date":
        start, end = f.value
        params.extend([start, end])
        value = date_value(f.column)
        return exp.and_(exp.GTE(this=value, expression=exp.Placeholder()),
                        exp.LT(this=value.copy(), expression=exp.Placeholder()))
    if f.kind == "month":
        params.append(f.value)
        return exp.EQ(this=exp.Month(this=date_value(f.column)), expression=exp.Placeholder())
    if f.kind == "compare" and f.other is not None:
        return OPS[f.op](this=target, expression=column(f.other))
    if f.kind == "positive":
        return exp.GT(this=target, expression=exp.Literal.number(0))
    if f.op == "between":
        params.extend(f.value)
        return exp.Between(this=target, low=exp.Placeholder(), high=exp.Placeholder())
    if f.op == "in":
        params.extend(f.value)
        return exp.In(this=target, expressions=[exp.Placeholder() for _ in f.value])
    params.append(f.value)
    return OPS[f.op](this=target, expression=exp.Placeholder())


def result_names(s: Structured) -> list[str]:
    """Readable, unique names of the grouping columns in the result."""
    names = [c.name for c in s.groups]
    return [f"{c.table}_{c.name}" if names.count(c.name) > 1 else c.name for c in s.groups]


def build_sql(s: Structured) -> tuple[str, list[Any]]:
    """The SELECT for a structured plan, and its parameters in placeholder order."""
    params: list[Any] = []
    selects: list[exp.Expression] = []
    group_keys: list[exp.Expression] = []
    if s.mode == "trend" and s.date is not None and s.grain:
        period = exp.Cast(this=exp.DateTrunc(unit=exp.Literal.string(s.grain), this=date_value(s.date)),
                          to=exp.DataType.build("date"))
        selects.append(exp.alias_(period, s.grain, quoted=True))
        group_keys.append(exp.to_identifier(s.grain, quoted=True))
    for c, name in zip(s.groups, result_names(s), strict=True):
        selects.append(exp.alias_(column(c), name, quoted=True))
        group_keys.append(column(c))
    if s.mode == "list":
        selects = [column(c) for c in s.list_columns]
    elif s.measure is not None:
        selects.append(exp.alias_(measure_expression(s.measure), s.measure.alias, quoted=True))
    query = sqlglot.select(*selects).from_(table(s.base))
    if s.mode == "list" and len(s.joins) > 0:
        query = query.distinct()
    for j in s.joins:
        on = exp.and_(*[exp.EQ(this=exp.column(c, table=j.parent, quoted=True),
                               expression=exp.column(c, table=j.table, quoted=True)) for c in j.columns])
        query = query.join(table(j.table), on=on)
    where = [_condition(f, params, s.measure) for f in s.filters if not f.having]
    if where:
        query = query.where(exp.and_(*where))
    if group_keys and s.mode != "list":
        query = query.group_by(*group_keys)
    having = [_condition(f, params, s.measure) for f in s.filters if f.having and s.mode != "list"]
    if having:
        query = query.having(exp.and_(*having))
    order = _order(s)
    if order:
        query = query.order_by(*order)
    if s.limit:
        query = query.limit(exp.Literal.number(int(s.limit)))
    return query.sql(dialect="duckdb"), params


def _order(s: Structured) -> list[exp.Expression]:
    if s.mode == "trend":
        return [exp.Ordered(this=exp.to_identifier(n, quoted=True)) for n in [s.grain, *result_names(s)]]
    if s.mode == "group" and s.measure is not None:
        first = exp.Ordered(this=exp.to_identifier(s.measure.alias, quoted=True), desc=s.order != "asc",
                            nulls_first=False)
        return [first] + [exp.Ordered(this=exp.to_identifier(n, quoted=True)) for n in result_names(s)]
    if s.mode == "list" and s.list_columns:
        return [exp.Ordered(this=column(s.list_columns[0]))]
    return []


def warm_up() -> None:
    """Load sqlglot's DuckDB generator now, so the first question does not pay for it."""
    sqlglot.select(exp.alias_(exp.Count(this=exp.Star()), "n", quoted=True)).from_(table("t")).sql(dialect="duckdb")
