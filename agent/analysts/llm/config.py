"""`LLMConfig`: which chat model answers, validated, with the key kept out of every repr and message.

Where a configuration comes from, first found wins:

1. the request's `llm_config` dict;
2. the `CHATBOT_LLM_CONFIG` environment variable, a JSON object of the same shape;
3. the `[llm]` table of `.streamlit/secrets.toml` (in the working folder, the repository, then `~`).

The key itself may be left out and come from the server (`agent.analysts.llm.keys`): `OPENAI_API_KEY` (provider
`openai`), `ANTHROPIC_API_KEY` (`anthropic`), `OPENAI_COMPATIBLE_API_KEY` (`openai-compatible`),
`OLLAMA_API_KEY` (`ollama`, optional), or the default configuration's own key; only ever for the address
the operator configured it with.
"""

from __future__ import annotations

import json
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeGuard

from pydantic import SecretStr

from agent.analysts.llm.errors import InvalidLLMConfig
from agent.settings import REPO_ROOT

Provider = Literal["openai", "anthropic", "ollama", "openai-compatible"]
PROVIDERS: tuple[Provider, ...] = ("openai", "anthropic", "ollama", "openai-compatible")
OFFLINE = "offline"
"""`{"provider": "offline"}` asks for the offline analyst even when a default model is configured."""

KEY_ENV: dict[str, str] = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "openai-compatible": "OPENAI_COMPATIBLE_API_KEY",
    "ollama": "OLLAMA_API_KEY",
}
KEY_REQUIRED = frozenset({"openai", "anthropic"})
FIELDS = ("provider", "model", "base_url", "api_key", "temperature", "timeout")
DEFAULT_TEMPERATURE = 0.0
DEFAULT_TIMEOUT = 30.0
MAX_TIMEOUT = 600.0
CONFIG_ENV = "CHATBOT_LLM_CONFIG"
SECRETS_TABLE = "llm"
MAX_ECHOED_NAME = 40
MAX_ECHOED_NAMES = 5


def _is_provider(name: str) -> TypeGuard[Provider]:
    """True for a provider we can talk to (one of PROVIDERS)."""
    return name in PROVIDERS


@dataclass(frozen=True, repr=False)
class LLMConfig:
    """One chat model: provider, model name, where it lives, its key, temperature and timeout (seconds)."""

    provider: Provider
    model: str
    base_url: str | None = None
    api_key: SecretStr | None = None
    temperature: float = DEFAULT_TEMPERATURE
    timeout: float = DEFAULT_TIMEOUT

    def __repr__(self) -> str:
        key = "'**********'" if self.api_key is not None and self.api_key.get_secret_value() else "None"
        return (f"LLMConfig(provider={self.provider!r}, model={self.model!r}, base_url={self.base_url!r}, "
                f"api_key={key}, temperature={self.temperature!r}, timeout={self.timeout!r})")

    __str__ = __repr__

    @classmethod
    def from_dict(cls, data: Any, source: str = "llm_config") -> LLMConfig:
        """Validate a configuration dict; raise `InvalidRequest` naming the bad field (never a key's value)."""
        if isinstance(data, LLMConfig):
            return data
        if not isinstance(data, Mapping):
            raise InvalidLLMConfig("not_object", source=source, type=type(data).__name__)
        unknown = [k for k in data if k not in FIELDS]
        if unknown:
            raise InvalidLLMConfig("unknown_fields", source=source, names=echo_names(unknown),
                                   allowed=", ".join(FIELDS))
        provider = data.get("provider")
        if not isinstance(provider, str) or not provider.strip():
            raise InvalidLLMConfig("no_provider", source=source, providers=", ".join(PROVIDERS))
        provider = provider.strip().lower().replace("_", "-")
        if not _is_provider(provider):
            raise InvalidLLMConfig("bad_provider", source=source, name=echo_names([provider]),
                                   providers=", ".join(PROVIDERS))
        model = data.get("model")
        if not isinstance(model, str) or not model.strip():
            raise InvalidLLMConfig("no_model", source=source)
        base_url = _optional_str(data, "base_url", source)
        if base_url is not None and not base_url.startswith(("http://", "https://")):
            raise InvalidLLMConfig("bad_base_url", source=source)
        if provider == "openai-compatible" and base_url is None:
            raise InvalidLLMConfig("no_base_url", source=source)
        api_key = data.get("api_key")
        if isinstance(api_key, SecretStr):
            api_key = api_key.get_secret_value()
        if api_key is not None and not isinstance(api_key, str):
            raise InvalidLLMConfig("not_string", source=source, name="api_key")
        temperature = _number(data, "temperature", DEFAULT_TEMPERATURE, source, low=0.0, high=2.0)
        timeout = _number(data, "timeout", DEFAULT_TIMEOUT, source, low=0.0, high=MAX_TIMEOUT, open_low=True)
        return cls(provider=provider,
                   model=model.strip(), base_url=base_url.rstrip("/") if base_url else None,
                   api_key=SecretStr(api_key.strip()) if api_key and api_key.strip() else None,
                   temperature=temperature, timeout=timeout)

    def key(self) -> str | None:
        """The key in clear text, for the model client only."""
        return self.api_key.get_secret_value() if self.api_key is not None else None

    def to_public_dict(self) -> dict[str, Any]:
        """The configuration without its key (whether one is set is kept), for logs and pages."""
        return {"provider": self.provider, "model": self.model, "base_url": self.base_url,
                "api_key": "**********" if self.api_key is not None else None,
                "temperature": self.temperature, "timeout": self.timeout}


