"""Assertions comparing an answer with a figure computed independently by pandas."""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd

from agent.analysts.base import Answer, QueryPlan
from agent.data.results import Results


def fmt(value: float) -> str:
    """How the answer should show a number: thousands separators, two decimals unless whole."""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}"


def close(a: object, b: object) -> bool:
    """Numbers equal up to floating-point noise."""
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]


def _measure(results: Results) -> int:
    """The index of the measure column (the last one for aggregates)."""
    return len(results.columns) - 1


def _label(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return pd.Timestamp(value)
    return value


def check_value(plan: QueryPlan, results: Results, answer: Answer, expected: float) -> None:
    """One number: in the single result cell and, formatted, in the answer."""
    assert results.row_count == 1, results.rows
    assert close(results.rows[0][_measure(results)], expected), (results.rows, expected)
    assert fmt(expected) in answer.content, (fmt(expected), answer.content)
    assert plan.chart is None


def check_groups(plan: QueryPlan, results: Results, answer: Answer, expected: pd.Series) -> None:
    """A breakdown: every group's value; the highest and lowest (and total for sums) in the text."""
    got = {row[0]: row[_measure(results)] for row in results.rows}
    assert set(got) == set(expected.index), (got, expected)
    assert all(close(got[k], v) for k, v in expected.items()), (got, expected)
    assert fmt(expected.max()) in answer.content and fmt(expected.min()) in answer.content, answer.content
    if plan.details["aggregate"] in ("sum", "count"):
        assert fmt(expected.sum()) in answer.content, answer.content
    assert plan.chart is not None and plan.chart.mark == "bar"
    assert {plan.chart.x, plan.chart.y} <= set(results.columns)


def check_top(plan: QueryPlan, results: Results, answer: Answer, expected: pd.Series) -> None:
    """A ranking: the values in order (ties may swap names) and each shown in the text."""
    values = [row[_measure(results)] for row in results.rows]
    assert len(values) == len(expected) and all(close(a, b) for a, b in zip(values, expected, strict=True))
    for row in results.rows:
        assert expected.get(row[0]) is not None and close(expected[row[0]], row[_measure(results)])
    for value in expected:
        assert fmt(value) in answer.content, (fmt(value), answer.content)


def check_trend(plan: QueryPlan, results: Results, answer: Answer, expected: pd.Series) -> None:
    """A trend: each period's value; first, last and peak in the text; a line chart."""
    got = {_label(row[0]): row[_measure(results)] for row in results.rows}
    assert list(got) == sorted(got)
    assert set(got) == set(expected.index), (sorted(got), list(expected.index))
    assert all(close(got[k], v) for k, v in expected.items())
    for value in (expected.iloc[0], expected.iloc[-1], expected.max()):
        assert fmt(value) in answer.content, (fmt(value), answer.content)
    assert plan.chart is not None and plan.chart.mark == "line"
    assert {plan.chart.x, plan.chart.y} <= set(results.columns)


def check_rows(plan: QueryPlan, results: Results, answer: Answer, expected: int) -> None:
    """Rows matching conditions: how many, stated in the text."""
    assert results.row_count == expected and not results.truncated
    assert re.search(rf"(?<![\d,]){re.escape(fmt(expected))}(?![\d,])", answer.content), answer.content


CHECKS = {"value": check_value, "groups": check_groups, "top": check_top, "trend": check_trend,
          "rows": check_rows}
