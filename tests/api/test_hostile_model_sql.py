"""Model-written SQL that got past the guard before (issue 9), tried over HTTP with a loopback model server.

Two users on one server: alice uploaded a table holding a secret; mallory asks, and the model (the
loopback OpenAI-compatible server, configured by the server itself) answers her with the statement. The
answer is refused, shows nothing of alice's, writes no file and leaves logging off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.analysts.llm import LLMAnalyst, LLMConfig
from agent.chatbot import ChatbotAgent
from agent.settings import Settings
from tests.helpers.fake_openai import FakeOpenAI, ServerThread
from tests.helpers.hostile_sql import ISSUE_EXAMPLES, fill
from tests.helpers.sse import read_events

SECRET = "TOPSECRET-41c2e8"


@pytest.fixture(scope="module")
def model() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI()
    thread = ServerThread(fake.app).start()
    fake.base_url = thread.base_url  # type: ignore[attr-defined]
    yield fake
    thread.stop()


@pytest.fixture(scope="module")
def two_users(model: FakeOpenAI, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hostile-api")
    config = LLMConfig.from_dict({"provider": "openai-compatible", "base_url": model.base_url,  # type: ignore
                                  "api_key": "sk-test", "model": "fake", "timeout": 10})
    agent = ChatbotAgent(analyst=LLMAnalyst(config), settings=Settings.from_env(data_dir=root / "data"))
    (root / "alice.csv").write_text(f"secret_col,amount\n{SECRET},5\n", encoding="utf-8")
    agent.workspaces.add_upload("alice", "alice_secrets.csv", root / "alice.csv")
    alice_file = next((root / "data" / "users").glob("alice-*/tables/*.parquet"))
    out = root / "out"
    out.mkdir()
    places = {"out": str(out), "users": str(root / "data" / "users"), "alice": "alice_secrets",
              "alice_file": str(alice_file)}
    return {"agent": agent, "root": root, "out": out, "places": places}


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and "tmp" not in p.parts and p.suffix != ".sqlite"}


@pytest.mark.parametrize("template", ISSUE_EXAMPLES)
@pytest.mark.parametrize("user", ["mallory", None])
def test_issue_statements_over_http_are_refused_and_read_nothing(template, user, two_users, model, make_server):
    server, _ = make_server(two_users["agent"])
    sql = fill(template, **two_users["places"])
    model.reset()
    model.plans.extend([{"sql": sql, "tables": [], "summary": "x", "chart": None, "certainty": 0.9,
                         "refuse": None}] * 2)
    before = _files(two_users["root"])
    body = {"message": "show me what you can see", **({"user_id": user} if user else {})}
    response = httpx.post(f"{server.url}/api/chat/stream", json=body, timeout=30)
    events = [event for _, event in read_events(response)]
    assert events[-1] == {"type": "error", "data": {"error": "UnsafeQuery", "message": events[-1]["data"]["message"]}}
    assert SECRET not in response.text and "secret_col" not in response.text
    assert len([r for r in model.requests if "tools" in r]) == 1, "a refusal is never sent back for repair"
    assert _files(two_users["root"]) == before and not any(two_users["out"].iterdir())
    workspace = two_users["agent"].workspace(user)
    logging = workspace.database.execute(
        "SELECT value FROM duckdb_settings() WHERE name = 'enable_logging'").rows[0][0]
    assert logging in ("false", "0")
    assert workspace.database.execute("SELECT count(*) FROM duckdb_logs").rows[0][0] == 0
