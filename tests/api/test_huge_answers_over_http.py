"""A model's query of huge values (issue 9): over HTTP, the answer, its stored turn and the server stay bounded.

The model is the loopback OpenAI-compatible server (tests/helpers/fake_openai.py) configured by the server itself;
its scripted plan returns 100 MB of text. Everything else is real: DuckDB, the agent, SQLite, HTTP.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.analysts.llm import LLMAnalyst, LLMConfig
from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.cells import json_bytes
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.fake_openai import FakeOpenAI, ServerThread
from tests.helpers.sse import read_events
from tests.helpers.timing import HANG_SECONDS, SLACK_SECONDS

HUGE_VALUES_SQL = "SELECT repeat('y', 1000000) AS y, n FROM numbers"
"""Issue 9's query on a catalog table of 100 rows: 100 values of 1 MB."""
MANY_ROWS_SQL = "SELECT n, repeat('y', 100000) AS y FROM numbers"
"""On a table of 1,000 rows: 1,000 values of 100 KB, more rows than an answer's table has room for."""
DEFAULTS = Settings()
FINAL_BOUND = DEFAULTS.max_table_bytes + DEFAULTS.max_chart_bytes + 4 * DEFAULTS.max_answer_chars + 64 * 1024
"""The most a final event may take: its table, its chart, its text (UTF-8), and a little for the rest."""


@pytest.fixture(scope="module")
def model():
    """The loopback model server for this module's tests."""
    fake = FakeOpenAI()
    thread = ServerThread(fake.app).start()
    fake.base_url = thread.base_url  # type: ignore[attr-defined]
    yield fake
    thread.stop()


def plan(sql: str, chart: dict[str, str] | None = None) -> dict[str, Any]:
    return {"sql": sql, "tables": ["numbers"], "summary": "y for every number", "chart": chart, "certainty": 0.9,
            "refuse": None}


def numbers_agent(model: FakeOpenAI, rows: int, folder: Path) -> ChatbotAgent:
    """An agent on a table `numbers` (n = 0 .. rows-1) whose analyst is the loopback model.

    The model is configured by the server; conversations go to `folder`.
    """
    csv = folder / "numbers.csv"
    csv.write_text("n\n" + "".join(f"{n}\n" for n in range(rows)), encoding="utf-8")
    database = Database()
    database.add_file(csv)
    config = LLMConfig.from_dict({"provider": "openai-compatible", "base_url": model.base_url,  # type: ignore
                                  "api_key": "sk-test", "model": "fake", "timeout": 30})
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=LLMAnalyst(config),
                        settings=Settings.from_env(data_dir=folder / "data"))


class HealthProbe:
    """Asks /api/health every 50 ms on a thread of its own while in use; keeps the slowest reply's seconds."""

    def __init__(self, url: str) -> None:
        self.url, self.slowest, self.replies = f"{url}/api/health", 0.0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._probe, daemon=True)

    def _probe(self) -> None:
        with httpx.Client(timeout=30) as client:
            while not self._stop.is_set():
                started = time.perf_counter()
                assert client.get(self.url).json()["status"] == "ok"
                self.slowest = max(self.slowest, time.perf_counter() - started)
                self.replies += 1
                self._stop.wait(0.05)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)


def ask(url: str, message: str, conversation: str) -> tuple[httpx.Response, list[dict[str, Any]], int]:
    """POST a question in a conversation of user u1; the response, its events and the final event's bytes."""
    response = httpx.post(f"{url}/api/chat/stream", timeout=120,
                          json={"message": message, "user_id": "u1", "conversation_id": conversation})
    events = [event for _, event in read_events(response)]
    lines = [line for line in response.text.splitlines() if line.startswith("data: ") and '"type":"final"' in line]
    return response, events, max((len(line.encode()) for line in lines), default=0)


def stored_turn(agent: ChatbotAgent, conversation: str) -> dict[str, Any]:
    """The conversation's last turn as the agent's conversation store reads it back."""
    return agent.conversations.turns("u1", conversation)[-1]


