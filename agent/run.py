"""One answer in flight: the graph runs on its own thread; events come out through a queue.

One thread per run: nodes put their events straight into the run's queue (`RunContext.emit`) and the
graph is streamed with `stream_mode="values"`, so LangGraph runs every node on this thread instead of
an executor thread and a waiter thread of its own (agent.nodes).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, Literal

from langgraph.graph.state import CompiledStateGraph

from agent import events
from agent.errors import AgentError
from agent.events import Event
from agent.graph import FIRST_NODE
from agent.messages import say
from agent.plan import Language, QueryPlan
from agent.state import AgentState, RunContext

log = logging.getLogger(__name__)
_DONE = object()
JOIN_SECONDS = 1.0
Outcome = Literal["running", "final", "error", "stopped"]


def first_event(language: Language) -> Event:
    """The event every run starts with: its first node is under way (the question is being read).

    It needs nothing but the question's language, so whoever accepts a run can send it at once: `AgentRun`
    queues it before its thread starts, and the API sends it as it admits the request (api.service).
    """
    return events.progress(FIRST_NODE, "in_progress", say("analysing", language))


class AgentRun:
    """A started answer; iterate `events()` to read it, close the iterator to stop it.

    Its first event, `query_analysis` `in_progress` ("reading the question"), is queued as the run is
    created, before its thread starts: a reader gets it at once, however busy the machine is.
    """

    def __init__(self, graph: CompiledStateGraph, state: AgentState, context: RunContext,
                 deadline_seconds: float, config: dict[str, Any] | None = None,
                 on_finish: Callable[[AgentRun], None] | None = None,
                 serial: threading.Lock | None = None) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._notify: Callable[[], None] | None = None
        self.context = replace(context, emit=self._put)
        self.language = state["language"]
        self.deadline_seconds = deadline_seconds
        self.question = state["question"]
        self.plan: QueryPlan | None = None
        self.final: dict[str, Any] | None = None
        self.error: dict[str, Any] | None = None
        """The error event's data when the run failed or timed out (None when it was stopped)."""
        self.outcome: Outcome = "running"
        """How the run ended, settled on its thread just before its last event."""
        if config is not None:  # a conversation's run: LangGraph writes its checkpoints on executor threads
            # One worker writes them in order (they wait for each other anyway) and is the only thread the run
            # holds besides its own while it waits; the default pool kept up to three. The graph is linear, so
            # no step ever has two nodes to run at once on that executor.
            config = {**config, "max_concurrency": 1}
        self._graph, self._state, self._config, self._on_finish = graph, state, config, on_finish
        self._serial = serial
        """Held from start to finish, so two runs on one conversation thread take turns."""
        self._deadline = time.monotonic() + deadline_seconds
        self._queue.put(first_event(self.language))
        self._thread = threading.Thread(target=self._work, name="agent-run", daemon=True)
        self._thread.start()

    def on_event(self, notify: Callable[[], None]) -> None:
        """Call `notify()` on the run's thread each time it queues an event (or its end), for a reader that
        reads without blocking (`events(poll_seconds=0, wait=False)`) only when told to. Events queued
        before this call are not announced: read once after it."""
        self._notify = notify

    def _put(self, item: Any) -> None:
        self._queue.put(item)
        notify = self._notify
        if notify is not None:
            notify()

    def _work(self) -> None:
        put = self._put
        last: dict[str, Any] = {}
        if self._serial is not None and not self._wait_for_turn():
            put(events.error("Cancelled", "The answer was stopped before it started."))
            put(_DONE)
            return
        try:
            for last in self._graph.stream(self._state, self._config, context=self.context,
                                           stream_mode="values"):
                pass
            self.plan = last.get("plan")
            self.final = last["final"]
            self._finish("final")
            put({"type": "final", "data": self.final})
        except AgentError as exc:
            self.plan = last.get("plan")
            self.error = data = events.error(exc.kind, str(exc))["data"]
            self._finish("error")
            put({"type": "error", "data": self.error or data})  # a stopped run keeps no error, its event does
        except Exception as exc:  # the stream must end with an event, whatever broke
            log.exception("agent run failed")
            self.plan = last.get("plan")
            self.error = data = events.error(type(exc).__name__,
                                             say("internal", self.language, kind=type(exc).__name__))["data"]
            self._finish("error")
            put({"type": "error", "data": self.error or data})
        finally:
            if self._serial is not None:
                self._serial.release()
            put(_DONE)

    def _wait_for_turn(self) -> bool:
        """Wait until no other run works on the same conversation; False if this run was stopped first."""
        while not self._serial.acquire(timeout=0.05):  # type: ignore[union-attr]
            if self.context.cancellation.cancelled:
                return False
        return True

    def _finish(self, outcome: Outcome) -> None:
        """Settle how the run ended (a cancelled run was stopped or timed out), then tell `on_finish`.

        Runs on the run's own thread before its last event is queued, so whoever reads that event can
        count on the turn being recorded.
        """
        cancellation = self.context.cancellation
        if outcome == "error" and cancellation.cancelled:
            if cancellation.reason == "timed out":
                self.error = events.error("Timeout", say("timeout", self.language,
                                                         seconds=self.deadline_seconds))["data"]
            else:
                outcome, self.error = "stopped", None
        self.outcome = outcome
        if self._on_finish is not None:
            try:
                self._on_finish(self)
            except Exception:  # recording must never cost the answer
                log.exception("recording the finished run failed")

    def events(self, poll_seconds: float | None = None, wait: bool = True) -> Iterator[Event | None]:
        """The run's events, ending with one `final` or `error`.

        With `poll_seconds`, yields None whenever that long passes without an event, so a
        caller can do its own housekeeping (a page checks whether it was stopped). With `wait=False`,
        stopping the run (at its deadline, or when the iterator is closed) does not wait for its thread
        to end, so a reader with `poll_seconds=0` never blocks; it checks `finished` itself.
        """
        try:
            while True:
                remaining = self._deadline - time.monotonic()
                if remaining <= 0:
                    self.cancel("timed out", wait)
                    yield events.error("Timeout", say("timeout", self.language, seconds=self.deadline_seconds))
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
        """Stop the run: interrupt its query and (unless not `wait`) wait briefly for its thread to end."""
        if self._thread.is_alive():
            self.context.cancellation.cancel(reason)
            if wait:
                self._thread.join(JOIN_SECONDS)

    @property
    def deadline(self) -> float:
        """When the run times out, on the `time.monotonic()` clock."""
        return self._deadline

    @property
    def finished(self) -> bool:
        """True once the run's thread has ended."""
        return not self._thread.is_alive()
