"""A loopback model host that records every request it gets, on any path.

It is the "configured" or "attacker" host of the key tests. It answers `/v1/chat/completions` as
`FakeOpenAI` does (404 elsewhere).
"""

from __future__ import annotations

from typing import Any

from tests.helpers.fake_openai import FakeOpenAI, ServerThread


class ListeningHost:
    """`FakeOpenAI` on its own port that records the credentials each request carries.

    `seen` holds (path, credentials) of every HTTP request: the values of its `Authorization` and
    `x-api-key` (Anthropic) headers.
    """

    def __init__(self) -> None:
        self.fake = FakeOpenAI()
        self.seen: list[tuple[str, str]] = []

        async def record(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http":
                credentials = [value.decode("latin-1") for name, value in scope.get("headers") or ()
                               if name in (b"authorization", b"x-api-key")]
                self.seen.append((scope["path"], " ".join(credentials)))
            await self.fake.app(scope, receive, send)

        self.thread = ServerThread(record).start()

    @property
    def root(self) -> str:
        """`http://127.0.0.1:<port>` (Ollama and Anthropic clients add their own paths)."""
        return f"http://127.0.0.1:{self.thread.port}"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/v1`, for OpenAI clients."""
        return self.thread.base_url

    def reset(self) -> ListeningHost:
        """Empty the script and the record; returns the host."""
        self.fake.reset()
        self.seen.clear()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.thread.stop()
