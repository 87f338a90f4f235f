"""What an analyst decided to query, what it answered, and the seam every analyst fits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from agent.contract.i18n import Language
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.runtime.loop import offload

__all__ = ["Analyst", "Answer", "AsyncAnalyst", "ChartHint", "Language", "QueryPlan", "Turn", "detect_language",
           "plan_with", "write_with"]


@dataclass(frozen=True)
class ChartHint:
    """How a result is worth drawing: a mark and the columns on each channel."""

    mark: Literal["bar", "line"]
    x: str
    y: str
    color: str | None = None


@dataclass(frozen=True)
class Turn:
    """One earlier question and what was done with it, for follow-ups."""

    question: str
    summary: str = ""
    sql: str | None = None
    answer: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None
    """The confidence the answer was given (a follow-up is no surer than what it continues)."""


@dataclass(frozen=True)
class QueryPlan:
    """The analyst's reading of a question: the SQL to run, or why there is none."""

    question: str
    language: Language
    sql: str | None
    """The query to run, built by a SQL library from the catalog; None when the question was not mapped."""
    params: list[Any] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    summary: str = ""
    """What was understood, in the question's language ("part ABC-12345, measure: quantity on hand")."""
    confidence: float = 0.0
    """How completely and unambiguously the question was matched, in [0, 1]."""
    chart: ChartHint | None = None
    details: dict[str, Any] = field(default_factory=dict)
    """Analyst-private notes the answer writer needs (measure label, aggregate, filters, ...)."""
    suggestions: list[str] = field(default_factory=list)
    """Questions this analyst can answer on the actual schema, offered when it could not map this one."""
    reason: str = ""
    """Why the question was not mapped, for people."""
    confidence_reasons: list[str] = field(default_factory=list)
    """What the confidence rests on, in short phrases ("all words used", "2 readings were close")."""
    alternatives: list[dict[str, str]] = field(default_factory=list)
    """Other close readings, each `{"question", "reading"}`: a question that is read that way when asked."""
    next_questions: list[str] = field(default_factory=list)
    """Questions to ask next on the same measure (a breakdown, a trend, a top-N), each one the data answers."""


@dataclass(frozen=True)
class Answer:
    """The written answer and the final confidence."""

    content: str
    confidence: float


class Analyst(Protocol):
    """Turns a question into a query plan, and a plan plus its result into an answer.

    The graph runs `plan` and `write` on the agent loop's worker threads (`plan_with`, `write_with`).
    """

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """Read `question` (with the conversation's `history`) into a plan: its SQL, or why there is none."""

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        """Put the query's `results` into words, streaming them through `emit_token` as they come."""


@runtime_checkable
class AsyncAnalyst(Analyst, Protocol):
    """An analyst that waits on something slow (a chat model), awaited by the graph.

    The graph awaits `aplan` and `awrite`, holding no thread meanwhile, and a run may park while `aplan`
    waits (agent.runtime.parking). `plan` and `write` serve callers without an event loop.
    """

    async def aplan(self, question: str, catalog: Catalog, database: Database,
                    history: list[Turn], language: Language) -> QueryPlan:
        """`plan`, awaited on the event loop (the graph holds no thread while it waits)."""

    async def awrite(self, plan: QueryPlan, results: Results | None,
                     emit_token: Callable[[str], None]) -> Answer:
        """`write`, awaited on the event loop (the graph holds no thread while it waits)."""


def detect_language(text: str) -> Language:
    """Korean when the text holds Hangul, else English."""
    return "ko" if any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text) else "en"


def plan_with(analyst: Analyst, question: str, catalog: Catalog, database: Database, history: list[Turn],
              language: Language) -> Awaitable[QueryPlan]:
    """The analyst's plan to await: `aplan` of an `AsyncAnalyst`, else `plan` on a worker thread.

    A plain function returning the awaitable (no coroutine of its own): one frame less held per waiting run.
    """
    if isinstance(analyst, AsyncAnalyst):
        return analyst.aplan(question, catalog, database, history, language)
    return offload(analyst.plan, question, catalog, database, history, language)


def write_with(analyst: Analyst, plan: QueryPlan, results: Results | None,
               emit_token: Callable[[str], None]) -> Awaitable[Answer]:
    """The analyst's answer to await: `awrite` of an `AsyncAnalyst`, else `write` on a worker thread."""
    if isinstance(analyst, AsyncAnalyst):
        return analyst.awrite(plan, results, emit_token)
    return offload(analyst.write, plan, results, emit_token)
