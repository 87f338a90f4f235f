"""Reconnecting with Last-Event-ID replays the rest of the same stream; the question never runs twice."""

from __future__ import annotations

import time

import httpx

from tests.helpers.analysts import PausingAnalyst, agent_with
from tests.helpers.live_server import CountingAgent
from tests.helpers.sample import HEADLINE
from tests.helpers.sse import read_events
from tests.helpers.timing import SLACK_SECONDS


def test_reconnect_with_last_event_id_replays_the_rest_without_a_second_run(sample_server, counting_agent):
    body = {"message": HEADLINE, "user_id": "resume_user"}
    starts = len(counting_agent.starts)
    first = read_events(httpx.post(f"{sample_server.url}/api/chat/stream", json=body, timeout=30))
    assert first[-1][1]["type"] == "final" and len(first) >= 4
    last_seen = first[1][0]
    again = httpx.post(f"{sample_server.url}/api/chat/stream", json=body, headers={"Last-Event-ID": last_seen},
                       timeout=30)
    assert again.status_code == 200
    assert read_events(again) == first[2:]
    assert len(counting_agent.starts) == starts + 1, "the question must not run a second time"


def test_reconnect_after_the_final_event_gets_204_so_eventsource_stops(sample_server, counting_agent):
    url = f"{sample_server.url}/api/chat/stream"
    params = {"message": HEADLINE, "user_id": "resume_user"}
    starts = len(counting_agent.starts)
    events = read_events(httpx.get(url, params=params, timeout=30))
    again = httpx.get(url, params=params, headers={"Last-Event-ID": events[-1][0]}, timeout=30)
    assert again.status_code == 204 and again.content == b""
    assert len(counting_agent.starts) == starts + 1


def test_init_then_get_by_id_then_resume_by_id_with_last_event_id(sample_server, counting_agent):
    starts = len(counting_agent.starts)
    init = httpx.post(f"{sample_server.url}/api/chat/stream/init", json={"message": HEADLINE}, timeout=10)
    stream_id = init.json()["stream_id"]
    assert init.status_code == 200 and init.json()["success"] is True
    url = f"{sample_server.url}/api/chat/stream/{stream_id}"
    events = read_events(httpx.get(url, timeout=30))
    assert events[-1][1]["type"] == "final" and all(i.startswith(f"{stream_id}:") for i, _ in events)
    assert read_events(httpx.get(url, headers={"Last-Event-ID": events[0][0]}, timeout=30)) == events[1:]
    assert read_events(httpx.get(url, timeout=30)) == events, "a second GET without an id replays from the start"
    assert len(counting_agent.starts) == starts + 1


def test_second_listener_keeps_the_run_alive_after_the_first_disconnects(make_server):
    agent = CountingAgent(agent_with(PausingAnalyst(0.4)))
    server, chat = make_server(agent)
    url = f"{server.url}/api/chat/stream"
    with httpx.Client(timeout=30) as client:
        with client.stream("POST", url, json={"message": "question"}) as response:
            lines = response.iter_lines()
            first_id = next(line for line in lines if line.startswith("id: "))[4:]
            with client.stream("POST", url, json={"message": "question"},
                               headers={"Last-Event-ID": first_id}) as resumed:
                response.close()  # the first connection drops; the resumed one is still listening
                body = resumed.read().decode()
    ids = [line[4:] for line in body.splitlines() if line.startswith("id: ")]
    assert ids[0] == first_id.rsplit(":", 1)[0] + ":2"
    assert '"type":"final"' in body and "The answer is 42." in body
    assert agent.starts == ["question"]


def test_reconnect_after_the_only_listener_left_gets_the_buffered_rest_and_a_cancelled_end(make_server):
    agent = CountingAgent(agent_with(PausingAnalyst(0.4)))
    server, chat = make_server(agent)
    url = f"{server.url}/api/chat/stream"
    with httpx.Client(timeout=30) as client, client.stream("POST", url, json={"message": "question"}) as response:
        lines = response.iter_lines()
        first_id = next(line for line in lines if line.startswith("id: "))[4:]
    deadline = time.monotonic() + SLACK_SECONDS
    while chat.state.active_producers and time.monotonic() < deadline:
        time.sleep(0.01)
    resumed = httpx.post(url, json={"message": "question"}, headers={"Last-Event-ID": first_id}, timeout=30)
    events = read_events(resumed)
    assert events[-1][1]["type"] == "error" and events[-1][1]["data"]["error"] == "Cancelled"
    assert agent.starts == ["question"]


def test_resume_by_another_user_or_of_an_unknown_stream_is_404(sample_server):
    url = f"{sample_server.url}/api/chat/stream"
    events = read_events(httpx.post(url, json={"message": HEADLINE, "user_id": "owner"}, timeout=30))
    other = httpx.post(url, json={"message": HEADLINE, "user_id": "intruder"},
                       headers={"Last-Event-ID": events[0][0]}, timeout=10)
    unknown = httpx.post(url, json={"message": HEADLINE, "user_id": "owner"},
                         headers={"Last-Event-ID": "AAAAAAAAAAAAAAAAAAAAAA:1"}, timeout=10)
    for response in (other, unknown):
        assert response.status_code == 404 and response.json()["success"] is False


def test_replay_buffer_expires_after_replay_seconds(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)), replay_seconds=0.3)
    url = f"{server.url}/api/chat/stream"
    events = read_events(httpx.post(url, json={"message": "question"}, timeout=30))
    time.sleep(0.5)
    expired = httpx.post(url, json={"message": "question"}, headers={"Last-Event-ID": events[0][0]}, timeout=10)
    assert expired.status_code == 404
