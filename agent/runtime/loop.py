"""The agent's one event loop (a daemon thread) that every run's graph runs on, and its bounded worker threads.

A run waiting on a model costs no thread: its graph is a task on this loop. Blocking work (a DuckDB query,
the offline analyst's planning, a checkpoint write) goes to `offload()`, which runs it on a small, bounded
pool of worker threads (`CHATBOT_WORKER_THREADS`), never on the loop itself.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class AgentLoop:
    """An event loop on a daemon thread of its own, plus the worker pool blocking calls go to."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="agent-worker")
        self.loop = asyncio.new_event_loop()
        self.loop.set_default_executor(self.executor)
        self._tasks: set[asyncio.Task[Any]] = set()
        ready = threading.Event()
        self.thread = threading.Thread(target=self._serve, args=(ready,), name="agent-loop", daemon=True)
        self.thread.start()
        ready.wait()

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.call_soon(ready.set)
        self.loop.run_forever()

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        """Start `coroutine` as a task on the loop, from any thread; the loop keeps it until it ends.

        Nothing else is made per task (no future, no lock): a run that waits costs its task alone.
        """
        self.call_soon(functools.partial(self._start, coroutine))

    def _start(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        task = self.loop.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def tasks(self) -> int:
        """Tasks spawned and not finished yet (the runs in flight)."""
        return len(self._tasks)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the loop and wait for its result: for callers with no event loop of their own.

        Clients bound to an event loop (a chat model's HTTP pool) then always meet the same loop.
        """
        if threading.current_thread() is self.thread:
            coroutine.close()
            raise RuntimeError("AgentLoop.run() would block the agent loop; await the coroutine instead")
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def call_soon(self, callback: Callable[[], Any]) -> None:
        """Call `callback` on the loop's thread, from any thread."""
        try:
            self.loop.call_soon_threadsafe(callback)
        except RuntimeError:  # the loop is closed: the process is ending
            pass


async def offload(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a blocking function on a worker thread (with the caller's context variables) and await it.

    If the awaiting task is cancelled, the call cannot be: it is waited for (the run's cancel switch has
    interrupted its query by then) before the cancellation goes on, so a run never ends with its work
    still running on a worker. The call's outcome is then superseded by the cancellation: it is read and
    dropped (an interrupted query's `Cancelled` is no "Future exception was never retrieved" in the log).
    """
    loop = asyncio.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, function, *args, **kwargs)
    future = loop.run_in_executor(None, call)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        future.add_done_callback(_drop_outcome)
        if not future.done():
            await asyncio.wait([future])
        raise


def _drop_outcome(future: asyncio.Future[Any]) -> None:
    """Mark a finished call's exception as read.

    Nobody awaits it any more: asyncio.shield's outer future was cancelled first, and shield then stops
    watching the inner one.
    """
    if not future.cancelled():
        future.exception()


_lock = threading.Lock()
_loop: AgentLoop | None = None


def agent_loop() -> AgentLoop:
    """The process-wide agent loop, started on first use with `CHATBOT_WORKER_THREADS` workers."""
    global _loop
    with _lock:
        if _loop is None:
            from agent.settings import Settings

            _loop = AgentLoop(Settings.from_env().worker_threads)
        return _loop
