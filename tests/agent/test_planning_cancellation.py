"""Stop or time out a run while its analyst plans: the analyst's own queries stop too, and the conversation goes on."""

from __future__ import annotations

import threading
import time

import pytest

from agent.chatbot import ChatbotAgent
from agent.contract.errors import Cancelled
from agent.data.catalog import Catalog, Column, Table, describe_table
from agent.data.database import Database
from agent.runtime.cancellation import Cancellation
from agent.settings import Settings

HUGE = 100_000_000_000
"""Rows of the generated `tags` table: a full scan would take hours."""
SLOW_LOOKUP = "What is the amount of T-99?"
"""An ID the analyst looks up in `tags.tag_id` while it plans (no known value holds it)."""
ENDS_WITHIN = 3.0
"""Seconds from Stop (or the deadline) to the end of the run: far above what interrupting takes, on a busy
machine too, and far below the scan's hours."""


def _database() -> tuple[Database, Catalog]:
    """A small `visits` table and a generated `tags` one whose every lookup scans HUGE rows.

    Its catalog facts are given (reading them would scan it too): an ID column and a measure, with the row
    count of when they were read, before it grew, so building the schema index counts nothing.
    """
    database = Database()
    database.load("CREATE TABLE visits AS SELECT * FROM (VALUES ('Seoul', 10), ('Busan', 20)) t(city, visits)")
    database.load(f"CREATE VIEW tags AS SELECT 'T-' || CAST(i + 100 AS VARCHAR) AS tag_id, i AS amount "
                  f"FROM range({HUGE}) r(i)")
    tags = Table("tags", (Column("tag_id", "VARCHAR", "text", is_id=True), Column("amount", "BIGINT", "number")),
                 row_count=0)
    return database, Catalog((describe_table(database, "visits"), tags))


@pytest.fixture
def agent(tmp_path) -> ChatbotAgent:
    database, catalog = _database()
    return ChatbotAgent(database=database, catalog=catalog, settings=Settings.from_env(data_dir=tmp_path))


def _wait_until_finished(run, seconds: float) -> float:
    started = time.monotonic()
    while not run.finished and time.monotonic() - started < seconds:
        time.sleep(0.01)
    return time.monotonic() - started


def _next_turn_is_answered(agent: ChatbotAgent, first: str) -> None:
    events = list(agent.stream("total visits by city", user_id="u", conversation_id="c", deadline_seconds=60))
    assert events[-1]["type"] == "final", events[-1]
    assert sorted(events[-1]["data"]["table_data"]["rows"]) == [["Busan", 20], ["Seoul", 10]]
    assert [t["status"] for t in agent.conversations.turns("u", "c")] == [first, "final"]


def test_stop_while_the_analyst_looks_up_a_value_interrupts_its_query_and_frees_the_conversation(agent):
    run = agent.start(SLOW_LOOKUP, user_id="u", conversation_id="c", deadline_seconds=60)
    stream = run.events(poll_seconds=0.05)
    assert next(stream)["data"]["node"] == "query_analysis"
    time.sleep(1.0)
    assert not run.finished, "the analyst is still planning: its lookup scans the big table"
    stream.close()  # Stop
    assert _wait_until_finished(run, ENDS_WITHIN) < ENDS_WITHIN and run.finished, "the lookup was interrupted"
    assert run.outcome == "stopped"
    _next_turn_is_answered(agent, "stopped")


def test_a_deadline_while_the_analyst_plans_interrupts_its_query_and_frees_the_conversation(agent):
    run = agent.start(SLOW_LOOKUP, user_id="u", conversation_id="c", deadline_seconds=1.0)
    events = [event for event in run.events() if event is not None]
    assert events[-1]["type"] == "error" and events[-1]["data"]["error"] == "Timeout"
    assert _wait_until_finished(run, ENDS_WITHIN) < ENDS_WITHIN and run.finished, "the lookup was interrupted"
    _next_turn_is_answered(agent, "error")


def test_a_bound_view_reads_the_same_database_and_its_queries_stop_with_the_cancellation():
    database, _ = _database()
    cancellation = Cancellation()
    view = database.bound(cancellation)
    assert view.origin is database and database.origin is database
    assert view.execute("SELECT sum(visits) FROM visits").rows == [(30,)]
    threading.Timer(0.3, cancellation.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        view.execute("SELECT min(tag_id) FROM tags WHERE upper(tag_id) = 'T-99'")
    assert time.monotonic() - started < ENDS_WITHIN
    assert database.execute("SELECT count(*) FROM visits").rows == [(2,)], "the database itself is not stopped"
    database.lock_down()
    assert view.locked, "locking the database locks its views"
