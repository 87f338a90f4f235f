"""Provider exceptions mapped to named errors; retries bounded by attempts, deadline and cancellation."""

from __future__ import annotations

import asyncio
import time

import anthropic
import httpx
import httpx2
import ollama
import openai
import pytest
from langchain_core.exceptions import ModelAPIError, ModelAuthenticationError, ModelRateLimitError

from agent.analysts.llm.errors import (
    AuthenticationError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeout,
    RateLimitError,
)
from agent.analysts.llm.faults import MAX_DELAY, MIN_CALL_SECONDS, Budget, awith_retries, map_exception
from agent.contract.errors import Cancelled
from agent.runtime.cancellation import Cancellation
from tests.helpers.timing import SLACK_SECONDS

SECRET = "sk-test-SECRET"


def _response(module, status: int, headers: dict | None = None):
    request = module.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    return module.Response(status, request=request, headers=headers or {},
                           json={"error": {"message": f"Incorrect API key provided: {SECRET}"}})


def _openai(cls, status: int, headers: dict | None = None):
    return cls(f"Error code: {status} - key {SECRET}", response=_response(httpx2, status, headers), body=None)


def _anthropic(cls, status: int):
    return cls(f"Error {status} {SECRET}", response=_response(httpx2, status), body=None)


CASES = [
    (_openai(openai.AuthenticationError, 401), "AuthenticationError", False),
    (_openai(openai.PermissionDeniedError, 403), "AuthenticationError", False),
    (_openai(openai.RateLimitError, 429), "RateLimitError", True),
    (_openai(openai.InternalServerError, 500), "ProviderError", True),
    (_openai(openai.InternalServerError, 503), "ProviderError", True),
    (_openai(openai.BadRequestError, 400), "ProviderError", False),
    (_openai(openai.NotFoundError, 404), "ProviderError", False),
    (openai.APIConnectionError(request=httpx2.Request("POST", "http://x")), "ConnectionError", True),
    (openai.APITimeoutError(request=httpx2.Request("POST", "http://x")), "Timeout", False),
    (_anthropic(anthropic.AuthenticationError, 401), "AuthenticationError", False),
    (_anthropic(anthropic.RateLimitError, 429), "RateLimitError", True),
    (_anthropic(anthropic.InternalServerError, 500), "ProviderError", True),
    (anthropic.APIConnectionError(request=httpx2.Request("POST", "http://x")), "ConnectionError", True),
    (anthropic.APITimeoutError(request=httpx2.Request("POST", "http://x")), "Timeout", False),
    (ModelAuthenticationError(SECRET), "AuthenticationError", False),
    (ModelRateLimitError(SECRET), "RateLimitError", True),
    (ModelAPIError(SECRET), "ProviderError", True),
    (httpx.ConnectError(f"refused {SECRET}"), "ConnectionError", True),
    (httpx.ReadTimeout("slow"), "Timeout", False),
    (httpx2.ConnectError("refused"), "ConnectionError", True),
    (httpx2.ReadTimeout("slow"), "Timeout", False),
    (httpx.HTTPStatusError("x", request=httpx.Request("GET", "http://x"), response=_response(httpx, 502)),
     "ProviderError", True),
    (ConnectionError("Failed to connect to Ollama."), "ConnectionError", True),
    (TimeoutError(), "Timeout", False),
    (ollama.ResponseError(f"bad key {SECRET}", 401), "AuthenticationError", False),
    (ollama.ResponseError("model 'x' not found", 404), "ProviderError", False),
    (ollama.ResponseError("overloaded", 503), "ProviderError", True),
    (ollama.ResponseError("something"), "ProviderError", False),
    (ValueError(SECRET), "ProviderError", False),
]


@pytest.mark.parametrize(("exc", "kind", "retryable"), CASES, ids=lambda v: type(v).__name__ if
                         isinstance(v, BaseException) else str(v))