def echo_names(names: Iterable[object]) -> str:
    """Names from a request, quoted for a message, within bounds.

    Each is cut to `MAX_ECHOED_NAME` characters, at most `MAX_ECHOED_NAMES` of them (then "and N more"),
    so no request puts unbounded text into a log or a turn.
    """
    names = list(names)
    shown = [repr(_cut(str(name), MAX_ECHOED_NAME)) for name in names[:MAX_ECHOED_NAMES]]
    more = len(names) - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more > 0 else "")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _optional_str(data: Mapping[str, Any], name: str, source: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidLLMConfig("not_string", source=source, name=name)
    return value.strip() or None


def _number(data: Mapping[str, Any], name: str, default: float, source: str, *, low: float, high: float,
            open_low: bool = False) -> float:
    value = data.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidLLMConfig("not_number", source=source, name=name)
    if value < low or (open_low and value == low) or value > high:
        raise InvalidLLMConfig("out_of_open_range" if open_low else "out_of_range", source=source, name=name,
                               low=low, high=high)
    return float(value)


def is_offline(data: Any) -> bool:
    """True for `{"provider": "offline"}`: the caller asked for the offline analyst."""
    return isinstance(data, Mapping) and str(data.get("provider", "")).strip().lower() == OFFLINE


def secrets_paths() -> list[Path]:
    """Where `.streamlit/secrets.toml` is looked for, project before user."""
    paths = [Path.cwd() / ".streamlit" / "secrets.toml", REPO_ROOT / ".streamlit" / "secrets.toml",
             Path.home() / ".streamlit" / "secrets.toml"]
    unique: list[Path] = []
    for path in paths:
        if path not in unique:
            unique.append(path)
    return unique


def default_config_dict(environ: Mapping[str, str] | None = None,
                        paths: Iterable[Path] | None = None) -> tuple[dict[str, Any], str] | None:
    """The configured default (dict, where it came from), or None when none is set.

    Raises `InvalidRequest` when a default is present but unreadable, naming where it came from.
    """
    environ = os.environ if environ is None else environ
    raw = environ.get(CONFIG_ENV, "").strip()
    if raw:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise InvalidLLMConfig("env_not_json", env=CONFIG_ENV) from None
        if not isinstance(data, dict):
            raise InvalidLLMConfig("env_not_object", env=CONFIG_ENV)
        return data, CONFIG_ENV
    for path in secrets_paths() if paths is None else paths:
        if not path.is_file():
            continue
        try:
            secrets = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            raise InvalidLLMConfig("secrets_not_toml", file=path.name) from None
        table = secrets.get(SECRETS_TABLE)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise InvalidLLMConfig("secrets_not_table", table=SECRETS_TABLE, file=path.name)
        return dict(table), f"{path.name} [{SECRETS_TABLE}]"
    return None


def parse_llm_config_arg(text: str) -> dict[str, Any]:
    """The `--llm-config` command-line value: JSON text, `@path/to/file.json`, or `offline`; validated.

    Returns the dict to pass as `llm_config`. Raises `InvalidRequest` with a message fit to print.
    """
    text = (text or "").strip()
    if text.lower() == OFFLINE:
        return {"provider": OFFLINE}
    if text.startswith("@"):
        try:
            text = Path(text[1:]).expanduser().read_text(encoding="utf-8")
        except OSError:
            raise InvalidLLMConfig("arg_unreadable", path=text[1:]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise InvalidLLMConfig("arg_not_object") from None
    LLMConfig.from_dict(data, source="--llm-config")
    return data
