"""Contract events as SSE messages: JSON `data:`, `<stream_id>:<n>` ids, `: ping` heartbeats, no `event:`."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sse_starlette import ServerSentEvent
from sse_starlette.sse import AppStatus
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

if TYPE_CHECKING:
    from api.replay import StreamRecord

log = logging.getLogger(__name__)
SEP = "\n"
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_RAW_HEADERS = [(b"content-type", b"text/event-stream; charset=utf-8"),
                *((name.lower().encode(), value.encode()) for name, value in HEADERS.items())]
_EVENT_ID = re.compile(r"^([A-Za-z0-9_-]{1,64}):(\d{1,9})$")
EXIT_POLL_SECONDS = 0.5


def encode(event: dict[str, Any]) -> str:
    """The event as one line of JSON, non-ASCII text (Korean) left as is."""
    return json.dumps(event, ensure_ascii=False, separators=(",", ":"))


def event_id(stream_id: str, n: int) -> str:
    """The SSE id of a stream's n-th event."""
    return f"{stream_id}:{n}"


def parse_event_id(text: str) -> tuple[str, int] | None:
    """(stream id, event number) from a Last-Event-ID, or None when it is not one of ours."""
    match = _EVENT_ID.match(text.strip())
    return (match.group(1), int(match.group(2))) if match else None


PING = ServerSentEvent(comment="ping", sep=SEP).encode()
"""The heartbeat: a comment line clients ignore."""


def messages(stream_id: str, first: int, batch: list[str]) -> bytes:
    """Encoded events numbered from `first` as SSE messages with ids, in one piece (one write per batch)."""
    return b"".join(ServerSentEvent(data=data, id=event_id(stream_id, n), sep=SEP).encode()
                    for n, data in enumerate(batch, first))


class ServerExit:
    """Ends every open stream when the server is stopping, so it does not wait for them to finish.

    One watcher task for all of them (sse-starlette's response ran one per stream), polling how
    sse-starlette learns it: `AppStatus.should_exit` (its patch of uvicorn's exit handler) or the
    uvicorn server behind the SIGTERM handler. It runs only while a stream is open.
    """

    def __init__(self) -> None:
        self._open: set[Callable[[], None]] = set()
        self._task: asyncio.Task[None] | None = None

    def add(self, close: Callable[[], None]) -> None:
        """Call `close()` when the server stops (until `discard`)."""
        self._open.add(close)
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._task = loop.create_task(self._watch(), name="api-server-exit")

    def discard(self, close: Callable[[], None]) -> None:
        """Forget `close`: its stream ended by itself."""
        self._open.discard(close)

    async def _watch(self) -> None:
        while self._open:
            if stopping():
                for close in list(self._open):
                    close()
            await asyncio.sleep(EXIT_POLL_SECONDS)


def stopping() -> bool:
    """True once the uvicorn server running this process was told to exit."""
    if AppStatus.should_exit:
        return True
    server = getattr(signal.getsignal(signal.SIGTERM), "__self__", None)
    return AppStatus.enable_automatic_graceful_drain and bool(getattr(server, "should_exit", False))


class StreamResponse(Response):
    """A record's events after number `after` as SSE, then the end; calls `on_close` however it ends.

    Sends whatever events arrived since the last write in one write; a `: ping` comment after
    `heartbeat_seconds` without one; ends after the record's last event, when the client goes away
    (one small task waits for that, the only one besides the request's own), or when the server stops
    (`ServerExit`). A write the client does not take within `send_timeout` ends the response. HEAD
    gets the headers and no stream. While it waits, an open stream holds its request's task, the
    disconnect watcher and one wake-up future of its own on the record: no task group, no cancel scopes.
    """

    def __init__(self, record: StreamRecord, after: int, *, heartbeat_seconds: float,
                 on_close: Callable[[], None], server_exit: ServerExit) -> None:
        self.record, self.after, self.heartbeat_seconds = record, after, heartbeat_seconds
        self.on_close, self.server_exit = on_close, server_exit
        self.send_timeout = max(30.0, 2 * heartbeat_seconds)
        self.status_code, self.background = 200, None
        self.raw_headers = list(_RAW_HEADERS)
        self.closed = False
        """Set when the client went away or the server stops: the response ends at its next step."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Stream the record's events (HEAD: only the headers), then call `on_close`."""
        try:
            if scope.get("method", "GET").upper() == "HEAD":
                await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            watcher = asyncio.get_running_loop().create_task(self._until_disconnected(receive))
            self.server_exit.add(self.close)
            try:
                await self._write(send)
            except TimeoutError:
                log.info("stream %s: the client took no data for %.0f s; closing it", self.record.id, self.send_timeout)
            except OSError:  # the client went away during a write (uvicorn's ClientDisconnected)
                pass
            finally:
                self.server_exit.discard(self.close)
                watcher.cancel()
        finally:
            self.on_close()

    def close(self) -> None:
        """End the response at its next step."""
        self.closed = True
        self.record.wake()

    async def _until_disconnected(self, receive: Receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass
        self.close()

    async def _write(self, send: Send) -> None:
        record, n = self.record, self.after
        await self._send(send, {"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        while not self.closed:
            if n < len(record.events):
                batch = record.events[n:]
                body = messages(record.id, n + 1, batch)
                n += len(batch)
            elif record.terminated:
                break
            elif await record.changed(self.heartbeat_seconds):
                continue
            else:
                body = PING
            await self._send(send, {"type": "http.response.body", "body": body, "more_body": True})
        if not self.closed:  # closed: the client left, or the server stops (the stream is cut, not ended)
            await self._send(send, {"type": "http.response.body", "body": b"", "more_body": False})

    async def _send(self, send: Send, message: Message) -> None:
        async with asyncio.timeout(self.send_timeout):
            await send(message)
