"""One server, one port: the Streamlit chat page plus the chat event-stream API under /api.

Run `streamlit run app.py` (default port 8501): the page is at /, the API at /api (docs/api.md).
"""

import streamlit as st

import api

chat_api = api.create()

app = st.App("streamlit_app.py", routes=chat_api.routes, lifespan=chat_api.lifespan)
