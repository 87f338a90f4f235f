"""A run waiting for its model's plan parks outside the graph, then answers exactly as an unparked run does."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from agent.analysts.offline import OfflineAnalyst
from agent.chatbot import ChatbotAgent
from agent.contract.errors import QueryError
from agent.runtime.loop import offload
from agent.settings import Settings
from tests.helpers.sample import part_stock_by_warehouse
from tests.helpers.timing import LONG_JOIN_SECONDS, SLACK_SECONDS

HEADLINE = "ABC-12345 부품의 재고는?"


class ThinkingAnalyst:
    """The offline analyst behind an async `aplan` that first waits for `gate`, as a chat model thinks."""

    def __init__(self, error: Exception | None = None) -> None:
        self.offline, self.error = OfflineAnalyst(), error
        self.gate = threading.Event()
        self.gate.set()

    async def aplan(self, *args: object) -> object:
        while not self.gate.is_set():
            await asyncio.sleep(0.01)
        if self.error is not None:
            raise self.error
        return await offload(self.offline.plan, *args)

    async def awrite(self, *args: object) -> object:
        return await offload(self.offline.write, *args)

    def plan(self, *args: object) -> object:
        return self.offline.plan(*args)

    def write(self, *args: object) -> object:
        return self.offline.write(*args)


@pytest.fixture
def thinking(sample_agent, tmp_path) -> tuple[ChatbotAgent, ThinkingAnalyst]:
    analyst = ThinkingAnalyst()
    agent = ChatbotAgent(database=sample_agent.database, catalog=sample_agent.catalog, analyst=analyst,
                         settings=Settings.from_env(data_dir=tmp_path))
    return agent, analyst


def _shape(events: list[dict]) -> list[tuple]:
    return [(e["type"], e["data"].get("node"), e["data"].get("status")) for e in events]


def test_a_parked_run_streams_the_same_events_and_answer_as_an_unparked_one(sample_agent, thinking):
    agent, analyst = thinking
    analyst.gate.clear()
    run = agent.start(HEADLINE)
    time.sleep(0.3)  # the model "thinks": the graph is checkpointed at its interrupt, not running
    assert len(agent._parked_runs.storage) == 1, "the waiting run is parked in its own checkpoint thread"
    analyst.gate.set()
    parked = [event for event in run.events() if event is not None]
    unparked = list(sample_agent.stream(HEADLINE))
    assert _shape(parked) == _shape(unparked)
    assert parked[-1] == unparked[-1] and "1,000" in parked[-1]["data"]["content"]
    assert run.finished and not agent._parked_runs.storage, "the run's checkpoints are dropped as it ends"


def test_a_conversation_goes_on_through_parked_runs(thinking):
    agent, _ = thinking
    for question in (HEADLINE, "창고별로는?"):
        last = [e for e in agent.stream(question, user_id="u", conversation_id="c") if e][-1]
        assert last["type"] == "final", last
    assert last["data"]["table_data"]["rows"] == part_stock_by_warehouse()
    assert [t["status"] for t in agent.conversations.turns("u", "c")] == ["final", "final"]


def test_a_run_stopped_while_parked_is_recorded_and_the_conversation_answers_next(thinking, monkeypatch):
    monkeypatch.setattr("agent.runtime.run.JOIN_SECONDS", LONG_JOIN_SECONDS)
    agent, analyst = thinking
    analyst.gate.clear()
    run = agent.start(HEADLINE, user_id="u", conversation_id="c")
    stream = run.events(poll_seconds=0.05)
    next(stream)
    time.sleep(0.3)
    started = time.monotonic()
    stream.close()  # the user stops it while the model thinks
    assert run.finished and run.outcome == "stopped" and time.monotonic() - started < SLACK_SECONDS
    analyst.gate.set()
    last = [e for e in agent.stream(HEADLINE, user_id="u", conversation_id="c") if e][-1]
    assert last["type"] == "final" and "1,000" in last["data"]["content"]
    assert [t["status"] for t in agent.conversations.turns("u", "c")] == ["stopped", "final"]


def test_a_parked_run_past_its_deadline_ends_with_timeout(thinking):
    agent, analyst = thinking
    analyst.gate.clear()
    run = agent.start(HEADLINE, deadline_seconds=0.4)
    events = [event for event in run.events() if event is not None]
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "Timeout"
    assert run.finished and not agent._parked_runs.storage


def test_an_error_of_the_awaited_plan_fails_its_stage_as_if_awaited_in_place(sample_agent, tmp_path):
    analyst = ThinkingAnalyst(QueryError("the model's SQL did not bind"))
    agent = ChatbotAgent(database=sample_agent.database, catalog=sample_agent.catalog, analyst=analyst,
                         settings=Settings.from_env(data_dir=tmp_path))
    events = list(agent.stream(HEADLINE))
    assert _shape(events) == [("progress", "query_analysis", "in_progress"),
                              ("progress", "query_analysis", "failed"), ("error", None, None)]
    assert events[-1]["data"] == {"error": "QueryError", "message": "the model's SQL did not bind"}
