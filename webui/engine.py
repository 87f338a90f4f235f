"""Which engine answers this session's questions: the saved Settings, kept in session state, never shown with a key.

`llm_config()` and `custom_prompt()` are what the chat page passes to `agent.start`; `describe()` names the
engine for people (provider, model and the server's host, never the key or the rest of the URL). `policy()`
is what a visitor may choose: the API's `API_LLM_CONFIG` rule (agent.analysts.llm.policy), read the same way.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from agent.analysts.llm import LLMPolicy, default_config_dict
from agent.analysts.llm.keys import server_config
from agent.contract.errors import InvalidRequest
from webui.i18n import Language, t

ENGINES: tuple[str, ...] = ("offline", "openai", "anthropic", "ollama", "openai-compatible")
OFFLINE = "offline"
SAVED_KEY = "settings_llm_config"
"""The saved `llm_config` dict (with its key, if one was typed), or absent: the server's default answers."""
PROMPT_KEY = "settings_custom_prompt"


def policy() -> LLMPolicy:
    """What a visitor may point the server at: `API_LLM_CONFIG` and `API_LLM_MODELS`, as for the API."""
    return LLMPolicy.from_env()


def offered_models(rule: LLMPolicy) -> dict[str, list[str]]:
    """The engines the Settings page offers under `rule`, each with its models (empty: any model may be typed)."""
    if rule.mode == "off":
        return {OFFLINE: []}
    if rule.mode == "any":
        return {name: [] for name in ENGINES}
    offered: dict[str, list[str]] = {OFFLINE: []}
    for provider, model in rule.choices(server_config()):
        offered.setdefault(provider, []).append(model)
    return offered


def saved() -> dict[str, Any] | None:
    """The configuration saved on the Settings page, or None when nothing was saved."""
    config = st.session_state.get(SAVED_KEY)
    return dict(config) if isinstance(config, dict) else None


def llm_config() -> dict[str, Any] | None:
    """The `llm_config` for `agent.start`: the saved one, or None for the server's default."""
    return saved()


def custom_prompt() -> str | None:
    """The saved custom instructions, or None."""
    text = str(st.session_state.get(PROMPT_KEY) or "").strip()
    return text or None


def save(config: dict[str, Any], prompt: str | None) -> None:
    """Keep a validated configuration and instructions for the rest of the session."""
    st.session_state[SAVED_KEY] = dict(config)
    st.session_state[PROMPT_KEY] = (prompt or "").strip()


def forget() -> None:
    """Drop the saved settings: the server's default answers again."""
    st.session_state.pop(SAVED_KEY, None)
    st.session_state.pop(PROMPT_KEY, None)


def build_config(provider: str, model: str = "", base_url: str = "", api_key: str | None = None,
                 temperature: float | None = None, timeout: float | None = None) -> dict[str, Any]:
    """An `llm_config` dict from form values; empty fields left out, `{"provider": "offline"}` for offline."""
    if provider == OFFLINE:
        return {"provider": OFFLINE}
    config: dict[str, Any] = {"provider": provider, "model": (model or "").strip()}
    if (base_url or "").strip():
        config["base_url"] = base_url.strip()
    if api_key and api_key.strip():
        config["api_key"] = api_key.strip()
    if temperature is not None:
        config["temperature"] = float(temperature)
    if timeout is not None:
        config["timeout"] = float(timeout)
    return config


def host_of(base_url: str | None) -> str:
    """`host[:port]` of a URL, nothing else.

    No scheme (Markdown would turn it into a link), user name, password, path or query (they can hold
    secrets).
    """
    if not base_url:
        return ""
    try:
        parts = urlsplit(base_url.strip())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return ""
    return f"{host}{port}" if host else ""


def parts_of(config: dict[str, Any] | None, language: Language) -> tuple[str, str]:
    """(`OpenAI-compatible`, `local-model · 127.0.0.1:8000`): the engine, then its model and server; no key."""
    provider = str((config or {}).get("provider") or OFFLINE).strip().lower().replace("_", "-")
    if provider not in ENGINES or provider == OFFLINE:
        return t("engine.offline", language), ""
    details = [str(config.get("model") or "").strip()[:60], host_of(config.get("base_url"))]  # type: ignore[union-attr]
    return t(f"engine.{provider}", language), " · ".join(d for d in details if d)


def name_of(config: dict[str, Any] | None, language: Language) -> str:
    """`Offline analyst`, `OpenAI · gpt-4o-mini`, `Ollama · llama3.1 · localhost:11434`: no key."""
    engine, details = parts_of(config, language)
    return f"{engine} · {details}" if details else engine


def server_default() -> dict[str, Any] | None:
    """The server's default configuration (CHATBOT_LLM_CONFIG or secrets [llm]) without its key, or None."""
    try:
        found = default_config_dict()
    except InvalidRequest:  # an unreadable default: the agent reports it on the first question
        return None
    if not found:
        return None
    data, _source = found
    return {k: v for k, v in data.items() if k != "api_key"} if isinstance(data, dict) else None


def active_parts(language: Language) -> tuple[str, str]:
    """The engine that answers the next question, and its model and server (see `parts_of`)."""
    config = saved()
    if config is not None:
        return parts_of(config, language)
    default = server_default()
    if default and str(default.get("provider", "")).strip().lower() != OFFLINE:
        engine, details = parts_of(default, language)
        return t("engine.server_default", language, name=engine), details
    return t("engine.offline", language), ""


def describe(language: Language) -> str:
    """The engine that answers the next question, named for people in one line."""
    engine, details = active_parts(language)
    return f"{engine} · {details}" if details else engine
