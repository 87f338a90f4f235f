"""The server's provider keys over HTTP, and what `API_LLM_CONFIG` lets a request choose.

A request never sends the keys to a host of its choosing, and `API_LLM_CONFIG` (off | models | any)
decides what a request's `llm_config` may choose, refused before a run.
"""

from __future__ import annotations

import json

import httpx
import pytest

from api.settings import ApiSettings
from tests.helpers.listening_host import ListeningHost
from tests.helpers.llm_fakes import ABC_PLAN
from tests.helpers.sse import post_stream, read_events

SERVER_KEYS = {"OPENAI_API_KEY": "sk-server-openai-7Hd2", "ANTHROPIC_API_KEY": "sk-ant-server-Qm4x",
               "OPENAI_COMPATIBLE_API_KEY": "sk-server-compatible-Lp9v", "OLLAMA_API_KEY": "server-ollama-Zr3k"}
CALLER_KEY = "sk-caller-own-Wt6b"
QUESTION = "ABC-12345 부품의 재고는?"


@pytest.fixture(scope="module")
def hosts():
    """Two loopback model hosts: the one the operator configured, and one a caller names."""
    configured, attacker = ListeningHost(), ListeningHost()
    yield configured, attacker
    configured.stop()
    attacker.stop()


@pytest.fixture
def configured(hosts, monkeypatch, tmp_path) -> ListeningHost:
    """The server's environment: every provider's key set, and a default model on the configured host."""
    for name in ("OPENAI_BASE_URL", "OPENAI_API_BASE", "ANTHROPIC_BASE_URL", "OLLAMA_HOST", "API_LLM_CONFIG",
                 "API_LLM_MODELS"):
        monkeypatch.delenv(name, raising=False)
    for name, key in SERVER_KEYS.items():
        monkeypatch.setenv(name, key)
    host = hosts[0].reset()
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", json.dumps({"provider": "openai-compatible", "model": "configured-model",
                                                         "base_url": host.base_url, "timeout": 5}))
    monkeypatch.setattr("agent.analysts.llm.config.secrets_paths", lambda: [tmp_path / "secrets.toml"])
    return host


@pytest.fixture
def attacker(hosts, configured) -> ListeningHost:
    return hosts[1].reset()


def attacks(attacker: ListeningHost) -> list[dict]:
    """`llm_config`s naming the attacker's host and no key: the issue's request, for each provider."""
    return [{"provider": "openai", "model": "m", "base_url": attacker.base_url},
            {"provider": "openai-compatible", "model": "m", "base_url": attacker.base_url},
            {"provider": "ollama", "model": "m", "base_url": attacker.root},
            {"provider": "anthropic", "model": "m", "base_url": attacker.root}]


def no_server_key_in(host: ListeningHost) -> bool:
    return not any(key in credentials for _, credentials in host.seen for key in SERVER_KEYS.values())


def refused(response: httpx.Response, status: int, words: str) -> str:
    assert response.status_code == status, response.text[:500]
    body = response.json()
    assert body["success"] is False and set(body) == {"success", "error"}
    assert words in body["error"], body["error"]
    return body["error"]


@pytest.mark.parametrize("rule", ["models", "any", "off"])
def test_a_request_naming_another_host_without_a_key_is_refused_and_nothing_connects(
        make_server, sample_agent, configured, attacker, rule):
    server, _ = make_server(sample_agent, llm_config_policy=rule)
    for llm_config in attacks(attacker):
        for path in ("/api/chat/stream", "/api/chat/stream/init"):
            response = httpx.post(f"{server.url}{path}", json={"message": QUESTION, "llm_config": llm_config},
                                  timeout=30)
            refused(response, 403, f"API_LLM_CONFIG={rule}")
    assert attacker.seen == [] and configured.seen == []


def test_the_issues_request_under_the_default_rule_reaches_no_host_and_gets_403(
        make_server, sample_agent, configured, attacker):
    server, _ = make_server(sample_agent)
    for llm_config in attacks(attacker):
        response = post_stream(server, {"message": QUESTION, "llm_config": llm_config})
        assert no_server_key_in(attacker), attacker.seen
        assert attacker.seen == []
        refused(response, 403, "API_LLM_CONFIG=models")
    assert ApiSettings().llm_config_policy == "models"


def test_with_any_a_request_with_its_own_host_and_key_reaches_that_host_with_that_key(
        make_server, sample_agent, configured, attacker):
    server, _ = make_server(sample_agent, llm_config_policy="any")
    attacker.fake.plans.append(ABC_PLAN)
    llm_config = {"provider": "openai-compatible", "model": "m", "base_url": attacker.base_url,
                  "api_key": CALLER_KEY, "timeout": 5}
    events = [event for _, event in read_events(post_stream(server, {"message": QUESTION, "llm_config": llm_config}))]
    assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"]
    assert attacker.seen and {credentials for _, credentials in attacker.seen} == {f"Bearer {CALLER_KEY}"}
    assert configured.seen == []


