"""Conversations on PostgreSQL (CHATBOT_CONVERSATIONS_URL), on a throwaway local cluster."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.chatbot import ChatbotAgent
from agent.conversations.savers import _without_password
from agent.settings import Settings
from tests.helpers.answers import final, rows
from tests.helpers.postgres import find_bin_dir, start_cluster
from tests.helpers.sample import part_stock_by_warehouse


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """An empty database on a local PostgreSQL cluster; skipped when the server is not installed."""
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    cluster = start_cluster()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def test_conversations_on_postgres_survive_a_new_agent(postgres, tmp_path, sample_agent):
    first = ChatbotAgent(database=sample_agent.database, catalog=sample_agent.catalog,
                         settings=Settings.from_env(conversations_url=postgres, data_dir=tmp_path))
    assert first.conversations.where == postgres
    assert not (tmp_path / "conversations.sqlite").exists()
    final(first, "ABC-12345 부품의 재고는?", "pg-1", "alice")
    first.conversations.close()

    again = ChatbotAgent(database=sample_agent.database, catalog=sample_agent.catalog,
                         settings=Settings.from_env(conversations_url=postgres, data_dir=tmp_path))
    [info] = again.conversations.list("alice")
    assert (info.conversation_id, info.turn_count) == ("pg-1", 1)
    assert dict(rows(final(again, "창고별로는?", "pg-1", "alice"))) == dict(part_stock_by_warehouse())
    assert again.conversations.list("bob") == [] and again.conversations.get("bob", "pg-1") is None
    assert again.conversations.rename("alice", "pg-1", "Part ABC-12345")
    assert [t["question"] for t in again.conversations.get("alice", "pg-1").turns] == [
        "ABC-12345 부품의 재고는?", "창고별로는?"]
    assert again.conversations.delete("alice", "pg-1")
    assert again.conversations.list("alice") == [] and again.conversations.turns("alice", "pg-1") == []
    again.conversations.close()


def test_the_password_is_not_shown():
    assert _without_password("postgresql://chat:secret@db.example:5432/chat") == (
        "postgresql://chat:***@db.example:5432/chat")
    assert _without_password("postgresql://chat@127.0.0.1/chat") == "postgresql://chat@127.0.0.1/chat"
