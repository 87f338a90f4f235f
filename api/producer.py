"""Produce one stream: start the agent's run on a pool thread, append its events to the record as they come."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import anyio

from agent import events as contract
from agent.events import Event
from agent.messages import say
from agent.plan import detect_language
from agent.run import JOIN_SECONDS
from api.feed import Feed
from api.pool import Slot, WorkerPool
from api.replay import StreamRecord
from api.requests import ChatRequest
from api.sse import encode

log = logging.getLogger(__name__)
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, slot: Slot, deadline_seconds: float,
                  clock: Callable[[], float], sent: Event | None = None) -> None:
    """Run `record`'s question to its final or error event; stop it as soon as the record is abandoned.

    Starting the run (which may open a user's data) goes to one of the pool's few threads. `sent` is the
    run's first event when it is in the record already (the run's own copy is then skipped). The run's
    events reach the event loop as its thread queues them (`Feed`), and are appended to the record, waking
    the connections that follow it. Stopping the run (abandoned, or at its deadline) cancels it,
    interrupting a running DuckDB query, and waits on the event loop, not on a thread, for the run's
    thread to end before the last event and the slot.
    """
    request, skip = record.request, sent
    run: Any = None
    feed: Feed | None = None

    def deliver(batch: list[Event]) -> None:
        # A run with a conversation id has recorded its turn before its last event was queued, so a
        # follow-up sent as soon as the client sees that event continues the conversation.
        nonlocal skip
        if skip is not None:
            batch, skip = (batch[1:] if batch and _same_step(batch[0], skip) else batch), None
        for event in batch:
            record.append(encode(event), contract.is_terminal(event))

    with anyio.CancelScope() as scope:
        record.on_abandoned = scope.cancel
        try:
            with anyio.CancelScope(shield=True):  # a started run is always stopped below
                run = await pool.run(_start, agent, request, deadline_seconds)
            feed = Feed(run, asyncio.get_running_loop(), deliver)
            with anyio.move_on_after(run.deadline - time.monotonic()):
                await feed.done.wait()
            if not feed.ended:  # its deadline: stop it, then read its Timeout
                await _stop(run, "timed out")
                feed.read(force=True)
            if feed.error is not None:
                raise feed.error
        except Exception as exc:
            log.exception("stream %s failed", record.id)
            if not record.ended:
                kind = type(exc).__name__
                language = detect_language(request.message)
                record.append(encode(contract.error(kind, say("internal", language, kind=kind))), True)
        finally:
            with anyio.CancelScope(shield=True):
                if feed is not None:  # nothing the run queues from now on reaches the record
                    feed.close()
                if run is not None:
                    await _stop(run, "stopped")
    record.on_abandoned = None
    if not record.ended:
        record.append(encode(contract.error("Cancelled", STOPPED[detect_language(request.message)])), True)
    record.finish(clock())
    slot.release()


def _start(agent: Any, request: ChatRequest, deadline_seconds: float) -> Any:
    return agent.start(request.message, user_id=request.user_id, conversation_id=request.conversation_id,
                       custom_prompt=request.custom_prompt, llm_config=request.llm_config,
                       deadline_seconds=deadline_seconds)


def _same_step(event: Event, other: Event) -> bool:
    """Both are progress events of the same node and status (the wording may differ)."""
    return event.get("type") == other.get("type") == "progress" and all(
        event["data"].get(key) == other["data"].get(key) for key in ("node", "status"))


async def _stop(run: Any, reason: str) -> None:
    """Cancel the run and wait (on the loop) up to JOIN_SECONDS for its thread to end."""
    run.cancel(reason, wait=False)
    give_up, interval = time.monotonic() + JOIN_SECONDS, 0.002
    while not run.finished and time.monotonic() < give_up:
        await anyio.sleep(interval)
        interval = min(0.05, interval * 2)
