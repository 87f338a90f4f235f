"""One answer in flight: its graph runs as a task on the agent's loop; events come out through a queue.

No thread per run: the graph is streamed with `graph.astream` on the process-wide agent loop
(agent.runtime.loop), its nodes await models and offload blocking work to the loop's bounded worker threads, and
they put their events straight into the run's queue (`RunContext.emit`). A run waiting on a model holds
a task and its graph's objects, nothing more. Readers on any thread read the queue.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, Literal

from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from agent.analysts.base import Language, QueryPlan
from agent.contract import events
from agent.contract.errors import AgentError, Cancelled, Timeout
from agent.contract.events import Event
from agent.contract.i18n import pick
from agent.contract.messages import MESSAGES
from agent.graph.builder import FIRST_NODE
from agent.graph.state import AgentState, RunContext
from agent.runtime.cancellation import TIMED_OUT
from agent.runtime.loop import agent_loop, offload
from agent.runtime.parking import PARKED, Parking

log = logging.getLogger(__name__)
_DONE = object()
JOIN_SECONDS = 1.0
JOIN_POLL_SECONDS = 0.005
INTERRUPTED = "__interrupt__"
"""The key of the values LangGraph streams when a node interrupts the graph (a parked run)."""
Outcome = Literal["running", "final", "error", "stopped"]


def first_event(language: Language) -> Event:
    """The event every run starts with: its first node is under way (the question is being read).

    It needs nothing but the question's language, so whoever accepts a run can send it at once: `AgentRun`
    queues it before its task starts, and the API sends it as it admits the request (api.service).
    """
    return events.progress(FIRST_NODE, "in_progress", pick(MESSAGES, "analysing", language))


class AgentRun:
    """A started answer; iterate `events()` to read it, close the iterator to stop it.

    Its first event, `query_analysis` `in_progress` ("reading the question"), is queued as the run is
    created, before its task starts: a reader gets it at once, however busy the machine is.
    """

    __slots__ = ("_queue", "_notify", "context", "language", "deadline_seconds", "question", "plan", "final",
                 "error", "outcome", "_graph", "_state", "_config", "_on_finish", "_serial", "_deadline", "_ended",
                 "_task", "_interruptible", "_loop", "turnstile", "_forget")

    def __init__(self, graph: CompiledStateGraph, state: AgentState, context: RunContext,
                 deadline_seconds: float, config: dict[str, Any] | None = None,
                 on_finish: Callable[[AgentRun], None] | None = None,
                 serial: threading.Lock | None = None, park: bool = False,
                 forget: Callable[[], None] | None = None) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._notify: Callable[[], None] | None = None
        self.context = replace(context, emit=self._put, parking=Parking() if park else None)
        """The run's context; with `park` (a graph with a checkpointer, and a thread id in `config`), nodes
        may await their model outside the graph (agent.runtime.parking)."""
        self.language = state["language"]
        self.deadline_seconds = deadline_seconds
        self.question = state["question"]
        self.plan: QueryPlan | None = None
        self.final: dict[str, Any] | None = None
        self.error: dict[str, Any] | None = None
        """The error event's data when the run failed or timed out (None when it was stopped)."""
        self.outcome: Outcome = "running"
        """How the run ended, settled just before its last event."""
        self._graph, self._state, self._config, self._on_finish = graph, state, config, on_finish
        self._forget = forget
        """Called as the run ends: drops the run's own checkpoints (a run outside any conversation)."""
        self.turnstile: object | None = None
        """What keeps the conversation's lock alive while the run is (set by ChatbotAgent)."""
        self._serial = serial
        """Held from start to finish, so two runs on one conversation thread take turns."""
        self._deadline = time.monotonic() + deadline_seconds
        self._ended = False
        self._task: asyncio.Task[None] | None = None
        self._interruptible = False
        """True while the graph runs: stopping the run then cancels its task (a model call stops at once)."""
        self._queue.put(first_event(self.language))
        self._loop = agent_loop()
        self._loop.spawn(self._work())

    def on_event(self, notify: Callable[[], None]) -> None:
        """Call `notify()` (on the agent's loop or a worker thread) each time the run queues an event (or its
        end), for a reader that reads without blocking (`events(poll_seconds=0, wait=False)`) only when told
        to. Events queued before this call are not announced: read once after it."""
        self._notify = notify

    def _put(self, item: Any) -> None:
        self._queue.put(item)
        notify = self._notify
        if notify is not None:
            notify()

    async def _work(self) -> None:
        put = self._put
        try:
            if self._serial is not None and not await self._wait_for_turn():
                put(events.failure(Cancelled("stopped_before_start"), self.language))
                return
            try:
                await self._answer()
            finally:
                if self._serial is not None:
                    self._serial.release()
        finally:
            if self._forget is not None:
                self._forget()
            self._ended = True
            put(_DONE)

    async def _answer(self) -> None:
        """Stream the graph to its end, then settle the outcome and queue the final or error event."""
        put = self._put
        last: dict[str, Any] = {}
        self._task = asyncio.current_task()
        self._interruptible = True
        self.context.cancellation.on_cancel(lambda: self._loop.call_soon(self._interrupt))
        failure: BaseException | None = None
        try:
            await self._stream_graph(last)
            self.final = last["final"]
        except asyncio.CancelledError:  # stopped while the graph awaited a model: the cancel switch says why
            if self._task is not None:
                self._task.uncancel()
            failure = self.context.cancellation.error()
        except Exception as exc:  # the stream must end with an event, whatever broke: settled below
            failure = exc
        finally:
            self._interruptible = False
        self.plan = last.get("plan")
        if failure is None:
            await offload(self._finish, "final")
            put({"type": "final", "data": self.final})
            return
        if not isinstance(failure, AgentError):
            log.error("agent run failed", exc_info=failure)
        data = events.failure(failure, self.language)["data"]
        self.error = data
        await offload(self._finish, "error")
        put({"type": "error", "data": self.error or data})  # a stopped run keeps no error, its event does

    async def _stream_graph(self, last: dict[str, Any]) -> None:
        """Run the graph to its end, keeping its latest state in `last`; while it is parked (agent.runtime.parking),
        await the node's call, then resume it."""
        command: Any = self._state
        parking = self.context.parking
        while True:
            async for values in self._graph.astream(command, self._config, context=self.context,
                                                    stream_mode="values"):
                if INTERRUPTED not in values:
                    last.clear()
                    last.update(values)
            if parking is None or parking.pending is None:
                return
            await parking.settle()
            command = Command(resume=PARKED)

    def _interrupt(self) -> None:
        """On the loop: cancel the run's task while its graph runs (a stop that comes later changes nothing)."""
        if self._interruptible and self._task is not None:
            self._task.cancel()

    async def _wait_for_turn(self) -> bool:
        """Wait until no other run works on the same conversation; False if this run was stopped first."""
        while not self._serial.acquire(blocking=False):  # type: ignore[union-attr]
            if self.context.cancellation.cancelled:
                return False
            await asyncio.sleep(0.05)
        return True

    def _finish(self, outcome: Outcome) -> None:
        """Settle how the run ended (a cancelled run was stopped or timed out), then tell `on_finish`.

        Runs (on a worker thread) before the run's last event is queued, so whoever reads that event can
        count on the turn being recorded.
        """
        cancellation = self.context.cancellation
        if outcome == "error" and cancellation.cancelled:
            if cancellation.reason == TIMED_OUT:
                self.error = self._timeout()["data"]
            else:
                outcome, self.error = "stopped", None
        self.outcome = outcome
        if self._on_finish is not None:
            try:
                self._on_finish(self)
            except Exception:  # recording must never cost the answer
                log.exception("recording the finished run failed")

    def _timeout(self) -> Event:
        """The error event of a run that ran past its deadline."""
        return events.failure(Timeout("timeout", seconds=self.deadline_seconds), self.language)

    def events(self, poll_seconds: float | None = None, wait: bool = True) -> Iterator[Event | None]:
        """The run's events, ending with one `final` or `error`.

        With `poll_seconds`, yields None whenever that long passes without an event, so a
        caller can do its own housekeeping (a page checks whether it was stopped). With `wait=False`,
        stopping the run (at its deadline, or when the iterator is closed) does not wait for it to end,
        so a reader with `poll_seconds=0` never blocks; it checks `finished` itself.
        """
        try:
            while True:
                remaining = self._deadline - time.monotonic()
                if remaining <= 0:
                    self.cancel(TIMED_OUT, wait)
                    yield self._timeout()
                    return
                timeout = remaining if poll_seconds is None else min(remaining, poll_seconds)
                try:
                    item = self._queue.get(timeout=timeout)
                except queue.Empty:
                    if poll_seconds is not None and remaining > timeout:
                        yield None
                    continue
                if item is _DONE:
                    return
                yield item
                if events.is_terminal(item):
                    return
        finally:
            self.cancel("stopped", wait)

    def cancel(self, reason: str = "stopped", wait: bool = True) -> None:
        """Stop the run: interrupt its query or model call and (unless not `wait`) wait briefly for its end."""
        if not self._ended:
            self.context.cancellation.cancel(reason)
            give_up = time.monotonic() + JOIN_SECONDS
            while wait and not self._ended and time.monotonic() < give_up:
                time.sleep(JOIN_POLL_SECONDS)

    @property
    def deadline(self) -> float:
        """When the run times out, on the `time.monotonic()` clock."""
        return self._deadline

    @property
    def finished(self) -> bool:
        """True once the run has ended (its last event is queued, its work is done)."""
        return self._ended
