"""Waiting on a model outside the graph: the run parks at a LangGraph interrupt, then resumes the node.

A LangGraph run in progress holds some 30 KB of its own objects (its loop, tasks, configs, stream queue).
A node that would await a chat model for seconds instead hands the call to its run and calls
`interrupt()`: LangGraph checkpoints the graph and lets go of the run. The run awaits the model call alone,
then resumes the graph with `Command(resume=...)`; the node runs again, and this time `interrupt()` returns
and the node takes the call's result (or raises its error) as if it had awaited it itself.

Only a node that has nothing to say before its wait and that reads checkpointed state may park: the
run-scoped values (`plan`, `results`) are not checkpointed, so query_analysis parks, later nodes do not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from langgraph.types import interrupt

PARKED = "waiting for the model"
"""The interrupt's value, and the value the run resumes with (the result itself stays in `Parking`)."""


class Parking:
    """One run's slot for the call it awaits outside the graph: the call to make, then its outcome."""

    __slots__ = ("pending", "_ready", "_value", "_error")

    def __init__(self) -> None:
        self.pending: Callable[[], Awaitable[Any]] | None = None
        """The call a node handed over before its interrupt; the run awaits it, then resumes the graph."""
        self._ready = False
        self._value: Any = None
        self._error: BaseException | None = None

    def wait(self, make: Callable[[], Awaitable[Any]]) -> Any:
        """In a node: the result of `make()`, awaited by the run while the graph is parked.

        The first time, hands `make` to the run and interrupts the graph (raises LangGraph's interrupt).
        When the node runs again on resume, returns the result (or raises the call's error).
        """
        if not self._ready:
            self.pending = make
        interrupt(PARKED)  # raises the first time; returns PARKED once the run resumes the graph
        value, error = self._value, self._error
        self._ready, self._value, self._error = False, None, None
        if error is not None:
            raise error
        return value

    async def settle(self) -> None:
        """In the run, while the graph is parked: await the pending call and keep its outcome for the node."""
        make, self.pending = self.pending, None
        assert make is not None
        try:
            self._value = await make()
        except Exception as exc:  # noqa: BLE001 - kept for the node, which raises it when it runs again (its stage fails)
            self._error = exc
        self._ready = True
