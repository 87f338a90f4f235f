"""Parse and validate a chat request from a JSON body or URL parameters, or refuse it with a 4xx."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request

from agent.analysts.base import detect_language
from agent.analysts.llm.policy import LLMConfigRefused
from agent.contract.errors import AgentError
from api.settings import ApiSettings

MAX_ID_CHARS = 200
QUERY_FIELDS = ("message", "user_id", "conversation_id", "custom_prompt")


@dataclass(frozen=True, kw_only=True)
class ChatRequest:
    """One validated question and its options, as `ChatbotAgent.start` takes them."""

    message: str
    user_id: str | None = None
    conversation_id: str | None = None
    custom_prompt: str | None = None
    llm_config: dict[str, Any] | None = None


class RequestError(Exception):
    """A request the API refuses: an HTTP status and a message for the caller."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, dict(headers or {})


async def from_body(request: Request, settings: ApiSettings) -> ChatRequest:
    """The request in a POST body: a UTF-8 JSON object no larger than the body limit."""
    media_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise RequestError(415, "send the request as JSON (Content-Type: application/json)")
    body = await _read_body(request, settings.body_limit)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(400, "the request body is not valid UTF-8") from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise RequestError(400, "the request body is not valid JSON") from None
    if not isinstance(value, dict):
        raise RequestError(400, "the request body must be a JSON object")
    return validate(value, settings)


def from_query(query_string: bytes, settings: ApiSettings) -> ChatRequest:
    """The request in URL parameters (for EventSource); `llm_config` is not accepted there."""
    if len(query_string) > settings.body_limit:
        raise RequestError(413, "the URL is too long; POST the request instead")
    try:
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                          errors="strict")
    except UnicodeDecodeError:
        raise RequestError(400, "the URL parameters are not valid UTF-8") from None
    values: dict[str, Any] = {}
    for key, value in pairs:
        if key in QUERY_FIELDS:
            values.setdefault(key, value)
    return validate(values, settings)


def user_of(query_string: bytes) -> str | None:
    """The `user_id` URL parameter (for `GET /api/chat/stream/{id}`), or None; a 400 when it is unusable."""
    try:
        pairs = parse_qsl(query_string.decode("latin-1"), encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise RequestError(400, "the URL parameters are not valid UTF-8") from None
    return _text(dict(pairs[:50]), "user_id", MAX_ID_CHARS)


def validate(values: Mapping[str, Any], settings: ApiSettings) -> ChatRequest:
    """A `ChatRequest` from decoded fields, or a `RequestError` naming the first bad one."""
    if values.get("message") is None:
        raise RequestError(400, "`message` is required")
    message = _text(values, "message", settings.max_message_chars)
    if not message or not message.strip():
        raise RequestError(400, "`message` must not be empty")
    return ChatRequest(
        message=message,
        user_id=_text(values, "user_id", MAX_ID_CHARS),
        conversation_id=_text(values, "conversation_id", MAX_ID_CHARS),
        custom_prompt=_text(values, "custom_prompt", settings.max_message_chars),
        llm_config=_llm_config(values.get("llm_config"), settings, message),
    )


def _llm_config(value: Any, settings: ApiSettings, message: str) -> dict[str, Any] | None:
    """The `llm_config` the operator's `API_LLM_CONFIG` lets this request run with.

    403 when it does not allow it, 400 when it is unusable (both in the question's language where there is
    one).
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        raise RequestError(400, "`llm_config` must be a JSON object")
    language = detect_language(message)
    try:
        return settings.llm_policy.admit(value)
    except LLMConfigRefused as exc:
        raise RequestError(403, f"`llm_config` refused: {exc.words(language)}") from None
    except AgentError as exc:
        raise RequestError(400, f"`llm_config` is not usable: {exc.words(language)}") from None


def _text(values: Mapping[str, Any], name: str, limit: int) -> str | None:
    value = values.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RequestError(400, f"`{name}` must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RequestError(400, f"`{name}` is not valid Unicode text") from None
    if len(value) > limit:
        raise RequestError(413, f"`{name}` is longer than {limit:,} characters")
    return value


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise RequestError(413, f"the request body is larger than {limit:,} bytes")
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise RequestError(413, f"the request body is larger than {limit:,} bytes")
    except ClientDisconnect:
        raise RequestError(400, "the request body was cut off") from None
    return bytes(body)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
