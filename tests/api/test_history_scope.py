"""What a user asked belongs to them: others with the same conversation id start afresh and get 404s."""

from __future__ import annotations

import httpx

from tests.helpers.analysts import HistoryEchoAnalyst, PausingAnalyst, agent_with
from tests.helpers.sse import read_events


def _answer(url: str, body: dict) -> str:
    final = read_events(httpx.post(url, json=body, timeout=30))[-1][1]
    assert final["type"] == "final", final
    return final["data"]["content"]


def test_user_b_with_user_a_conversation_id_does_not_see_a_turns(make_server):
    server, _ = make_server(agent_with(HistoryEchoAnalyst()))
    url = f"{server.url}/api/chat/stream"
    assert _answer(url, {"message": "A first", "user_id": "alice", "conversation_id": "c1"}) == "history: []"
    assert _answer(url, {"message": "A second", "user_id": "alice", "conversation_id": "c1"}) == "history: [A first]"
    assert _answer(url, {"message": "B asks", "user_id": "bob", "conversation_id": "c1"}) == "history: []"
    assert _answer(url, {"message": "A third", "user_id": "alice", "conversation_id": "c1"}) == (
        "history: [A first | A second]")


def test_without_conversation_id_nothing_is_remembered(make_server):
    server, _ = make_server(agent_with(HistoryEchoAnalyst()))
    url = f"{server.url}/api/chat/stream"
    assert _answer(url, {"message": "one", "user_id": "alice"}) == "history: []"
    assert _answer(url, {"message": "two", "user_id": "alice"}) == "history: []"


def test_a_stream_by_id_is_served_to_its_own_user_only_on_every_path(make_server):
    """Issue 9: by id (pending, live or finished), with Last-Event-ID on either endpoint: another user gets 404."""
    server, _ = make_server(agent_with(PausingAnalyst(0.3)))
    url = f"{server.url}/api/chat/stream"
    init = httpx.post(f"{url}/init", json={"message": "alice's question", "user_id": "alice"}, timeout=10)
    by_id = f"{url}/{init.json()['stream_id']}"
    for intruder in ({}, {"user_id": "mallory"}, {"user_id": "Alice"}):
        pending = httpx.get(by_id, params=intruder, timeout=10)
        assert pending.status_code == 404 and "alice" not in pending.text, "a pending stream was started or shown"
    with httpx.Client(timeout=30) as client, client.stream("GET", by_id, params={"user_id": "alice"}) as live:
        lines = live.iter_lines()
        first_id = next(line for line in lines if line.startswith("id: "))[4:]
        for intruder in ({}, {"user_id": "mallory"}):
            while_live = httpx.get(by_id, params=intruder, timeout=10)
            resumed = httpx.get(by_id, params=intruder, headers={"Last-Event-ID": first_id}, timeout=10)
            posted = httpx.post(url, json={"message": "x", **intruder}, headers={"Last-Event-ID": first_id},
                                timeout=10)
            assert {while_live.status_code, resumed.status_code, posted.status_code} == {404}
        body = "\n".join(lines)
    assert "The answer is 42." in body
    for intruder in ({}, {"user_id": "mallory"}):
        finished = httpx.get(by_id, params=intruder, timeout=10)
        assert finished.status_code == 404 and "42" not in finished.text
    assert "The answer is 42." in httpx.get(by_id, params={"user_id": "alice"}, timeout=10).text


def test_a_stream_initialised_without_a_user_is_not_served_to_a_named_one(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0)))
    url = f"{server.url}/api/chat/stream"
    stream_id = httpx.post(f"{url}/init", json={"message": "anonymous"}, timeout=10).json()["stream_id"]
    assert httpx.get(f"{url}/{stream_id}", params={"user_id": "mallory"}, timeout=10).status_code == 404
    assert "The answer is 42." in httpx.get(f"{url}/{stream_id}", timeout=10).text
