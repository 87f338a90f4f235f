"""The conversation store: per-user scoping, rename/delete, error and stopped turns, plain checkpoints."""

from __future__ import annotations

import json
import time

import pytest

from agent.chatbot import ChatbotAgent
from agent.conversations import thread_id
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.analysts import SLOW_SQL, BrokenAnalyst, FixedSqlAnalyst
from tests.helpers.answers import ask, final, rows, single
from tests.helpers.sample import part_stock_by_warehouse


def test_a_conversation_lists_its_title_turns_and_time(sample_agent, conversation, user):
    final(sample_agent, "ABC-12345 부품의 재고는?", conversation, user)
    final(sample_agent, "창고별로는?", conversation, user)
    [info] = sample_agent.conversations.list(user)
    assert (info.conversation_id, info.title, info.turn_count) == (conversation, "ABC-12345 부품의 재고는?", 2)
    stored = sample_agent.conversations.get(user, conversation)
    assert [t["question"] for t in stored.turns] == ["ABC-12345 부품의 재고는?", "창고별로는?"]
    second = stored.turns[1]
    assert second["status"] == "final" and second["error"] is None
    assert second["final"]["table_data"]["rows"] == part_stock_by_warehouse()
    assert second["final"]["chart_data"]["mark"]["type"] == "bar"
    assert second["plan"]["sql"].startswith("SELECT") and second["plan"]["details"]["follow_up_of"]
    json.dumps(stored.turns)  # plain JSON all the way down


def test_newest_first(sample_agent, user):
    for name in ("older", "newer"):
        final(sample_agent, "stock by warehouse", name, user)
        time.sleep(0.01)
    assert [c.conversation_id for c in sample_agent.conversations.list(user)] == ["newer", "older"]
    final(sample_agent, "top 2 instead", "older", user)
    assert [c.conversation_id for c in sample_agent.conversations.list(user)] == ["older", "newer"]


def test_another_user_cannot_list_or_read_it_and_starts_a_fresh_thread(sample_agent, conversation):
    final(sample_agent, "ABC-12345 부품의 재고는?", conversation, "alice")
    assert conversation not in [c.conversation_id for c in sample_agent.conversations.list("bob")]
    assert sample_agent.conversations.get("bob", conversation) is None
    assert sample_agent.history("bob", conversation) == []
    assert not sample_agent.conversations.rename("bob", conversation, "mine now")
    assert not sample_agent.conversations.delete("bob", conversation)
    alone = final(sample_agent, "창고별로는?", conversation, "bob")  # nothing to follow in bob's thread
    assert alone["table_data"] is None
    assert sample_agent.conversations.get("alice", conversation).info.title == "ABC-12345 부품의 재고는?"
    followed = final(sample_agent, "창고별로는?", conversation, "alice")
    assert dict(rows(followed)) == dict(part_stock_by_warehouse())
    assert [len(sample_agent.conversations.get(u, conversation).turns) for u in ("alice", "bob")] == [2, 1]


def test_thread_ids_cannot_collide():
    assert thread_id("a/b", "c") != thread_id("a", "b/c")
    assert thread_id("a%2Fb", "c") != thread_id("a/b", "c")
    assert thread_id(None, "c") == thread_id("", "c") != thread_id("local", "c")


def test_rename_and_delete(sample_agent, conversation, user):
    final(sample_agent, "stock by warehouse", conversation, user)
    assert sample_agent.conversations.rename(user, conversation, "  Warehouse   totals ")
    assert sample_agent.conversations.list(user)[0].title == "Warehouse totals"
    assert not sample_agent.conversations.rename(user, conversation, "   ")
    final(sample_agent, "top 2 instead", conversation, user)
    assert sample_agent.conversations.list(user)[0].title == "Warehouse totals"  # a new turn keeps the title
    assert sample_agent.conversations.delete(user, conversation)
    assert sample_agent.conversations.list(user) == []
    assert sample_agent.conversations.get(user, conversation) is None
    assert sample_agent.conversations.turns(user, conversation) == []  # the checkpoints are gone too
    alone = final(sample_agent, "top 2 instead", conversation, user)  # the same id starts afresh
    assert alone["table_data"] is None


