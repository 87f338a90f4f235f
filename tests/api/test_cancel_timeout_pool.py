"""Client disconnects, deadlines and a full worker pool: the agent's work stops and nothing is left running."""

from __future__ import annotations

import threading
import time

import httpx

from tests.helpers.analysts import SlowQueryAnalyst, agent_with
from tests.helpers.live_server import new_threads, runs_in_flight
from tests.helpers.sse import read_events
from tests.helpers.timing import SLACK_SECONDS


def _wait_until(condition, seconds: float = SLACK_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _open_until_query_runs(client: httpx.Client, url: str, body: dict):
    """Open a stream and read it until the slow query is running; returns (response context, line iterator)."""
    context = client.stream("POST", url, json=body)
    response = context.__enter__()
    assert response.status_code == 200
    lines = response.iter_lines()
    for line in lines:
        if '"node":"data_retrieval"' in line and '"in_progress"' in line:
            break
    return context, lines


def test_client_disconnect_stops_the_slow_duckdb_query_and_leaves_nothing_running(make_server):
    server, chat = make_server(agent_with(SlowQueryAnalyst()))
    threads_before, runs_before = set(threading.enumerate()), runs_in_flight()
    with httpx.Client(timeout=30) as client:
        context, _lines = _open_until_query_runs(client, f"{server.url}/api/chat/stream", {"message": "count slowly"})
        time.sleep(0.3)
        assert runs_in_flight() == runs_before + 1, "the slow query should be running"
        disconnected = time.monotonic()
        context.__exit__(None, None, None)  # the client goes away mid-query
        _wait_until(lambda: runs_in_flight() == runs_before)
        stopped_after = time.monotonic() - disconnected
    assert runs_in_flight() == runs_before and stopped_after < SLACK_SECONDS, f"the run ended {stopped_after:.1f} s on"
    assert _wait_until(lambda: chat.state.active_producers == 0), "the producer task should be gone"
    assert chat.state.pool.running == 0
    # Left: idle pool threads (reused by the next call); no thread reads or waits for events.
    assert _wait_until(lambda: not new_threads(threads_before)), new_threads(threads_before)
    (record,) = chat.state.store._streams.values()
    assert record.terminated and '"error":"Cancelled"' in record.events[-1]


def test_deadline_ends_the_stream_with_a_timeout_error_and_cancels_the_query(make_server):
    server, chat = make_server(agent_with(SlowQueryAnalyst()), deadline_seconds=0.6)
    started = time.monotonic()
    response = httpx.post(f"{server.url}/api/chat/stream", json={"message": "count slowly"}, timeout=30)
    elapsed = time.monotonic() - started
    events = [event for _, event in read_events(response)]
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "Timeout"
    assert "0.6" in events[-1]["data"]["message"]
    assert sum(e["type"] in ("final", "error") for e in events) == 1
    assert elapsed < 0.6 + SLACK_SECONDS, f"{elapsed:.1f} s: the query (minutes) was waited for"
    assert _wait_until(lambda: runs_in_flight() == 0 and chat.state.active_producers == 0)


def test_korean_question_past_its_deadline_gets_a_korean_timeout_message(make_server):
    server, _ = make_server(agent_with(SlowQueryAnalyst()), deadline_seconds=0.3)
    response = httpx.post(f"{server.url}/api/chat/stream", json={"message": "아주 느린 질문"}, timeout=30)
    last = read_events(response)[-1][1]
    assert last["data"]["error"] == "Timeout" and "초" in last["data"]["message"]


def test_full_pool_makes_a_new_request_wait_then_answers_503_with_retry_after(make_server):
    server, chat = make_server(agent_with(SlowQueryAnalyst()), max_concurrent=1, queue_wait_seconds=0.4)
    url = f"{server.url}/api/chat/stream"
    with httpx.Client(timeout=30) as client:
        context, _lines = _open_until_query_runs(client, url, {"message": "first"})
        started = time.monotonic()
        refused = client.post(url, json={"message": "second"})
        waited = time.monotonic() - started
        context.__exit__(None, None, None)
    assert refused.status_code == 503
    assert refused.headers["retry-after"] == "1"
    assert refused.json()["success"] is False and "busy" in refused.json()["error"]
    assert 0.35 <= waited < 0.4 + SLACK_SECONDS
    assert _wait_until(lambda: chat.state.pool.running == 0 and runs_in_flight() == 0)


def test_waiting_request_is_admitted_as_soon_as_a_slot_frees(make_server):
    server, chat = make_server(agent_with(SlowQueryAnalyst()), max_concurrent=1, queue_wait_seconds=10,
                               deadline_seconds=30)
    url = f"{server.url}/api/chat/stream"
    second: dict = {}

    def ask_second() -> None:
        with httpx.Client(timeout=30) as other, other.stream("POST", url, json={"message": "second"}) as response:
            second["status"], second["at"] = response.status_code, time.monotonic()

    with httpx.Client(timeout=30) as client:
        context, _lines = _open_until_query_runs(client, url, {"message": "first"})
        waiter = threading.Thread(target=ask_second)
        waiter.start()
        assert _wait_until(lambda: chat.state.pool.waiting == 1)
        freed = time.monotonic()
        context.__exit__(None, None, None)
        waiter.join(30)
    assert second["status"] == 200 and second["at"] - freed < SLACK_SECONDS, "it waited out the 10 s queue wait"
    assert _wait_until(lambda: chat.state.pool.running == 0 and runs_in_flight() == 0)


def test_agent_that_cannot_be_built_gives_503_json_not_a_stack_trace(make_server):
    def broken_factory():
        raise ImportError("no analyst yet")

    server, _ = make_server(None, factory=broken_factory)
    response = httpx.post(f"{server.url}/api/chat/stream", json={"message": "hello"}, timeout=10)
    assert response.status_code == 503 and response.headers["retry-after"]
    assert response.json() == {"success": False, "error": response.json()["error"]}
    assert "ImportError" in response.json()["error"] and "Traceback" not in response.text
