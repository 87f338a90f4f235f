"""One server, one port: the Streamlit chat page plus the chat event-stream API under /api.

Run `streamlit run app.py` (default port 8501): the page is at /, the API at /api (docs/api.md).
"""

import importlib
import os

import streamlit as st

import api
from agent import default_agent


def agent_factory():
    """The process-wide `default_agent()`, unless DATA_CHAT_AGENT names a `module:function` (as for the page)."""
    name = os.environ.get("DATA_CHAT_AGENT", "").strip()
    if not name:
        return default_agent()
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)()


chat_api = api.create(agent_factory)

app = st.App("streamlit_app.py", routes=chat_api.routes, lifespan=chat_api.lifespan)
