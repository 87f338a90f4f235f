"""One server, one port: the Streamlit chat page plus the chat event-stream API under /api.

Run `streamlit run app.py` (default port 8501): the page is at /, the API at /api (docs/api.md).
"""

import streamlit as st

import api
from agent.factory import load_agent

chat_api = api.create(load_agent)

# The API comes in as middleware, not `routes=`: Streamlit's own middleware (path checks, sessions, gzip,
# exception wrappers) would wrap every open event stream and stay in memory with it (docs/api.md).
app = st.App("streamlit_app.py", middleware=chat_api.middleware, lifespan=chat_api.lifespan)
