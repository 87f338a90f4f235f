"""A running answer's events, moved to the event loop when its thread says it queued some: nothing polls."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import anyio

from agent.events import Event, is_terminal

_END = object()


class Feed:
    """Reads a run's non-blocking event iterator on the event loop, whenever the run says it queued an event.

    `AgentRun.on_event` calls `_notify` on the run's thread, which schedules one read on the loop (at most
    one at a time: the flag is cleared before reading, so an event queued during a read schedules the
    next). No thread waits for events and none polls: an event reaches the loop in one hop, however long
    the run was quiet. `deliver(batch)` gets the events in order, on the loop; `done` is set after the last.

    Past the run's deadline, reads wait for the producer: it stops the run and waits for its thread first,
    so the `Timeout` event comes after the run has settled (and recorded its turn), then calls
    `read(force=True)`.
    """

    def __init__(self, run: Any, loop: asyncio.AbstractEventLoop, deliver: Callable[[list[Event]], None]) -> None:
        self.run, self.loop, self.deliver = run, loop, deliver
        self.events = run.events(poll_seconds=0, wait=False)
        self.ended = False
        self.error: BaseException | None = None
        self.done = anyio.Event()
        self._scheduled = False
        run.on_event(self._notify)
        self.read()  # whatever was queued before (the run's first event)

    def _notify(self) -> None:  # on the run's thread
        if not self._scheduled:
            self._scheduled = True
            try:
                self.loop.call_soon_threadsafe(self.read)
            except RuntimeError:  # the event loop is closed: nobody reads any more
                pass

    def read(self, force: bool = False) -> None:
        """Deliver every event available now, without waiting; set `done` after the last one."""
        self._scheduled = False
        if not force and not self.ended and time.monotonic() >= self.run.deadline and not self.run.finished:
            return
        batch: list[Event] = []
        while not self.ended:
            try:
                event = next(self.events, _END)
            except Exception as exc:  # the iterator broke: end the feed, its producer reports it
                self.error, self.ended = exc, True
                break
            if event is None:
                break
            if event is _END:
                self.ended = True
                break
            batch.append(event)
            self.ended = is_terminal(event)
        if batch:
            self.deliver(batch)
        if self.ended:
            self.done.set()

    def close(self) -> None:
        """Stop reading and close the iterator (which cancels the run if it still works, without waiting)."""
        self.ended = True
        self.events.close()
