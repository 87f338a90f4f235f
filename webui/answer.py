"""How one answer looks: Markdown, confidence badge, chart, table and sources; or its error or stop."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import streamlit as st

from webui import turns
from webui.downloads import draw_answer_downloads
from webui.i18n import Language, rows, t

HIGH, MEDIUM = 0.8, 0.5
TABLE_HEIGHT = 320
PREPARED_ITEMS = 512
"""How many answers' tables and charts stay converted for redraws (across sessions)."""
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


class PreparedTable(NamedTuple):
    """A table_data dict made ready for `st.dataframe`: Arrow data, number formats, row count."""

    data: Any
    """A pyarrow Table (or the DataFrame, when Arrow cannot hold its columns as they are)."""
    column_config: dict[str, Any]
    rows: int


_PREPARED: OrderedDict[int, tuple[Any, Any]] = OrderedDict()
_PREPARED_LOCK = threading.Lock()


def _prepared(source: Any, build: Callable[[Any], Any]) -> Any:
    """`build(source)`, computed once per answer rather than on every rerun.

    Earlier answers are redrawn on every rerun, and converting their tables and chart data to Arrow
    again each time is most of a long conversation's redraw cost. A final answer never changes, so
    the result is kept per object (a small LRU shared by sessions; the entry holds `source`, so its
    id() cannot be reused while cached).
    """
    with _PREPARED_LOCK:
        hit = _PREPARED.get(id(source))
        if hit is not None and hit[0] is source:
            _PREPARED.move_to_end(id(source))
            return hit[1]
    result = build(source)
    with _PREPARED_LOCK:
        _PREPARED[id(source)] = (source, result)
        while len(_PREPARED) > PREPARED_ITEMS:
            _PREPARED.popitem(last=False)
    return result


def _build_table(table: dict[str, Any]) -> PreparedTable:
    frame = table_frame(table)
    try:
        data: Any = pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
        data = frame  # mixed kinds in a column: Streamlit's own conversion fixes them up
    return PreparedTable(data, amount_columns(frame), len(frame))


def prepared_table(table: dict[str, Any]) -> PreparedTable:
    """The table ready for `st.dataframe`, converted once."""
    return _prepared(table, _build_table)


def _build_chart(spec: dict[str, Any]) -> dict[str, Any]:
    datasets = spec.get("datasets")
    if not isinstance(datasets, dict) or not datasets:
        return spec
    try:  # Streamlit passes datasets that are already Arrow IPC bytes through as they are
        from streamlit.dataframe_util import convert_anything_to_arrow_bytes

        converted = {name: values if isinstance(values, bytes) or not isinstance(values, list)
                     else convert_anything_to_arrow_bytes(values) for name, values in datasets.items()}
    except (pa.ArrowException, TypeError, ValueError, OverflowError):  # an unusual dataset: Streamlit converts it
        return spec
    return {**spec, "datasets": converted}


def prepared_chart(spec: dict[str, Any]) -> dict[str, Any]:
    """The Vega-Lite spec with its inline datasets converted to Arrow once (the stored spec is untouched)."""
    return _prepared(spec, _build_chart)


def draw_table(table: dict[str, Any], language: Language) -> None:
    """The result rows, with a note when the agent cut them short."""
    prepared = prepared_table(table)
    count = int(table.get("row_count", prepared.rows))
    height = "auto" if prepared.rows <= 8 else TABLE_HEIGHT
    st.dataframe(prepared.data, hide_index=True, width="stretch", height=height,  # type: ignore[arg-type]
                 column_config=prepared.column_config)
    if table.get("truncated"):
        st.caption(t("truncated", language, rows=f"{count:,}"))


def draw_alternatives(alternatives: list[dict[str, Any]], language: Language, key: str) -> None:
    """Other close readings of the question, each a button that asks it."""
    st.caption(t("other_readings", language))
    for number, alternative in enumerate(alternatives):
        question = str(alternative.get("question") or "")
        if question and st.button(markdown_text(question), key=f"{key}_alternative_{number}",
                                  icon=":material/alt_route:"):
            turns.queue_question(question)


def draw_next_questions(questions: list[Any], language: Language, key: str) -> None:
    """Questions the data answers on the same measure, each a button that asks it."""
    st.caption(t("ask_next", language))
    columns = st.columns(len(questions))
    for number, (column, question) in enumerate(zip(columns, questions, strict=True)):
        if str(question) and column.button(markdown_text(str(question)), key=f"{key}_next_{number}",
                                           icon=":material/arrow_forward:"):
            turns.queue_question(str(question))


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


def draw_final(final: dict[str, Any], language: Language, key: str | None = None, question: str = "") -> None:
    """The whole answer of a final event; with a `key` (unique on the page), its download menu too."""
    st.markdown(markdown_text(final.get("content") or ""))
    draw_confidence(final.get("confidence_score"), language)
    if final.get("confidence_reasons"):
        st.caption(markdown_text(" · ".join(str(r) for r in final["confidence_reasons"])))
    if key is not None and final.get("alternatives"):
        draw_alternatives(final["alternatives"], language, key)
    if final.get("chart_data"):
        st.vega_lite_chart(spec=prepared_chart(final["chart_data"]), width="stretch")
    if final.get("table_data") and final["table_data"].get("columns"):
        draw_table(final["table_data"], language)
    if key is not None:
        draw_answer_downloads(final, question, language, key)
    if final.get("sources"):
        draw_sources(final["sources"], language)
    if key is not None and final.get("next_questions"):
        draw_next_questions(final["next_questions"], language, key)


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


def draw_outcome(turn: dict[str, Any], language: Language, key: str | None = None) -> None:
    """A stored turn's answer, error, or stop notice (a turn still pending here was stopped)."""
    if turn["status"] == "final" and turn.get("final") is not None:
        draw_final(turn["final"], language, key, turn.get("question") or "")
    elif turn["status"] == "error" and turn.get("error") is not None:
        if turn.get("partial"):
            st.markdown(markdown_text(turn["partial"]))
        draw_error(turn["error"], language)
    else:
        draw_stopped(turn.get("partial", ""), language)
