"""The key rule (agent.analysts.llm.keys): the server's keys go only to the address they are configured for.

That holds for every caller (ChatbotAgent, LLMAnalyst, load_chat_model), through the real OpenAI and Ollama
clients.
"""

from __future__ import annotations

import json

import pytest
from ollama import ResponseError

from agent.analysts.llm import LLMAnalyst, load_chat_model, resolve_config
from agent.analysts.llm.models import PLACEHOLDER_KEY
from tests.helpers.listening_host import ListeningHost
from tests.helpers.llm_fakes import ABC_PLAN, MappingFallback, agent_with

ENV = {"OPENAI_API_KEY": "sk-env-openai", "ANTHROPIC_API_KEY": "sk-env-anthropic",
       "OPENAI_COMPATIBLE_API_KEY": "sk-env-compatible", "OLLAMA_API_KEY": "env-ollama"}
GATEWAY = "http://gateway.internal:8000/v1"
ELSEWHERE = "http://attacker.example:9370/v1"


@pytest.fixture(autouse=True)
def server_environment(monkeypatch, tmp_path):
    """Every provider's key in the environment, no default configuration, no secrets.toml."""
    for name in ("CHATBOT_LLM_CONFIG", "OPENAI_BASE_URL", "OPENAI_API_BASE", "OLLAMA_HOST"):
        monkeypatch.delenv(name, raising=False)
    for name, key in ENV.items():
        monkeypatch.setenv(name, key)
    monkeypatch.setattr("agent.analysts.llm.config.secrets_paths", lambda: [tmp_path / "secrets.toml"])


@pytest.fixture(scope="module")
def host():
    listening = ListeningHost()
    yield listening
    listening.stop()


def key_for(llm_config: dict, **default: object) -> str | None:
    environ = {**ENV, "CHATBOT_LLM_CONFIG": json.dumps(default)} if default else dict(ENV)
    config = resolve_config(llm_config, environ)
    return config.key() if config else None


def test_an_environment_key_goes_only_to_the_providers_default_address():
    assert key_for({"provider": "openai", "model": "m"}) == "sk-env-openai"
    assert key_for({"provider": "anthropic", "model": "m"}) == "sk-env-anthropic"
    assert key_for({"provider": "ollama", "model": "m"}) == "env-ollama"
    for provider in ("openai", "anthropic", "ollama", "openai-compatible"):
        assert key_for({"provider": provider, "model": "m", "base_url": ELSEWHERE}) is None, provider
    assert key_for({"provider": "openai", "model": "m", "base_url": ELSEWHERE, "api_key": "own"}) == "own"


def test_the_servers_configured_base_url_is_home_for_its_provider_only():
    default = {"provider": "openai-compatible", "model": "a", "base_url": GATEWAY}
    assert key_for({"provider": "openai-compatible", "model": "b", "base_url": GATEWAY + "/"}, **default) == \
        "sk-env-compatible"
    assert key_for({"provider": "openai-compatible", "model": "b", "base_url": ELSEWHERE}, **default) is None
    assert key_for({"provider": "openai", "model": "b", "base_url": GATEWAY}, **default) is None
    assert key_for(None, **default) == "sk-env-compatible"


def test_the_default_configurations_own_key_stays_with_its_address():
    default = {"provider": "openai", "model": "a", "base_url": GATEWAY, "api_key": "sk-configured"}
    assert key_for(None, **default) == "sk-configured"
    assert key_for({"provider": "openai", "model": "b", "base_url": GATEWAY}, **default) == "sk-configured"
    assert key_for({"provider": "openai", "model": "b"}, **default) == "sk-env-openai"  # the SDK's default address
    assert key_for({"provider": "openai", "model": "b", "base_url": ELSEWHERE}, **default) is None


def test_analysts_and_models_made_from_a_dict_follow_the_same_rule():
    elsewhere = {"provider": "openai", "model": "m", "base_url": ELSEWHERE}
    assert LLMAnalyst(elsewhere, MappingFallback()).config.key() is None
    assert LLMAnalyst({"provider": "openai", "model": "m"}, MappingFallback()).config.key() == "sk-env-openai"
    model = load_chat_model({"provider": "openai-compatible", "model": "m", "base_url": ELSEWHERE})
    assert model.openai_api_key.get_secret_value() == PLACEHOLDER_KEY


def test_agent_stream_to_another_host_sends_it_no_environment_key(host, sample_db, settings):
    host.reset().fake.plans.append(ABC_PLAN)
    agent = agent_with(MappingFallback(), sample_db, settings)
    llm_config = {"provider": "openai-compatible", "model": "m", "base_url": host.base_url, "timeout": 5}
    events = list(agent.stream("ABC-12345 부품의 재고는?", llm_config=llm_config))
    assert events[-1]["type"] == "final"
    assert host.seen and {credentials for _, credentials in host.seen} == {f"Bearer {PLACEHOLDER_KEY}"}


def test_agent_stream_with_openai_at_another_host_ends_before_any_request(host, sample_db, settings):
    host.reset()
    agent = agent_with(MappingFallback(), sample_db, settings)
    events = list(agent.stream("stock?", llm_config={"provider": "openai", "model": "m", "base_url": host.base_url}))
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "AuthenticationError"
    assert "only sent to the provider's own address" in events[-1]["data"]["message"]
    assert host.seen == []


def test_the_ollama_client_never_adds_the_environment_key_for_another_host(host, monkeypatch):
    host.reset()
    with pytest.raises(ResponseError):  # the host is no Ollama (404): what it was sent is the point
        load_chat_model({"provider": "ollama", "model": "m", "base_url": host.root, "timeout": 5}).invoke("hi")
    assert host.seen and {credentials for _, credentials in host.seen} == {f"Bearer {PLACEHOLDER_KEY}"}

    host.reset()
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", json.dumps({"provider": "ollama", "model": "m", "base_url": host.root}))
    with pytest.raises(ResponseError):
        load_chat_model({"provider": "ollama", "model": "m", "base_url": host.root, "timeout": 5}).invoke("hi")
    assert {credentials for _, credentials in host.seen} == {"Bearer env-ollama"}, "the configured host gets it"
