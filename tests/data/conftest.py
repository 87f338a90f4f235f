"""Fixtures for the data tests: an agent keeping users' data in a temp folder, test tables, PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from agent.settings import Settings
from tests.data.postgres import find_bin_dir, load_sample, start_cluster

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def data_settings(folder: Path, **overrides: object) -> Settings:
    """Settings keeping users' data in `folder`, with no secrets file."""
    return Settings.from_env(data_dir=folder, secrets_file=folder / "secrets.toml", **overrides)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data-dir")


@pytest.fixture(scope="session")
def data_agent(data_dir: Path) -> ChatbotAgent:
    """One agent on the sample data for the whole data suite; each test uses users of its own."""
    return ChatbotAgent(settings=data_settings(data_dir))


@pytest.fixture
def user() -> str:
    """A user id no other test uses."""
    return f"tester-{uuid.uuid4().hex[:8]}@example.com"


def orders_frame() -> pd.DataFrame:
    """A small order table: region, product, order date, quantity and amount."""
    regions = ["Seoul", "Busan", "Daegu", "Incheon"]
    products = ["Bolt", "Nut", "Gear"]
    rows = []
    for i in range(120):
        rows.append({
            "region": regions[i % 4],
            "product": products[(i * 7) % 3],
            "order_date": pd.Timestamp("2025-01-03") + pd.Timedelta(days=(i * 3) % 180),
            "qty": (i * 13) % 40 + 1,
            "amount": ((i * 37) % 90 + 10) * 100,
        })
    return pd.DataFrame(rows)


def final_event(agent: ChatbotAgent, question: str, user_id: str | None) -> dict:
    """The final (or error) event of one question."""
    events = list(agent.stream(question, user_id=user_id))
    assert events[-1]["type"] in ("final", "error"), events[-1]
    return events[-1]


def result_map(event: dict) -> dict:
    """A two-column result as {first column: second column}."""
    assert event["type"] == "final", event
    table = event["data"]["table_data"]
    return {row[0]: row[1] for row in table["rows"]}


# --- PostgreSQL --------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on loopback holding the sample tables (and `extra.deliveries`).

    Skipped only when the PostgreSQL server binaries are not installed (`apt-get install postgresql`).
    """
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    cluster = start_cluster()
    try:
        load_sample(cluster.url, SAMPLE)
        _load_extra(cluster.url)
        yield cluster.url
    finally:
        from agent.data.sources import dispose_engines

        dispose_engines()
        cluster.stop()


def _load_extra(url: str) -> None:
    """`extra.deliveries`: dates stored as text, as many real databases do."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE SCHEMA extra")
        connection.execute("CREATE TABLE extra.deliveries (city text, delivered text, parcels integer)")
        rows = [("Seoul", f"2025/{m:02d}/{d:02d}", m * 10 + d) for m in (1, 2, 3) for d in (5, 20)]
        rows += [("Busan", f"2025/{m:02d}/11", m * 7) for m in (1, 2, 3)]
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO extra.deliveries VALUES (%s, %s, %s)", rows)
