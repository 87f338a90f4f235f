"""The chat page: ask about the data in Korean or English and watch the agent answer, stage by stage."""

import streamlit as st

from webui import chat, turns
from webui.agent_source import get_agent
from webui.downloads import draw_conversation_downloads
from webui.i18n import current, t
from webui.navigation import require_router
from webui.sidebar import draw_sidebar

st.set_page_config(page_title="Data Chat", page_icon=":material/forum:", layout="wide")
require_router()  # before the data loads: this page runs under the app's navigation
turns.init_state()
language = current()

try:
    agent = get_agent()
except Exception as exc:  # no analyst yet, unreadable data: say so instead of a traceback
    draw_sidebar(None, on_chat_page=True)
    st.error(t("agent_unavailable", language, error=f"{type(exc).__name__}: {exc}"))
    st.stop()

downloads = draw_sidebar(agent, on_chat_page=True)
st.title(t("title", language))
st.caption(t("caption", language))

chat.draw_history(language)
question = st.chat_input(t("placeholder", language), submit_mode="stop") or turns.pop_queued_question()
asking = bool(question and question.strip())
with downloads:  # drawn before the answer streams; the files read the conversation when clicked
    draw_conversation_downloads(language, asking=asking)
if asking:
    chat.ask(agent, question.strip(), language)
elif not turns.turns():
    st.info(t("empty_hint", language), icon=":material/lightbulb:")
