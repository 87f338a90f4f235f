"""The graph's state and the run-scoped context every node receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict

from agent.cancellation import Cancellation
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.plan import Analyst, Language, QueryPlan, Turn
from agent.settings import Settings


class AgentState(TypedDict, total=False):
    """What flows from node to node during one answer."""

    question: str
    """The question as the user typed it."""
    language: Language
    """The question's language; the answer and progress messages use it."""
    history: list[Turn]
    """Earlier turns of the same conversation, oldest first."""
    plan: QueryPlan
    """The analyst's plan, set by query_analysis."""
    results: Results | None
    """The query result, set by data_retrieval (None when there was no query)."""
    final: dict[str, Any]
    """The final event's data, set by response_generation."""


@dataclass(frozen=True)
class RunContext:
    """Everything a run needs besides its state: data, the analyst, and the cancel switch."""

    database: Database
    catalog: Catalog
    analyst: Analyst
    cancellation: Cancellation
    settings: Settings
