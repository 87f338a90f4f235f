"""The data page's body: add files, the tables (with rename / remove / hide), databases, descriptions."""

from __future__ import annotations

from typing import Any

import streamlit as st

from agent.chatbot import ChatbotAgent
from agent.data.catalog import Table
from agent.data.uploads.loading import UPLOAD_TYPES
from agent.data.workspaces import SAMPLE, UPLOAD, Workspace
from webui import data_actions
from webui.catalog_view import draw_catalog
from webui.data_i18n import td
from webui.i18n import Language, rows

FLASH_KEY = "data_flash"
ROUND_KEY = "data_round"
"""Bumped after an upload or a saved connection, so the widgets start empty again."""


def _flash(kind: str, text: str) -> None:
    st.session_state.setdefault(FLASH_KEY, []).append((kind, text))


def _round() -> int:
    return int(st.session_state.get(ROUND_KEY, 0))


def _next_round() -> None:
    st.session_state[ROUND_KEY] = _round() + 1


def _show_flash() -> None:
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        {"success": st.success, "error": st.error, "info": st.info}.get(kind, st.info)(text)


def draw(agent: ChatbotAgent, language: Language, user_id: str) -> None:
    """The whole data page for `user_id`."""
    workspace = agent.workspace(user_id)
    _show_flash()
    if workspace.problems:
        st.warning(td("problems", language, problems="; ".join(workspace.problems)))
    if agent.workspaces.fixed:
        st.info(td("fixed", language))
        draw_catalog(agent, language)
        return
    _draw_uploads(agent, language, user_id)
    st.subheader(td("tables_title", language), anchor=False)
    if workspace.hidden_samples:
        _draw_hidden(agent, workspace, language, user_id)
    draw_catalog(agent, language, workspace, actions=lambda table: _table_actions(agent, workspace, table,
                                                                                    language, user_id))
    _draw_connections(agent, workspace, language, user_id)
    _draw_descriptions(agent, language, user_id)


# --- uploads -------------------------------------------------------------------------------------------

def _draw_uploads(agent: ChatbotAgent, language: Language, user_id: str) -> None:
    settings = agent.settings
    with st.container(border=True):
        st.markdown(f"**{td('add_title', language)}**")
        st.caption(td("add_help", language, mb=settings.max_upload_mb, excel=settings.max_excel_mb))
        files = st.file_uploader(td("uploader", language), type=list(UPLOAD_TYPES), accept_multiple_files=True,
                                 key=f"data_upload_{_round()}", max_upload_size=settings.max_upload_mb)
    if not files:
        return
    outcomes = []
    for file in files:
        with st.spinner(td("loading", language, name=file.name)):
            outcomes += data_actions.handle_uploads(agent, user_id, [file], language)
    for outcome in outcomes:
        if outcome.error:
            _flash("error", td("failed", language, message=outcome.error))
        for table in outcome.added:
            key = "replaced" if table.replaced else "added"
            text = td(key, language, table=table.name, file=outcome.file, rows=rows(table.rows, language))
            if table.notes:
                text += "  \n" + td("loaded_notes", language) + ": " + "; ".join(table.notes)
            _flash("success", text)
    _next_round()
    st.rerun()


# --- per-table controls ------------------------------------------------------------------------------

def _on_rename(agent: ChatbotAgent, user_id: str, old: str, language: Language) -> None:
    new = st.session_state.get(f"data_rename_to_{old}", "")
    status, value = data_actions.rename_table(agent, user_id, old, new, language)
    _flash("success" if status == "ok" else "error",
           td("renamed", language, old=old, new=value) if status == "ok" else value)


def _on_remove(agent: ChatbotAgent, user_id: str, name: str, language: Language) -> None:
    status, value = data_actions.remove_table(agent, user_id, name, language)
    _flash("success" if status == "ok" else "error", td("removed", language, table=name) if status == "ok" else value)


def _on_hide(agent: ChatbotAgent, user_id: str, name: str, hidden: bool, language: Language) -> None:
    status, value = data_actions.set_sample_hidden(agent, user_id, name, hidden, language)
    if status != "ok":
        _flash("error", value)


def _table_actions(agent: ChatbotAgent, workspace: Workspace, table: Table, language: Language,
                   user_id: str) -> None:
    owner = workspace.owner(table.name)
    if owner == SAMPLE:
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.caption(td("owner.sample", language))
        right.button(td("hide", language), key=f"data_hide_{table.name}", icon=":material/visibility_off:",
                     on_click=_on_hide, args=(agent, user_id, table.name, True, language), width="stretch")
        return
    if owner != UPLOAD:
        st.caption(td("owner.connection", language, name=owner))
        return
    upload = next((u for u in workspace.user_tables if u.name == table.name), None)
    left, middle, right = st.columns([4, 1, 1], vertical_alignment="center")
    if upload is not None:
        left.caption(td("owner.upload", language, file=upload.original, added=upload.added.replace("T", " ")[:16]))
        if upload.notes:
            left.caption(td("loaded_notes", language) + ": " + "; ".join(upload.notes))
    with middle.popover(td("rename", language), icon=":material/edit:", width="stretch"):
        st.text_input(td("new_name", language), value=table.name, key=f"data_rename_to_{table.name}")
        st.button(td("rename", language), key=f"data_rename_{table.name}", type="primary",
                  on_click=_on_rename, args=(agent, user_id, table.name, language))
    with right.popover(td("remove", language), icon=":material/delete:", width="stretch"):
        st.markdown(td("remove_confirm", language, table=table.name))
        st.button(td("remove", language), key=f"data_remove_{table.name}", type="primary",
                  on_click=_on_remove, args=(agent, user_id, table.name, language))


