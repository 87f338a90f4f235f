"""Fixtures for the LLM analyst tests: settings, the sample data, the loopback OpenAI-compatible server."""

from __future__ import annotations

import pytest

from agent.data.catalog import Catalog, build_catalog, load_descriptions
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.fake_openai import FakeOpenAI, ServerThread


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Settings from the environment, once per session."""
    return Settings.from_env()


@pytest.fixture(scope="session")
def sample_db(settings) -> tuple[Database, Catalog]:
    """The bundled sample data and its catalog (read-only for the tests that share it)."""
    database = Database.from_folder(settings.sample_data_dir)
    catalog = build_catalog(database, settings.distinct_value_limit, load_descriptions(settings.sample_data_dir))
    return database, catalog


@pytest.fixture()
def fresh_db(settings) -> tuple[Database, Catalog]:
    """A private copy of the sample data, for tests that try to change it."""
    database = Database.from_folder(settings.sample_data_dir)
    return database, build_catalog(database, settings.distinct_value_limit)


@pytest.fixture(scope="session")
def openai_server():
    """The loopback OpenAI-compatible server, for the whole session."""
    fake = FakeOpenAI()
    thread = ServerThread(fake.app).start()
    fake.base_url = thread.base_url  # type: ignore[attr-defined]
    yield fake
    thread.stop()


@pytest.fixture()
def server(openai_server) -> FakeOpenAI:
    """The loopback server, its script and record cleared."""
    openai_server.reset()
    openai_server.hang_seconds = 6.0
    return openai_server
