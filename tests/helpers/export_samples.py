"""Sample answers and conversations for the export tests: Korean and English, tables and charts, hostile text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import pandas as pd

GENERATED_AT = dt.datetime(2025, 6, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def korean_table() -> dict[str, Any]:
    """A Korean table with commas, quotes, newlines, negatives and empty cells."""
    return {
        "columns": ["부품 번호", "부품명", "재고", "단가", "입고일"],
        "rows": [
            ["ABC-12345", "볼트 M8", 1000, 12.5, "2025-05-30"],
            ["ABC-22222", "너트, 육각", 250, 0.75, "2025-05-28"],
            ["XYZ-00001", '와셔 "특대"', 0, 1234567.891, None],
            ["XYZ-00002", "줄바꿈\n있는 이름", -75, None, "2025-01-02"],
        ],
        "row_count": 4,
        "truncated": False,
    }


def bar_spec(title: str = "부품별 재고 현황") -> dict[str, Any]:
    """Like agent/graph/charts.py: inline data, width "container", Korean title and axis titles."""
    frame = pd.DataFrame({"부품명": ["볼트 M8", "너트", "와셔"], "재고": [1000, 250, 75]})
    chart = (
        alt.Chart(frame, title=title)
        .mark_bar()
        .encode(
            x=alt.X(field="부품명", type="nominal", sort="-y", title="부품명"),
            y=alt.Y(field="재고", type="quantitative", title="재고 수량"),
        )
        .properties(width="container", height=240)
    )
    return chart.to_dict(validate=False)


def line_spec() -> dict[str, Any]:
    """A line chart's Vega-Lite spec, orders per month on a time axis."""
    frame = pd.DataFrame({"month": ["2025-01-01", "2025-02-01", "2025-03-01"], "orders": [12, 30, 21]})
    chart = (
        alt.Chart(frame, title="Orders per month")
        .mark_line(point=True)
        .encode(x=alt.X("month:T", title="Month"), y=alt.Y("orders:Q", title="Orders"))
        .properties(width="container", height=200)
    )
    return chart.to_dict(validate=False)


def korean_final() -> dict[str, Any]:
    """A Korean final answer with a table, a chart, sources and SQL."""
    return {
        "content": (
            "ABC-12345 부품의 현재 재고는 **1,000개**입니다.\n\n"
            "- 재고가 0인 부품: XYZ-00001\n- 단가 합계는 아래 표를 보세요."
        ),
        "sources": [
            {
                "type": "table",
                "name": "inventory",
                "sql": "SELECT part_no, name, qty FROM inventory WHERE part_no LIKE 'ABC-%' ORDER BY qty DESC",
                "row_count": 4,
            }
        ],
        "confidence_score": 0.87,
        "table_data": korean_table(),
        "chart_data": bar_spec(),
    }


def conversation() -> list[dict[str, Any]]:
    """A whole conversation: answers, a long cut table, hostile HTML, a timeout and a stop."""
    long_table = {
        "columns": ["n", "label"],
        "rows": [[i, f"row {i}"] for i in range(120)],
        "row_count": 120,
        "truncated": True,
    }
    return [
        {"question": "ABC-12345 부품의 현재 재고는?", "final": korean_final(), "error": None, "stopped": False},
        {
            "question": "How many orders per month?",
            "final": {
                "content": "Orders peaked in **February** (30).",
                "sources": [
                    {
                        "type": "table",
                        "name": "orders",
                        "sql": "SELECT month, count(*) AS orders\nFROM orders\nGROUP BY 1",
                        "row_count": 3,
                    },
                    {"type": "table", "name": "calendar", "sql": "SELECT * FROM calendar;", "row_count": 120},
                ],
                "confidence_score": 0.6,
                "table_data": long_table,
                "chart_data": line_spec(),
            },
            "error": None,
            "stopped": False,
        },
        {
            "question": "<script>alert(1)</script> and <img src=x onerror=alert(2)>",
            "final": {
                "content": (
                    "Raw HTML stays text: <b>bold?</b> <script>window.__xss = 1</script> [link](javascript:alert(3))"
                ),
                "sources": [],
                "confidence_score": 0.2,
                "table_data": {"columns": ["<i>col</i>"], "rows": [["<script>alert(4)</script>"]], "row_count": 1,
                               "truncated": False},
                "chart_data": None,
            },
            "error": None,
            "stopped": False,
        },
        {"question": "느린 질문", "final": None, "error": {"error": "TimeoutError", "message": "시간 초과 (30초)"},
         "stopped": False},
        {"question": "Stopped one", "final": None, "error": None, "stopped": True},
    ]
