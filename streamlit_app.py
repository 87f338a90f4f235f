"""Data Chat: the app's entry point. It draws the navigation and runs the chosen page (webui/navigation.py)."""

import streamlit as st

from webui.i18n import LANGUAGE_KEY, current
from webui.navigation import pages

st.set_page_config(page_title="Data Chat", page_icon=":material/forum:", layout="wide")
st.session_state.setdefault(LANGUAGE_KEY, "auto")
st.navigation(pages(current()), position="sidebar").run()
