"""A cancel switch shared by a run's thread and whoever stops it."""

from __future__ import annotations

import threading
from typing import Protocol

from agent.errors import Cancelled


class Interruptible(Protocol):
    """Anything with an `interrupt()` that stops its work (a DuckDB cursor)."""

    def interrupt(self) -> None: ...


class Cancellation:
    """Set once; interrupts whatever query is running when it is set."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._running: set[Interruptible] = set()
        self.reason: str = ""

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._event.is_set()

    def cancel(self, reason: str = "stopped") -> None:
        """Stop the run: remember why, and interrupt every running query."""
        with self._lock:
            if not self._event.is_set():
                self.reason = reason
            self._event.set()
            running = list(self._running)
        for work in running:
            work.interrupt()

    def raise_if_cancelled(self) -> None:
        """Raise `Cancelled` once the run was stopped."""
        if self._event.is_set():
            raise Cancelled(f"The answer was {self.reason}.")

    def watch(self, work: Interruptible) -> None:
        """Track running work so `cancel()` can interrupt it; interrupt at once if already cancelled."""
        with self._lock:
            self._running.add(work)
        if self._event.is_set():
            work.interrupt()

    def unwatch(self, work: Interruptible) -> None:
        """Stop tracking finished work."""
        with self._lock:
            self._running.discard(work)
