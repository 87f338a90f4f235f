"""Provider failures mapped to named errors, and bounded retries that stay inside the run's deadline.

Mapping, most specific first: LangChain's provider-neutral `ModelError` family (raised by
langchain-openai and langchain-anthropic), then the openai / anthropic SDK errors, Ollama's
`ResponseError`, httpx (and anthropic's httpx2) transport errors, and Python's own
`ConnectionError` / `TimeoutError`. Status codes decide the rest: 401/403 -> AuthenticationError,
429 -> RateLimitError, 408/504 -> Timeout, other 5xx -> ProviderError (retryable), other 4xx ->
ProviderError (not retryable).

Retried (with exponential backoff and jitter, honouring Retry-After): connection errors, 429 and 5xx.
Never retried: 401/403, other 4xx, timeouts (a provider that hung once has used the time a retry would
need). A retry is skipped when its wait plus a minimal call would pass the deadline.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from agent.analysts.llm.errors import (
    AuthenticationError,
    LLMError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeout,
    RateLimitError,
)
from agent.contract.errors import AgentError
from agent.runtime.cancellation import Cancellation

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_ATTEMPTS = 3
BASE_DELAY = 0.5
MAX_DELAY = 8.0
MIN_CALL_SECONDS = 0.5
"""A call is not started (or retried) with less time than this left before the deadline."""


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and 100 <= value <= 599:
            return value
    response = getattr(exc, "response", None)
    value = getattr(response, "status_code", None)
    return value if isinstance(value, int) else None


def _retry_after(exc: BaseException) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    try:
        value = headers.get("retry-after-ms")
        if value is not None:
            return max(0.0, float(value) / 1000)
        value = headers.get("retry-after")
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def _names(exc: BaseException) -> set[str]:
    return {f"{cls.__module__.split('.')[0]}.{cls.__name__}" for cls in type(exc).__mro__}


def _module_classes(module_name: str, *names: str) -> tuple[type[BaseException], ...]:
    try:
        module = __import__(module_name)
    except ImportError:
        return ()
    found = []
    for name in names:
        cls = getattr(module, name, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            found.append(cls)
    return tuple(found)


_HTTPX_TIMEOUT = _module_classes("httpx", "TimeoutException") + _module_classes("httpx2", "TimeoutException")
_HTTPX_TRANSPORT = _module_classes("httpx", "TransportError") + _module_classes("httpx2", "TransportError")
_HTTPX_STATUS = _module_classes("httpx", "HTTPStatusError") + _module_classes("httpx2", "HTTPStatusError")


def map_exception(exc: BaseException, provider: str) -> AgentError:
    """A named error for a failed model call.

    Its message names the provider and the HTTP status, nothing the provider wrote.
    """
    if isinstance(exc, AgentError):
        return exc
    names = _names(exc)
    status = _status_of(exc)
    http = f" (HTTP {status})" if status else ""

    def has(*candidates: str) -> bool:
        return any(c in names for c in candidates)

    # Timeouts first: the SDKs' timeout errors are also connection errors.
    if has("langchain_core.ModelTimeoutError", "openai.APITimeoutError", "anthropic.APITimeoutError") or (
        _HTTPX_TIMEOUT and isinstance(exc, _HTTPX_TIMEOUT)) or isinstance(exc, TimeoutError) or status in (408, 504):
        return ProviderTimeout("timeout", provider=provider, status=status)
    if has("langchain_core.ModelAuthenticationError", "langchain_core.ModelPermissionDeniedError",
           "openai.AuthenticationError", "openai.PermissionDeniedError",
           "anthropic.AuthenticationError", "anthropic.PermissionDeniedError") or status in (401, 403):
        return AuthenticationError("authentication", provider=provider, status=status)
    if has("langchain_core.ModelRateLimitError", "openai.RateLimitError", "anthropic.RateLimitError") or status == 429:
        return RateLimitError("rate_limit", provider=provider, status=status, retry_after=_retry_after(exc))
    if has("langchain_core.ModelConnectionError", "openai.APIConnectionError", "anthropic.APIConnectionError") or (
        _HTTPX_TRANSPORT and isinstance(exc, _HTTPX_TRANSPORT)) or isinstance(exc, ConnectionError):
        return ProviderConnectionError("connection", provider=provider)
    if status is not None and status >= 500 or has("langchain_core.ModelAPIError", "openai.InternalServerError",
                                                   "anthropic.InternalServerError", "anthropic.OverloadedError"):
        return ProviderError("server", provider=provider, http=http, retryable=True, status=status,
                             retry_after=_retry_after(exc))
    if status is not None or has("langchain_core.ModelError", "openai.APIError", "anthropic.APIError",
                                 "ollama.ResponseError", "ollama.RequestError") or (
            _HTTPX_STATUS and isinstance(exc, _HTTPX_STATUS)):
        return ProviderError("provider", provider=provider, http=http, status=status)
    return ProviderError("provider", provider=provider, http="")


def describe(exc: BaseException) -> str:
    """A short, key-free description of an exception for logs: its type and HTTP status only."""
    status = _status_of(exc)
    return f"{type(exc).__name__}" + (f" (HTTP {status})" if status else "")


class Budget:
    """The time one run has left: its deadline (monotonic) and its cancel switch, either optional."""

    def __init__(self, deadline: float | None = None, cancellation: Cancellation | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.deadline, self.cancellation, self.clock = deadline, cancellation, clock

    @classmethod
    def from_seconds(cls, seconds: float | None, cancellation: Cancellation | None = None) -> Budget:
        """A budget ending `seconds` from now (no deadline for None)."""
        return cls(time.monotonic() + seconds if seconds is not None else None, cancellation)

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None without a deadline)."""
        return None if self.deadline is None else self.deadline - self.clock()

    def check(self, provider: str) -> None:
        """Raise `Cancelled` once the run was stopped, a `Timeout` once too little time is left."""
        if self.cancellation is not None:
            self.cancellation.raise_if_cancelled()
        remaining = self.remaining()
        if remaining is not None and remaining < MIN_CALL_SECONDS:
            raise ProviderTimeout("timeout", provider=provider)

    def expired(self) -> bool:
        """True once the deadline has passed."""
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def timeout(self, configured: float) -> float:
        """The client timeout for the next call: min(configured timeout, time left), in 0.25 s steps.

        Rounded down to a quarter second so the SDKs' client caches (keyed on the timeout) stay small.
        """
        remaining = self.remaining()
        seconds = configured if remaining is None else min(configured, remaining)
        return max(0.25, int(seconds * 4) / 4)

    async def asleep(self, seconds: float) -> None:
        """Wait `seconds` on the event loop, waking early (and raising `Cancelled`) if the run is stopped."""
        end = self.clock() + seconds
        while (left := end - self.clock()) > 0:
            if self.cancellation is not None:
                self.cancellation.raise_if_cancelled()
            await asyncio.sleep(min(left, 0.05))


