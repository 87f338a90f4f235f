"""Produce one stream: a pool thread runs the agent and pumps its events into the stream's record."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import anyio

from agent import events as contract
from agent.messages import say
from agent.plan import detect_language
from api.pool import Slot, WorkerPool
from api.replay import StreamRecord
from api.requests import ChatRequest
from api.sse import encode

log = logging.getLogger(__name__)
POLL_SECONDS = 0.25
"""How often the pumping thread checks for a stop while the agent is quiet; bounds how late a stop is seen."""
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, slot: Slot, deadline_seconds: float,
                  clock: Callable[[], float]) -> None:
    """Run `record`'s question to its final or error event on a pool thread; stop it when the record is abandoned.

    The thread starts the run, reads `run.events()` and hands each encoded event to the event loop, which
    appends it to the record (waking the connections that follow it). Abandoning sets `stop`: within
    POLL_SECONDS the thread closes the events iterator, which cancels the run, interrupting a running
    DuckDB query and waiting for the run's thread to end.
    """
    loop = asyncio.get_running_loop()
    stop = threading.Event()
    language = detect_language(record.request.message)

    def abandon() -> None:
        stop.set()
        scope.cancel()

    def deliver(data: str, terminal: bool) -> None:
        loop.call_soon_threadsafe(record.append, data, terminal)

    with anyio.CancelScope() as scope:
        record.on_abandoned = abandon
        try:
            await pool.run(pump, agent, record.request, deadline_seconds, deliver, stop)
        except Exception as exc:
            log.exception("stream %s failed", record.id)
            if not record.ended:
                kind = type(exc).__name__
                record.append(encode(contract.error(kind, say("internal", language, kind=kind))), True)
    # Every delivery the thread made was queued on the loop before its result, so the record has them all.
    record.on_abandoned = None
    if not record.ended:
        record.append(encode(contract.error("Cancelled", STOPPED[language])), True)
    record.finish(clock())
    slot.release()


def pump(agent: Any, request: ChatRequest, deadline_seconds: float, deliver: Callable[[str, bool], None],
         stop: threading.Event) -> None:
    """On a pool thread: start the run and deliver its encoded events up to the last one, or until `stop`.

    The run is always closed before returning (which cancels it if it is still working).
    """
    run = agent.start(request.message, user_id=request.user_id, conversation_id=request.conversation_id,
                      custom_prompt=request.custom_prompt, llm_config=request.llm_config,
                      deadline_seconds=deadline_seconds)
    stream = run.events(poll_seconds=POLL_SECONDS)
    try:
        for event in stream:
            if stop.is_set():
                return
            if event is None:
                continue
            if event["type"] == "final":  # remembered before the client can send a follow-up
                agent.remember(request.user_id, request.conversation_id, run)
            terminal = contract.is_terminal(event)
            deliver(encode(event), terminal)
            if terminal:
                return
    finally:
        stream.close()
        run.cancel("stopped")
