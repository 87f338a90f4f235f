"""A conversation turn as a plain JSON-like dict (safe to checkpoint), and turns as analyst history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import math
from collections.abc import Mapping
from typing import Any

from agent.analysts.base import QueryPlan, Turn
from agent.conversations.sizing import fitted

TurnRecord = dict[str, Any]
"""{"question", "language", "status": final|error|stopped, "at": ISO time, "plan": {"summary", "sql",
"details"} or None, "final": the final event's data or None, "error": the error event's data or None}."""
HISTORY_TURNS = 20
"""How many earlier answered turns an analyst is shown."""


def json_safe(value: Any) -> Any:
    """`value` as dicts, lists, strings, numbers, booleans and None only (dates as ISO text)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, decimal.Decimal):
        return json_safe(float(value))
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json_safe({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return json_safe(value.item())
    return str(value)


def now() -> str:
    """The current time, UTC, as ISO text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _plan(plan: QueryPlan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {"summary": plan.summary, "sql": plan.sql, "details": json_safe(plan.details)}


def final_turn(question: str, language: str, plan: QueryPlan | None, final: dict[str, Any],
               max_bytes: int | None = None) -> TurnRecord:
    """The record of an answered question, within `max_bytes` of JSON (agent.conversations.sizing)."""
    return fitted({"question": question, "language": language, "status": "final", "at": now(), "plan": _plan(plan),
                   "final": json_safe(final), "error": None}, max_bytes)


def failed_turn(question: str, language: str, plan: QueryPlan | None, status: str,
                error: dict[str, Any] | None, max_bytes: int | None = None) -> TurnRecord:
    """The record of a question that ended in an error, or was stopped (`status` "stopped")."""
    return fitted({"question": question, "language": language, "status": status, "at": now(), "plan": _plan(plan),
                   "final": None, "error": json_safe(error)}, max_bytes)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def history_from(records: list[TurnRecord], limit: int = HISTORY_TURNS) -> list[Turn]:
    """The answered turns, oldest first, as the `Turn`s analysts plan follow-ups from."""
    turns = []
    for record in records:
        if record.get("status") != "final" or not record.get("final"):
            continue
        plan = record.get("plan") or {}
        turns.append(Turn(question=record.get("question", ""), summary=plan.get("summary") or "",
                          sql=plan.get("sql"), answer=record["final"].get("content") or "",
                          details=dict(plan.get("details") or {}),
                          confidence=_number(record["final"].get("confidence_score"))))
    return turns[-limit:] if limit else turns
