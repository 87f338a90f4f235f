"""An admitted request gets its first event at once; streams cost few threads; a stopping server ends them."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

import api.sse
from api.pool import THREADS
from tests.helpers.analysts import PausingAnalyst, SlowQueryAnalyst, agent_with
from tests.helpers.live_server import runs_in_flight
from tests.helpers.sse import read_events
from tests.helpers.timing import SLACK_SECONDS


class GatedStarts:
    """An agent whose `start` waits for `gate`: a run that is slow to get going (a busy machine)."""

    def __init__(self, agent: Any) -> None:
        self.agent, self.gate = agent, threading.Event()

    def start(self, *args: Any, **kwargs: Any) -> Any:
        self.gate.wait(10)
        return self.agent.start(*args, **kwargs)


def test_the_first_event_is_sent_as_the_request_is_admitted_before_the_run_has_started(make_server):
    agent = GatedStarts(agent_with(PausingAnalyst(0)))
    server, _ = make_server(agent)
    with httpx.Client(timeout=10) as client, client.stream("POST", f"{server.url}/api/chat/stream",
                                                           json={"message": "질문"}) as response:
        lines = response.iter_lines()
        first = next(line for line in lines if line.startswith("data: "))
        assert not agent.gate.is_set()
        assert '"node":"query_analysis"' in first and '"status":"in_progress"' in first
        assert "질문을 데이터 카탈로그와 대조하는 중" in first
        agent.gate.set()
        rest = [line for line in lines if line.startswith("data: ")]
    progress = [line for line in [first, *rest] if '"type":"progress"' in line]
    assert sum('"in_progress"' in line and "query_analysis" in line for line in progress) == 1, \
        "the run's own copy of the first event is not sent again"
    assert '"type":"final"' in rest[-1] and "42" in rest[-1]


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
        assert time.monotonic() - started < SLACK_SECONDS, "the stream stayed open (its query runs for minutes)"
    deadline = time.monotonic() + SLACK_SECONDS
    while (runs_in_flight() or chat.state.active_producers) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert runs_in_flight() == 0 and chat.state.active_producers == 0


def test_start_up_moves_the_built_agent_out_of_the_garbage_collectors_way(make_server):
    import gc

    make_server(agent_with(PausingAnalyst(0)))
    assert gc.get_freeze_count() > 0, "full collections would walk every startup object, pausing all threads"
