"""Conversations survive a restart: a new process on the same data folder continues the old conversation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers.answers import final, rows
from tests.helpers.sample import part_stock_by_warehouse

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTINUE = textwrap.dedent("""
    import json, sys
    from agent.chatbot import ChatbotAgent

    agent = ChatbotAgent()
    user, conversation, question = sys.argv[1:4]
    before = agent.conversations.get(user, conversation)
    events = [e for e in agent.stream(question, user_id=user, conversation_id=conversation) if e]
    print(json.dumps({"questions": [t["question"] for t in before.turns], "title": before.info.title,
                      "last": events[-1]}))
""")


def test_a_new_process_reads_the_conversation_and_answers_a_follow_up(sample_agent, conversation, user):
    final(sample_agent, "ABC-12345 부품의 재고는?", conversation, user)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}  # CHATBOT_DATA_DIR: the session's folder, as here
    done = subprocess.run([sys.executable, "-c", CONTINUE, user, conversation, "창고별로는?"], cwd=REPO_ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["questions"] == ["ABC-12345 부품의 재고는?"] and found["title"] == "ABC-12345 부품의 재고는?"
    assert found["last"]["type"] == "final"
    assert dict(rows(found["last"]["data"])) == dict(part_stock_by_warehouse())
    # ...and this process sees what the other one added.
    stored = sample_agent.conversations.get(user, conversation)
    assert [t["question"] for t in stored.turns] == ["ABC-12345 부품의 재고는?", "창고별로는?"]
    assert stored.info.turn_count == 2
