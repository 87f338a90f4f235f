"""`LLMPolicy` (API_LLM_CONFIG = off | models | any): what a request's llm_config may choose, and why not."""

from __future__ import annotations

import json

import pytest

from agent.analysts.llm.config import LLMConfig
from agent.analysts.llm.errors import InvalidLLMConfig
from agent.analysts.llm.policy import LLMConfigRefused, LLMPolicy
from api.settings import ApiSettings

GATEWAY = "http://gateway.internal:8000/v1"
ELSEWHERE = "http://attacker.example:9370/v1"
DEFAULT = {"provider": "openai-compatible", "model": "configured-model", "base_url": GATEWAY}


def admit(mode: str, llm_config, models: tuple[str, ...] = (), default: dict | None = DEFAULT):
    environ = {"CHATBOT_LLM_CONFIG": json.dumps(default)} if default else {}
    return LLMPolicy(mode, models).admit(llm_config, environ=environ, paths=[])


def refusal(mode: str, llm_config, **kwargs) -> LLMConfigRefused:
    with pytest.raises(LLMConfigRefused) as caught:
        admit(mode, llm_config, **kwargs)
    assert caught.value.kind == "InvalidRequest" and f"API_LLM_CONFIG={mode}" in str(caught.value)
    return caught.value


@pytest.mark.parametrize("mode", ["off", "models", "any"])
def test_no_config_and_offline_are_always_fine(mode):
    assert admit(mode, None) is None and admit(mode, {}) is None
    assert admit(mode, {"provider": "Offline"}) == {"provider": "offline"}


def test_off_refuses_every_config():
    for llm_config in (DEFAULT, {"provider": "openai", "model": "m", "api_key": "own"}, "openai"):
        assert refusal("off", llm_config).rule == "off"


def test_models_offers_the_default_and_the_listed_models_at_the_servers_address():
    policy = LLMPolicy("models", ("second-model", "anthropic:claude-x", "ollama:llama3.1:8b", "openai:"))
    assert policy.choices(LLMConfig.from_dict(DEFAULT)) == [
        ("openai-compatible", "configured-model"), ("openai-compatible", "second-model"),
        ("anthropic", "claude-x"), ("ollama", "llama3.1:8b")]
    assert admit("models", {"model": "second-model", "timeout": 9}, ("second-model",)) == {
        "provider": "openai-compatible", "model": "second-model", "timeout": 9, "base_url": GATEWAY}
    assert admit("models", {"provider": "anthropic", "model": "claude-x"}, ("anthropic:claude-x",)) == {
        "provider": "anthropic", "model": "claude-x"}
    again = admit("models", DEFAULT)
    assert again == DEFAULT and admit("models", again) == again  # the server's own address is no address


def test_an_openai_compatible_model_is_only_offered_at_the_servers_own_address():
    policy = LLMPolicy("models", ("openai-compatible:local", "gpt-4o"))
    assert policy.choices(LLMConfig.from_dict({"provider": "openai", "model": "gpt-4o-mini"})) == [
        ("openai", "gpt-4o-mini"), ("openai", "gpt-4o")]
    assert policy.choices(None) == []


@pytest.mark.parametrize(("llm_config", "rule"), [
    ({"model": "other"}, "models"),
    ({"provider": "openai", "model": "configured-model"}, "models"),
    ({"provider": "nope", "model": "m"}, "models"),
    ({"model": "configured-model", "base_url": ELSEWHERE}, "models_fields"),
    ({"model": "configured-model", "api_key": "own"}, "models_fields"),
    ({"provider": "openai-compatible", "model": "configured-model", "base_url": ELSEWHERE, "api_key": "own"},
     "models_fields"),
])
def test_models_refuses_other_models_addresses_and_keys(llm_config, rule):
    assert refusal("models", llm_config).rule == rule


def test_models_without_any_model_configured_says_so():
    message = str(refusal("models", {"provider": "openai", "model": "m"}, default=None))
    assert "none (the server has no model configured)" in message
    assert "configured-model" in str(refusal("models", {"model": "x"}))


def test_any_lets_a_config_with_its_own_key_go_anywhere_and_the_servers_keys_only_home():
    own = {"provider": "openai", "model": "m", "base_url": ELSEWHERE, "api_key": "own"}
    assert admit("any", own) == own
    assert admit("any", {"provider": "openai", "model": "m"}) == {"provider": "openai", "model": "m"}
    assert admit("any", {"provider": "openai-compatible", "model": "x", "base_url": GATEWAY})
    for provider in ("openai", "anthropic", "ollama", "openai-compatible"):
        assert refusal("any", {"provider": provider, "model": "m", "base_url": ELSEWHERE}).rule == "own_key"


def test_refusals_speak_the_askers_language():
    assert "자체 api_key" in refusal("any", {"provider": "openai", "model": "m", "base_url": ELSEWHERE}).words("ko")
    assert "서버가 제공하는 모델이 아닙니다" in refusal("models", {"model": "x"}).words("ko")


def test_an_unusable_config_is_invalid_not_refused():
    with pytest.raises(InvalidLLMConfig) as caught:
        admit("any", {"provider": "openai", "model": "m", "temprature": 1})
    assert not isinstance(caught.value, LLMConfigRefused) and "temprature" in str(caught.value)
    with pytest.raises(InvalidLLMConfig):
        admit("models", {"model": "configured-model", "timeout": -1})


def test_echoed_names_are_cut_short():
    message = str(refusal("models", {"model": "y" * 100_000}))
    assert len(message) < 600
    with pytest.raises(InvalidLLMConfig) as caught:
        LLMConfig.from_dict({"provider": "openai", "model": "m", **{f"{i}\n" + "z" * 10_000: i for i in range(500)}})
    assert len(str(caught.value)) < 400 and "and 495 more" in str(caught.value) and "\n" not in str(caught.value)


def test_the_setting_defaults_to_models_and_refuses_an_unknown_mode():
    assert LLMPolicy.from_env({}).mode == "models"
    assert LLMPolicy.from_env({"API_LLM_CONFIG": " ANY ", "API_LLM_MODELS": "a, ,b"}) == LLMPolicy("any", ("a", "b"))
    settings = ApiSettings.from_env({"API_LLM_CONFIG": "Off", "API_LLM_MODELS": "a,openai:b"})
    assert settings.llm_policy == LLMPolicy("off", ("a", "openai:b"))
    with pytest.raises(ValueError, match="API_LLM_CONFIG"):
        ApiSettings.from_env({"API_LLM_CONFIG": "all"})
