"""A run stopped at its deadline leaves nothing behind in the log: no "Future exception was never retrieved"."""

from __future__ import annotations

import gc
import logging
import time
from typing import Any

import httpx

from agent.runtime.loop import agent_loop
from tests.helpers.analysts import SlowQueryAnalyst, agent_with
from tests.helpers.live_server import runs_in_flight
from tests.helpers.sse import read_events


def test_a_query_stopped_at_its_deadline_leaves_no_unretrieved_future_exception(make_server, caplog):
    loop = agent_loop().loop
    reported: list[dict[str, Any]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _, context: reported.append(context))
    caplog.set_level(logging.ERROR, logger="asyncio")
    try:
        server, _ = make_server(agent_with(SlowQueryAnalyst()), deadline_seconds=0.5)
        for extra in ({}, {"conversation_id": "timeouts"}):
            response = httpx.post(f"{server.url}/api/chat/stream", json={"message": "count slowly", **extra},
                                  timeout=30)
            assert read_events(response)[-1][1]["data"]["error"] == "Timeout"
        give_up = time.monotonic() + 10
        while runs_in_flight() and time.monotonic() < give_up:
            time.sleep(0.02)
        for _ in range(3):  # the interrupted query's future sits in a reference cycle with its traceback
            gc.collect()
            time.sleep(0.05)
    finally:
        loop.set_exception_handler(previous)
    messages = [str(context.get("message")) for context in reported]
    assert not [m for m in messages if "never retrieved" in m], reported
    assert "never retrieved" not in caplog.text
