"""A small OpenAI-compatible chat server on loopback, for driving the real langchain-openai client.

`POST /v1/chat/completions` answers:

- a request with `tools` (structured output by tool call) with a tool call whose arguments are the next
  scripted plan; one with `response_format` with the plan as JSON content;
- any other request with the next scripted answer, or — with none scripted — an answer computed from the
  query result found in the prompt (so a test proves the rows reached the model); with `stream: true` as
  SSE `chat.completion.chunk`s, one word per chunk.

Faults are scripted per request: "429", "500", "503", "401" (its body echoes the bearer key, as a careless
provider might), "404", "hang" (no response for `hang_seconds`), "hang_stream" (one chunk, then silence),
"malformed" (tool arguments that are not JSON), "wrong_shape" (JSON that is not a plan), "no_tool_call",
"garbage" (a 200 whose body is not JSON), "drop" (close the connection).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from collections import deque
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from agent.analysts.llm.prompts import RESULT_MARKER

DEFAULT_PLAN = {"sql": "SELECT 1 AS one", "tables": [], "summary": "one", "chart": None, "certainty": 0.5,
                "refuse": None}


def _format(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def answer_from_prompt(messages: list[dict[str, Any]]) -> str:
    """An answer built only from the result JSON in the last user message."""
    text = next((m.get("content") or "" for m in reversed(messages) if m.get("role") == "user"), "")
    if isinstance(text, list):
        text = " ".join(part.get("text", "") for part in text if isinstance(part, dict))
    match = re.search(re.escape(RESULT_MARKER) + r"\n```json\n(.*?)\n```", text, re.DOTALL)
    if not match:
        return "I found no query result in the prompt."
    result = json.loads(match.group(1))
    korean = bool(re.search("[\uac00-\ud7a3]", text.split(RESULT_MARKER)[0]))
    if not result["rows"]:
        return "일치하는 데이터가 없습니다." if korean else "No matching data was found."
    cells = ", ".join(f"{c} {_format(v)}" for c, v in zip(result["columns"], result["rows"][0], strict=False))
    if korean:
        return f"조회 결과: {cells} 입니다. (총 {result['row_count']}행)"
    return f"The result is {cells} ({result['row_count']} rows)."


class FakeOpenAI:
    """The server's script and record: queue plans, answers and faults; read `requests` afterwards."""

    def __init__(self) -> None:
        self.hang_seconds = 6.0
        self.reset()
        self.app = Starlette(routes=[Route("/v1/chat/completions", self.completions, methods=["POST"])])

    def reset(self) -> None:
        """Empty the script (plans, answers, faults) and the record (requests, authorizations)."""
        self.plans: deque[dict[str, Any] | str] = deque()
        self.answers: deque[str] = deque()
        self.faults: deque[str] = deque()
        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str] = []

    @staticmethod
    def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
        return {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": "fake",
                "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}

    @staticmethod
    def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        body = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": "fake", "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    async def _stream_text(self, text: str, hang_after_first: bool = False):
        yield self._chunk({"role": "assistant", "content": ""})
        for i, word in enumerate(re.findall(r"\S+\s*", text)):
            yield self._chunk({"content": word})
            if hang_after_first and i == 0:
                await self._hang()
            await asyncio.sleep(0)
        yield self._chunk({}, "stop")
        yield "data: [DONE]\n\n"

    async def _hang(self) -> None:
        try:
            await asyncio.sleep(self.hang_seconds)
        except asyncio.CancelledError:  # the server is shutting down
            pass

    def _error(self, status: int, message: str, kind: str, code: str | None = None,
               headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": code}},
                            status_code=status, headers=headers)

    async def completions(self, request: Request) -> Response:
        """`/v1/chat/completions`: the next queued fault, else a plan (tools or JSON asked) or an answer."""
        body = await request.json()
        self.requests.append(body)
        authorization = request.headers.get("authorization", "")
        self.authorizations.append(authorization)
        fault = self.faults.popleft() if self.faults else None
        if fault == "429":
            return self._error(429, "Rate limit reached for requests", "requests", "rate_limit_exceeded",
                               {"retry-after": "0"})
        if fault in ("500", "503"):
            return self._error(int(fault), "The server had an error while processing your request.", "server_error")
        if fault == "401":
            key = authorization.removeprefix("Bearer ")
            return self._error(401, f"Incorrect API key provided: {key}.", "invalid_request_error", "invalid_api_key")
        if fault == "404":
            return self._error(404, "The model does not exist", "invalid_request_error", "model_not_found")
        if fault == "hang":
            await self._hang()
            return self._error(500, "too late", "server_error")
        if fault == "garbage":
            return Response("this is not json", media_type="application/json")
        if fault == "drop":
            raise ConnectionResetError("dropped")

        if "tools" in body or "response_format" in body:
            plan = self.plans.popleft() if self.plans else DEFAULT_PLAN
            arguments = plan if isinstance(plan, str) else json.dumps(plan, ensure_ascii=False)
            if fault == "malformed":
                arguments = '{"sql": "SELECT 1", "summary": '
            elif fault == "wrong_shape":
                arguments = json.dumps({"query": {"text": "SELECT 1"}, "certainty": "very"})
            if "tools" in body and fault != "no_tool_call":
                name = body["tools"][0]["function"]["name"]
                message = {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "call_fake", "type": "function", "function": {"name": name, "arguments": arguments}}]}
                return JSONResponse(self._completion(message, "tool_calls"))
            content = "I'd rather just chat." if fault == "no_tool_call" else arguments
            return JSONResponse(self._completion({"role": "assistant", "content": content}, "stop"))

        text = self.answers.popleft() if self.answers else answer_from_prompt(body.get("messages", []))
        if body.get("stream"):
            return StreamingResponse(self._stream_text(text, hang_after_first=fault == "hang_stream"),
                                     media_type="text/event-stream")
        return JSONResponse(self._completion({"role": "assistant", "content": text}, "stop"))


class ServerThread:
    """Serve an ASGI app with uvicorn on a free loopback port, on a daemon thread."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1,
                                access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       name="fake-openai", daemon=True)

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/v1`, for OpenAI clients."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ServerThread:
        """Start serving and return once the server is up (RuntimeError after 10 s)."""
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and close the port."""
        self.server.should_exit = True
        self.server.force_exit = True
        self.thread.join(5)
        self.sock.close()


def free_port() -> int:
    """A loopback port nothing listens on (bound and released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
