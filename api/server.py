"""The API put together: its shared state, then the endpoints over it, then the middleware that serves them."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

from starlette.middleware import Middleware
from starlette.types import ASGIApp

from agent import default_agent
from api.asgi import ApiFirst
from api.routes import build_app
from api.service import ApiState
from api.settings import ApiSettings


@dataclass(frozen=True)
class ChatApi:
    """The composed API: `middleware` goes into `st.App(middleware=...)`, `lifespan` into `lifespan=`."""

    state: ApiState
    """What the endpoints share (settings, agent, pool, streams)."""
    app: ASGIApp
    """The API alone, as an ASGI app serving paths under /api."""
    middleware: list[Middleware]
    """For `st.App(middleware=...)` or `Starlette(middleware=...)`: /api requests go to `app`, first."""

    def lifespan(self, app: Any = None) -> AbstractAsyncContextManager[None]:
        """Build the agent at start-up; stop running answers at shutdown (`ApiState.lifespan`)."""
        return self.state.lifespan(app)


def create(agent_factory: Callable[[], Any] = default_agent, settings: ApiSettings | None = None) -> ChatApi:
    """The API over `agent_factory()` (called once, on a worker thread, at start-up or first use)."""
    state = ApiState(agent_factory, settings or ApiSettings.from_env())
    app = build_app(state)
    return ChatApi(state, app, [Middleware(ApiFirst, api_app=app)])

