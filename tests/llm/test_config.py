"""LLM configuration: validation, defaults from the environment and secrets.toml, redaction, model loading."""

from __future__ import annotations

import json
import logging

import pytest

from agent.analysts.llm import LLMAnalyst, analyst_for, load_chat_model, parse_llm_config_arg, resolve_config
from agent.analysts.llm.config import LLMConfig, default_config_dict
from agent.analysts.llm.errors import AuthenticationError
from agent.contract.errors import InvalidRequest
from tests.helpers.llm_fakes import SECRET, MappingFallback


@pytest.fixture(autouse=True)
def no_default_config(monkeypatch, tmp_path):
    """Tests start with no default model: no env config, no secrets.toml, no provider keys."""
    for name in ("CHATBOT_LLM_CONFIG", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_API_KEY",
                 "OLLAMA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_BASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("agent.analysts.llm.config.secrets_paths", lambda: [tmp_path / ".streamlit" / "secrets.toml"])


def write_secrets(tmp_path, text: str) -> None:
    (tmp_path / ".streamlit").mkdir(exist_ok=True)
    (tmp_path / ".streamlit" / "secrets.toml").write_text(text, encoding="utf-8")


def test_valid_config_with_defaults():
    config = LLMConfig.from_dict({"provider": "OpenAI", "model": " gpt-4o-mini "})
    assert (config.provider, config.model, config.temperature, config.timeout) == ("openai", "gpt-4o-mini", 0.0, 30.0)
    assert config.api_key is None and config.base_url is None


@pytest.mark.parametrize("data", [
    {"provider": "anthropic", "model": "claude-x", "api_key": SECRET, "temperature": 0.2, "timeout": 10},
    {"provider": "ollama", "model": "llama3.1", "base_url": "http://127.0.0.1:11434"},
    {"provider": "openai-compatible", "model": "local", "base_url": "http://127.0.0.1:8000/v1/", "timeout": 5.5},
    {"provider": "openai_compatible", "model": "local", "base_url": "https://llm.internal/v1", "api_key": None},
])
def test_each_provider_validates(data):
    config = LLMConfig.from_dict(data)
    assert config.provider in ("anthropic", "ollama", "openai-compatible")
    assert not (config.base_url or "").endswith("/")


@pytest.mark.parametrize(("data", "field"), [
    ("openai", "JSON object"),
    ({"model": "x"}, "provider"),
    ({"provider": "bedrock", "model": "x"}, "provider"),
    ({"provider": 3, "model": "x"}, "provider"),
    ({"provider": "openai"}, "model"),
    ({"provider": "openai", "model": ""}, "model"),
    ({"provider": "openai", "model": ["gpt"]}, "model"),
    ({"provider": "openai", "model": "x", "temperature": "hot"}, "temperature"),
    ({"provider": "openai", "model": "x", "temperature": True}, "temperature"),
    ({"provider": "openai", "model": "x", "temperature": 5}, "temperature"),
    ({"provider": "openai", "model": "x", "timeout": 0}, "timeout"),
    ({"provider": "openai", "model": "x", "timeout": -1}, "timeout"),
    ({"provider": "openai", "model": "x", "timeout": float("nan")}, "timeout"),
    ({"provider": "openai", "model": "x", "timeout": "30"}, "timeout"),
    ({"provider": "openai", "model": "x", "api_key": 12345}, "api_key"),
    ({"provider": "openai", "model": "x", "api_key": [SECRET]}, "api_key"),
    ({"provider": "openai", "model": "x", "base_url": "127.0.0.1:8000"}, "base_url"),
    ({"provider": "openai", "model": "x", "base_url": 8000}, "base_url"),
    ({"provider": "openai-compatible", "model": "x"}, "base_url"),
    ({"provider": "openai", "model": "x", "apikey": SECRET}, "apikey"),
])
def test_invalid_config_is_an_invalid_request_naming_the_field(data, field):
    with pytest.raises(InvalidRequest) as caught:
        LLMConfig.from_dict(data)
    assert caught.value.kind == "InvalidRequest"
    assert field in str(caught.value)
    assert SECRET not in str(caught.value)


def test_key_never_shows_in_repr_str_or_public_dict(caplog):
    config = LLMConfig.from_dict({"provider": "openai", "model": "x", "api_key": SECRET})
    logging.getLogger("test").warning("config %s %r", config, config)
    for text in (repr(config), str(config), json.dumps(config.to_public_dict()), caplog.text,
                 repr(LLMAnalyst(config, MappingFallback()))):
        assert SECRET not in text
    assert "**********" in repr(config)
    assert config.key() == SECRET


def test_keys_come_from_the_provider_environment(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-openai")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-env-anthropic")
    assert resolve_config({"provider": "openai", "model": "x"}).key() == "sk-env-openai"
    assert resolve_config({"provider": "anthropic", "model": "x"}).key() == "sk-env-anthropic"
    assert resolve_config({"provider": "openai", "model": "x", "api_key": "sk-given"}).key() == "sk-given"
    # the real OpenAI key is never sent to some other OpenAI-compatible server
    compatible = resolve_config({"provider": "openai-compatible", "model": "x", "base_url": "http://127.0.0.1:1/v1"})
    assert compatible.key() is None


def test_no_config_and_no_default_means_the_offline_analyst():
    fallback = MappingFallback()
    assert resolve_config(None) is None
    assert analyst_for(None, fallback) is fallback
    assert analyst_for({}, fallback) is fallback


def test_explicit_config_gives_an_llm_analyst_with_the_fallback():
    fallback = MappingFallback()
    analyst = analyst_for({"provider": "openai", "model": "x", "api_key": SECRET}, fallback, "Be brief.",
                          deadline_seconds=5)
    assert isinstance(analyst, LLMAnalyst)
    assert analyst.fallback is fallback and analyst.custom_prompt == "Be brief." and analyst.deadline is not None


def test_default_config_from_the_environment(monkeypatch):
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", json.dumps({"provider": "anthropic", "model": "claude-x",
                                                         "api_key": SECRET}))
    config = resolve_config(None)
    assert (config.provider, config.key()) == ("anthropic", SECRET)
    assert isinstance(analyst_for(None, MappingFallback()), LLMAnalyst)
    assert analyst_for({"provider": "offline"}, fallback := MappingFallback()) is fallback


