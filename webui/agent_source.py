"""Which ChatbotAgent the pages talk to (agent.factory), built once per process and factory name."""

from __future__ import annotations

import os

import streamlit as st

from agent.chatbot import ChatbotAgent
from agent.factory import FACTORY_ENV, load_agent

__all__ = ["FACTORY_ENV", "get_agent"]


def get_agent() -> ChatbotAgent:
    """The agent for this process: `agent.default_agent()` unless DATA_CHAT_AGENT names a factory."""
    return _load(os.environ.get(FACTORY_ENV, "").strip())


@st.cache_resource(show_spinner="Loading the data…")
def _load(factory: str) -> ChatbotAgent:
    return load_agent(factory)
