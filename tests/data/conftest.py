"""Fixtures for the data tests: an agent keeping users' data in a temp folder, test tables, PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.postgres import find_bin_dir, load_sample, start_cluster
from tests.helpers.sample import SAMPLE
from tests.helpers.user_data import data_settings


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder the data suite's agent keeps users' data in."""
    return tmp_path_factory.mktemp("data-dir")


@pytest.fixture(scope="session")
def data_agent(data_dir: Path) -> ChatbotAgent:
    """One agent on the sample data for the whole data suite; each test uses users of its own."""
    return ChatbotAgent(settings=data_settings(data_dir))


@pytest.fixture
def user() -> str:
    """A user id no other test uses."""
    return f"tester-{uuid.uuid4().hex[:8]}@example.com"


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
