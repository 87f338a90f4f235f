"""What a request's `llm_config` may choose, as the operator decides (`API_LLM_CONFIG`): checked before a run.

- `off`: nothing; the server's default answers (`{"provider": "offline"}` is always allowed).
- `models` (default): one of the server's models, by `provider` and `model` (and `temperature`, `timeout`);
  the address and the key are the server's. The models are the default configuration's and those listed
  in `API_LLM_MODELS`.
- `any`: any provider, model and `base_url`; one that names an address the server's keys do not belong to
  (`agent.analysts.llm.keys`) brings its own `api_key`. The server then connects wherever a caller says, which is
  why it is not the default.

The API and the Settings page ask `LLMPolicy.admit` before they start anything; the command line and
library callers are the operator and are not bound by it (the key rule of `agent.analysts.llm.keys` binds everyone).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from agent.analysts.llm.config import PROVIDERS, LLMConfig, echo_names, is_offline
from agent.analysts.llm.errors import InvalidLLMConfig
from agent.analysts.llm.keys import goes_home, home_urls, server_config
from agent.contract.i18n import Phrase, Texts

MODE_ENV = "API_LLM_CONFIG"
MODELS_ENV = "API_LLM_MODELS"
MODES = ("off", "models", "any")
DEFAULT_MODE = "models"
OPENAI_COMPATIBLE = "openai-compatible"
MAX_LISTED = 10

REFUSALS: Texts = {
    "off": {
        "en": "This server answers with its own model configuration only ({setting}=off): send no llm_config, "
              'or {{"provider": "offline"}}.',
        "ko": '이 서버는 서버에 설정된 모델로만 답합니다 ({setting}=off). llm_config를 보내지 않거나 '
              '{{"provider": "offline"}}을 보내 주세요.',
    },
    "models": {
        "en": "{model} is not one of this server's models ({setting}=models). Pick one of: {choices}; or send "
              "no llm_config for the server's default.",
        "ko": "{model}은(는) 이 서버가 제공하는 모델이 아닙니다 ({setting}=models). 다음 중에서 고르세요: "
              "{choices}. llm_config를 보내지 않으면 서버 기본값이 답합니다.",
    },
    "models_fields": {
        "en": "With {setting}=models a request picks one of the server's models by provider and model only; "
              "the address and the key are the server's. Leave out base_url and api_key.",
        "ko": "{setting}=models에서는 제공자와 모델 이름으로 서버의 모델만 고를 수 있으며, 주소와 키는 서버의 것을 "
              "씁니다. base_url과 api_key는 빼 주세요.",
    },
    "own_key": {
        "en": "The server's keys are only sent to the addresses they were configured with: an llm_config that "
              "names another base_url must bring its own api_key ({setting}=any).",
        "ko": "서버의 키는 설정된 주소로만 보냅니다. 다른 base_url을 지정한 llm_config에는 자체 api_key가 "
              "있어야 합니다 ({setting}=any).",
    },
}
"""Why `API_LLM_CONFIG` refuses a request's `llm_config`, by rule."""
NO_CHOICES: Texts = {"none": {"en": "none (the server has no model configured)",
                              "ko": "없음 (서버에 설정된 모델이 없습니다)"}}


class LLMConfigRefused(InvalidLLMConfig):
    """A request's `llm_config` that `API_LLM_CONFIG` does not allow."""

    texts: ClassVar[Texts] = REFUSALS

    def __init__(self, rule: str, /, **values: object) -> None:
        super().__init__(rule, setting=MODE_ENV, **values)

    @property
    def rule(self) -> str:
        """The rule that refused it (a REFUSALS key)."""
        return self.key


def parse_models(raw: str) -> tuple[str, ...]:
    """`API_LLM_MODELS`: comma-separated `model` or `provider:model` entries, blanks dropped."""
    return tuple(entry.strip() for entry in raw.split(",") if entry.strip())


def _provider(value: Any) -> str:
    return str(value or "").strip().lower().replace("_", "-")


