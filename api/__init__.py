"""The chat event stream over HTTP (SSE): Starlette routes mounted at /api next to the Streamlit page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.routing import BaseRoute

from agent import default_agent
from api.service import ChatApi
from api.settings import ApiSettings

__all__ = ["ApiSettings", "ChatApi", "create", "routes"]


def create(agent_factory: Callable[[], Any] = default_agent, settings: ApiSettings | None = None) -> ChatApi:
    """The API with its shared state: use `.routes` and `.lifespan`."""
    return ChatApi(agent_factory, settings)


def routes(agent_factory: Callable[[], Any] = default_agent, settings: ApiSettings | None = None) -> list[BaseRoute]:
    """The API's routes (one Mount at /api), ready for `st.App(routes=...)` or `Starlette(routes=...)`."""
    return create(agent_factory, settings).routes
