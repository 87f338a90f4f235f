"""Deadlines, stops and failures end the stream with one error and leave nothing running."""

from __future__ import annotations

import threading
import time

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.runtime.loop import agent_loop
from agent.settings import Settings
from tests.helpers.analysts import SLOW_SQL, AwaitingAnalyst, BrokenAnalyst, FixedSqlAnalyst, GatedAnalyst
from tests.helpers.timing import LONG_JOIN_SECONDS, SLACK_SECONDS

_EMPTY_DATABASE = Database()
_EMPTY_CATALOG = build_catalog(_EMPTY_DATABASE)


def _agent(analyst, **settings) -> ChatbotAgent:
    """An agent on an empty database whose analyst plans a fixed query."""
    return ChatbotAgent(database=_EMPTY_DATABASE, catalog=_EMPTY_CATALOG, analyst=analyst,
                        settings=Settings.from_env(**settings))


def _other_threads(before: set[threading.Thread]) -> list[str]:
    """Threads started since `before`, other than the agent loop's bounded workers."""
    return sorted(t.name for t in set(threading.enumerate()) - before if not t.name.startswith("agent-worker"))


def test_stream_past_its_deadline_ends_with_timeout_and_interrupts_the_query():
    agent = _agent(FixedSqlAnalyst(SLOW_SQL), deadline_seconds=0.5)
    started = time.monotonic()
    run = agent.start("how slow?")
    stream = [event for event in run.events() if event is not None]
    elapsed = time.monotonic() - started
    assert stream[-1]["type"] == "error" and stream[-1]["data"]["error"] == "Timeout"
    assert "0.5" in stream[-1]["data"]["message"]
    assert sum(e["type"] in ("final", "error") for e in stream) == 1
    assert elapsed < 0.5 + SLACK_SECONDS, f"{elapsed:.1f} s: the query (minutes) was waited for"
    assert run.finished, "the interrupted query has ended"


def test_closing_the_stream_stops_the_running_query_and_waits_for_the_run_to_end(monkeypatch):
    monkeypatch.setattr("agent.runtime.run.JOIN_SECONDS", LONG_JOIN_SECONDS)
    agent = _agent(FixedSqlAnalyst(SLOW_SQL), deadline_seconds=LONG_JOIN_SECONDS * 2)
    run = agent.start("how slow?")
    stream = run.events()
    for event in stream:
        if event and event["type"] == "progress" and event["data"]["node"] == "data_retrieval":
            break
    time.sleep(0.2)
    assert not run.finished, "the slow query should still be running"
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < SLACK_SECONDS, "the query (minutes) was not interrupted"
    assert run.finished


def test_korean_question_times_out_with_a_korean_message():
    agent = _agent(FixedSqlAnalyst(SLOW_SQL), deadline_seconds=0.3)
    last = list(agent.stream("느린 질문은?"))[-1]
    assert last["data"]["error"] == "Timeout" and "초" in last["data"]["message"]


def test_programming_error_in_a_node_becomes_one_error_event_with_its_type():
    agent = _agent(BrokenAnalyst("SELECT 1"))
    stream = list(agent.stream("anything"))
    assert stream[-1] == {"type": "error", "data": {"error": "ZeroDivisionError",
                                                     "message": stream[-1]["data"]["message"]}}
    assert "planned badly" not in stream[-1]["data"]["message"]
    assert sum(e["type"] in ("final", "error") for e in stream) == 1


def test_bad_sql_from_an_analyst_is_a_query_error_and_marks_the_stage_failed():
    agent = _agent(FixedSqlAnalyst("SELECT * FROM no_such_table"))
    stream = list(agent.stream("anything"))
    assert stream[-1]["data"]["error"] == "QueryError"
    failed = [e["data"]["node"] for e in stream if e["type"] == "progress" and e["data"]["status"] == "failed"]
    assert failed == ["data_retrieval"]


