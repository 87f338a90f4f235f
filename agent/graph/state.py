"""The graph's state and the run-scoped context every node receives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from langgraph.channels.delta import DeltaChannel
from langgraph.channels.untracked_value import UntrackedValue

from agent.analysts.base import Analyst, Language, QueryPlan
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.runtime.cancellation import Cancellation
from agent.runtime.parking import Parking
from agent.settings import Settings


def append_turns(turns: list[dict[str, Any]], writes: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The `turns` reducer: each write appends its turns (batches fold the same in any grouping)."""
    return [*turns, *(turn for write in writes for turn in (write or []))]


class AgentState(TypedDict, total=False):
    """What flows from node to node during one answer.

    With a conversation id the graph runs on that conversation's thread and the checkpointer keeps
    `question`, `language` and `turns` (plain JSON-like values). `plan`, `results` and `final` belong
    to one run and are never checkpointed.
    """

    question: str
    """The question as the user typed it."""
    language: Language
    """The question's language; the answer and progress messages use it."""
    turns: Annotated[list[dict[str, Any]], DeltaChannel(append_turns)]
    """The conversation's turns, oldest first (agent.conversations.records); response_generation appends
    this run's. Stored as one write per turn, not as the whole list in every checkpoint."""
    plan: Annotated[QueryPlan, UntrackedValue(QueryPlan)]
    """The analyst's plan, set by query_analysis."""
    results: Annotated[Results | None, UntrackedValue(object)]
    """The query result, set by data_retrieval (None when there was no query)."""
    final: Annotated[dict[str, Any], UntrackedValue(dict)]
    """The final event's data, set by response_generation."""


def _discard(event: dict[str, Any]) -> None:
    """Where events go when nobody reads the run."""


@dataclass(frozen=True, slots=True)
class RunContext:
    """Everything a run needs besides its state: data, the analyst, the cancel switch, and where events go."""

    database: Database
    catalog: Catalog
    analyst: Analyst
    cancellation: Cancellation
    settings: Settings
    emit: Callable[[dict[str, Any]], None] = _discard
    """Sends a progress or token event to whoever reads the run (AgentRun puts its queue's `put` here)."""
    parking: Parking | None = None
    """Where query_analysis hands its model call to await outside the graph (agent.runtime.parking); set only for
    an `AsyncAnalyst`. None: the call is awaited in place."""
