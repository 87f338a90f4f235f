"""Streams cost few threads: runs start on a few worker threads; a stopping server ends open streams."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

import api.sse
from api.pool import THREADS
from tests.api.analysts import PausingAnalyst, SlowQueryAnalyst, agent_with
from tests.api.conftest import read_events
from tests.api.live_server import agent_run_threads


def test_many_streams_start_on_a_few_worker_threads(make_server):
    server, chat = make_server(agent_with(PausingAnalyst(0.6)), max_concurrent=64)
    seen: list[int] = []

    async def ask_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=50)) as client:
            return await asyncio.gather(*(client.post(f"{server.url}/api/chat/stream", json={"message": f"q{i}"})
                                          for i in range(40)))

    def count() -> None:
        for _ in range(40):
            seen.append(sum(t.name == "AnyIO worker thread" for t in threading.enumerate()))
            time.sleep(0.025)

    counter = threading.Thread(target=count)
    counter.start()
    responses = asyncio.run(ask_all())
    counter.join()
    assert all(read_events(r)[-1][1]["type"] == "final" for r in responses)
    assert max(seen) <= THREADS, f"{max(seen)} worker threads for 40 streams"


def test_a_stopping_server_ends_open_streams_and_their_runs(make_server, monkeypatch):
    server, chat = make_server(agent_with(SlowQueryAnalyst()))
    with httpx.Client(timeout=10) as client, client.stream("POST", f"{server.url}/api/chat/stream",
                                                           json={"message": "count slowly"}) as response:
        lines = response.iter_lines()
        next(line for line in lines if '"node":"data_retrieval"' in line)
        monkeypatch.setattr(api.sse, "stopping", lambda: True)
        started = time.monotonic()
        with pytest.raises(httpx.RemoteProtocolError):  # the server closes the stream mid-answer
            for _ in lines:
                pass
        assert time.monotonic() - started < 1.5
    deadline = time.monotonic() + 3
    while (agent_run_threads() or chat.active_producers) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not agent_run_threads() and chat.active_producers == 0
