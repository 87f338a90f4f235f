"""External PostgreSQL: same answers as DuckDB, read-only, statement timeout, one database per query.

Runs against a throwaway cluster started by the `postgres_url` fixture (skipped where the PostgreSQL
server binaries are not installed).
"""

from __future__ import annotations

import math
import threading
import time

import psycopg
import pytest

from agent.chatbot import ChatbotAgent
from agent.contract.errors import Cancelled, QueryError, Timeout
from agent.data.database import Database
from agent.data.dialects import RemoteName
from agent.data.sources import ConnectionProblem, SqlSource, masked_url
from agent.runtime.cancellation import Cancellation
from tests.helpers.answers import final_event
from tests.helpers.timing import SLACK_SECONDS
from tests.helpers.user_data import data_settings
from webui import data_actions

QUESTIONS = [
    "ABC-12345 부품의 재고는?",
    "stock by warehouse",
    "창고별 재고",
    "monthly shipments",
    "월별 출고량",
    "how many parts are below reorder point?",
    "재주문점 미만인 부품은 몇 개?",
    "bottom 5 parts by stock",
    "2025년 3월 입고량",
    "average unit cost by category",
    "number of suppliers by country",
]
SAMPLE_TABLES = ("inventory", "parts", "stock_movements", "suppliers", "warehouses")


@pytest.fixture(scope="module")
def pg_agent(tmp_path_factory, postgres_url) -> ChatbotAgent:
    """An agent whose user `pg` sees only the PostgreSQL copy of the sample tables, under their own names."""
    agent = ChatbotAgent(settings=data_settings(tmp_path_factory.mktemp("pg-data")))
    for name in SAMPLE_TABLES:
        data_actions.set_sample_hidden(agent, "pg", name, True)
    status, name, count = data_actions.add_connection(agent, "pg", "Warehouse DB", postgres_url, None)
    assert (status, name, count) == ("ok", "warehouse_db", 5)
    return agent


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-9)
    return a == b


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_same_question_gets_the_same_answer_on_postgres(pg_agent, question):
    duck = final_event(pg_agent, question, None)
    pg = final_event(pg_agent, question, "pg")
    assert duck["type"] == pg["type"] == "final", (duck, pg)
    duck_table, pg_table = duck["data"]["table_data"], pg["data"]["table_data"]
    assert duck_table["columns"] == pg_table["columns"]
    assert duck_table["row_count"] == pg_table["row_count"] > 0
    for duck_row, pg_row in zip(duck_table["rows"], pg_table["rows"], strict=True):
        assert all(_same(a, b) for a, b in zip(duck_row, pg_row, strict=True)), (duck_row, pg_row)
    assert duck["data"]["content"] == pg["data"]["content"]


def test_the_headline_answer_on_postgres(pg_agent):
    event = final_event(pg_agent, "ABC-12345 부품의 재고는?", "pg")
    assert event["data"]["table_data"]["rows"] == [[1000]]
    assert "1,000" in event["data"]["content"]
    workspace = pg_agent.workspace("pg")
    assert workspace.owner("inventory") == "warehouse_db"
    assert workspace.database.source_name("inventory") == "warehouse_db"


def test_the_catalog_reads_postgres_tables_like_duckdb_tables(pg_agent):
    duck, pg = pg_agent.catalog, pg_agent.workspace("pg").catalog
    assert pg.table_names == duck.table_names and len(duck.tables) == 5, duck.table_names
    for table in duck.tables:
        other = pg.table(table.name)
        assert other.row_count == table.row_count
        for a, b in zip(table.columns, other.columns, strict=True):
            assert (a.name, a.kind, a.is_id, a.values, a.date_format) == (b.name, b.kind, b.is_id, b.values,
                                                                          b.date_format)
        assert other.description == table.description, "the sample descriptions apply by table name"


def test_text_dates_in_postgres_are_recognised_and_queried(tmp_path, postgres_url):
    agent = ChatbotAgent(settings=data_settings(tmp_path))
    assert data_actions.add_connection(agent, "u", "ops", postgres_url, "extra")[0] == "ok"
    column = agent.workspace("u").catalog.table("deliveries").column("delivered")
    assert (column.kind, column.date_format) == ("date", "%Y/%m/%d")
    event = final_event(agent, "monthly parcels", "u")
    assert event["data"]["table_data"]["rows"] == [["2025-01-01", 52], ["2025-02-01", 79], ["2025-03-01", 106]]
    assert "try_strptime" in event["data"]["sources"][0]["sql"].lower(), "sources show the plan's (DuckDB) SQL"


