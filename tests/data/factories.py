"""Agents for data-page tests, named by `DATA_CHAT_AGENT=tests.data.factories:<factory>`."""

from __future__ import annotations

import functools

from agent.chatbot import ChatbotAgent
from agent.settings import Settings


@functools.cache
def data_agent() -> ChatbotAgent:
    """The real agent on the sample data, keeping users' data in `CHATBOT_DATA_DIR` (a temp folder in tests)."""
    return ChatbotAgent(settings=Settings.from_env())
