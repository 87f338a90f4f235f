"""What every page does first: page config, session state, language, and the agent or a clear error."""

from __future__ import annotations

import logging

import streamlit as st

from agent.chatbot import ChatbotAgent
from webui import turns
from webui.agent_source import get_agent
from webui.i18n import Language, current, t
from webui.navigation import require_router
from webui.sidebar import draw_sidebar

log = logging.getLogger(__name__)


def start_page(title: str, icon: str, *, on_chat_page: bool = False) -> tuple[ChatbotAgent, Language]:
    """Set up the page and return the agent and the interface language; without an agent, say why and stop."""
    st.set_page_config(page_title=title, page_icon=icon, layout="wide")
    require_router()  # before the data loads: every page runs under the app's navigation
    turns.init_state()
    language = current()
    try:
        return get_agent(), language
    except Exception as exc:  # the factory's code may raise anything: say so instead of a traceback
        log.exception("the agent could not be built")
        draw_sidebar(None, on_chat_page=on_chat_page)
        st.error(t("agent_unavailable", language, error=f"{type(exc).__name__}: {exc}"))
        st.stop()
        raise  # st.stop() ends the run; this line is never reached
