"""The data behind the chat: tables, columns, kinds, known values, row counts and previews."""

import streamlit as st

from webui import turns
from webui.agent_source import get_agent
from webui.catalog_view import draw_catalog
from webui.i18n import current, t
from webui.sidebar import draw_sidebar

st.set_page_config(page_title="Data · Data Chat", page_icon=":material/table:", layout="wide")
turns.init_state()
language = current()

try:
    agent = get_agent()
except Exception as exc:
    draw_sidebar(None, on_chat_page=False)
    st.error(t("agent_unavailable", language, error=f"{type(exc).__name__}: {exc}"))
    st.stop()

draw_sidebar(agent, on_chat_page=False)
st.title(t("data_title", language))
draw_catalog(agent, language)
