"""Produce one stream: start the agent's run on a pool thread, then relay its events into the record as they come."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from agent.analysts.base import detect_language
from agent.contract import events as contract
from agent.contract.events import Event
from agent.runtime.run import JOIN_SECONDS
from api.pool import Slot, WorkerPool
from api.replay import StreamRecord
from api.requests import ChatRequest
from api.sse import encode

log = logging.getLogger(__name__)
_END: Any = object()
STOPPED = {
    "en": "The answer was stopped because no client was reading the stream any more.",
    "ko": "스트림을 읽는 클라이언트가 없어 답변이 중단되었습니다.",
}


async def produce(record: StreamRecord, agent: Any, pool: WorkerPool, slot: Slot, deadline_seconds: float,
                  clock: Callable[[], float], on_end: Callable[[StreamRecord], None], sent: Event | None = None
                  ) -> None:
    """Start `record`'s run on one of the pool's few threads, then hand it to a `Relay` and return.

    Starting may open a user's data. From then on no task waits for the run: its own events drive the
    stream to its end.

    `sent` is the run's first event when it is in the record already (the run's own copy is then skipped).
    `on_end(record)` is called once the stream has its last event and its slot is released.
    """
    abandoned: list[bool] = []
    record.on_abandoned = lambda: abandoned.append(True)
    try:
        run = await asyncio.shield(pool.run(_start, agent, record.request, deadline_seconds))  # always relayed
    except Exception as exc:  # whatever stops the start becomes the stream's one error event
        log.exception("stream %s could not start", record.id)
        record.on_abandoned = None
        record.append(encode(contract.failure(exc, detect_language(record.request.message))), True)
        record.finish(clock())
        slot.release()
        on_end(record)
        return
    Relay(record, run, slot, asyncio.get_running_loop(), clock, on_end, sent)
    if abandoned or record.listeners == 0:
        record.on_abandoned()


def _start(agent: Any, request: ChatRequest, deadline_seconds: float) -> Any:
    return agent.start(request.message, user_id=request.user_id, conversation_id=request.conversation_id,
                       custom_prompt=request.custom_prompt, llm_config=request.llm_config,
                       deadline_seconds=deadline_seconds)


def _same_step(event: Event, other: Event) -> bool:
    """Both are progress events of the same node and status (the wording may differ)."""
    return event.get("type") == other.get("type") == "progress" and all(
        event["data"].get(key) == other["data"].get(key) for key in ("node", "status"))


class Relay:
    """Moves a started run's events into its record on the event loop, when the run says it queued some.

    `AgentRun.on_event` calls `_notify` on the run's side, which schedules one read on the loop (at most
    one at a time). No task and no thread waits for events: while the run waits on a model, the stream
    costs its objects alone. Its deadline is a timer on the loop; the last listener leaving stops the run.
    Stopping (deadline or abandoned) cancels the run, then waits, by the run's own last notification or
    JOIN_SECONDS at most, for it to settle (a conversation's turn is recorded) before the last event.
    """

    __slots__ = ("record", "run", "slot", "loop", "clock", "on_end", "skip", "events", "ended", "stopping",
                 "_scheduled", "_exhausted", "_timer")

    def __init__(self, record: StreamRecord, run: Any, slot: Slot, loop: asyncio.AbstractEventLoop,
                 clock: Callable[[], float], on_end: Callable[[StreamRecord], None], sent: Event | None) -> None:
        self.record, self.run, self.slot, self.loop = record, run, slot, loop
        self.clock, self.on_end, self.skip = clock, on_end, sent
        self.events = run.events(poll_seconds=0, wait=False)
        self.ended = False
        self.stopping: str | None = None
        """Why the relay stops the run ("timed out" or "abandoned"), once it does."""
        self._scheduled = False
        self._exhausted = False
        self._timer = loop.call_later(max(0.0, run.deadline - time.monotonic()), self._stop, "timed out")
        record.on_abandoned = self._abandon
        run.on_event(self._notify)
        self.read()  # whatever was queued before (the run's first event)

    def _notify(self) -> None:  # on the agent's loop or a worker thread
        if not self._scheduled:
            self._scheduled = True
            try:
                self.loop.call_soon_threadsafe(self.read)
            except RuntimeError:  # the event loop is closed: nobody reads any more
                pass

    def read(self, force: bool = False) -> None:
        """Append every event available now, without waiting; end the stream after the last one."""
        self._scheduled = False
        if self.ended:
            return
        if not force and self.stopping is None and time.monotonic() >= self.run.deadline and not self.run.finished:
            self._stop("timed out")  # its deadline passed before the timer fired: stop it first, read after
            return
        if self.stopping is not None:
            if not (force or self.run.finished):
                return  # the run settles first; its last notification (or the timer) reads again
            if self.stopping == "abandoned":
                return self._end()
        try:
            self._append_available()
        except Exception as exc:  # the iterator broke: end the stream with an error
            log.exception("stream %s failed", self.record.id)
            if not self.record.ended:
                language = detect_language(self.record.request.message)
                self.record.append(encode(contract.failure(exc, language)), True)
        if self.record.ended or self._exhausted:
            self._end()

    def _append_available(self) -> None:
        batch: list[Event] = []
        while (event := next(self.events, _END)) is not None:
            if event is _END:  # the run's events ended without a last one: the stream ends all the same
                self._exhausted = True
                break
            batch.append(event)
            if contract.is_terminal(event):
                break
        if self.skip is not None and batch:  # the record starts with the run's first event already
            batch, self.skip = (batch[1:] if _same_step(batch[0], self.skip) else batch), None
        for event in batch:
            self.record.append(encode(event), contract.is_terminal(event))

    def _abandon(self) -> None:
        self._stop("abandoned")

    def _stop(self, reason: str) -> None:
        """Cancel the run (at its deadline, or when nobody reads); read again once it has settled."""
        if self.ended or self.stopping is not None:
            return
        self.stopping = reason
        self.run.cancel(reason if reason == "timed out" else "stopped", wait=False)
        self._timer.cancel()
        self._timer = self.loop.call_later(JOIN_SECONDS, self.read, True)
        if self.run.finished:
            self.read()

    def _end(self) -> None:
        self.ended = True
        self._timer.cancel()
        self.record.on_abandoned = None
        self.events.close()  # stops the run if it still works (without waiting)
        if not self.record.ended:
            language = detect_language(self.record.request.message)
            self.record.append(encode(contract.error("Cancelled", STOPPED[language])), True)
        self.record.finish(self.clock())
        self.slot.release()
        self.on_end(self.record)