def test_provider_exceptions_map_to_named_errors(exc, kind, retryable):
    error = map_exception(exc, "openai")
    assert error.kind == kind
    assert bool(getattr(error, "retryable", False)) == retryable
    for language in ("en", "ko"):
        assert SECRET not in error.words(language) and "Incorrect API key" not in error.words(language)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in error.words("ko"))


def test_retry_after_header_is_read():
    error = map_exception(_openai(openai.RateLimitError, 429, {"retry-after": "0.2"}), "openai")
    assert error.retry_after == pytest.approx(0.2)


class Flaky:
    """Fails with the given exceptions in turn, then returns "ok"; records the timeouts it got."""

    def __init__(self, *failures: BaseException) -> None:
        self.failures, self.timeouts = list(failures), []

    def __call__(self, timeout: float) -> str:
        self.timeouts.append(timeout)
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def retry(call, budget=None, **kwargs):
    """`call` retried as the analyst retries its model calls (awaited, on an event loop)."""

    async def awaited(timeout: float) -> str:
        return call(timeout)

    return asyncio.run(awith_retries(awaited, budget=budget or Budget(), configured_timeout=kwargs.pop("timeout", 30),
                                     provider="openai", what="test", **kwargs))


def test_retryable_failures_are_retried_with_backoff():
    call = Flaky(_openai(openai.RateLimitError, 429, {"retry-after": "0"}), httpx2.ConnectError("down"))
    started = time.monotonic()
    assert retry(call) == "ok"
    assert len(call.timeouts) == 3
    assert time.monotonic() - started < SLACK_SECONDS, "the backoff waits are short (at most 1.2 s here)"


def test_attempts_are_bounded():
    call = Flaky(*[_openai(openai.InternalServerError, 500, {"retry-after": "0"}) for _ in range(5)])
    with pytest.raises(ProviderError):
        retry(call, attempts=3)
    assert len(call.timeouts) == 3


def test_authentication_failures_are_not_retried():
    call = Flaky(_openai(openai.AuthenticationError, 401))
    with pytest.raises(AuthenticationError):
        retry(call)
    assert len(call.timeouts) == 1


def test_no_retry_when_the_wait_would_pass_the_deadline():
    call = Flaky(_openai(openai.RateLimitError, 429, {"retry-after": f"{MAX_DELAY:g}"}))
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        retry(call, Budget.from_seconds(MAX_DELAY))  # the wait and a call after it would not fit
    assert caught.value.kind == "RateLimitError"
    assert time.monotonic() - started < SLACK_SECONDS and len(call.timeouts) == 1, "it waited"


def test_client_timeout_is_the_smaller_of_config_and_time_left():
    call = Flaky()
    retry(call, Budget.from_seconds(3.0), timeout=30)
    assert 2.5 <= call.timeouts[0] <= 3.0
    call = Flaky()
    retry(call, Budget.from_seconds(60.0), timeout=7)
    assert call.timeouts == [7.0]


def test_no_call_starts_without_time_left():
    call = Flaky()
    with pytest.raises(ProviderTimeout) as caught:
        retry(call, Budget.from_seconds(MIN_CALL_SECONDS / 2))
    assert caught.value.kind == "Timeout" and call.timeouts == []


def test_cancellation_stops_a_backoff_wait():
    cancellation = Cancellation()
    call = Flaky(_openai(openai.RateLimitError, 429, {"retry-after": f"{MAX_DELAY:g}"}))
    budget = Budget(None, cancellation)
    import threading

    threading.Timer(0.2, cancellation.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        retry(call, budget)
    assert time.monotonic() - started < SLACK_SECONDS, "the backoff wait (8 s) ran on"


def test_retry_can_be_vetoed():
    call = Flaky(httpx2.ConnectError("down"))
    with pytest.raises(ProviderConnectionError) as caught:
        retry(call, retry_if=lambda: False)
    assert caught.value.kind == "ConnectionError" and len(call.timeouts) == 1
