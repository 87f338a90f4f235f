"""The chat event stream over HTTP (SSE): an ASGI app for /api, served next to the Streamlit page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent import default_agent
from api.service import ChatApi
from api.settings import ApiSettings

__all__ = ["ApiSettings", "ChatApi", "create"]


def create(agent_factory: Callable[[], Any] = default_agent, settings: ApiSettings | None = None) -> ChatApi:
    """The API with its shared state: use `.middleware` and `.lifespan`."""
    return ChatApi(agent_factory, settings)
