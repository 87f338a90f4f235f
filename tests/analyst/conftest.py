"""Fixtures: the sample data and four other tables of different shapes, each on real DuckDB."""

from __future__ import annotations

import pytest

from tests.helpers import datasets
from tests.helpers.analyst_envs import Env, sample_env, single_env


@pytest.fixture(scope="session")
def envs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Env]:
    """Every test database, built once per session."""
    tmp = tmp_path_factory.mktemp("analyst")
    return {
        "sample": sample_env(),
        "seattle": single_env(tmp, "seattle_weather", datasets.seattle_weather(), text_dates=True),
        "daily": single_env(tmp, "daily_weather", datasets.daily_weather(), text_dates=True),
        "orders": single_env(tmp, "orders", datasets.orders(), text_dates=False),
        "korean": single_env(tmp, "판매", datasets.korean_sales(), text_dates=False),
    }


@pytest.fixture(scope="session")
def sample(envs: dict[str, Env]) -> Env:
    """The bundled inventory sample."""
    return envs["sample"]
