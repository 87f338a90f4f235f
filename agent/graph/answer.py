"""The final event's data: the written answer with its sources, table and chart, each within its size limit."""

from __future__ import annotations

from typing import Any

from agent.analysts.base import Answer, Language, QueryPlan
from agent.contract import events
from agent.contract.i18n import pick
from agent.contract.messages import MESSAGES
from agent.data.cells import ELLIPSIS
from agent.data.results import Results
from agent.graph.charts import chart_spec
from agent.graph.sql_display import render_sql
from agent.settings import Settings


def final_data(plan: QueryPlan, results: Results | None, answer: Answer, settings: Settings,
               language: Language) -> tuple[dict[str, Any], str]:
    """The final event's data, and the note added to the answer's text when its table was cut ("" if not).

    The table keeps the rows that fit in `max_table_bytes`, the chart is left out when its data would take
    more than `max_chart_bytes`, the text is cut at `max_answer_chars`. Whichever analyst wrote the answer,
    the note says (in the question's language) that the table was cut and why.
    """
    table = results.to_table_data(settings.max_table_bytes) if results is not None and results.columns else None
    chart = chart_spec(results, plan.chart, settings.max_chart_bytes, table)
    shown_sql = render_sql(plan.sql, plan.params) if plan.sql else None
    sources = [
        {"type": "table", "name": name, "sql": shown_sql, "row_count": results.row_count if results else 0}
        for name in plan.tables
    ] if shown_sql else []
    note = cut_note(table, settings, language)
    content = capped(answer.content, settings.max_answer_chars) + note
    return events.final(content, sources, answer.confidence, table, chart, plan.confidence_reasons,
                        plan.alternatives, plan.next_questions or plan.suggestions)["data"], note


def capped(text: str, max_chars: int) -> str:
    """`text` cut at `max_chars` characters (ending in …)."""
    return text if len(text) <= max_chars else text[:max(0, max_chars - 1)] + ELLIPSIS


def cut_note(table: dict[str, Any] | None, settings: Settings, language: Language) -> str:
    """A line saying the table lost rows to the size limit, or values were shortened; "" when neither."""
    if table is None:
        return ""
    parts = []
    if table.get("truncated_reason") == "bytes":
        parts.append(pick(MESSAGES, "table_cut", language, rows=f"{table['row_count']:,}",
                         limit=size_text(settings.max_table_bytes)))
    if table.get("cells_cut"):
        parts.append(pick(MESSAGES, "cells_cut", language, limit=size_text(settings.max_cell_bytes)))
    return f"\n\n_{' '.join(parts)}_" if parts else ""


def size_text(size: int) -> str:
    """A size in bytes as people read it: `2 MiB`, `4 KiB`, `512 bytes`."""
    for unit, scale in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"
