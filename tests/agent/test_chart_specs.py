"""Chart specs follow the result's shape: periods on a time axis, categories ranked, lines over categories."""

from __future__ import annotations

import datetime as dt

from agent.analysts.base import ChartHint
from agent.data.results import Results
from agent.graph.charts import chart_spec


def _results(columns, types, rows) -> Results:
    return Results(sql="SELECT 1", columns=columns, types=types, rows=rows)


def test_trend_over_dates_draws_a_temporal_line():
    rows = [(dt.date(2025, m, 1), m * 10) for m in range(1, 4)]
    spec = chart_spec(_results(["month", "total"], ["DATE", "BIGINT"], rows), ChartHint("line", "month", "total"))
    assert spec["mark"]["type"] == "line" and spec["encoding"]["x"]["type"] == "temporal"
    assert next(iter(spec["datasets"].values()))[0]["month"] == "2025-01-01"


def test_line_over_categories_is_ordinal_not_an_empty_time_axis():
    rows = [("WH-A", 400), ("WH-B", 300)]
    spec = chart_spec(_results(["warehouse_id", "total"], ["VARCHAR", "BIGINT"], rows),
                      ChartHint("line", "warehouse_id", "total"))
    assert spec["encoding"]["x"]["type"] == "ordinal"


def test_bars_rank_categories_by_size_but_keep_periods_in_order():
    categories = chart_spec(_results(["w", "t"], ["VARCHAR", "BIGINT"], [("a", 1), ("b", 2)]),
                            ChartHint("bar", "w", "t"))
    assert categories["encoding"]["x"]["sort"] == "-y"
    periods = chart_spec(_results(["m", "t"], ["DATE", "BIGINT"], [(dt.date(2025, 1, 1), 1), (dt.date(2025, 2, 1), 2)]),
                         ChartHint("bar", "m", "t"))
    assert periods["encoding"]["x"]["sort"] == "ascending"


def test_single_row_or_no_hint_draws_nothing():
    one = _results(["t"], ["BIGINT"], [(1000,)])
    assert chart_spec(one, ChartHint("bar", "t", "t")) is None
    assert chart_spec(_results(["w", "t"], ["VARCHAR", "BIGINT"], [("a", 1), ("b", 2)]), None) is None
