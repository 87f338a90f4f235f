"""A conversation resumed over HTTP after the server process restarts still resolves its follow-ups."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import httpx
import pandas as pd
from httpx_sse import connect_sse

from tests.helpers.live_server import free_port
from tests.helpers.sample import SAMPLE, part_stock_by_warehouse

REPO_ROOT = Path(__file__).resolve().parents[2]
SERVE = textwrap.dedent("""
    import sys, uvicorn
    import api
    uvicorn.run(api.create().app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
""")


def _serve(port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}  # CHATBOT_DATA_DIR: the session's folder
    server = subprocess.Popen([sys.executable, "-c", SERVE, str(port)], cwd=REPO_ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(server.stderr.read().decode() if server.stderr else "the server did not start")


def _final(port: int, message: str, user: str, conversation: str) -> dict:
    body = {"message": message, "user_id": user, "conversation_id": conversation}
    with httpx.Client(timeout=60) as client, connect_sse(
            client, "POST", f"http://127.0.0.1:{port}/api/chat/stream", json=body) as source:
        events = [m.json() for m in source.iter_sse()]
    assert events[-1]["type"] == "final", events[-1]
    return events[-1]["data"]


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(20)


def test_follow_ups_after_a_restart_keep_the_part_and_change_the_grouping_then_the_measure():
    user, conversation = f"restart-{uuid.uuid4().hex[:8]}", f"c-{uuid.uuid4().hex}"
    port = free_port()
    first = _serve(port)
    try:
        headline = _final(port, "ABC-12345 부품의 재고는?", user, conversation)
        assert "1,000" in headline["content"]
    finally:
        _stop(first)
    second = _serve(port)  # a new process: the conversation comes back from the data folder
    try:
        by_warehouse = _final(port, "창고별로 보여줘", user, conversation)
        assert {str(r[0]): r[1] for r in by_warehouse["table_data"]["rows"]} == dict(part_stock_by_warehouse())
        assert any("이전 질문" in reason for reason in by_warehouse["confidence_reasons"])
        top = _final(port, "그중 가장 많은 곳은?", user, conversation)
        stock = pd.read_csv(SAMPLE / "inventory.csv").merge(pd.read_csv(SAMPLE / "warehouses.csv"))
        most = stock[stock.part_id == "ABC-12345"].groupby("warehouse_name").quantity_on_hand.sum().idxmax()
        assert top["table_data"]["rows"][0][0] == most
    finally:
        _stop(second)