def test_runs_are_independent_when_many_stream_at_once():
    agent = _agent(FixedSqlAnalyst("SELECT 41 + 1 AS answer"))
    results: list[str] = []

    def ask() -> None:
        results.append(list(agent.stream("x"))[-1]["data"]["content"])

    threads = [threading.Thread(target=ask) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["value 42"] * 20


def test_a_run_waiting_on_its_model_holds_no_thread_and_says_it_started_at_once():
    analyst = AwaitingAnalyst("SELECT 41 + 1 AS answer")
    agent = _agent(analyst)
    list(_agent(FixedSqlAnalyst("SELECT 1")).stream("warm up"))  # the agent loop exists
    before = set(threading.enumerate())
    runs = [agent.start(f"what is the answer? ({n})") for n in range(20)]
    streams = [run.events(poll_seconds=0) for run in runs]
    firsts = [next(stream) for stream in streams]  # queued as each run was made: no waiting for it
    assert all(first == {"type": "progress", "data": {"node": "query_analysis", "stage": "Query analysis",
                                                       "status": "in_progress", "message": first["data"]["message"]}}
               for first in firsts)
    time.sleep(0.3)  # every run now awaits its analyst inside the graph
    assert not any(run.finished for run in runs)
    assert set(threading.enumerate()) - before == set(), "20 waiting runs hold no thread at all"
    assert agent_loop().tasks >= 20
    analyst.gate.set()
    for run, stream in zip(runs, streams, strict=True):
        rest = [event for event in run.events() if event is not None]
        assert [(e["data"]["node"], e["data"]["status"]) for e in rest if e["type"] == "progress"][0] == \
            ("query_analysis", "completed"), "the node does not report in_progress a second time"
        assert rest[-1]["type"] == "final" and rest[-1]["data"]["content"] == "value 42"
        stream.close()


def test_a_stopped_run_waiting_on_its_model_ends_at_once(monkeypatch):
    monkeypatch.setattr("agent.runtime.run.JOIN_SECONDS", LONG_JOIN_SECONDS)
    analyst = AwaitingAnalyst("SELECT 1")  # its model never answers
    run = _agent(analyst).start("never answered")
    stream = run.events(poll_seconds=0.05)
    next(stream)
    time.sleep(0.1)
    started = time.monotonic()
    stream.close()  # stops the run and waits for its end
    assert run.finished and time.monotonic() - started < SLACK_SECONDS
    assert run.outcome == "stopped"


def test_a_synchronous_analyst_runs_on_the_bounded_worker_threads():
    analyst = GatedAnalyst("SELECT 41 + 1 AS answer")
    agent = _agent(analyst)
    before = set(threading.enumerate())
    run = agent.start("what is the answer?")
    time.sleep(0.2)
    assert _other_threads(before) == [], "only a worker of the agent loop's pool waits for it"
    workers = [t for t in threading.enumerate() if t.name.startswith("agent-worker")]
    assert 1 <= len(workers) <= agent.settings.worker_threads
    analyst.gate.set()
    assert [e for e in run.events() if e][-1]["data"]["content"] == "value 42"


def test_a_reader_that_must_not_block_stops_a_run_without_waiting_for_its_thread(monkeypatch):
    monkeypatch.setattr("agent.runtime.run.JOIN_SECONDS", LONG_JOIN_SECONDS)
    analyst = GatedAnalyst("SELECT 41 + 1 AS answer")  # plans on a worker thread that no stop can interrupt
    run = _agent(analyst).start("what is the answer?")
    stream = run.events(poll_seconds=0, wait=False)
    while (event := next(stream)) is None or event["data"].get("node") != "query_analysis":
        time.sleep(0.01)
    time.sleep(0.1)
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < SLACK_SECONDS and run.context.cancellation.cancelled
    assert not run.finished, "the run still waits for its thread, and close() did not wait with it"
    analyst.gate.set()
    deadline = time.monotonic() + SLACK_SECONDS
    while not run.finished and time.monotonic() < deadline:
        time.sleep(0.01)
    assert run.finished and run.outcome == "stopped"


def test_a_query_stopped_without_waiting_still_ends_the_run():
    agent = _agent(FixedSqlAnalyst(SLOW_SQL), deadline_seconds=60)
    run = agent.start("how slow?")
    stream = run.events(poll_seconds=0, wait=False)
    while (event := next(stream)) is None or event["data"].get("node") != "data_retrieval":
        time.sleep(0.01)
    time.sleep(0.1)
    stream.close()
    assert run.context.cancellation.cancelled
    deadline = time.monotonic() + SLACK_SECONDS
    while not run.finished and time.monotonic() < deadline:
        time.sleep(0.01)
    assert run.finished, "the interrupted query ends the run"


def test_a_stopped_run_still_ends_its_queue_with_a_contract_error():
    agent = _agent(FixedSqlAnalyst(SLOW_SQL), deadline_seconds=60)
    run = agent.start("how slow?")
    announced: list[int] = []
    run.on_event(lambda: announced.append(1))
    stream = run.events(poll_seconds=0.05)
    while (event := next(stream)) is None or event["data"].get("node") != "data_retrieval":
        pass
    run.cancel("stopped")  # stopped while someone still reads
    rest = [event for event in stream if event is not None]
    assert rest[-1] == {"type": "error", "data": {"error": "Cancelled", "message": rest[-1]["data"]["message"]}}
    assert run.outcome == "stopped" and run.error is None
    assert announced, "on_event is told of every event queued after it was set"


def test_a_conversation_run_waiting_on_its_model_holds_no_thread_of_its_own(tmp_path):
    analyst = AwaitingAnalyst("SELECT 41 + 1 AS answer")
    agent = _agent(analyst, data_dir=tmp_path)
    analyst.gate.set()
    list(agent.stream("warm up", user_id="u", conversation_id="c"))  # the store's own threads, if any
    analyst.gate.clear()
    before = set(threading.enumerate())
    run = agent.start("what is the answer?", user_id="u", conversation_id="c")
    time.sleep(0.3)  # waiting for its analyst, after the first checkpoint
    assert _other_threads(before) == [], "checkpoints are written on the agent loop's workers"
    analyst.gate.set()
    assert [e for e in run.events() if e][-1]["data"]["content"] == "value 42"
    assert len(agent.conversations.turns("u", "c")) == 2
