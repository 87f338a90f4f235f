"""Which ChatbotAgent the pages talk to: the shared default, or one a factory named in DATA_CHAT_AGENT builds."""

from __future__ import annotations

import importlib
import os

import streamlit as st

from agent.chatbot import ChatbotAgent

FACTORY_ENV = "DATA_CHAT_AGENT"
"""`package.module:function` of a no-argument function returning a ChatbotAgent (tests, demos)."""
USER_ID = "local"


def get_agent() -> ChatbotAgent:
    """The agent for this process: `agent.default_agent()` unless DATA_CHAT_AGENT names a factory."""
    return _load(os.environ.get(FACTORY_ENV, "").strip())


@st.cache_resource(show_spinner="Loading the data…")
def _load(factory: str) -> ChatbotAgent:
    if not factory:
        from agent import default_agent

        return default_agent()
    module_name, _, attribute = factory.partition(":")
    if not attribute:
        raise ValueError(f"{FACTORY_ENV} must look like 'package.module:function', not {factory!r}")
    return getattr(importlib.import_module(module_name), attribute)()
