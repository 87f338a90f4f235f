"""Fixtures: the API served by uvicorn on a loopback port, on the sample data or on a test analyst."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

import api
from api.settings import ApiSettings
from tests.api.live_server import CountingAgent, LiveServer

HEADLINE = "ABC-12345 부품의 재고는?"
TEST_PAGE = "<!doctype html><meta charset='utf-8'><title>api test page</title><p>API test page</p>"


def serve(agent: Any, factory: Callable[[], Any] | None = None, **settings: Any) -> tuple[LiveServer, api.ChatApi]:
    """An (unstarted) server for the API over `agent` (or `factory()`), plus a same-origin HTML page at /."""
    chat = api.create(factory or (lambda: agent), ApiSettings(**settings))

    async def page(request: Any) -> HTMLResponse:
        return HTMLResponse(TEST_PAGE)

    app = Starlette(routes=[Route("/", page)], middleware=chat.middleware, lifespan=chat.lifespan)
    return LiveServer(app), chat


@pytest.fixture(scope="session")
def counting_agent(sample_agent: Any) -> CountingAgent:
    """The sample-data agent with the offline analyst, counting how often a question is started."""
    return CountingAgent(sample_agent)


@pytest.fixture(scope="session")
def sample_server(counting_agent: CountingAgent) -> Iterator[LiveServer]:
    """The API on the sample data, default settings, shared by the tests that only read answers."""
    server, _ = serve(counting_agent)
    with server:
        yield server


@pytest.fixture
def make_server() -> Iterator[Callable[..., tuple[LiveServer, api.ChatApi]]]:
    """Start a server for an agent and settings of the test's choosing; stopped after the test."""
    started: list[LiveServer] = []

    def make(agent: Any, factory: Callable[[], Any] | None = None, **settings: Any) -> tuple[LiveServer, api.ChatApi]:
        server, chat = serve(agent, factory, **settings)
        started.append(server.__enter__())
        return server, chat

    yield make
    for server in reversed(started):
        server.__exit__(None, None, None)


def read_events(response: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    """(id, event) for every `data:` message of a finished SSE response body."""
    found, current_id = [], ""
    for line in response.text.splitlines():
        if line.startswith("id: "):
            current_id = line[4:]
        elif line.startswith("data: "):
            found.append((current_id, json.loads(line[6:])))
    return found


def post_stream(server: LiveServer, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
    """POST /api/chat/stream and read the whole response."""
    return httpx.post(f"{server.url}/api/chat/stream", json=body, timeout=30, **kwargs)