async def awith_retries(call: Callable[[float], Awaitable[T]], *, budget: Budget, configured_timeout: float,
                        provider: str, what: str, attempts: int = MAX_ATTEMPTS,
                        retry_if: Callable[[], bool] = lambda: True) -> T:
    """Await `call(timeout)` until it succeeds, retrying retryable provider failures within the budget.

    `retry_if` may veto a retry (a streamed answer that already sent tokens is not restarted). The waits
    between attempts are on the event loop: they hold no thread.
    """
    attempt = 0
    while True:
        attempt += 1
        budget.check(provider)
        try:
            return await call(budget.timeout(configured_timeout))
        except AgentError:
            raise
        except Exception as exc:  # noqa: BLE001 - any SDK's failure (no list could hold them): map_exception names it
            await budget.asleep(_retry_delay(exc, attempt, attempts, retry_if, budget, provider, what))


def _retry_delay(exc: Exception, attempt: int, attempts: int, retry_if: Callable[[], bool], budget: Budget,
                 provider: str, what: str) -> float:
    """How long to wait before retrying a failed call; raises its named error when it is not retried."""
    error = map_exception(exc, provider)
    log.warning("%s: %s call failed on attempt %d: %s", what, provider, attempt, describe(exc))
    retryable = isinstance(error, LLMError) and error.retryable
    if not retryable or attempt >= attempts or not retry_if():
        raise error from None
    delay = error.retry_after if isinstance(error, LLMError) else None
    if delay is None:
        delay = BASE_DELAY * 2 ** (attempt - 1) * random.uniform(0.8, 1.2)
    delay = min(delay, MAX_DELAY)
    remaining = budget.remaining()
    if remaining is not None and delay + MIN_CALL_SECONDS > remaining:
        raise error from None
    return delay
