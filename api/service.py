"""The API's shared state: settings, the agent, the worker pool, streams and their producers."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio

from agent.analysts.base import detect_language
from agent.runtime.run import first_event
from api.pool import Slot, WorkerPool
from api.producer import produce
from api.replay import StreamRecord, StreamStore
from api.requests import RequestError
from api.settings import ApiSettings
from api.sse import ServerExit, encode

log = logging.getLogger(__name__)
SHUTDOWN_SECONDS = 5.0


class ApiState:
    """Everything the endpoints share: settings, the agent (built on first use), the pool and the streams."""

    def __init__(self, agent_factory: Callable[[], Any], settings: ApiSettings) -> None:
        self.settings = settings
        self.pool = WorkerPool(self.settings.max_concurrent, self.settings.queue_wait_seconds)
        self.store = StreamStore(self.settings.replay_seconds, self.settings.replay_max_streams)
        self.server_exit = ServerExit()
        self._agent_factory = agent_factory
        self._agent: Any = None
        self._agent_lock = anyio.Lock()
        self._producing: set[StreamRecord] = set()
        """Streams whose answer is being produced (started, last event not yet in)."""
        self._starting: set[asyncio.Task[None]] = set()

    async def agent(self) -> Any:
        """The agent, built on a worker thread on first use; a 503 `RequestError` if it cannot be built."""
        if self._agent is None:
            async with self._agent_lock:
                if self._agent is None:
                    try:
                        self._agent = await self.pool.run(self._agent_factory)
                    except Exception as exc:  # the factory is any code: whatever it raises is a 503
                        log.exception("the agent could not be built")
                        raise RequestError(503, f"the agent is not available ({type(exc).__name__}); try again "
                                                "shortly", {"Retry-After": "5"}) from None
        return self._agent

    async def admit(self) -> Slot:
        """A pool slot, or a 503 `RequestError` with Retry-After once the bounded wait is over."""
        slot = await self.pool.admit()
        if slot is None:
            raise RequestError(503, f"the server is busy: {self.pool.size} answers are running; retry later",
                               {"Retry-After": self.pool.retry_after})
        return slot

    def start(self, record: StreamRecord, agent: Any, slot: Slot) -> None:
        """Produce `record`'s events (api.producer); the record is running from now on.

        The run's first event (its first node under way: the question is being read) is in the record
        before this returns, so the response sends it at once: the answer has been accepted. Starting the
        run comes after, on a worker thread, which under load can take a while.
        """
        record.state = "running"
        first = first_event(detect_language(record.request.message))
        record.append(encode(first))
        self._producing.add(record)
        task = asyncio.get_running_loop().create_task(
            produce(record, agent, self.pool, slot, self.settings.deadline_seconds, self.store.clock,
                    self._producing.discard, first),
            name=f"chat-stream-{record.id}")
        self._starting.add(task)  # the loop keeps only weak references to tasks
        task.add_done_callback(self._starting.discard)

    @property
    def active_producers(self) -> int:
        """Streams still being produced."""
        return len(self._producing)

    async def shutdown(self) -> None:
        """Stop every running answer and wait (briefly) for their streams to end."""
        for record in self.store.running():
            if record.on_abandoned is not None:
                record.on_abandoned()
        give_up = time.monotonic() + SHUTDOWN_SECONDS
        while self._producing and time.monotonic() < give_up:
            await asyncio.sleep(0.02)

    @asynccontextmanager
    async def lifespan(self, app: Any = None) -> AsyncIterator[None]:
        """Build the agent at start-up (so the first question is fast); stop running answers at shutdown.

        Once the agent is built, everything allocated so far (the libraries, the agent, the catalog: some
        200,000 objects) is moved out of the garbage collector's way (`gc.freeze()`): a full collection,
        which a burst of answers sets off now and then, would otherwise walk all of it, stopping every
        thread for some 100 ms.
        """
        try:
            await self.agent()
        except RequestError:
            log.warning("the agent is not available yet; the API answers 503 until it is")
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await self.shutdown()