def test_no_checkpoint_without_a_conversation_id(sample_agent):
    saver = sample_agent.conversations.saver
    before = sum(1 for _ in saver.list(None))
    final(sample_agent, "stock by warehouse", None)
    final(sample_agent, "stock by warehouse", "", "someone")
    assert sum(1 for _ in saver.list(None)) == before


def test_checkpoints_hold_plain_values_only(sample_agent, conversation):
    final(sample_agent, "shipments in March 2025", conversation)  # dates in the plan's parameters
    final(sample_agent, "and April?", conversation)
    checkpoints = list(sample_agent.conversations.saver.list({"configurable": {"thread_id":
                                                                               thread_id("local", conversation)}}))
    assert checkpoints, "the conversation has checkpoints"
    for checkpoint in checkpoints:
        values = checkpoint.checkpoint["channel_values"]
        assert not {"plan", "results", "final"} & set(values)  # per-run values are never checkpointed
        json.dumps({k: v for k, v in values.items() if k != "turns"})
        for _, _, value in checkpoint.pending_writes or []:
            json.dumps(value)


def _agent(analyst, tmp_path) -> ChatbotAgent:
    database = Database()
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=analyst,
                        settings=Settings.from_env(data_dir=tmp_path))


def test_error_and_stopped_turns_keep_the_question(tmp_path):
    broken = _agent(BrokenAnalyst("SELECT 1"), tmp_path)
    event = ask(broken, "why does this break?", "c1")
    assert event["type"] == "error"
    slow = _agent(FixedSqlAnalyst(SLOW_SQL), tmp_path)
    run = slow.start("a slow count", user_id="local", conversation_id="c1")
    stream = run.events()
    for event in stream:  # up to the slow query (the first event only says the run was accepted)
        if event["data"].get("node") == "data_retrieval":
            break
    stream.close()  # the page's Stop: closing the stream cancels the run
    deadline = time.monotonic() + 10
    while len(broken.conversations.turns("local", "c1")) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    failed, stopped = broken.conversations.turns("local", "c1")
    assert (failed["question"], failed["status"], failed["error"]["error"]) == (
        "why does this break?", "error", "ZeroDivisionError")
    assert (stopped["question"], stopped["status"], stopped["error"], stopped["final"]) == (
        "a slow count", "stopped", None, None)
    assert stopped["plan"]["sql"] == SLOW_SQL
    assert broken.conversations.list("local")[0].turn_count == 2


def test_a_timeout_is_kept_as_an_error(tmp_path):
    slow = _agent(FixedSqlAnalyst(SLOW_SQL), tmp_path)
    run = slow.start("too slow", user_id="local", conversation_id="c2", deadline_seconds=0.3)
    assert [e for e in run.events() if e][-1]["data"]["error"] == "Timeout"
    deadline = time.monotonic() + 10
    while not slow.conversations.turns("local", "c2") and time.monotonic() < deadline:
        time.sleep(0.02)
    [turn] = slow.conversations.turns("local", "c2")
    assert (turn["status"], turn["error"]["error"]) == ("error", "Timeout")


@pytest.mark.parametrize("question", ["ABC-12345 부품의 재고는?"])
def test_history_for_analysts_comes_from_the_thread(sample_agent, conversation, question):
    final(sample_agent, question, conversation)
    [turn] = sample_agent.history("local", conversation)
    assert turn.question == question and "1,000" in turn.answer and turn.sql
    assert single(final(sample_agent, "재주문점은?", conversation)) == 360


def test_two_runs_on_one_conversation_take_turns(sample_agent, conversation):
    runs = [sample_agent.start(q, user_id="local", conversation_id=conversation)
            for q in ("ABC-12345 부품의 재고는?", "창고별로는?", "stock by warehouse")]
    for run in runs:
        assert [e for e in run.events() if e][-1]["type"] == "final"
    turns = sample_agent.conversations.get("local", conversation).turns
    assert sorted(t["question"] for t in turns) == sorted(r.question for r in runs)
    assert sample_agent.conversations.list("local")[0].turn_count == 3