def test_queries_on_postgres_are_read_only(pg_agent, postgres_url):
    database = pg_agent.workspace("pg").database
    for statement in ("DELETE FROM parts", "UPDATE inventory SET quantity_on_hand = 0",
                      "INSERT INTO suppliers VALUES ('SUP-99', 'Evil', 'Nowhere')",
                      "CREATE TABLE copied AS SELECT * FROM parts"):
        with pytest.raises(QueryError, match="read-only|different databases"):
            database.execute(statement)
    source = SqlSource("direct", postgres_url)
    with pytest.raises(QueryError, match="read-only"):
        source.run("DROP TABLE parts", [], max_rows=None, cancellation=None)
    for text in ("COMMIT; SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; DELETE FROM parts",
                 "SELECT 1; DELETE FROM parts"):
        with pytest.raises(QueryError, match="only one statement"):
            source.run(text, [], max_rows=None, cancellation=None)
    with pytest.raises(QueryError, match="read-only"):  # even after changing the session's default
        source.run("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", [], max_rows=None, cancellation=None)
        source.run("DELETE FROM parts", [], max_rows=None, cancellation=None)
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT count(*) FROM parts").fetchone()[0] == 120
        assert connection.execute("SELECT sum(quantity_on_hand) FROM inventory").fetchone()[0] == 82_783


def test_a_slow_query_stops_at_the_statement_timeout(postgres_url):
    source = SqlSource("slow", postgres_url, timeout_seconds=1)
    started = time.monotonic()
    with pytest.raises(Timeout, match=r"longer than the 1 s statement timeout of slow"):
        source.run("SELECT pg_sleep(60)", [], max_rows=None, cancellation=None)
    assert time.monotonic() - started < 1 + SLACK_SECONDS
    database = Database()
    database.attach(source, {"parts": RemoteName("parts")})
    with pytest.raises(Timeout):
        database.execute("SELECT pg_sleep(5) FROM parts LIMIT 1")
    assert database.execute("SELECT count(*) FROM parts").rows == [(120,)], "the pool recovers"


def test_a_running_postgres_query_can_be_cancelled(postgres_url):
    source = SqlSource("cancel", postgres_url, timeout_seconds=30)
    cancellation = Cancellation()
    threading.Timer(0.5, cancellation.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        source.run("SELECT pg_sleep(60)", [], max_rows=None, cancellation=cancellation)
    assert time.monotonic() - started < 0.5 + SLACK_SECONDS


def test_one_query_reads_one_database(tmp_path, postgres_url):
    agent = ChatbotAgent(settings=data_settings(tmp_path))
    data_actions.add_connection(agent, "mixed", "wh", postgres_url, None)
    workspace = agent.workspace("mixed")
    assert {"parts", "wh_parts"} <= set(workspace.catalog.table_names), "clashing names get the connection's prefix"
    assert workspace.database.execute("SELECT count(*) FROM wh_parts").rows == [(120,)]
    with pytest.raises(QueryError, match="different databases"):
        workspace.database.execute("SELECT * FROM parts JOIN wh_inventory USING (part_id)")
    described = workspace.database.execute("DESCRIBE SELECT part_id, unit_cost FROM wh_parts")
    assert [tuple(r[:2]) for r in described.rows] == [("part_id", "VARCHAR"), ("unit_cost", "DOUBLE")]


def test_connections_from_secrets_toml_are_everyones(tmp_path, postgres_url):
    (tmp_path / "secrets.toml").write_text(f'[connections.shared]\nurl = "{postgres_url}"\nschema = "extra"\n')
    agent = ChatbotAgent(settings=data_settings(tmp_path))
    assert "deliveries" in agent.catalog.table_names
    assert "deliveries" in agent.workspace("anyone").catalog.table_names
    (info,) = agent.workspace(None).connections
    assert (info.name, info.scope, info.tables) == ("shared", "secrets", ("deliveries",))
    assert final_event(agent, "total parcels", None)["data"]["table_data"]["rows"] == [[237]]


def test_bad_urls_and_unreachable_databases_are_explained_without_the_password(data_agent, user, postgres_url):
    port = postgres_url.split(":")[-1].split("/")[0]
    cases = [
        ("not a url", "not a database URL"),
        ("mysql://u:p@127.0.0.1/db", "'mysql' databases are not supported"),
        ("postgresql://u:hunter2@127.0.0.1:9/db", "Could not reach"),
        (f"postgresql://chat:hunter2@127.0.0.1:{port}/missing_db", 'database "missing_db" does not exist'),
        ("postgresql://u@127.0.0.1:5432", "names no database"),
    ]
    for url, message in cases:
        status, text, _ = data_actions.add_connection(data_agent, user, "db", url, None)
        assert status == "error" and message in text, text
        assert "hunter2" not in text
    assert masked_url("postgresql://chat:hunter2@h:5432/d") == "postgresql://chat:***@h:5432/d"
    with pytest.raises(ConnectionProblem):
        SqlSource("x", "sqlite:///tmp.db")


def test_a_saved_connection_never_shows_its_password(tmp_path, postgres_url):
    agent = ChatbotAgent(settings=data_settings(tmp_path))
    url = postgres_url.replace("chat@", "chat:hunter2@")  # trust auth: the password is ignored
    assert data_actions.add_connection(agent, "u", "wh", url, None)[0] == "ok"
    (info,) = agent.workspace("u").connections
    assert "hunter2" not in repr(info) and "***" in info.url
    assert data_actions.add_connection(agent, "u", "wh", url, None)[1] == "There is already a connection named “wh”."
    assert data_actions.remove_connection(agent, "u", "wh") == ("ok", "wh")
    assert agent.workspace("u").connections == ()