def test_with_any_the_servers_own_host_gets_the_servers_key(make_server, sample_agent, configured, attacker):
    server, _ = make_server(sample_agent, llm_config_policy="any")
    llm_config = {"provider": "openai-compatible", "model": "another-model", "base_url": configured.base_url}
    events = [event for _, event in read_events(post_stream(server, {"message": QUESTION, "llm_config": llm_config}))]
    assert events[-1]["type"] == "final"
    assert {credentials for _, credentials in configured.seen} == {f"Bearer {SERVER_KEYS['OPENAI_COMPATIBLE_API_KEY']}"}
    assert {body["model"] for body in configured.fake.requests} == {"another-model"}
    assert attacker.seen == []


@pytest.mark.parametrize("llm_config", [{"provider": "openai-compatible", "model": "second-model"},
                                        {"model": "second-model", "temperature": 0.2}])
def test_with_models_an_allowed_model_reaches_the_configured_host_with_the_servers_key(
        make_server, sample_agent, configured, attacker, llm_config):
    server, _ = make_server(sample_agent, llm_config_policy="models", llm_models=("second-model",))
    configured.fake.plans.append(ABC_PLAN)
    events = [event for _, event in read_events(post_stream(server, {"message": QUESTION, "llm_config": llm_config}))]
    assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"]
    assert {body["model"] for body in configured.fake.requests} == {"second-model"}
    assert {credentials for _, credentials in configured.seen} == {f"Bearer {SERVER_KEYS['OPENAI_COMPATIBLE_API_KEY']}"}
    assert attacker.seen == []


@pytest.mark.parametrize(("case", "words"), [
    ("unknown model", "'openai-compatible:other-model' is not one of this server's models"),
    ("unlisted provider", "'openai:gpt-4o' is not one of this server's models"),
    ("another host", "Leave out base_url and api_key"),
    ("own key", "Leave out base_url and api_key"),
])
def test_with_models_an_unknown_model_an_address_or_a_key_is_refused(
        make_server, sample_agent, configured, attacker, case, words):
    server, _ = make_server(sample_agent, llm_config_policy="models", llm_models=("second-model",))
    llm_config = {"unknown model": {"provider": "openai-compatible", "model": "other-model"},
                  "unlisted provider": {"provider": "openai", "model": "gpt-4o"},
                  "another host": {"model": "second-model", "base_url": attacker.base_url, "api_key": CALLER_KEY},
                  "own key": {"model": "second-model", "api_key": CALLER_KEY}}[case]
    message = refused(post_stream(server, {"message": "hi", "llm_config": llm_config}), 403, words)
    assert "API_LLM_CONFIG=models" in message
    assert configured.seen == [] and attacker.seen == []


def test_with_off_a_request_config_is_refused_but_offline_and_the_default_answer(
        make_server, sample_agent, configured, attacker):
    server, _ = make_server(sample_agent, llm_config_policy="off")
    own = {"provider": "openai-compatible", "model": "configured-model", "base_url": configured.base_url}
    refused(post_stream(server, {"message": "hi", "llm_config": own}), 403, "API_LLM_CONFIG=off")
    assert configured.seen == []

    offline = read_events(post_stream(server, {"message": QUESTION, "llm_config": {"provider": "offline"}}))
    assert offline[-1][1]["type"] == "final" and "1,000" in offline[-1][1]["data"]["content"]
    assert configured.seen == []

    configured.fake.plans.append(ABC_PLAN)
    default = read_events(post_stream(server, {"message": QUESTION}))
    assert default[-1][1]["type"] == "final"
    assert {credentials for _, credentials in configured.seen} == {f"Bearer {SERVER_KEYS['OPENAI_COMPATIBLE_API_KEY']}"}
    assert attacker.seen == []


def test_a_refusal_is_in_the_questions_language(make_server, sample_agent, configured, attacker):
    server, _ = make_server(sample_agent, llm_config_policy="any")
    attack = {"provider": "openai-compatible", "model": "m", "base_url": attacker.base_url}
    refused(post_stream(server, {"message": QUESTION, "llm_config": attack}), 403, "자체 api_key가 있어야 합니다")
    refused(post_stream(server, {"message": "stock?", "llm_config": attack}), 403, "must bring its own api_key")


def test_unknown_field_names_are_echoed_cut_short(make_server, sample_agent, configured):
    server, _ = make_server(sample_agent)
    llm_config = {"model": "configured-model", "x" * 30_000: 1, **{f"extra{i}": i for i in range(1000)}}
    message = refused(post_stream(server, {"message": "hi", "llm_config": llm_config}), 400, "unknown field(s)")
    assert len(message) < 600 and "and 996 more" in message
