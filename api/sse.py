"""Contract events as SSE messages: JSON `data:`, `<stream_id>:<n>` ids, `: ping` heartbeats, no `event:`."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.types import Receive, Scope, Send

SEP = "\n"
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_EVENT_ID = re.compile(r"^([A-Za-z0-9_-]{1,64}):(\d{1,9})$")


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


def ping() -> ServerSentEvent:
    """The heartbeat: a comment line clients ignore."""
    return ServerSentEvent(comment="ping", sep=SEP)


async def messages(stream_id: str, batches: AsyncIterator[tuple[int, list[str]]]) -> AsyncIterator[bytes]:
    """Batches of encoded events (numbered from the given one) as SSE messages with ids, one write per batch."""
    async for first, batch in batches:
        yield b"".join(ServerSentEvent(data=data, id=event_id(stream_id, n), sep=SEP).encode()
                       for n, data in enumerate(batch, first))


class StreamResponse(EventSourceResponse):
    """An SSE response that calls `on_close` however it ends (done, client gone, server stopping)."""

    def __init__(self, content: AsyncIterator[bytes], *, heartbeat_seconds: float,
                 on_close: Callable[[], None]) -> None:
        super().__init__(content, headers=HEADERS, ping=heartbeat_seconds, ping_message_factory=ping, sep=SEP,
                         send_timeout=max(30.0, 2 * heartbeat_seconds), cleanup_timeout=5.0)
        self._on_close = on_close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._on_close()
