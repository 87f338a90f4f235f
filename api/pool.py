"""Admission for answers (a bounded number of slots, a bounded wait for one) and a few threads for blocking calls."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")
THREADS = 8
"""Threads for the API's blocking calls: building the agent and starting an answer (which may open a user's
data). The answer itself runs as a task on the agent's event loop (agent.runtime.loop), so these threads
are held only while a run starts, and a burst of requests queues for them."""


class Slot:
    """Permission for one answer to run; release it exactly once when the answer ends."""

    def __init__(self, pool: WorkerPool, waited: bool = False) -> None:
        self._pool: WorkerPool | None = pool
        self.waited = waited
        """True when the slot was free only after a wait (the client may have given up meanwhile)."""

    def release(self) -> None:
        """Give the slot back (later calls do nothing)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool._release()


class WorkerPool:
    """At most `size` answers run at once; blocking calls (starting one) run on at most `THREADS` threads."""

    def __init__(self, size: int, queue_wait_seconds: float) -> None:
        self.size = size
        self.queue_wait_seconds = queue_wait_seconds
        self.running = 0
        self.waiting = 0
        self._slots = anyio.Semaphore(size)
        self._threads = anyio.CapacityLimiter(THREADS)

    @property
    def retry_after(self) -> str:
        """The Retry-After header value sent with a 503, in whole seconds."""
        return str(max(1, math.ceil(self.queue_wait_seconds)))

    async def admit(self) -> Slot | None:
        """A slot, waiting at most `queue_wait_seconds` for one; None when the pool stayed full."""
        try:
            self._slots.acquire_nowait()
        except anyio.WouldBlock:
            self.waiting += 1
            try:
                with anyio.move_on_after(self.queue_wait_seconds):
                    await self._slots.acquire()
                    self.running += 1
                    return Slot(self, waited=True)
            finally:
                self.waiting -= 1
            return None
        self.running += 1
        return Slot(self)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """Call a blocking function on one of the pool's threads, never on the event loop."""
        return await anyio.to_thread.run_sync(function, *args, limiter=self._threads)

    def _release(self) -> None:
        self.running -= 1
        self._slots.release()