def test_default_config_from_secrets_toml(tmp_path):
    write_secrets(tmp_path, f'[llm]\nprovider = "openai"\nmodel = "gpt-x"\napi_key = "{SECRET}"\ntimeout = 12\n')
    config = resolve_config(None)
    assert (config.provider, config.model, config.timeout, config.key()) == ("openai", "gpt-x", 12.0, SECRET)


def test_environment_default_wins_over_secrets_toml(tmp_path, monkeypatch):
    write_secrets(tmp_path, '[llm]\nprovider = "openai"\nmodel = "from-secrets"\n')
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", '{"provider": "ollama", "model": "from-env"}')
    assert resolve_config(None).model == "from-env"
    assert resolve_config({"provider": "ollama", "model": "explicit"}).model == "explicit"


def test_secrets_toml_without_llm_table_is_no_default(tmp_path):
    write_secrets(tmp_path, 'OTHER = "x"\n')
    assert default_config_dict() is None


@pytest.mark.parametrize("raw", [f'{{"provider": "openai", "api_key": "{SECRET}"', "[1, 2]"])
def test_broken_default_config_is_reported_without_its_content(monkeypatch, raw):
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", raw)
    with pytest.raises(InvalidRequest) as caught:
        resolve_config(None)
    assert "CHATBOT_LLM_CONFIG" in str(caught.value) and SECRET not in str(caught.value)


def test_broken_secrets_toml_is_reported(tmp_path):
    write_secrets(tmp_path, f'[llm\napi_key = "{SECRET}"\n')
    with pytest.raises(InvalidRequest) as caught:
        resolve_config(None)
    assert SECRET not in str(caught.value)


def test_cli_argument_parsing(tmp_path):
    assert parse_llm_config_arg('{"provider": "openai", "model": "x"}') == {"provider": "openai", "model": "x"}
    assert parse_llm_config_arg("offline") == {"provider": "offline"}
    path = tmp_path / "llm.json"
    path.write_text(json.dumps({"provider": "ollama", "model": "llama3.1"}))
    assert parse_llm_config_arg(f"@{path}")["provider"] == "ollama"
    for bad in (f'{{"provider": "openai", "api_key": "{SECRET}"', '{"provider": "nope", "model": "x"}',
                f"@{tmp_path / 'missing.json'}"):
        with pytest.raises(InvalidRequest) as caught:
            parse_llm_config_arg(bad)
        assert SECRET not in str(caught.value)


def test_load_chat_model_openai_compatible_points_the_openai_client_at_base_url():
    model = load_chat_model({"provider": "openai-compatible", "model": "fake", "api_key": SECRET,
                             "base_url": "http://127.0.0.1:9/v1", "timeout": 4, "temperature": 0.3})
    assert type(model).__name__ == "ChatOpenAI"
    assert (model.openai_api_base, model.request_timeout, model.max_retries, model.temperature) == (
        "http://127.0.0.1:9/v1", 4.0, 0, 0.3)
    assert model.openai_api_key.get_secret_value() == SECRET
    assert SECRET not in repr(model)


def test_load_chat_model_openai_compatible_without_key_sends_a_placeholder():
    model = load_chat_model({"provider": "openai-compatible", "model": "fake", "base_url": "http://127.0.0.1:9/v1"})
    assert model.openai_api_key.get_secret_value() == "not-needed"


def test_load_chat_model_anthropic_and_ollama():
    anthropic = load_chat_model({"provider": "anthropic", "model": "claude-x", "api_key": SECRET, "timeout": 9})
    assert type(anthropic).__name__ == "ChatAnthropic"
    assert anthropic.anthropic_api_key.get_secret_value() == SECRET and anthropic.max_retries == 0
    assert anthropic.default_request_timeout == 9 and SECRET not in repr(anthropic)
    ollama = load_chat_model({"provider": "ollama", "model": "llama3.1", "base_url": "http://127.0.0.1:11434",
                              "timeout": 7})
    assert type(ollama).__name__ == "ChatOllama"
    assert ollama.base_url == "http://127.0.0.1:11434" and ollama.client_kwargs["timeout"] == 7
    keyed = load_chat_model({"provider": "ollama", "model": "llama3.1", "api_key": SECRET})
    assert keyed.client_kwargs["headers"]["Authorization"] == f"Bearer {SECRET}"
    assert SECRET not in repr(keyed) and SECRET not in str(keyed)


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_load_chat_model_without_a_key_is_an_authentication_error(provider):
    with pytest.raises(AuthenticationError) as caught:
        load_chat_model({"provider": provider, "model": "x"})
    assert caught.value.kind == "AuthenticationError" and "API 키" in caught.value.words("ko")
