"""The conversations page: a user's saved conversations, to reopen in the chat, rename or delete."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import psycopg
import streamlit as st

from agent.chatbot import ChatbotAgent
from agent.conversations import ConversationInfo
from webui import turns
from webui.i18n import Language, t
from webui.navigation import CHAT_PAGE

STATUSES = ("final", "error", "stopped")
MARKDOWN = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#$|~"})


def page_turn(record: dict[str, Any]) -> turns.Turn:
    """A stored turn (agent.conversations.records) in the chat page's turn format, ready to redraw."""
    status = record.get("status") if record.get("status") in STATUSES else "stopped"
    if status == "final" and not record.get("final"):
        status = "stopped"
    return {"question": str(record.get("question") or ""), "status": status, "stages": {}, "partial": "",
            "final": record.get("final") if status == "final" else None,
            "error": record.get("error") if status == "error" else None}


def updated(info: ConversationInfo) -> str:
    """When the conversation last changed, as `2025-03-01 14:05 UTC`."""
    try:
        return dt.datetime.fromisoformat(info.updated_at).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return info.updated_at


def reopen(agent: ChatbotAgent, user: str, conversation_id: str) -> None:
    """Load the conversation's turns into the chat page's session state and go there."""
    found = agent.conversations.get(user, conversation_id)
    if found is None:
        return
    turns.open_conversation(conversation_id, [page_turn(record) for record in found.turns])
    st.switch_page(CHAT_PAGE)


def _rename(agent: ChatbotAgent, user: str, conversation_id: str, key: str) -> None:
    agent.conversations.rename(user, conversation_id, str(st.session_state.get(key) or ""))


def _delete(agent: ChatbotAgent, user: str, info: ConversationInfo) -> None:
    if agent.conversations.delete(user, info.conversation_id):
        st.session_state["conv_deleted"] = info.title
        if turns.conversation_id() == info.conversation_id:
            turns.new_conversation()


def draw_entry(agent: ChatbotAgent, user: str, info: ConversationInfo, number: int, language: Language) -> None:
    """One conversation: title, turn count and time; open, rename and delete."""
    with st.container(border=True):
        head, actions = st.columns([1, 1], vertical_alignment="center")
        with head:
            st.markdown(f"**{info.title.translate(MARKDOWN)}**")
            meta = t("conv.meta_one" if info.turn_count == 1 else "conv.meta", language, turns=info.turn_count,
                     updated=updated(info))
            if turns.conversation_id() == info.conversation_id:
                meta += f" · {t('conv.current', language)}"
            st.caption(meta)
        with actions, st.container(horizontal=True, horizontal_alignment="right"):
            if st.button(t("conv.open", language), key=f"conv_open_{number}", type="primary",
                         icon=":material/open_in_new:"):
                reopen(agent, user, info.conversation_id)
            with st.popover(t("conv.rename", language), icon=":material/edit:"):
                key = f"conv_title_{number}"
                st.text_input(t("conv.new_title", language), value=info.title, key=key)
                st.button(t("conv.save", language), key=f"conv_save_{number}", on_click=_rename,
                          args=(agent, user, info.conversation_id, key))
            with st.popover(t("conv.delete", language), icon=":material/delete:"):
                st.write(t("conv.delete_confirm", language))
                st.button(t("conv.delete", language), key=f"conv_delete_{number}", type="primary",
                          on_click=_delete, args=(agent, user, info))


def draw(agent: ChatbotAgent, user: str, language: Language) -> None:
    """The page body: every conversation of `user`, newest first."""
    st.title(t("conv.title", language))
    st.caption(t("conv.caption", language))
    deleted = st.session_state.pop("conv_deleted", None)
    if deleted:
        st.toast(t("conv.deleted", language, title=deleted), icon=":material/delete:")
    try:
        listed = agent.conversations.list(user)
    except (sqlite3.Error, psycopg.Error) as exc:  # the store (SQLite or PostgreSQL) is unreadable: say so
        st.error(t("conv.unavailable", language, error=f"{type(exc).__name__}: {exc}"))
        return
    if not listed:
        st.info(t("conv.empty", language), icon=":material/forum:")
    for number, info in enumerate(listed):
        draw_entry(agent, user, info, number, language)