def _draw_hidden(agent: ChatbotAgent, workspace: Workspace, language: Language, user_id: str) -> None:
    st.caption(td("hidden", language, tables=", ".join(f"`{n}`" for n in workspace.hidden_samples)))
    columns = st.columns(max(1, min(len(workspace.hidden_samples), 5)))
    for column, name in zip(columns, workspace.hidden_samples, strict=False):
        column.button(td("show", language, table=name), key=f"data_show_{name}", icon=":material/visibility:",
                      on_click=_on_hide, args=(agent, user_id, name, False, language))


# --- connections ----------------------------------------------------------------------------------------

def _on_disconnect(agent: ChatbotAgent, user_id: str, name: str, language: Language) -> None:
    status, value = data_actions.remove_connection(agent, user_id, name, language)
    _flash("success" if status == "ok" else "error",
           td("disconnected", language, name=name) if status == "ok" else value)


def _draw_connections(agent: ChatbotAgent, workspace: Workspace, language: Language, user_id: str) -> None:
    st.subheader(td("connections_title", language), anchor=False)
    st.caption(td("connections_help", language))
    if not workspace.connections:
        st.caption(td("no_connections", language))
    for info in workspace.connections:
        left, right = st.columns([5, 1], vertical_alignment="center")
        line = td("connection_line", language, name=info.name, url=info.url, tables=len(info.tables))
        if info.scope == "secrets":
            line += f" · {td('connection_shared', language)}"
        left.markdown(line)
        if info.problem:
            left.warning(info.problem)
        if info.scope == "user":
            right.button(td("remove", language), key=f"data_disconnect_{info.name}", icon=":material/link_off:",
                         on_click=_on_disconnect, args=(agent, user_id, info.name, language), width="stretch")
    with st.form(f"data_connection_{_round()}", border=True):
        name_col, schema_col = st.columns([1, 1])
        name = name_col.text_input(td("connection_name", language), key="data_connection_name")
        schema = schema_col.text_input(td("connection_schema", language), key="data_connection_schema")
        url = st.text_input(td("connection_url", language), type="password", key="data_connection_url",
                            placeholder=td("connection_url_help", language))
        test_col, add_col, _ = st.columns([1, 1, 3])
        tested = test_col.form_submit_button(td("test", language), icon=":material/network_check:", width="stretch")
        added = add_col.form_submit_button(td("connect", language), icon=":material/add_link:", type="primary",
                                           width="stretch")
    if tested:
        status, value, count = data_actions.check_connection(agent, url, schema)
        if status == "ok":
            st.success(td("tested", language, version=value, tables=count))
        else:
            st.error(value)
    if added:
        status, value, count = data_actions.add_connection(agent, user_id, name, url, schema, language)
        if status == "ok":
            _flash("success", td("connected", language, name=value, tables=count))
            for key in ("data_connection_name", "data_connection_schema", "data_connection_url"):
                st.session_state.pop(key, None)
            _next_round()
            st.rerun()
        st.error(value)


# --- descriptions -------------------------------------------------------------------------------------

def _on_clear_descriptions(agent: ChatbotAgent, user_id: str, language: Language) -> None:
    status, value, _ = data_actions.set_descriptions(agent, user_id, "", language)
    _flash("success" if status == "ok" else "error", td("descriptions_removed", language) if status == "ok" else value)


def _draw_descriptions(agent: ChatbotAgent, language: Language, user_id: str) -> None:
    st.subheader(td("descriptions_title", language), anchor=False)
    st.caption(td("descriptions_help", language))
    upload: Any = st.file_uploader(td("descriptions_upload", language), type=["yaml", "yml", "json"],
                                   key=f"data_descriptions_{_round()}")
    if upload is not None:
        text = upload.getvalue().decode("utf-8", errors="replace")
        status, value, count = data_actions.set_descriptions(agent, user_id, text, language)
        _flash("success" if status == "ok" else "error",
               td("descriptions_saved", language, tables=count) if status == "ok" else value)
        _next_round()
        st.rerun()
    current = agent.workspaces.descriptions_text(user_id)
    if current:
        with st.expander(td("descriptions_current", language)):
            st.code(current, language="yaml")
            st.button(td("descriptions_remove", language), key="data_descriptions_clear", icon=":material/delete:",
                      on_click=_on_clear_descriptions, args=(agent, user_id, language))
