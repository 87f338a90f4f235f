"""Settings: which engine answers (the offline analyst or a language model), its key, and custom instructions."""

import streamlit as st

from webui import turns
from webui.agent_source import get_agent
from webui.i18n import current, t
from webui.navigation import require_router
from webui.settings_form import draw_settings
from webui.sidebar import draw_sidebar

st.set_page_config(page_title="Settings · Data Chat", page_icon=":material/settings:", layout="wide")
require_router()  # before the data loads: this page runs under the app's navigation
turns.init_state()
language = current()

try:
    agent = get_agent()
except Exception:  # noqa: BLE001 - the factory is any code; the settings need no data, the chat page says why
    agent = None

draw_sidebar(agent, on_chat_page=False)
st.title(t("settings_title", language))
with st.container(width=720):
    draw_settings(language)
