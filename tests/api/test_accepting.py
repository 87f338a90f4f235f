"""Streams cost few threads: runs start on a few worker threads."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx

from api.pool import THREADS
from tests.api.analysts import PausingAnalyst, agent_with
from tests.api.conftest import read_events


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
