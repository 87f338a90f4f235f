"""The sidebar every page shares: language, engine, new conversation, downloads, example questions.

The conversation's downloads are offered, and the example questions ask themselves when clicked.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from agent.chatbot import ChatbotAgent
from agent.data.catalog import Catalog
from agent.data.database import Database
from webui import engine, turns
from webui.downloads import draw_conversation_downloads
from webui.examples import example_questions
from webui.i18n import CHOICES, LANGUAGE_KEY, Language, current, t
from webui.navigation import CHAT_PAGE, SETTINGS_PAGE, require_router

CHOICE_KEY = "chat_language_choice"


@st.cache_resource(show_spinner=False, max_entries=32)
def _examples(_catalog: Catalog, _database: Database, catalog_id: int, language: Language) -> tuple[str, ...]:
    return tuple(example_questions(_catalog, _database, language))


def _keep_language() -> None:
    st.session_state[LANGUAGE_KEY] = st.session_state[CHOICE_KEY]


def draw_sidebar(agent: ChatbotAgent | None, on_chat_page: bool) -> DeltaGenerator:
    """Draw the sidebar; an example clicked on another page opens the chat page to ask it.

    Returns the slot for the conversation's downloads: other pages fill it at once, the chat page once it
    knows whether a question is being asked (`draw_conversation_downloads`).
    """
    require_router()
    st.session_state.setdefault(LANGUAGE_KEY, "auto")
    language = current()
    with st.sidebar:
        st.selectbox(t("language", language), CHOICES, key=CHOICE_KEY, on_change=_keep_language,
                     index=CHOICES.index(st.session_state[LANGUAGE_KEY]),
                     format_func=lambda choice: t(f"language.{choice}", language))
        name, details = engine.active_parts(language)
        st.page_link(SETTINGS_PAGE, label=t("engine", language, name=name), icon=":material/smart_toy:",
                     width="stretch", help=t("engine_help", language))
        if details:
            st.caption(details)
        st.button(t("new_conversation", language), key="chat_new_conversation", icon=":material/add_comment:",
                  on_click=turns.new_conversation, width="stretch")
        downloads = st.container()
        if not on_chat_page:
            with downloads:
                draw_conversation_downloads(language)
        if agent is None:
            return downloads
        st.subheader(t("examples", language), divider="gray")
        questions = _examples(agent.catalog, agent.database, id(agent.catalog), language)
        for number, question in enumerate(questions):
            if st.button(question, key=f"chat_example_{number}", icon=":material/chat_bubble:", width="stretch"):
                turns.queue_question(question)
                if not on_chat_page:
                    st.switch_page(CHAT_PAGE)
    return downloads