def test_a_query_of_huge_values_streams_a_bounded_answer_saying_so_and_stores_a_bounded_turn(
        make_server, model, tmp_path):
    model.reset()
    model.plans.append(plan(HUGE_VALUES_SQL, {"mark": "bar", "x": "y", "y": "n"}))
    agent = numbers_agent(model, 100, tmp_path)
    server, _ = make_server(agent)
    with HealthProbe(server.url) as health:
        response, events, final_bytes = ask(server.url, "Show y for every number", "huge")
    assert response.status_code == 200 and events[-1]["type"] == "final", events[-1]
    final = events[-1]["data"]
    table = final["table_data"]
    assert 0 < final_bytes <= FINAL_BOUND, final_bytes  # the old code sent 100 MB
    assert table["row_count"] == 100 and table["cells_cut"] == 100
    assert all(len(row[0].encode()) <= DEFAULTS.max_cell_bytes and row[0].endswith("…") for row in table["rows"])
    assert "Values longer than 4 KiB were shortened" in final["content"]
    assert final["chart_data"] is not None and json_bytes(final["chart_data"]) <= DEFAULTS.max_chart_bytes
    turn = stored_turn(agent, "huge")
    assert turn["status"] == "final" and json_bytes(turn) <= DEFAULTS.max_stored_turn_bytes
    assert turn["final"]["content"] == final["content"]
    assert sum(f.stat().st_size for f in (tmp_path / "data").glob("conversations.sqlite*")) < 8 * 1024 * 1024
    print(f"\nhealth: {health.replies} replies, slowest {health.slowest * 1000:.0f} ms; final {final_bytes:,} bytes")
    assert health.replies > 0 and health.slowest < SLACK_SECONDS


def test_more_rows_than_fit_are_left_out_marked_truncated_and_the_korean_answer_says_the_table_was_cut(
        make_server, model, tmp_path):
    model.reset()
    model.plans.append(plan(MANY_ROWS_SQL, {"mark": "line", "x": "y", "y": "n"}))
    agent = numbers_agent(model, 1000, tmp_path)
    server, _ = make_server(agent)
    with HealthProbe(server.url) as health:
        response, events, final_bytes = ask(server.url, "모든 번호의 y 값을 보여줘", "many")
    assert events[-1]["type"] == "final", events[-1]
    final = events[-1]["data"]
    table = final["table_data"]
    assert 0 < final_bytes <= FINAL_BOUND, final_bytes
    assert table["truncated"] is True and table["truncated_reason"] == "bytes"
    assert 100 < table["row_count"] < 1000 and json_bytes(table) <= DEFAULTS.max_table_bytes
    assert [row[0] for row in table["rows"]] == list(range(table["row_count"]))
    assert "표를 잘랐습니다" in final["content"] and f"{table['row_count']:,}행" in final["content"]
    streamed = "".join(event["data"]["text"] for event in events if event["type"] == "token")
    assert "표를 잘랐습니다" in streamed
    assert final["chart_data"] is None  # a line of 500 values of 4 KiB: no chart rather than a huge one
    turn = stored_turn(agent, "many")
    assert json_bytes(turn) <= DEFAULTS.max_stored_turn_bytes
    assert turn["final"]["table_data"]["truncated"] and turn["final"]["table_data"]["rows"] == \
        table["rows"][:turn["final"]["table_data"]["row_count"]]
    print(f"\nhealth: {health.replies} replies, slowest {health.slowest * 1000:.0f} ms; final {final_bytes:,} bytes")
    assert health.slowest < SLACK_SECONDS


def test_a_huge_answer_whose_writing_runs_past_the_deadline_ends_at_the_deadline(make_server, model, tmp_path):
    model.reset()
    model.hang_seconds = HANG_SECONDS
    model.plans.append(plan(HUGE_VALUES_SQL))
    model.faults.extend(["none", "hang_stream"])  # the plan comes at once; the answer's first word, then silence
    server, _ = make_server(numbers_agent(model, 100, tmp_path), deadline_seconds=2.0)
    started = time.monotonic()
    response, events, _ = ask(server.url, "Show y for every number", "late")
    elapsed = time.monotonic() - started
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "Timeout", events[-1]
    print(f"\nended {elapsed:.2f} s after asking, deadline 2 s")
    assert elapsed < 2.0 + SLACK_SECONDS


def test_blob_interval_uuid_and_hugeint_columns_reach_the_client_and_the_stored_turn_as_json(
        make_server, model, tmp_path):
    model.reset()
    model.plans.append(plan("SELECT n, '\\xAA\\xBB'::BLOB AS b, INTERVAL '1 day 2 hours' AS i, "
                            "'8c6d1a4e-0f7b-4d55-9d8e-0123456789ab'::UUID AS u, "
                            "170141183460469231731687303715884105727::HUGEINT AS h FROM numbers"))
    agent = numbers_agent(model, 3, tmp_path)
    server, _ = make_server(agent)
    response, events, _ = ask(server.url, "Show the odd columns", "types")
    assert events[-1]["type"] == "final", events[-1]  # the old code ended with a TypeError
    rows = events[-1]["data"]["table_data"]["rows"]
    assert rows[0][1:] == ["0xaabb (2 bytes)", "P1DT2H", "8c6d1a4e-0f7b-4d55-9d8e-0123456789ab",
                           "170141183460469231731687303715884105727"]  # beyond 64 bits: as text
    assert stored_turn(agent, "types")["final"]["table_data"]["rows"] == rows
