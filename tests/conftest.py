"""Shared fixtures: the sample-data agent, built once per test session."""

from __future__ import annotations

import pytest

from agent.chatbot import ChatbotAgent


@pytest.fixture(scope="session")
def sample_agent() -> ChatbotAgent:
    """The agent on the bundled sample data with the offline analyst."""
    return ChatbotAgent()
