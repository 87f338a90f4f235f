"""The agent a process serves: `default_agent()`, or the one a factory named in DATA_CHAT_AGENT builds."""

from __future__ import annotations

import importlib
import os

from agent.chatbot import ChatbotAgent, default_agent

FACTORY_ENV = "DATA_CHAT_AGENT"
"""`package.module:function` of a no-argument function returning a ChatbotAgent (tests, demos, benchmarks)."""


def load_agent(factory: str | None = None) -> ChatbotAgent:
    """The agent `factory` (default: DATA_CHAT_AGENT) builds; the shared `default_agent()` when none is named."""
    name = (os.environ.get(FACTORY_ENV, "") if factory is None else factory).strip()
    if not name:
        return default_agent()
    module_name, _, attribute = name.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"{FACTORY_ENV} must look like 'package.module:function', not {name!r}")
    agent: ChatbotAgent = getattr(importlib.import_module(module_name), attribute)()
    return agent
