"""Produce one stream: start the agent's run on a pool thread, let the pump move its events into the record."""

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
from api.pool import Slot, WorkerPool
from api.pump import EventPump, Feed, run_detached
from api.replay import StreamRecord
from api.requests import ChatRequest
from api.sse import encode

log = logging.getLogger(__name__)
HAND_BACK_SECONDS = 0.1
"""The pump stops reading a run this long before its deadline; a pool thread reads the Timeout from there on,
because ending a run at its deadline blocks while the run's thread is joined."""
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, pump: EventPump, slot: Slot,
                  deadline_seconds: float, clock: Callable[[], float]) -> None:
    """Run `record`'s question to its final or error event; stop it as soon as the record is abandoned.

    Blocking calls (starting the run, closing it) go to the pool's threads; while it runs, the shared pump
    thread reads its events without blocking and hands them to the event loop, which appends them to the
    record (waking the connections that follow it). Closing the run's event iterator cancels the run,
    interrupting a running DuckDB query and waiting for the run's thread to end.
    """
    loop = asyncio.get_running_loop()
    request, ended = record.request, anyio.Event()
    run: Any = None
    feed: Feed | None = None

    def deliver(batch: list[Event]) -> None:  # on the pump thread (or a pool thread near the deadline)
        # A run with a conversation id has recorded its turn before its last event was queued, so a
        # follow-up sent as soon as the client sees that event continues the conversation.
        for event in batch:
            loop.call_soon_threadsafe(record.append, encode(event), contract.is_terminal(event))

    def read_on_pool_thread() -> None:
        assert feed is not None
        if batch := run_detached(feed, 0.25):
            deliver(batch)

    with anyio.CancelScope() as scope:
        record.on_abandoned = scope.cancel
        try:
            started = time.monotonic()
            with anyio.CancelScope(shield=True):  # a started run is always closed below
                run = await pool.run(_start, agent, request, deadline_seconds)
            feed = Feed(run.events(poll_seconds=0), deliver, lambda: loop.call_soon_threadsafe(ended.set),
                        started + deadline_seconds - HAND_BACK_SECONDS)
            pump.add(feed)
            with anyio.move_on_after(feed.hand_back_at - time.monotonic()):
                await ended.wait()
            if not ended.is_set():
                await pool.run(feed.detach)
                while not feed.ended:
                    await pool.run(read_on_pool_thread)
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
                if feed is not None:
                    pump.discard(feed)
                if run is not None:
                    await pool.run(_close, run, feed)
    # Deliveries were queued on the loop before the calls above returned, so the record holds them all.
    record.on_abandoned = None
    if not record.ended:
        record.append(encode(contract.error("Cancelled", STOPPED[detect_language(request.message)])), True)
    record.finish(clock())
    slot.release()


def _start(agent: Any, request: ChatRequest, deadline_seconds: float) -> Any:
    return agent.start(request.message, user_id=request.user_id, conversation_id=request.conversation_id,
                       custom_prompt=request.custom_prompt, llm_config=request.llm_config,
                       deadline_seconds=deadline_seconds)


def _close(run: Any, feed: Feed | None) -> None:
    """Take the iterator back from the pump and close it, which cancels the run if it is still working."""
    if feed is not None:
        feed.detach()
        feed.events.close()  # type: ignore[attr-defined]
    run.cancel("stopped")
