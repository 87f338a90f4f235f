"""`AgentRun`: one answer in flight, read from any thread, while its graph runs as a task on the agent's loop.

No thread per run: the graph is streamed on the process-wide agent loop (agent.runtime.loop) by the run's
`Answering` task (agent.runtime.answering); its nodes await models, offload blocking work to the loop's bounded
worker threads, and put their events straight into the run's queue (`RunContext.emit`). A run waiting on a model
holds a task and its graph's objects, nothing more. Readers on any thread read the queue.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import replace
from typing import Any, Literal

from langchain_core.runnables import RunnableConfig

from agent.analysts.base import Language, QueryPlan
from agent.contract import events
from agent.contract.events import Event
from agent.contract.i18n import pick
from agent.contract.messages import MESSAGES
from agent.graph.builder import FIRST_NODE, AgentGraph
from agent.graph.state import AgentState, RunContext
from agent.runtime.answering import Answering, timeout_event
from agent.runtime.cancellation import TIMED_OUT
from agent.runtime.loop import agent_loop
from agent.runtime.parking import Parking

_DONE = object()
JOIN_SECONDS = 1.0
JOIN_POLL_SECONDS = 0.005
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
                 "error", "outcome", "_deadline", "_ended", "turnstile")

    def __init__(self, graph: AgentGraph, state: AgentState, context: RunContext,
                 deadline_seconds: float, config: RunnableConfig | None = None,
                 on_finish: Callable[[AgentRun], None] | None = None,
                 serial: threading.Lock | None = None, park: bool = False,
                 forget: Callable[[], None] | None = None) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._notify: Callable[[], None] | None = None
        self.context = replace(context, emit=self.emit, parking=Parking() if park else None)
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
        self.turnstile: object | None = None
        """What keeps the conversation's lock alive while the run is (set by ChatbotAgent)."""
        self._deadline = time.monotonic() + deadline_seconds
        self._ended = False
        self._queue.put(first_event(self.language))
        agent_loop().spawn(Answering(self, graph, state, config, on_finish, serial, forget).work())

    def on_event(self, notify: Callable[[], None]) -> None:
        """Call `notify()` each time the run queues an event (or its end).

        It is called on the agent's loop or a worker thread, for a reader that reads without blocking
        (`events(poll_seconds=0, wait=False)`) only when told to. Events queued before this call are not
        announced: read once after it.
        """
        self._notify = notify

    def emit(self, item: Event) -> None:
        """Queue an event for the run's readers (nodes send theirs here through `RunContext.emit`)."""
        self._queue.put(item)
        notify = self._notify
        if notify is not None:
            notify()

    def end(self) -> None:
        """Mark the run ended (its work is done) and queue the end of its events."""
        self._ended = True
        self._queue.put(_DONE)
        notify = self._notify
        if notify is not None:
            notify()

    def events(self, poll_seconds: float | None = None, wait: bool = True) -> Generator[Event | None, None, None]:
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
                    yield timeout_event(self.language, self.deadline_seconds)
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
