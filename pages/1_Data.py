"""The data behind the chat: add files and databases; tables, columns, kinds, known values, row counts, previews."""

import streamlit as st

from webui import data_page
from webui.data_actions import current_user_id
from webui.i18n import t
from webui.page_start import start_page
from webui.sidebar import draw_sidebar

agent, language = start_page("Data · Data Chat", ":material/table:")
draw_sidebar(agent, on_chat_page=False)
st.title(t("data_title", language))
data_page.draw(agent, language, current_user_id())
