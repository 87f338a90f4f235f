"""Produce one stream: run the agent through the worker pool and append its events to the stream's record."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

import anyio

from agent import events as contract
from agent.messages import say
from agent.plan import detect_language
from api.pool import Slot, WorkerPool
from api.replay import StreamRecord
from api.sse import encode

log = logging.getLogger(__name__)
POLL_SECONDS = 0.25
"""How long one pool call waits for the agent's next event; also the longest a cancel waits to be seen."""
_END = object()
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, slot: Slot, deadline_seconds: float,
                  clock: Callable[[], float]) -> None:
    """Run `record`'s question to its final or error event; stop early when the record is abandoned.

    Every blocking call (starting the run, waiting for its next event, closing it) runs on the
    pool's threads. Cancelling stops the agent: closing `run.events()` cancels the run, which
    interrupts a running DuckDB query and waits for the run's thread to end.
    """
    request = record.request
    run = stream = None
    terminal = False
    with anyio.CancelScope() as scope:
        record.on_abandoned = scope.cancel
        try:
            with anyio.CancelScope(shield=True):  # a started run is always closed below
                run = await pool.run(partial(
                    agent.start, request.message, user_id=request.user_id,
                    conversation_id=request.conversation_id, custom_prompt=request.custom_prompt,
                    llm_config=request.llm_config, deadline_seconds=deadline_seconds))
            stream = run.events(poll_seconds=POLL_SECONDS)
            while not terminal:
                event = await pool.run(next, stream, _END)
                if event is _END:
                    break
                if event is None:
                    continue
                terminal = contract.is_terminal(event)
                if event["type"] == "final":  # remembered before the client can ask a follow-up
                    await pool.run(agent.remember, request.user_id, request.conversation_id, run)
                record.append(encode(event))
        except Exception as exc:
            log.exception("stream %s failed", record.id)
            if not terminal:
                language = detect_language(request.message)
                record.append(encode(contract.error(type(exc).__name__, say("internal", language,
                                                                              kind=type(exc).__name__))))
                terminal = True
        finally:
            with anyio.CancelScope(shield=True):
                if run is not None:
                    await pool.run(_close, run, stream)
            if not terminal:
                record.append(encode(contract.error("Cancelled", STOPPED[detect_language(request.message)])))
            record.on_abandoned = None
            record.finish(clock())
            slot.release()


def _close(run: Any, stream: Any) -> None:
    """Close the event iterator (which cancels the run) and make sure the run's thread is stopped."""
    if stream is not None:
        stream.close()
    run.cancel("stopped")
