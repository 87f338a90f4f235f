"""A run's work on the agent's loop: wait for its turn, stream the graph (parking as it goes), settle its end."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import RunnableConfig
from langgraph.types import Command

from agent.contract import events
from agent.contract.errors import AgentError, Cancelled, Timeout
from agent.contract.events import Event
from agent.graph.state import AgentState
from agent.runtime.cancellation import TIMED_OUT
from agent.runtime.loop import agent_loop, offload
from agent.runtime.parking import PARKED

if TYPE_CHECKING:
    from agent.graph.builder import AgentGraph
    from agent.runtime.run import AgentRun, Outcome

log = logging.getLogger(__name__)
INTERRUPTED = "__interrupt__"
"""The key of the values LangGraph streams when a node interrupts the graph (a parked run)."""
TURN_POLL_SECONDS = 0.05


def timeout_event(language: str, seconds: float) -> Event:
    """The error event of a run that ran past its deadline of `seconds`."""
    return events.failure(Timeout("timeout", seconds=seconds), language)


class Answering:
    """The task that answers one run: its graph, state and config, and what is done as it ends."""

    __slots__ = ("run", "_graph", "_state", "_config", "_on_finish", "_serial", "_forget", "_task", "_interruptible")

    def __init__(self, run: AgentRun, graph: AgentGraph, state: AgentState, config: RunnableConfig | None,
                 on_finish: Callable[[AgentRun], None] | None, serial: threading.Lock | None,
                 forget: Callable[[], None] | None) -> None:
        self.run = run
        self._graph, self._state, self._config, self._on_finish = graph, state, config, on_finish
        self._serial = serial
        """Held from start to finish, so two runs on one conversation thread take turns."""
        self._forget = forget
        """Called as the run ends: drops the run's own checkpoints (a run outside any conversation)."""
        self._task: asyncio.Task[None] | None = None
        self._interruptible = False
        """True while the graph runs: stopping the run then cancels its task (a model call stops at once)."""

    async def work(self) -> None:
        """Answer the run, taking turns with the other runs of its conversation, then end its queue."""
        run, serial = self.run, self._serial
        try:
            if serial is not None and not await self._wait_for_turn(serial):
                run.emit(events.failure(Cancelled("stopped_before_start"), run.language))
                return
            try:
                await self._answer()
            finally:
                if serial is not None:
                    serial.release()
        finally:
            if self._forget is not None:
                self._forget()
            run.end()

    async def _answer(self) -> None:
        """Stream the graph to its end, then settle the outcome and queue the final or error event."""
        run = self.run
        last: dict[str, Any] = {}
        self._task = asyncio.current_task()
        self._interruptible = True
        loop = agent_loop()
        run.context.cancellation.on_cancel(lambda: loop.call_soon(self._interrupt))
        failure: BaseException | None = None
        try:
            await self._stream_graph(last)
            run.final = last["final"]
        except asyncio.CancelledError:  # stopped while the graph awaited a model: the cancel switch says why
            if self._task is not None:
                self._task.uncancel()
            failure = run.context.cancellation.error()
        except Exception as exc:  # noqa: BLE001 - the stream must end with an event, whatever broke: settled below
            failure = exc
        finally:
            self._interruptible = False
        run.plan = last.get("plan")
        if failure is None:
            await offload(self._finish, "final")
            run.emit({"type": "final", "data": run.final})
            return
        if not isinstance(failure, AgentError):
            log.error("agent run failed", exc_info=failure)
        data = events.failure(failure, run.language)["data"]
        run.error = data
        await offload(self._finish, "error")
        run.emit({"type": "error", "data": run.error or data})  # a stopped run keeps no error, its event does

    async def _stream_graph(self, last: dict[str, Any]) -> None:
        """Run the graph to its end, keeping its latest state in `last`.

        While it is parked (agent.runtime.parking), await the node's call, then resume it.
        """
        command: Any = self._state
        context = self.run.context
        parking = context.parking
        while True:
            async for values in self._graph.astream(command, self._config, context=context, stream_mode="values"):
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

    async def _wait_for_turn(self, serial: threading.Lock) -> bool:
        """Wait until no other run works on the same conversation; False if this run was stopped first."""
        while not serial.acquire(blocking=False):
            if self.run.context.cancellation.cancelled:
                return False
            await asyncio.sleep(TURN_POLL_SECONDS)
        return True

    def _finish(self, outcome: Outcome) -> None:
        """Settle how the run ended (a cancelled run was stopped or timed out), then tell `on_finish`.

        Runs (on a worker thread) before the run's last event is queued, so whoever reads that event can
        count on the turn being recorded.
        """
        run = self.run
        cancellation = run.context.cancellation
        if outcome == "error" and cancellation.cancelled:
            if cancellation.reason == TIMED_OUT:
                run.error = timeout_event(run.language, run.deadline_seconds)["data"]
            else:
                outcome, run.error = "stopped", None
        run.outcome = outcome
        if self._on_finish is not None:
            try:
                self._on_finish(run)
            except Exception:  # last resort: recording (a checkpointer's own errors) must never cost the answer
                log.exception("recording the finished run failed")
