"""Named failures of a model provider and of the model's work, each with its messages' table.

Each error's `kind` (the `error` field of the error event) is one of `ConnectionError`,
`AuthenticationError`, `RateLimitError`, `Timeout`, `ProviderError`, or the contract's `QueryError`,
`UnsafeQuery`, `InvalidRequest`. Messages are written from templates (agent.analysts.llm.messages): no
provider text, URL or key ever reaches them.
"""

from __future__ import annotations

from typing import ClassVar

from agent.analysts.llm.messages import CONFIG, MESSAGES
from agent.contract.errors import AgentError, InvalidRequest, QueryError, Timeout, UnsafeQuery
from agent.contract.i18n import Texts


class LLMError(AgentError):
    """A failure talking to a model provider; `retryable` when trying again may help."""

    texts: ClassVar[Texts] = MESSAGES
    retryable: bool = False

    def __init__(self, key: str, /, *, retryable: bool | None = None, retry_after: float | None = None,
                 status: int | None = None, **values: object) -> None:
        super().__init__(key, **values)
        if retryable is not None:
            self.retryable = retryable
        self.retry_after = retry_after
        """Seconds the provider asked to wait before trying again (Retry-After), None when it did not say."""
        self.status = status
        """The provider's HTTP status, None when the call got no answer."""


class ProviderConnectionError(LLMError):
    """The provider could not be reached (refused connection, DNS, reset)."""

    kind = "ConnectionError"
    retryable = True


class AuthenticationError(LLMError):
    """The provider rejected the key (401/403) or no key is configured."""

    kind = "AuthenticationError"


class RateLimitError(LLMError):
    """The provider is throttling (429)."""

    kind = "RateLimitError"
    retryable = True


class ProviderTimeout(LLMError, Timeout):
    """The provider did not answer within the client timeout or the run's deadline."""

    kind = "Timeout"


class ProviderError(LLMError):
    """The provider failed otherwise: a 5xx, a rejected request, or output that could not be read."""

    kind = "ProviderError"


class ModelQueryError(QueryError):
    """The model's SQL stayed invalid after its repair round."""

    texts: ClassVar[Texts] = MESSAGES
    kind = "QueryError"


class ModelQueryRefused(UnsafeQuery):
    """The SQL guard refused the model's SQL as unsafe (never sent back for repair)."""

    texts: ClassVar[Texts] = MESSAGES
    kind = "UnsafeQuery"


class InvalidLLMConfig(InvalidRequest):
    """The `llm_config` is not usable: unknown provider, missing model, wrong types."""

    texts: ClassVar[Texts] = CONFIG
    kind = "InvalidRequest"
