"""The chat page: ask about the data in Korean or English and watch the agent answer, stage by stage."""

import streamlit as st

from webui import chat, turns
from webui.downloads import draw_conversation_downloads
from webui.i18n import t
from webui.page_start import start_page
from webui.sidebar import draw_sidebar

agent, language = start_page("Data Chat", ":material/forum:", on_chat_page=True)
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
