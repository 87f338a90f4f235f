"""Helpers for conversation tests: ask within a conversation, and the sample data as pandas frames."""

from __future__ import annotations

import uuid
from typing import Any

import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from agent.settings import Settings

SAMPLE = Settings().sample_data_dir


def ask(agent: ChatbotAgent, question: str, conversation_id: str | None, user_id: str | None = "local") -> dict:
    """The last event of one answer (`final` or `error`)."""
    events = [e for e in agent.stream(question, user_id=user_id, conversation_id=conversation_id) if e]
    return events[-1]


def final(agent: ChatbotAgent, question: str, conversation_id: str | None, user_id: str | None = "local") -> dict:
    """The final event's data of one answer (fails on an error)."""
    event = ask(agent, question, conversation_id, user_id)
    assert event["type"] == "final", event
    return event["data"]


def rows(data: dict) -> list[list[Any]]:
    """The answer's table rows."""
    assert data["table_data"], data["content"]
    return data["table_data"]["rows"]


def single(data: dict) -> Any:
    """The one value of a single-value answer."""
    table = rows(data)
    assert len(table) == 1 and len(table[0]) == 1, table
    return table[0][0]


def mark(data: dict) -> str | None:
    """The chart's mark (`bar`, `line`), or None without a chart."""
    chart = data.get("chart_data")
    if not chart:
        return None
    found = chart.get("mark")
    return found.get("type") if isinstance(found, dict) else found


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
    return pd.read_csv(SAMPLE / "inventory.csv")


@pytest.fixture(scope="session")
def movements() -> pd.DataFrame:
    frame = pd.read_csv(SAMPLE / "stock_movements.csv", parse_dates=["movement_date"])
    frame["month"] = frame["movement_date"].dt.to_period("M").astype(str)
    return frame
