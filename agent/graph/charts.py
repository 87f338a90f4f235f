"""Vega-Lite chart specs (via Altair) for results with a shape worth drawing, their inline data bounded."""

from __future__ import annotations

from typing import Any, Literal

import altair as alt
import pandas as pd

from agent.analysts.base import ChartHint
from agent.data.cells import json_bytes
from agent.data.results import Results
from agent.data.sql_types import is_numeric

Encoding = Literal["quantitative", "ordinal", "temporal", "nominal"]
"""Vega-Lite's measurement types of a field."""

MAX_BARS = 40
MAX_POINTS = 2000


def _field(name: str) -> str:
    """A column name as a Vega-Lite field (dots and brackets escaped)."""
    return name.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")


def chart_spec(results: Results | None, hint: ChartHint | None, max_bytes: int | None = None,
               table: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """A Vega-Lite spec with its data inline, or None when the result is not worth a chart.

    The inline data holds the columns drawn or shown in tooltips, of the first MAX_POINTS (lines) or
    MAX_BARS (bars) rows of `table` (the result's `table_data`, made here when not given); when that data
    takes more than `max_bytes` of JSON, there is no chart rather than a huge one.
    """
    if results is None or hint is None or results.row_count < 2:
        return None
    if not {hint.x, hint.y} <= set(results.columns) or (hint.color and hint.color not in results.columns):
        return None
    table = table if table is not None else results.to_table_data()
    frame = pd.DataFrame(table["rows"], columns=table["columns"])
    frame = frame.head(MAX_POINTS if hint.mark == "line" else MAX_BARS)
    shown = list(dict.fromkeys([*frame.columns[:4], hint.x, hint.y, *([hint.color] if hint.color else [])]))
    frame = frame.loc[:, ~frame.columns.duplicated()][shown]
    if max_bytes is not None and json_bytes(frame.to_dict("records")) > max_bytes:
        return None
    tooltip = [alt.Tooltip(field=_field(c), type=_type_of(frame[c])) for c in frame.columns[:4]]
    x_kind = _kind_of(results, hint.x)
    if hint.mark == "line":
        x_types: dict[str, Encoding] = {"date": "temporal", "number": "quantitative"}
        x_type = x_types.get(x_kind, "ordinal")
        chart = alt.Chart(frame).mark_line(point=True).encode(
            x=alt.X(field=_field(hint.x), type=x_type, title=hint.x),
            y=alt.Y(field=_field(hint.y), type="quantitative", title=hint.y),
            tooltip=tooltip,
        )
    else:
        ordered = x_kind in ("date", "number")  # periods and numbers keep their order; categories rank by size
        chart = alt.Chart(frame).mark_bar().encode(
            x=alt.X(field=_field(hint.x), type="ordinal" if ordered else "nominal",
                    sort="ascending" if ordered else "-y", title=hint.x),
            y=alt.Y(field=_field(hint.y), type="quantitative", title=hint.y),
            tooltip=tooltip,
        )
    if hint.color:
        chart = chart.encode(color=alt.Color(field=_field(hint.color), type="nominal", title=hint.color))
    return chart.properties(width="container", height=320).to_dict(validate=False)


def _kind_of(results: Results, column: str) -> str:
    """"date", "number" or "text": what the result's column holds, from its SQL type."""
    sql_type = results.types[results.columns.index(column)].upper() if results.types else ""
    if sql_type.startswith(("DATE", "TIMESTAMP")):
        return "date"
    if is_numeric(sql_type):
        return "number"
    return "text"


def _type_of(series: pd.Series) -> Encoding:
    return "quantitative" if pd.api.types.is_numeric_dtype(series) else "nominal"
