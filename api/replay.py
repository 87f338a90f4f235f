"""Every stream's events kept in order for a while, so a reconnecting client resumes after its Last-Event-ID."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from itertools import islice
from typing import Literal

from api.requests import ChatRequest

State = Literal["pending", "running", "done"]
PURGE_EVERY_SECONDS = 1.0


class StreamRecord:
    """One stream: its request, the encoded events so far, and who is listening."""

    __slots__ = ("id", "request", "created", "finished_at", "ended", "state", "events", "listeners", "on_abandoned",
                 "_waiting")

    def __init__(self, stream_id: str, request: ChatRequest, now: float) -> None:
        self.id = stream_id
        self.request = request
        self.created = now
        self.finished_at: float | None = None
        self.ended = False
        """True once the final or error event is in `events`."""
        self.state: State = "pending"
        self.events: list[str] = []
        self.listeners = 0
        self.on_abandoned: Callable[[], None] | None = None
        """Called when the last listener leaves a running stream (the producer cancels its run)."""
        self._waiting: list[asyncio.Future[bool]] | None = None
        """A future per listener waiting in `changed()`, resolved True at the next change."""

    @property
    def terminated(self) -> bool:
        """True once the stream holds its final or error event."""
        return self.state == "done"

    def append(self, data: str, terminal: bool = False) -> int:
        """Add one encoded event (`terminal` for the final or error one); returns its number, from 1."""
        self.events.append(data)
        self.ended = self.ended or terminal
        self.wake()
        return len(self.events)

    def finish(self, now: float) -> None:
        """Mark the stream complete: followers stop after its last event."""
        self.state, self.finished_at = "done", now
        self.wake()

    def attach(self) -> None:
        """A client starts reading the stream."""
        self.listeners += 1

    def detach(self) -> None:
        """A client stopped reading; the last one leaving a running stream abandons it."""
        self.listeners -= 1
        if self.listeners == 0 and self.state == "running" and self.on_abandoned is not None:
            self.on_abandoned()

    async def changed(self, timeout: float) -> bool:
        """Wait until an event is appended or the stream is done (True), or `timeout` seconds pass (False).

        A waiting listener costs one future and one timer, nothing else (no task, no event object).
        """
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        if self._waiting is None:
            self._waiting = []
        self._waiting.append(waiter)
        timer = loop.call_later(timeout, _resolve, waiter, False)
        try:
            return await waiter
        finally:
            timer.cancel()
            if self._waiting is not None and waiter in self._waiting:
                self._waiting.remove(waiter)

    def wake(self) -> None:
        """Wake every listener waiting in `changed()` (they look at the stream again)."""
        waiting, self._waiting = self._waiting, None
        for waiter in waiting or ():
            _resolve(waiter, True)


def _resolve(waiter: asyncio.Future[bool], changed: bool) -> None:
    if not waiter.done():
        waiter.set_result(changed)


class StreamStore:
    """Streams by id; finished and never-started ones expire, and the count is bounded."""

    def __init__(self, keep_seconds: float, max_streams: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.keep_seconds, self.max_streams, self.clock = keep_seconds, max_streams, clock
        self._streams: OrderedDict[str, StreamRecord] = OrderedDict()
        self._purged_at = float("-inf")

    def __len__(self) -> int:
        return len(self._streams)

    def create(self, request: ChatRequest) -> StreamRecord:
        """A new pending stream with an unguessable id."""
        record = StreamRecord(secrets.token_urlsafe(16), request, self.clock())
        self._streams[record.id] = record
        self.purge(force=len(self._streams) > self.max_streams)
        return record

    def get(self, stream_id: str) -> StreamRecord | None:
        """The stream, unless unknown or expired."""
        self.purge()
        record = self._streams.get(stream_id)
        return record if record is not None and not self._expired(record, self.clock()) else None

    def running(self) -> list[StreamRecord]:
        """Streams whose answer is being produced now."""
        return [r for r in self._streams.values() if r.state == "running"]

    def purge(self, force: bool = False) -> None:
        """Drop expired streams, then the oldest beyond the bound.

        Expired ones go at most once a second, then the oldest finished (then pending) ones beyond the bound;
        `force` checks the bound now. Finding the oldest stops as soon as enough are found, so a store at its
        bound costs a new stream little.
        """
        now = self.clock()
        if now - self._purged_at >= PURGE_EVERY_SECONDS:
            self._purged_at = now
            for stream_id in [k for k, r in self._streams.items() if self._expired(r, now)]:
                del self._streams[stream_id]
        elif not force:
            return
        for state in ("done", "pending"):
            excess = len(self._streams) - self.max_streams
            if excess <= 0:
                return
            for stream_id in list(islice((k for k, r in self._streams.items() if r.state == state), excess)):
                del self._streams[stream_id]

    def _expired(self, record: StreamRecord, now: float) -> bool:
        if record.state == "done" and record.finished_at is not None:
            return now - record.finished_at > self.keep_seconds
        return record.state == "pending" and now - record.created > self.keep_seconds
