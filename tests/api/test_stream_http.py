"""The stream over real HTTP: SSE framing, ids, headers, Korean text, GET/POST/init, heartbeats, health."""

from __future__ import annotations

import json
import re
import subprocess

import httpx
from httpx_sse import connect_sse

from tests.helpers.analysts import PausingAnalyst, agent_with
from tests.helpers.sample import HEADLINE
from tests.helpers.sse import doc_curl_command, read_events


def test_curl_example_prints_progress_events_and_a_final_answer_with_1000(sample_server):
    command = doc_curl_command().replace("http://localhost:8501", sample_server.url)
    assert '{"message": "ABC-12345 부품의 재고는?", "user_id": "test_user"}' in command
    output = subprocess.run(["bash", "-c", command], capture_output=True, timeout=60, check=True).stdout.decode()
    events = [json.loads(line[6:]) for line in output.splitlines() if line.startswith("data: ")]
    assert events[0]["type"] == "progress" and sum(e["type"] == "progress" for e in events) >= 4
    assert events[-1]["type"] == "final" and "1,000" in events[-1]["data"]["content"]


def test_httpx_sse_reads_every_event_with_a_stream_id_and_no_event_field(sample_server):
    with httpx.Client(timeout=30) as client, connect_sse(
            client, "POST", f"{sample_server.url}/api/chat/stream", json={"message": HEADLINE}) as source:
        messages = list(source.iter_sse())
    stream_ids = {message.id.rsplit(":", 1)[0] for message in messages}
    assert len(stream_ids) == 1
    assert [int(message.id.rsplit(":", 1)[1]) for message in messages] == list(range(1, len(messages) + 1))
    assert all(message.event == "message" for message in messages)  # the SSE default: no event: line was sent
    events = [message.json() for message in messages]
    assert {event["type"] for event in events} <= {"progress", "token", "final", "error"}
    assert [event["type"] for event in events].count("final") == 1 and events[-1]["type"] == "final"
    final = events[-1]["data"]
    assert set(final) == {"content", "sources", "confidence_score", "table_data", "chart_data",
                          "confidence_reasons", "alternatives", "next_questions"}  # the last 3: additions
    assert final["confidence_reasons"] and all(isinstance(r, str) for r in final["confidence_reasons"])
    assert final["alternatives"] == []  # one reading of the headline
    assert final["next_questions"] and all(isinstance(q, str) for q in final["next_questions"])
    assert "1,000" in final["content"] and final["sources"][0]["sql"]


def test_wire_format_has_sse_headers_one_data_line_per_event_and_no_event_lines(sample_server):
    response = httpx.post(f"{sample_server.url}/api/chat/stream", json={"message": HEADLINE}, timeout=30)
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-accel-buffering"] == "no"
    blocks = [block for block in response.text.split("\n\n") if block.strip()]
    assert len(blocks) > 2 and '"type":"final"' in blocks[-1], blocks[-1:]
    for block in blocks:
        lines = block.split("\n")
        assert [line.split(":", 1)[0] for line in lines] == ["id", "data"], block
    assert "event:" not in response.text


def test_korean_round_trip_is_sent_as_raw_utf8_not_escaped(sample_server):
    response = httpx.post(f"{sample_server.url}/api/chat/stream", json={"message": HEADLINE}, timeout=30)
    raw = response.content
    assert "질문을 데이터 카탈로그와 대조하는 중".encode() in raw
    assert b"\\u" not in raw
    final = read_events(response)[-1][1]
    assert "부품" in final["data"]["content"] and "1,000" in final["data"]["content"]


def test_english_question_gets_an_english_answer(sample_server):
    final = read_events(httpx.post(f"{sample_server.url}/api/chat/stream",
                                   json={"message": "What is the stock of ABC-12345?"}, timeout=30))[-1][1]
    assert final["type"] == "final" and "1,000" in final["data"]["content"]
    assert not re.search("[가-힣]", final["data"]["content"])


def test_get_with_url_params_streams_the_same_answer(sample_server):
    response = httpx.get(f"{sample_server.url}/api/chat/stream",
                         params={"message": HEADLINE, "user_id": "test_user", "conversation_id": "c"}, timeout=30)
    assert response.status_code == 200
    assert "1,000" in read_events(response)[-1][1]["data"]["content"]


def test_init_returns_a_stream_id_and_get_by_id_streams_it(sample_server):
    init = httpx.post(f"{sample_server.url}/api/chat/stream/init",
                      json={"message": HEADLINE, "llm_config": {"provider": "offline"}}, timeout=10)
    stream_id = init.json()["stream_id"]
    events = read_events(httpx.get(f"{sample_server.url}/api/chat/stream/{stream_id}", timeout=30))
    assert events[-1][1]["type"] == "final" and "1,000" in events[-1][1]["data"]["content"]


def test_health_answers_json_ok(sample_server):
    response = httpx.get(f"{sample_server.url}/api/health", timeout=10)
    assert response.status_code == 200 and response.json()["status"] == "ok"
    assert response.json()["success"] is True


def test_idle_stream_gets_ping_comments_at_the_heartbeat_interval(make_server):
    server, _ = make_server(agent_with(PausingAnalyst(0.7)), heartbeat_seconds=0.2)
    response = httpx.post(f"{server.url}/api/chat/stream", json={"message": "question"}, timeout=30)
    assert response.text.count(": ping\n\n") >= 4
    assert read_events(response)[-1][1]["type"] == "final"


def test_head_request_opens_no_stream_and_runs_nothing(make_server):
    from tests.helpers.live_server import CountingAgent

    agent = CountingAgent(agent_with(PausingAnalyst(0)))
    server, _ = make_server(agent)
    response = httpx.head(f"{server.url}/api/chat/stream", params={"message": "question"}, timeout=10)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    assert agent.starts == []
