"""One question's answer as the tests read it: its last event, its final data, table rows, single value, chart."""

from __future__ import annotations

from typing import Any

from agent.chatbot import ChatbotAgent


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
