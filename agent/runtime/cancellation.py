"""A cancel switch shared by a run and whoever stops it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from agent.contract.errors import Cancelled

REINTERRUPT_EVERY = 0.02
REINTERRUPT_SECONDS = 5.0
TIMED_OUT = "timed out"
"""The reason a run's deadline gives; any other reason (usually "stopped") is a person's stop."""


class Interruptible(Protocol):
    """Anything with an `interrupt()` that stops its work (a DuckDB cursor)."""

    def interrupt(self) -> None:
        """Stop the running work now (from another thread)."""


class Cancellation:
    """Set once; interrupts whatever query is running when it is set."""

    __slots__ = ("_cancelled", "_lock", "_running", "_callbacks", "reason")

    def __init__(self) -> None:
        self._cancelled = False
        self._lock = threading.Lock()
        self._running: set[Interruptible] | None = None
        """Work to interrupt (made when the first query runs: a run waiting on its model keeps none)."""
        self._callbacks: tuple[Callable[[], None], ...] = ()
        self.reason: str = ""

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancelled

    def cancel(self, reason: str = "stopped") -> None:
        """Stop the run: remember why, and interrupt every running query.

        DuckDB forgets an interrupt that arrives before its query has started, so while watched work
        remains, a short-lived thread repeats the interrupt until the work ends (at most a few seconds).
        """
        with self._lock:
            first = not self._cancelled
            if first:
                self.reason = reason
            self._cancelled = True
            running = list(self._running or ())
            callbacks, self._callbacks = self._callbacks, ()
        for callback in callbacks:
            callback()
        for work in running:
            work.interrupt()
        if first and running:
            threading.Thread(target=self._keep_interrupting, name="agent-interrupt", daemon=True).start()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call `callback()` (once, on the cancelling thread) when the run is stopped; at once if it was."""
        with self._lock:
            if not self._cancelled:
                self._callbacks = (*self._callbacks, callback)
                return
        callback()

    def _keep_interrupting(self) -> None:
        for _ in range(int(REINTERRUPT_SECONDS / REINTERRUPT_EVERY)):
            time.sleep(REINTERRUPT_EVERY)
            with self._lock:
                running = list(self._running or ())
            if not running:
                return
            for work in running:
                work.interrupt()

    def error(self) -> Cancelled:
        """The `Cancelled` error that says why the run was stopped (stopped, or timed out)."""
        return Cancelled("timed_out" if self.reason == TIMED_OUT else "stopped")

    def raise_if_cancelled(self) -> None:
        """Raise `Cancelled` once the run was stopped."""
        if self._cancelled:
            raise self.error()

    def watch(self, work: Interruptible) -> None:
        """Track work about to run so `cancel()` can interrupt it; raise `Cancelled` if already stopped."""
        with self._lock:
            if self._cancelled:
                raise self.error()
            if self._running is None:
                self._running = set()
            self._running.add(work)

    def unwatch(self, work: Interruptible) -> None:
        """Stop tracking finished work."""
        with self._lock:
            if self._running is not None:
                self._running.discard(work)
