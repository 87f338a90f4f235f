"""Fixtures: the API served by uvicorn on a loopback port, on the sample data or on a test analyst."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import api
from tests.helpers.live_server import CountingAgent, LiveServer, serve


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
