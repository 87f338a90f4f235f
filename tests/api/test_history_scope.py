"""A conversation's history belongs to its user: another user's request with the same id starts afresh."""

from __future__ import annotations

import httpx

from tests.api.analysts import HistoryEchoAnalyst, agent_with
from tests.api.conftest import read_events


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
