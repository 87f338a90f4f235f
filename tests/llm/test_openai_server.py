"""The real langchain-openai client against a loopback OpenAI-compatible server: streaming, faults, secrets."""

from __future__ import annotations

import json
import logging
import time

import pytest

from agent.analysts.base import Turn
from agent.analysts.llm import LLMAnalyst, analyst_for, load_chat_model
from agent.analysts.llm.config import LLMConfig
from agent.contract.errors import AgentError
from tests.helpers.fake_openai import free_port
from tests.helpers.llm_fakes import ABC_PLAN, SECRET, MappingFallback, UnmappedFallback, agent_with
from tests.helpers.timing import HANG_SECONDS, SLACK_SECONDS


def compatible(server, **overrides) -> dict:
    return {"provider": "openai-compatible", "base_url": server.base_url, "api_key": SECRET, "model": "fake",
            "timeout": 5, **overrides}


def everything_said(events, caplog, extra=()) -> str:
    return json.dumps(events, ensure_ascii=False) + caplog.text + "".join(str(x) for x in extra)


@pytest.fixture(autouse=True)
def debug_logs(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def test_load_chat_model_streams_from_the_loopback_server(server):
    server.answers.append("one two three")
    model = load_chat_model(compatible(server))
    assert [c.text for c in model.stream("hi") if c.text] == ["one ", "two ", "three"]
    assert server.authorizations == [f"Bearer {SECRET}"]


def test_whole_agent_streams_tokens_and_grounded_final_answer(server, sample_db, settings, caplog):
    server.plans.append(ABC_PLAN)
    analyst = LLMAnalyst(compatible(server), MappingFallback())
    events = list(agent_with(analyst, sample_db, settings).stream("ABC-12345 부품의 재고는?"))
    tokens = [e["data"]["text"] for e in events if e["type"] == "token"]
    final = events[-1]
    assert final["type"] == "final", events[-1]
    assert len(tokens) > 3
    assert final["data"]["content"] == "".join(tokens)
    assert "1,000" in final["data"]["content"]  # computed by the server from the rows it was sent
    assert final["data"]["sources"][0]["name"] == "inventory"
    assert final["data"]["table_data"]["rows"] == [[1000]]
    assert final["data"]["confidence_score"] == pytest.approx(1.0 * (0.4 + 0.6 * 0.9))
    plan_request, answer_request = server.requests
    assert plan_request["tools"][0]["function"]["name"] == "PlanSchema"
    assert "inventory" in plan_request["messages"][-1]["content"]
    assert answer_request["stream"] is True
    assert SECRET not in everything_said(events, caplog)


def test_follow_up_sends_the_conversation_so_far(server, sample_db, settings):
    server.plans.extend([ABC_PLAN, ABC_PLAN])
    agent = agent_with(LLMAnalyst(compatible(server), MappingFallback()), sample_db, settings)
    list(agent.stream("ABC-12345 부품의 재고는?", conversation_id="c1"))
    list(agent.stream("그 부품의 창고별 재고는?", conversation_id="c1"))
    follow_up = server.requests[2]["messages"][-1]["content"]
    assert "CONVERSATION SO FAR" in follow_up and "ABC-12345 부품의 재고는?" in follow_up
    assert "total_on_hand" in follow_up  # the earlier SQL


def test_rate_limit_is_retried_then_succeeds(server, sample_db, settings):
    server.faults.extend(["429", "503"])
    server.plans.append(ABC_PLAN)
    events = list(agent_with(LLMAnalyst(compatible(server), MappingFallback()), sample_db, settings)
                  .stream("ABC-12345 stock?"))
    assert events[-1]["type"] == "final"
    assert len(server.requests) == 4  # 429, 503, plan, answer


@pytest.mark.parametrize(("fault", "kind", "calls"), [
    ("429", "RateLimitError", 3),
    ("500", "ProviderError", 3),
    ("401", "AuthenticationError", 1),
    ("404", "ProviderError", 1),
    ("garbage", "ProviderError", 1),
])
def test_faults_end_in_named_errors_without_leaking_the_key(server, sample_db, settings, caplog,
                                                            fault, kind, calls):
    server.faults.extend([fault] * 5)
    fallback = MappingFallback()
    started = time.monotonic()
    events = list(agent_with(LLMAnalyst(compatible(server), fallback), sample_db, settings)
                  .stream("ABC-12345 stock?", deadline_seconds=20))
    assert time.monotonic() - started < 10
    assert events[-1]["type"] == "error"
    assert events[-1]["data"]["error"] == kind
    assert len(server.requests) == calls
    assert fallback.planned == 0  # provider faults are reported, not papered over
    assert SECRET not in everything_said(events, caplog)
    assert "sk-test" not in events[-1]["data"]["message"]


def test_messages_follow_the_question_language(server, sample_db, settings):
    server.faults.extend(["401"])
    events = list(agent_with(LLMAnalyst(compatible(server), MappingFallback()), sample_db, settings)
                  .stream("ABC-12345 부품의 재고는?"))
    assert events[-1]["data"]["error"] == "AuthenticationError"
    assert "API 키" in events[-1]["data"]["message"]


def test_unreachable_provider_is_a_connection_error(sample_db, settings, caplog):
    config = {"provider": "openai-compatible", "base_url": f"http://127.0.0.1:{free_port()}/v1",
              "api_key": SECRET, "model": "fake", "timeout": 2}
    started = time.monotonic()
    events = list(agent_with(LLMAnalyst(config, MappingFallback()), sample_db, settings)
                  .stream("ABC-12345 stock?", deadline_seconds=15))
    assert time.monotonic() - started < 8
    assert events[-1]["data"]["error"] == "ConnectionError"
    assert SECRET not in everything_said(events, caplog)


def test_hanging_provider_times_out_within_the_deadline(server, sample_db, settings, caplog):
    server.faults.append("hang")
    server.hang_seconds = HANG_SECONDS
    deadline = 1.5
    analyst = analyst_for(compatible(server, timeout=30), MappingFallback(), deadline_seconds=deadline)
    started = time.monotonic()
    events = list(agent_with(analyst, sample_db, settings).stream("ABC-12345 stock?", deadline_seconds=deadline))
    assert time.monotonic() - started < deadline + SLACK_SECONDS
    assert events[-1]["data"]["error"] == "Timeout"
    assert SECRET not in everything_said(events, caplog)


def test_bound_analyst_raises_its_own_timeout_before_the_run_deadline(server, sample_db):
    server.faults.append("hang")
    server.hang_seconds = HANG_SECONDS
    analyst = LLMAnalyst(compatible(server, timeout=30), UnmappedFallback()).for_run(deadline_seconds=1.2)
    started = time.monotonic()
    with pytest.raises(AgentError) as caught:
        analyst.plan("ABC-12345 stock?", sample_db[1], sample_db[0], [], "en")
    assert caught.value.kind == "Timeout"
    assert time.monotonic() - started < 1.2 + SLACK_SECONDS


def test_stream_that_stalls_mid_answer_times_out(server, sample_db, settings):
    server.plans.append(ABC_PLAN)
    server.faults.extend([None, "hang_stream"])  # plan fine; the answer stalls after its first word
    server.hang_seconds = 4
    analyst = analyst_for(compatible(server, timeout=1), MappingFallback(), deadline_seconds=3)
    events = list(agent_with(analyst, sample_db, settings).stream("ABC-12345 stock?", deadline_seconds=3))
    assert [e["type"] for e in events if e["type"] == "token"][:1] == ["token"]
    assert events[-1]["data"]["error"] == "Timeout"
    assert len(server.requests) == 2  # an answer that already sent tokens is not restarted


@pytest.mark.parametrize("fault", ["malformed", "wrong_shape", "no_tool_call"])
def test_malformed_plans_get_one_repair_then_an_error(server, sample_db, settings, fault):
    server.faults.extend([fault, fault])
    fallback = UnmappedFallback()
    events = list(agent_with(LLMAnalyst(compatible(server), fallback), sample_db, settings)
                  .stream("ABC-12345 stock?"))
    assert events[-1]["data"]["error"] == "ProviderError"
    assert len(server.requests) == 2 and fallback.planned == 1
    assert "could not be read as a plan" in server.requests[1]["messages"][-1]["content"]


def test_malformed_plan_repaired_on_the_second_try(server, sample_db, settings):
    server.faults.append("malformed")
    server.plans.extend([ABC_PLAN, ABC_PLAN])
    events = list(agent_with(LLMAnalyst(compatible(server), UnmappedFallback()), sample_db, settings)
                  .stream("ABC-12345 stock?"))
    assert events[-1]["type"] == "final"
    assert events[-1]["data"]["confidence_score"] == pytest.approx(0.7 * (0.4 + 0.6 * 0.9))


def test_missing_key_is_an_authentication_error_before_any_request(server, sample_db, settings, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    analyst = LLMAnalyst(LLMConfig.from_dict({"provider": "openai", "model": "gpt-x", "base_url": server.base_url}),
                         MappingFallback())
    events = list(agent_with(analyst, sample_db, settings).stream("ABC-12345 stock?"))
    assert events[-1]["data"]["error"] == "AuthenticationError"
    assert "OPENAI_API_KEY" in events[-1]["data"]["message"]
    assert server.requests == []


def test_history_turn_shape_is_accepted(server, sample_db):
    server.plans.append(ABC_PLAN)
    plan = LLMAnalyst(compatible(server), UnmappedFallback()).plan(
        "and by warehouse?", sample_db[1], sample_db[0],
        [Turn(question="ABC-12345 stock?", summary="stock", sql="SELECT 1", answer="1,000")], "en")
    assert plan.sql and plan.tables == ["inventory"]
