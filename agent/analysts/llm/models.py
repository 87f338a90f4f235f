"""The one place chat models are made: `load_chat_model(config)` through LangChain's `init_chat_model`."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel

from agent.analysts.llm.config import KEY_ENV, KEY_REQUIRED, LLMConfig
from agent.analysts.llm.errors import AuthenticationError
from agent.analysts.llm.keys import with_server_key

PLACEHOLDER_KEY = "not-needed"
"""Sent to an openai-compatible or Ollama server configured without a key (local servers ignore it). It
also keeps the SDKs from filling in a key of their own: the Ollama client sends `OLLAMA_API_KEY` to
whatever host it is given unless an Authorization header is set."""

INIT_PROVIDER: dict[str, str] = {
    "openai": "openai",
    "openai-compatible": "openai",
    "anthropic": "anthropic",
    "ollama": "ollama",
}

STRUCTURED_OUTPUT_METHOD: dict[str, str | None] = {
    "openai": "function_calling",
    "openai-compatible": "function_calling",
    "anthropic": "function_calling",
    "ollama": "json_schema",
}
"""How each provider is asked for a plan: a forced tool call works on OpenAI, most OpenAI-compatible
servers (vLLM, llama.cpp, LM Studio) and Anthropic; Ollama takes a JSON schema as its output format."""


class RedactedHeaders(dict):
    """HTTP headers whose repr hides their values (ChatOllama shows its client kwargs in its repr)."""

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{k!r}: '**********'" for k in self) + "}"

    __str__ = __repr__


def model_kwargs(config: LLMConfig) -> dict[str, Any]:
    """The keyword arguments `init_chat_model` gets for `config` (the key included: never log this)."""
    key = config.key()
    if key is None and config.provider in KEY_REQUIRED:
        reason = "key_not_sent" if config.base_url else "missing_key"
        raise AuthenticationError(reason, provider=config.provider, env=KEY_ENV[config.provider])
    kwargs: dict[str, Any] = {"model": config.model, "model_provider": INIT_PROVIDER[config.provider],
                              "temperature": config.temperature}
    if config.provider in ("openai", "openai-compatible"):
        # Retries are ours (agent.analysts.llm.faults), bounded by the run's deadline.
        kwargs.update(api_key=key or PLACEHOLDER_KEY, timeout=config.timeout, max_retries=0)
        if config.base_url:
            kwargs["base_url"] = config.base_url
    elif config.provider == "anthropic":
        kwargs.update(api_key=key, timeout=config.timeout, max_retries=0, max_tokens=2048)
        if config.base_url:
            kwargs["base_url"] = config.base_url
    elif config.provider == "ollama":
        headers = RedactedHeaders(Authorization=f"Bearer {key or PLACEHOLDER_KEY}")
        kwargs["client_kwargs"] = {"timeout": config.timeout, "headers": headers}
        if config.base_url:
            kwargs["base_url"] = config.base_url
    return kwargs


def load_chat_model(config: LLMConfig | dict[str, Any]) -> BaseChatModel:
    """A LangChain chat model for `config` (an `LLMConfig` or an `llm_config` dict).

    `openai-compatible` is the OpenAI client pointed at `base_url`. The client's own retries are off;
    its timeout is `config.timeout`. Raises `AuthenticationError` when the provider needs a key and
    none is configured, `InvalidRequest` for an unusable dict.
    """
    from langchain.chat_models import init_chat_model

    if not isinstance(config, LLMConfig):
        config = with_server_key(LLMConfig.from_dict(config))
    kwargs = model_kwargs(config)
    return init_chat_model(kwargs.pop("model"), **kwargs)
