"""Real language models as analysts: configuration, model loading, planning and answering, faults.

Public API:

- `analyst_for(llm_config, fallback, custom_prompt=None, ...)`: the analyst for one request — an
  `LLMAnalyst` when a configuration is given or a default is configured, else `fallback`.
- `LLMAnalyst`: plans with structured output and guarded SQL, streams grounded answers.
- `LLMConfig`, `resolve_config`, `parse_llm_config_arg`: configuration, validated; keys redacted.
- `load_chat_model(config)`: the one place chat models are made (LangChain's `init_chat_model`).
"""

from __future__ import annotations

from typing import Any

from agent.cancellation import Cancellation
from agent.llm.analyst import DETAILS_KEY, LLMAnalyst, ModelFactory, confidence
from agent.llm.config import LLMConfig, default_config_dict, parse_llm_config_arg, resolve_config
from agent.llm.errors import (
    AuthenticationError,
    InvalidLLMConfig,
    LLMError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeout,
    RateLimitError,
)
from agent.llm.faults import map_exception
from agent.llm.models import load_chat_model
from agent.plan import Analyst

__all__ = [
    "DETAILS_KEY", "AuthenticationError", "InvalidLLMConfig", "LLMAnalyst", "LLMConfig", "LLMError",
    "ModelFactory", "ProviderConnectionError", "ProviderError", "ProviderTimeout", "RateLimitError",
    "analyst_for", "confidence", "default_config_dict", "load_chat_model", "map_exception",
    "parse_llm_config_arg", "resolve_config",
]


def analyst_for(llm_config: dict[str, Any] | None, fallback: Analyst, custom_prompt: str | None = None, *,
                deadline_seconds: float | None = None, cancellation: Cancellation | None = None,
                max_rows: int | None = None, model_factory: ModelFactory | None = None) -> Analyst:
    """The analyst that answers one request.

    - `llm_config` given (a dict, see `LLMConfig`): an `LLMAnalyst` on it, `fallback` as its fallback;
    - `llm_config` None or `{}`: the default from `CHATBOT_LLM_CONFIG` or `.streamlit/secrets.toml` [llm],
      if one is configured; else `fallback` itself (the offline analyst answers);
    - `{"provider": "offline"}`: `fallback`, whatever the default.

    `deadline_seconds` and `cancellation` bind the analyst to the run (model calls time out with it).
    Raises `InvalidRequest` (kind "InvalidRequest") for an unusable configuration; no key is ever in it.
    """
    config = resolve_config(llm_config)
    if config is None:
        return fallback
    analyst = LLMAnalyst(config, fallback, custom_prompt=custom_prompt, max_rows=max_rows,
                         model_factory=model_factory)
    if deadline_seconds is None and cancellation is None:
        return analyst
    return analyst.for_run(deadline_seconds, cancellation, custom_prompt)
