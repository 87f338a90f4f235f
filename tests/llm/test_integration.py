"""`analyst_for` wiring, the real offline analyst as fallback, and ChatbotAgent passing `llm_config` through."""

from __future__ import annotations

import pytest

from agent.analysts.llm import ConfigErrorAnalyst, LLMAnalyst, analyst_for, validate_llm_config
from agent.chatbot import ChatbotAgent
from agent.contract.errors import InvalidRequest
from tests.helpers.llm_fakes import (
    ABC_PLAN,
    SECRET,
    MappingFallback,
    agent_with,
    fake_analyst,
    plan_json,
    recording_fake,
)
from tests.helpers.timing import HANG_SECONDS, SLACK_SECONDS


@pytest.fixture(autouse=True)
def no_default_config(monkeypatch, tmp_path):
    monkeypatch.delenv("CHATBOT_LLM_CONFIG", raising=False)
    monkeypatch.setattr("agent.analysts.llm.config.secrets_paths", lambda: [tmp_path / "secrets.toml"])


def compatible(server, **overrides) -> dict:
    return {"provider": "openai-compatible", "base_url": server.base_url, "api_key": SECRET, "model": "fake",
            "timeout": 5, **overrides}


@pytest.mark.parametrize("bad", [{"provider": "gpt"}, {"provider": "openai", "model": 3}, "openai"])
def test_unusable_config_ends_the_run_with_an_invalid_request_event(bad, sample_db, settings):
    analyst = analyst_for(bad, MappingFallback())
    assert isinstance(analyst, ConfigErrorAnalyst)
    events = list(agent_with(analyst, sample_db, settings).stream("ABC-12345 stock?"))
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "InvalidRequest"
    with pytest.raises(InvalidRequest):
        validate_llm_config(bad)


def test_valid_configs_pass_validation():
    for ok in (None, {}, {"provider": "offline"}, {"provider": "ollama", "model": "llama3.1"}):
        validate_llm_config(ok)


def test_an_agent_built_around_an_llm_analyst_keeps_it(sample_db):
    fallback = MappingFallback()
    llm = LLMAnalyst({"provider": "openai", "model": "x", "api_key": SECRET}, fallback)
    assert analyst_for(None, llm) is llm
    bound = analyst_for(None, llm, deadline_seconds=5)
    assert isinstance(bound, LLMAnalyst) and bound.deadline is not None and bound.config is llm.config
    assert analyst_for({"provider": "offline"}, llm) is fallback
    other = analyst_for({"provider": "anthropic", "model": "c", "api_key": SECRET}, llm)
    assert other.config.provider == "anthropic" and other.fallback is fallback


def test_real_offline_analyst_answers_when_the_model_sql_stays_invalid(sample_db, settings):
    analyst_module = pytest.importorskip("agent.analysts.offline")
    model = recording_fake([plan_json(sql="SELECT nope FROM inventory"), plan_json(sql="SELECT nope2 FROM parts")])
    events = list(agent_with(fake_analyst(model, analyst_module.OfflineAnalyst()), sample_db, settings)
                  .stream("ABC-12345 부품의 재고는?"))
    assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"]


def test_offline_analyst_is_found_lazily_when_no_fallback_is_given():
    pytest.importorskip("agent.analysts.offline")
    analyst = LLMAnalyst({"provider": "openai", "model": "x", "api_key": SECRET})
    assert type(analyst.fallback).__name__ == "OfflineAnalyst"


def test_agent_stream_uses_the_requested_model(server, sample_db, settings):
    server.plans.append(ABC_PLAN)
    agent = ChatbotAgent(database=sample_db[0], catalog=sample_db[1], analyst=MappingFallback(), settings=settings)
    events = list(agent.stream("ABC-12345 부품의 재고는?", llm_config=compatible(server),
                               custom_prompt="Mention the unit."))
    assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"]
    assert any(e["type"] == "token" for e in events)
    assert "Mention the unit." in server.requests[0]["messages"][0]["content"]
    assert SECRET not in str(events)


def test_agent_stream_without_config_uses_the_offline_analyst(sample_db, settings):
    fallback = MappingFallback()
    agent = ChatbotAgent(database=sample_db[0], catalog=sample_db[1], analyst=fallback, settings=settings)
    events = list(agent.stream("ABC-12345 stock?"))
    assert events[-1]["data"]["content"] == "offline answer 1000" and fallback.planned == 1


def test_agent_stream_with_bad_config_is_an_invalid_request_event(sample_db, settings):
    agent = ChatbotAgent(database=sample_db[0], catalog=sample_db[1], analyst=MappingFallback(), settings=settings)
    events = list(agent.stream("ABC-12345 stock?", llm_config={"provider": "openai", "model": "x", "api_key": 5}))
    assert events[-1]["data"]["error"] == "InvalidRequest" and "api_key" in events[-1]["data"]["message"]


def test_agent_stream_hanging_model_ends_in_timeout_within_the_deadline(server, sample_db, settings):
    import time

    server.faults.append("hang")
    server.hang_seconds = HANG_SECONDS
    agent = ChatbotAgent(database=sample_db[0], catalog=sample_db[1], analyst=MappingFallback(), settings=settings)
    started = time.monotonic()
    events = list(agent.stream("ABC-12345 stock?", llm_config=compatible(server, timeout=30), deadline_seconds=1.5))
    assert events[-1]["data"]["error"] == "Timeout" and time.monotonic() - started < 1.5 + SLACK_SECONDS
