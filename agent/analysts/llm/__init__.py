"""Real language models as analysts: configuration, model loading, planning and answering, faults.

Public API:

- `analyst_for(llm_config, fallback, custom_prompt=None, ...)`: the analyst for one request — an
  `LLMAnalyst` when a configuration is given or a default is configured, else `fallback`.
- `LLMAnalyst`: plans with structured output and guarded SQL, streams grounded answers.
- `LLMConfig`, `resolve_config`, `parse_llm_config_arg`: configuration, validated; keys redacted, and the
  server's keys only ever sent where the operator configured them (`agent.analysts.llm.keys`).
- `LLMPolicy`: what a request's `llm_config` may choose (`API_LLM_CONFIG`), for the API and the page.
- `load_chat_model(config)`: the one place chat models are made (LangChain's `init_chat_model`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from agent.analysts.base import Analyst, Answer, Language, QueryPlan, Turn
from agent.analysts.llm.analyst import DETAILS_KEY, LLMAnalyst, ModelFactory, confidence
from agent.analysts.llm.config import LLMConfig, default_config_dict, is_offline, parse_llm_config_arg
from agent.analysts.llm.errors import (
    AuthenticationError,
    InvalidLLMConfig,
    LLMError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeout,
    RateLimitError,
)
from agent.analysts.llm.faults import map_exception
from agent.analysts.llm.keys import resolve_config, with_server_key
from agent.analysts.llm.models import load_chat_model
from agent.analysts.llm.policy import LLMConfigRefused, LLMPolicy
from agent.contract.errors import AgentError
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.runtime.cancellation import Cancellation

log = logging.getLogger(__name__)

__all__ = [
    "DETAILS_KEY", "AuthenticationError", "ConfigErrorAnalyst", "InvalidLLMConfig", "LLMAnalyst", "LLMConfig",
    "LLMConfigRefused", "LLMError", "LLMPolicy", "ModelFactory", "ProviderConnectionError", "ProviderError",
    "ProviderTimeout", "RateLimitError", "analyst_for", "confidence", "default_config_dict", "load_chat_model",
    "map_exception", "parse_llm_config_arg", "resolve_config", "validate_llm_config", "with_server_key",
]


class ConfigErrorAnalyst:
    """Stands in for the analyst when the request's `llm_config` is unusable: the run ends with its error.

    This keeps `ChatbotAgent.start()` free of exceptions: the bad configuration is reported as an
    `error` event (kind `InvalidRequest`) like every other failure.
    """

    def __init__(self, error: AgentError) -> None:
        self.error = error

    def plan(self, question: str, catalog: Catalog, database: Database, history: list[Turn],
             language: Language) -> QueryPlan:
        """Raise the configuration's error: the run ends with it."""
        raise self.error

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """Raise the configuration's error (a run never gets this far)."""
        raise self.error


def validate_llm_config(llm_config: Any) -> None:
    """Raise `InvalidRequest` (message fit for people, never holding a key) when `llm_config` is unusable.

    For front ends that want to reject a bad configuration before starting a run (an API's 400).
    `None`, `{}` and `{"provider": "offline"}` are valid.
    """
    if llm_config is None or is_offline(llm_config) or (isinstance(llm_config, dict) and not llm_config):
        return
    LLMConfig.from_dict(llm_config)


def analyst_for(llm_config: dict[str, Any] | None, fallback: Analyst, custom_prompt: str | None = None, *,
                deadline_seconds: float | None = None, cancellation: Cancellation | None = None,
                max_rows: int | None = None, model_factory: ModelFactory | None = None) -> Analyst:
    """The analyst that answers one request.

    - `llm_config` given (a dict, see `LLMConfig`): an `LLMAnalyst` on it, `fallback` as its fallback;
    - `llm_config` None or `{}`: the default from `CHATBOT_LLM_CONFIG` or `.streamlit/secrets.toml` [llm],
      if one is configured; else `fallback` itself (the offline analyst answers, `custom_prompt` unused);
    - `{"provider": "offline"}`: `fallback`, whatever the default.

    When `fallback` is itself an `LLMAnalyst` (an agent built around one), no `llm_config` means that
    analyst, and a given `llm_config` gets that analyst's own fallback.

    `deadline_seconds` and `cancellation` bind the analyst to the run, so model calls time out with it
    and stop when it is stopped. Never raises: an unusable configuration (unknown provider, wrong types,
    unreadable default) gives an analyst whose run ends with an `InvalidRequest` error event.
    """
    bind = deadline_seconds is not None or cancellation is not None
    no_config = llm_config is None or (isinstance(llm_config, dict) and not llm_config)
    if isinstance(fallback, LLMAnalyst):
        if no_config:
            return fallback.for_run(deadline_seconds, cancellation, custom_prompt) if bind or custom_prompt \
                else fallback
        if is_offline(llm_config):
            return fallback.fallback or fallback
        fallback = fallback.fallback or fallback
    try:
        config = resolve_config(llm_config)
    except AgentError as exc:
        log.warning("unusable LLM configuration: %s", exc)
        return ConfigErrorAnalyst(exc)
    if config is None:
        return fallback
    analyst = LLMAnalyst(config, fallback, custom_prompt=custom_prompt, max_rows=max_rows,
                         model_factory=model_factory)
    return analyst.for_run(deadline_seconds, cancellation, custom_prompt) if bind else analyst
