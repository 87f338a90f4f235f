"""The data page's body: every table with its columns, kinds, known values, row count and a preview."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError
from agent.data.catalog import Catalog, Table
from agent.data.database import Database, quote_identifier
from agent.data.results import json_value
from agent.data.sources import ConnectionProblem
from agent.data.workspaces import Workspace
from webui.data_i18n import td
from webui.i18n import Language, rows, t

PREVIEW_ROWS = 50
VALUES_SHOWN = 12


def columns_frame(table: Table, language: Language) -> pd.DataFrame:
    """One row per column: name, SQL type, kind, ID-like, distinct count, known values, description."""
    rows = []
    for column in table.columns:
        values = ", ".join(column.values[:VALUES_SHOWN])
        if len(column.values) > VALUES_SHOWN:
            values += f", … (+{len(column.values) - VALUES_SHOWN})"
        rows.append({
            t("col.name", language): column.name,
            t("col.type", language): column.sql_type,
            t("col.kind", language): column.kind,
            t("col.id", language): column.is_id,
            t("col.distinct", language): f"{column.distinct_count:,}" if column.distinct_count else "",
            t("col.values", language): values,
            t("col.description", language): column.description,
            td("col.synonyms", language): ", ".join(column.synonyms),
        })
    frame = pd.DataFrame(rows)
    if not any(c.description for c in table.columns):
        frame = frame.drop(columns=[t("col.description", language)])
    if not any(c.synonyms for c in table.columns):
        frame = frame.drop(columns=[td("col.synonyms", language)])
    return frame


def preview_frame(source: ChatbotAgent | Database, table: Table) -> pd.DataFrame:
    """The table's first rows, read through the database (an agent's shared one, or a user's)."""
    database = source.database if isinstance(source, ChatbotAgent) else source
    results = database.execute(f"SELECT * FROM {quote_identifier(table.name)} LIMIT {PREVIEW_ROWS}")
    return pd.DataFrame([[json_value(v) for v in row] for row in results.rows], columns=results.columns)


TableActions = Callable[[Table], None]
"""Draws a table's controls (rename, remove, hide) at the top of its tab."""


def draw_catalog(agent: ChatbotAgent, language: Language, workspace: Workspace | None = None,
                 actions: TableActions | None = None) -> None:
    """A summary line, then one tab per table (of `workspace`, default the agent's shared tables)."""
    catalog: Catalog = workspace.catalog if workspace is not None else agent.catalog
    database = workspace.database if workspace is not None else agent.database
    tables = catalog.tables
    st.caption(t("data_caption", language, tables=len(tables), rows=f"{sum(x.row_count for x in tables):,}"))
    if not tables:
        return
    for tab, table in zip(st.tabs([f"{x.name} · {x.row_count:,}" for x in tables]), tables, strict=True):
        with tab:
            draw_table(database, table, language, actions)


def draw_table(source: ChatbotAgent | Database, table: Table, language: Language,
               actions: TableActions | None = None) -> None:
    """One table: its controls, description, row count, columns, preview."""
    st.subheader(table.name, anchor=False)
    if actions is not None:
        actions(table)
    if table.description:
        st.markdown(table.description)
    if table.synonyms:
        st.caption(f"{td('col.synonyms', language)}: {', '.join(table.synonyms)}")
    st.badge(rows(table.row_count, language), color="blue", icon=":material/table_rows:")
    st.markdown(f"**{t('columns', language)}**")
    st.dataframe(columns_frame(table, language), hide_index=True, width="stretch")
    st.markdown(f"**{t('preview', language, rows=min(PREVIEW_ROWS, table.row_count))}**")
    try:
        preview = preview_frame(source, table)
    except (AgentError, ConnectionProblem) as exc:  # an external database gone away: say so, keep the page
        st.warning(f"{type(exc).__name__}: {exc}")
        return
    st.dataframe(preview, hide_index=True, width="stretch", height=360)
