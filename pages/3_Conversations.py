"""Saved conversations: reopen one in the chat, rename it, or delete it."""

import streamlit as st

from webui import conversations, turns
from webui.agent_source import get_agent
from webui.data_actions import current_user_id
from webui.i18n import current, t
from webui.sidebar import draw_sidebar

st.set_page_config(page_title="Conversations · Data Chat", page_icon=":material/history:", layout="wide")
turns.init_state()
language = current()

try:
    agent = get_agent()
except Exception as exc:
    draw_sidebar(None, on_chat_page=False)
    st.error(t("agent_unavailable", language, error=f"{type(exc).__name__}: {exc}"))
    st.stop()

draw_sidebar(agent, on_chat_page=False)
conversations.draw(agent, current_user_id(), language)
