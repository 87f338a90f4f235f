"""Fixtures for conversation tests: fresh conversation and user ids, and the sample data as pandas frames."""

from __future__ import annotations

import uuid

import pandas as pd
import pytest

from tests.helpers.sample import SAMPLE


@pytest.fixture
def conversation() -> str:
    """A fresh conversation id."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def user() -> str:
    """A fresh user id."""
    return f"user-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def inventory() -> pd.DataFrame:
    """The sample inventory table, as pandas reads it, with each row's `warehouse_name` from warehouses."""
    return pd.read_csv(SAMPLE / "inventory.csv").merge(pd.read_csv(SAMPLE / "warehouses.csv")[
        ["warehouse_id", "warehouse_name"]], how="left")


@pytest.fixture(scope="session")
def movements() -> pd.DataFrame:
    """The sample stock movements, with a `month` column (YYYY-MM) added."""
    frame = pd.read_csv(SAMPLE / "stock_movements.csv", parse_dates=["movement_date"])
    frame["month"] = frame["movement_date"].dt.to_period("M").astype(str)
    return frame
