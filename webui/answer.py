"""How one answer looks: Markdown, confidence badge, chart, table and sources; or its error or stop."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import streamlit as st

from webui.i18n import Language, rows, t

HIGH, MEDIUM = 0.8, 0.5
TABLE_HEIGHT = 320
NOT_AMOUNTS = re.compile(r"(^id$|_id$|^id_|year|month|^yr$|code$|_no$|number$|연도|년)", re.IGNORECASE)


def markdown_text(text: str) -> str:
    """Markdown with dollar signs kept literal (Streamlit would read `$4.85 … $5` as LaTeX)."""
    return text.replace("$", "\\$")


def confidence_level(score: float) -> str:
    """high, medium or low."""
    return "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"


def draw_confidence(score: float | None, language: Language) -> None:
    """A colored badge: green high, orange medium, red low."""
    if score is None:
        return
    level = confidence_level(score)
    color = {"high": "green", "medium": "orange", "low": "red"}[level]
    icon = {"high": ":material/verified:", "medium": ":material/help:", "low": ":material/warning:"}[level]
    st.badge(t("confidence", language, percent=round(score * 100), level=t(f"level.{level}", language)),
             color=color, icon=icon)  # type: ignore[arg-type]


def table_frame(table: dict[str, Any]) -> pd.DataFrame:
    """The table_data rows as a DataFrame (duplicate column names made unique)."""
    columns, seen = [], {}
    for name in table.get("columns") or []:
        name = str(name)
        seen[name] = seen.get(name, 0) + 1
        columns.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return pd.DataFrame(table.get("rows") or [], columns=columns)


def amount_columns(frame: pd.DataFrame) -> dict[str, Any]:
    """Thousands separators for numeric columns that hold amounts (not IDs or years)."""
    return {name: st.column_config.NumberColumn(format="localized") for name in frame.columns
            if pd.api.types.is_numeric_dtype(frame[name]) and not pd.api.types.is_bool_dtype(frame[name])
            and not NOT_AMOUNTS.search(name)}


def draw_table(table: dict[str, Any], language: Language) -> None:
    """The result rows, with a note when the agent cut them short."""
    frame = table_frame(table)
    count = int(table.get("row_count", len(frame)))
    height = "auto" if len(frame) <= 8 else TABLE_HEIGHT
    st.dataframe(frame, hide_index=True, width="stretch", height=height,  # type: ignore[arg-type]
                 column_config=amount_columns(frame))
    if table.get("truncated"):
        st.caption(t("truncated", language, rows=f"{count:,}"))


def draw_sources(sources: list[dict[str, Any]], language: Language) -> None:
    """Where the answer came from: each table, its row count, and the exact SQL (shown once per query)."""
    with st.expander(t("sources", language, count=len(sources)), icon=":material/database:"):
        shown_sql: set[str] = set()
        for source in sources:
            count = source.get("row_count")
            st.markdown(t("source_rows", language, name=source.get("name", "?"),
                          rows=rows(count, language) if isinstance(count, int) else "?"))
            sql = source.get("sql")
            if sql and sql not in shown_sql:
                st.code(sql, language="sql")
                shown_sql.add(sql)


def draw_final(final: dict[str, Any], language: Language) -> None:
    """The whole answer of a final event."""
    st.markdown(markdown_text(final.get("content") or ""))
    draw_confidence(final.get("confidence_score"), language)
    if final.get("chart_data"):
        st.vega_lite_chart(spec=final["chart_data"], width="stretch")
    if final.get("table_data") and final["table_data"].get("columns"):
        draw_table(final["table_data"], language)
    if final.get("sources"):
        draw_sources(final["sources"], language)


def draw_error(error: dict[str, Any], language: Language) -> None:
    """An error event's message for people, with its type underneath."""
    st.error(error.get("message") or error.get("error") or "Error", icon=":material/error:")
    if error.get("error"):
        st.caption(t("error_kind", language, kind=error["error"]))


def draw_stopped(partial: str, language: Language) -> None:
    """What was written before the answer was stopped, and that it was stopped."""
    if partial:
        st.markdown(markdown_text(partial))
    st.warning(t("stopped_detail", language), icon=":material/stop_circle:")


def draw_outcome(turn: dict[str, Any], language: Language) -> None:
    """A stored turn's answer, error, or stop notice (a turn still pending here was stopped)."""
    if turn["status"] == "final" and turn.get("final") is not None:
        draw_final(turn["final"], language)
    elif turn["status"] == "error" and turn.get("error") is not None:
        if turn.get("partial"):
            st.markdown(markdown_text(turn["partial"]))
        draw_error(turn["error"], language)
    else:
        draw_stopped(turn.get("partial", ""), language)
