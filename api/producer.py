"""Produce one stream: start the agent's run on a pool thread, let the pump move its events into the record."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel

from agent import events as contract
from agent.events import Event
from agent.messages import say
from agent.plan import detect_language
from agent.run import JOIN_SECONDS
from api.pool import Slot, WorkerPool
from api.pump import FIRST_POLL_SECONDS, MAX_POLL_SECONDS, EventPump, Feed
from api.replay import StreamRecord
from api.requests import ChatRequest
from api.sse import encode

log = logging.getLogger(__name__)
HAND_BACK_SECONDS = 0.1
"""The pump stops reading a run this long before its deadline; the producer reads the rest itself, because
ending a run at its deadline means waiting for the run's thread to end first."""
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, pump: EventPump, slot: Slot,
                  deadline_seconds: float, clock: Callable[[], float], sent: Event | None = None) -> None:
    """Run `record`'s question to its final or error event; stop it as soon as the record is abandoned.

    Starting the run (which may open a user's data) goes to one of the pool's few threads. `sent` is the
    run's first event when it is in the record already (the run's own copy is then skipped). The shared
    pump thread reads the run's events without blocking and hands them to the event loop, which appends
    them to the record (waking the connections that follow it). Stopping the run (abandoned, or at its
    deadline) cancels it, interrupting a running DuckDB query, and waits on the event loop, not on a
    thread, for the run's thread to end before the last event and the slot.
    """
    loop = asyncio.get_running_loop()
    request, ended = record.request, anyio.Event()
    run: Any = None
    feed: Feed | None = None

    def deliver(batch: list[Event]) -> None:  # on the pump thread
        # A run with a conversation id has recorded its turn before its last event was queued, so a
        # follow-up sent as soon as the client sees that event continues the conversation.
        for event in batch:
            loop.call_soon_threadsafe(record.append, encode(event), contract.is_terminal(event))

    with anyio.CancelScope() as scope:
        record.on_abandoned = scope.cancel
        try:
            with anyio.CancelScope(shield=True):  # a started run is always stopped below
                run = await pool.run(_start, agent, request, deadline_seconds)
            feed = Feed(run.events(poll_seconds=0, wait=False), deliver, lambda: loop.call_soon_threadsafe(ended.set),
                        run.deadline - HAND_BACK_SECONDS)
            batch = feed.read()  # the first event, queued as the run started: no wait for the pump
            _append(record, batch[1:] if sent is not None and batch[:1] == [sent] else batch)
            if not feed.ended:
                pump.add(feed)
                with anyio.move_on_after(feed.hand_back_at - time.monotonic()):
                    await ended.wait()
                if not ended.is_set():  # near the deadline: the rest is read here
                    await _detach(feed)
                    await _read_to_end(feed, run, record)
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
                    await _stop(run, feed, "stopped")
    # Deliveries were queued on the loop before the pump let go of the feed, so the record holds them all.
    await anyio.lowlevel.checkpoint()
    record.on_abandoned = None
    if not record.ended:
        record.append(encode(contract.error("Cancelled", STOPPED[detect_language(request.message)])), True)
    record.finish(clock())
    slot.release()


def _start(agent: Any, request: ChatRequest, deadline_seconds: float) -> Any:
    return agent.start(request.message, user_id=request.user_id, conversation_id=request.conversation_id,
                       custom_prompt=request.custom_prompt, llm_config=request.llm_config,
                       deadline_seconds=deadline_seconds)


def _append(record: StreamRecord, batch: list[Event]) -> None:
    for event in batch:
        record.append(encode(event), contract.is_terminal(event))


async def _detach(feed: Feed) -> None:
    """Take the iterator back from the pump, without blocking the event loop while the pump reads it."""
    while not feed.try_detach():
        await anyio.sleep(FIRST_POLL_SECONDS)


async def _read_to_end(feed: Feed, run: Any, record: StreamRecord) -> None:
    """Read the run's last events until its end; at its deadline, stop it and wait for its thread first, so
    the Timeout event comes after the run has settled (and recorded its turn)."""
    interval = FIRST_POLL_SECONDS
    while True:
        if time.monotonic() >= run.deadline and not run.finished:
            await _stop(run, None, "timed out")
        batch = feed.read()
        _append(record, batch)
        if feed.ended:
            return
        interval = FIRST_POLL_SECONDS if batch else min(MAX_POLL_SECONDS, interval * 2)
        await anyio.sleep(min(interval, max(0.0, run.deadline - time.monotonic())))


async def _stop(run: Any, feed: Feed | None, reason: str) -> None:
    """Cancel the run and wait (on the loop) up to JOIN_SECONDS for its thread; then close its iterator."""
    run.cancel(reason, wait=False)
    give_up, interval = time.monotonic() + JOIN_SECONDS, FIRST_POLL_SECONDS
    while not run.finished and time.monotonic() < give_up:
        await anyio.sleep(interval)
        interval = min(MAX_POLL_SECONDS, interval * 2)
    if feed is not None:
        await _detach(feed)
        feed.events.close()  # type: ignore[attr-defined]
