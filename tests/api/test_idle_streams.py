"""Open streams whose answers wait on a model hold no thread, and stop their model call when the client leaves."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx

from tests.helpers.analysts import ThinkingAnalyst, agent_with
from tests.helpers.live_server import runs_in_flight
from tests.helpers.timing import SLACK_SECONDS


async def _open(client: httpx.AsyncClient, url: str, n: int) -> tuple[object, object]:
    """Open one stream and read it up to its first event; returns (response context, line iterator)."""
    context = client.stream("POST", url, json={"message": f"what is the answer? ({n})"})
    response = await context.__aenter__()
    assert response.status_code == 200
    lines = response.aiter_lines()
    async for line in lines:
        if line.startswith("data: "):
            break
    return context, lines


def _threads() -> int:
    """Threads of this process, less the few the server starts answers on (reused, at most `pool.THREADS`)."""
    return sum(not t.name.startswith("AnyIO worker") for t in threading.enumerate())


async def _wait_until(condition, seconds: float = SLACK_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


def test_streams_waiting_on_a_model_hold_no_thread_and_leaving_cancels_the_model_call(make_server):
    analyst = ThinkingAnalyst()
    server, chat = make_server(agent_with(analyst))
    url = f"{server.url}/api/chat/stream"

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=100)) as client:
            streams = [await _open(client, url, n) for n in range(10)]
            assert await _wait_until(lambda: analyst.waiting == 10)
            threads = _threads()
            streams += [await _open(client, url, n) for n in range(10, 40)]
            assert await _wait_until(lambda: analyst.waiting == 40)
            assert _threads() == threads, "30 more waiting answers, not one more thread"

            runs = runs_in_flight()
            for context, _ in streams[:20]:  # half the clients leave while the model "thinks"
                await context.__aexit__(None, None, None)
            assert await _wait_until(lambda: analyst.cancelled == 20), analyst.cancelled
            assert await _wait_until(lambda: runs_in_flight() == runs - 20)

            analyst.gate.set()
            for context, lines in streams[20:]:
                rest = [line async for line in lines]
                assert any('"type":"final"' in line and "The answer is 42." in line for line in rest)
                await context.__aexit__(None, None, None)
        assert await _wait_until(lambda: chat.state.active_producers == 0 and chat.state.pool.running == 0)

    asyncio.run(scenario())
