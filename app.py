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

# The API comes in as middleware, not `routes=`: Streamlit's own middleware (path checks, sessions, gzip,
# exception wrappers) would wrap every open event stream and stay in memory with it (docs/api.md).
app = st.App("streamlit_app.py", middleware=chat_api.middleware, lifespan=chat_api.lifespan)
