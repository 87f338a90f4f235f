"""Serve an ASGI app (or the chat API over an agent) with uvicorn on a free loopback port; count agent starts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

import api
from agent.runtime.loop import agent_loop
from api.settings import ApiSettings

TEST_PAGE = "<!doctype html><meta charset='utf-8'><title>api test page</title><p>API test page</p>"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn on 127.0.0.1:<free port> in a background thread of the test process."""

    def __init__(self, app: Any) -> None:
        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._socket]},
                                        name="test-uvicorn", daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self._thread.join(10)
        self._socket.close()


def serve(agent: Any, factory: Callable[[], Any] | None = None, **settings: Any) -> tuple[LiveServer, api.ChatApi]:
    """An (unstarted) server for the API over `agent` (or `factory()`), plus a same-origin HTML page at /."""
    chat = api.create(factory or (lambda: agent), ApiSettings(**settings))

    async def page(request: Any) -> HTMLResponse:
        return HTMLResponse(TEST_PAGE)

    app = Starlette(routes=[Route("/", page)], middleware=chat.middleware, lifespan=chat.lifespan)
    return LiveServer(app), chat


class CountingAgent:
    """Wraps a ChatbotAgent and counts `start` calls (one per run of a question)."""

    def __init__(self, agent: Any) -> None:
        self.agent = agent
        self.starts: list[str] = []
        self._lock = threading.Lock()

    def start(self, query: str, *args: Any, **kwargs: Any) -> Any:
        """Count the question, then start it on the wrapped agent."""
        with self._lock:
            self.starts.append(query)
        return self.agent.start(query, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.agent, name)


def runs_in_flight() -> int:
    """Agent runs started in this process and not ended yet (their tasks on the agent loop)."""
    return agent_loop().tasks


def new_threads(before: set[threading.Thread]) -> list[str]:
    """Names of threads started since `before`, other than pools' reusable workers and the agent loop."""
    reusable = ("AnyIO worker thread", "agent-worker", "agent-loop")
    return [t.name for t in set(threading.enumerate()) - before if not t.name.startswith(reusable)]