@dataclass(frozen=True)
class LLMPolicy:
    """Which `llm_config` a request may bring (see the module's docstring)."""

    mode: str = DEFAULT_MODE
    models: tuple[str, ...] = ()
    """More models a request may pick with `models`: `model` (the default configuration's provider, at its
    address) or `provider:model` (that provider at its default address; `ollama:llama3.1:8b` works)."""

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"{MODE_ENV}={self.mode!r} is not one of {', '.join(MODES)}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LLMPolicy:
        """The policy from `API_LLM_CONFIG` and `API_LLM_MODELS` (the API's and the page's)."""
        environ = os.environ if environ is None else environ
        mode = environ.get(MODE_ENV, "").strip().lower() or DEFAULT_MODE
        return cls(mode, parse_models(environ.get(MODELS_ENV, "")))

    def choices(self, server: LLMConfig | None) -> list[tuple[str, str]]:
        """(provider, model) a request may pick with `models`: the server's own model, then the listed ones.

        An `openai-compatible` model needs the server's own address, so it counts only when the server's
        configuration is an openai-compatible one.
        """
        found: list[tuple[str, str]] = [(server.provider, server.model)] if server is not None else []
        for entry in self.models:
            head, colon, rest = entry.partition(":")
            if colon and _provider(head) in PROVIDERS:
                choice = (_provider(head), rest.strip())
            elif server is not None:
                choice = (server.provider, entry)
            else:
                continue
            usable = choice[0] != OPENAI_COMPATIBLE or (server is not None and server.provider == OPENAI_COMPATIBLE)
            if usable and choice[1] and choice not in found:
                found.append(choice)
        return found

    def admit(self, llm_config: Any, environ: Mapping[str, str] | None = None,
              paths: Iterable[Path] | None = None) -> dict[str, Any] | None:
        """The `llm_config` a request may run with.

        None (the server's default) for none or `{}`, the offline choice as is, else the request's (with
        `models`, completed with the server's address).

        Raises `LLMConfigRefused` naming the rule, or `InvalidLLMConfig` for an unusable configuration (put
        either into words in the asker's language: `exc.words(language)`).
        """
        if llm_config is None or (isinstance(llm_config, Mapping) and not llm_config):
            return None
        if is_offline(llm_config):
            return {"provider": "offline"}
        if self.mode == "off":
            raise LLMConfigRefused("off")
        if not isinstance(llm_config, Mapping):
            LLMConfig.from_dict(llm_config)  # raises InvalidLLMConfig: not an object
        server = server_config(environ, paths)
        if self.mode == "models":
            return self._admit_model(dict(llm_config), server)
        config = LLMConfig.from_dict(llm_config)
        if config.api_key is None and not goes_home(config, server):
            raise LLMConfigRefused("own_key")
        return dict(llm_config)

    def _admit_model(self, data: dict[str, Any], server: LLMConfig | None) -> dict[str, Any]:
        """With `models`: one of `choices`, without an address or key of its own, sent to the server's address."""
        if data.get("provider") is None and server is not None:
            data["provider"] = server.provider
        provider, model = _provider(data.get("provider")), str(data.get("model") or "").strip()
        address = home_urls(provider, server)[-1]
        given = str(data.get("base_url") or "").strip().rstrip("/") or None
        if data.get("api_key") is not None or given not in (None, address):
            raise LLMConfigRefused("models_fields")
        choices = self.choices(server)
        if (provider, model) not in choices:
            listed = ", ".join(f"{p}:{m}" for p, m in choices[:MAX_LISTED]) + (", …" if len(choices) > MAX_LISTED
                                                                                 else "")
            raise LLMConfigRefused("models", model=echo_names([f"{provider}:{model}"]),
                                   choices=listed or Phrase(NO_CHOICES, "none"))
        if address is not None:
            data["base_url"] = address
        LLMConfig.from_dict(data)  # the rest (temperature, timeout, unknown fields) must be valid too
        return data
