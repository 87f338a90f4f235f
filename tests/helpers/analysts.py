"""Analysts faking only the analyst seam (real queries, real DuckDB) for cases the sample data cannot make happen."""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from agent.analysts.base import Answer, ChartHint, Language, QueryPlan, Turn
from agent.chatbot import ChatbotAgent
from agent.data.catalog import Catalog, build_catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.runtime.loop import offload
from agent.settings import Settings

SLOW_SQL = "SELECT count(*) AS n FROM range(100000000000) t(a) WHERE a % 7 = 3"
"""A genuinely slow DuckDB query (minutes), only stopped by an interrupt."""


class FixedSqlAnalyst:
    """Plans the same SQL for every question and reports its first cell."""

    def __init__(self, sql: str, chart: ChartHint | None = None) -> None:
        self.sql, self.chart = sql, chart

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """The fixed SQL, whatever the question."""
        return QueryPlan(question=question, language=language, sql=self.sql, tables=["range"],
                         summary="fixed query", confidence=0.5, chart=self.chart)

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        """`value <first cell>`, streamed as one token."""
        value = results.rows[0][0] if results and results.rows else None
        emit_token(f"value {value}")
        return Answer(content=f"value {value}", confidence=plan.confidence)


class BrokenAnalyst(FixedSqlAnalyst):
    """Fails with a plain programming error while planning."""

    def plan(self, *args: object, **kwargs: object) -> QueryPlan:
        """Raise ZeroDivisionError."""
        raise ZeroDivisionError("planned badly")


class GatedAnalyst(FixedSqlAnalyst):
    """Plans only once `gate` is set (a model that has not answered yet), blocking its worker thread."""

    def __init__(self, sql: str) -> None:
        super().__init__(sql)
        self.gate = threading.Event()

    def plan(self, *args: object, **kwargs: object) -> QueryPlan:
        """The fixed SQL, once `gate` is set (waiting at most 10 s)."""
        self.gate.wait(10)
        return super().plan(*args, **kwargs)  # type: ignore[arg-type]


class AwaitingAnalyst(FixedSqlAnalyst):
    """Plans only once `gate` is set, awaiting it as a chat model's call is awaited: on the loop, no thread."""

    def __init__(self, sql: str) -> None:
        super().__init__(sql)
        self.gate = threading.Event()

    async def aplan(self, *args: object) -> QueryPlan:
        """The fixed SQL, once `gate` is set, polled on the loop."""
        while not self.gate.is_set():
            await asyncio.sleep(0.01)
        return self.plan(*args)  # type: ignore[arg-type]

    async def awrite(self, *args: object) -> Answer:
        """`write`, on a worker thread."""
        return await offload(self.write, *args)  # type: ignore[arg-type]


class SlowQueryAnalyst:
    """Plans a DuckDB query that runs for minutes unless interrupted."""

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """The slow count, whatever the question."""
        return QueryPlan(question=question, language=language, sql=SLOW_SQL, tables=["range"],
                         summary="a very slow count", confidence=0.5)

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`counted <n>`."""
        return Answer(content=f"counted {results.rows[0][0] if results else None}", confidence=0.5)


class PausingAnalyst:
    """Answers `SELECT 42`, pausing `pause` seconds while planning and again while writing."""

    def __init__(self, pause: float) -> None:
        self.pause = pause

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """`SELECT 42`, after the pause."""
        time.sleep(self.pause)
        return QueryPlan(question=question, language=language, sql="SELECT 42 AS answer", tables=["answer"],
                         summary="the answer", confidence=0.9)

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`The answer is <value>.`, after the pause, the value streamed as one token."""
        time.sleep(self.pause)
        value = results.rows[0][0] if results else None
        emit_token(f"{value}")
        return Answer(content=f"The answer is {value}.", confidence=0.9)


class HistoryEchoAnalyst:
    """Answers with the earlier questions of the conversation it was given, to check history scoping."""

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """`SELECT 1`, with the earlier questions kept in the plan's details."""
        seen = " | ".join(turn.question for turn in history)
        return QueryPlan(question=question, language=language, sql="SELECT 1 AS one", tables=["one"],
                         summary="echo", confidence=1.0, details={"seen": seen})

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`history: [<earlier questions>]`."""
        return Answer(content=f"history: [{plan.details['seen']}]", confidence=1.0)


def agent_with(analyst: object, **settings: object) -> ChatbotAgent:
    """A ChatbotAgent on an empty database whose analyst is `analyst`.

    It keeps conversations in a folder of its own, so no other test, test run or process shares them.
    """
    database = Database()
    if "data_dir" not in settings:
        settings["data_dir"] = folder = Path(tempfile.mkdtemp(prefix="api-test-agent-"))
        atexit.register(shutil.rmtree, folder, True)
    return ChatbotAgent(database=database, catalog=build_catalog(database), analyst=analyst,  # type: ignore
                        settings=Settings.from_env(**settings))


class ThinkingAnalyst:
    """Answers `SELECT 42` once `gate` is set, awaiting it in `aplan` as a chat model's reply is awaited.

    `waiting` counts the calls awaiting now, `cancelled` those cancelled while they waited.
    """

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.waiting = 0
        self.cancelled = 0

    async def aplan(self, question: str, catalog: Catalog, database: Database,
                    history: list[Turn], language: Language) -> QueryPlan:
        """`plan`, once `gate` is set, polled on the loop (counted in `waiting` meanwhile)."""
        self.waiting += 1
        try:
            while not self.gate.is_set():
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.waiting -= 1
        return self.plan(question, catalog, database, history, language)

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """`SELECT 42`, whatever the question."""
        return QueryPlan(question=question, language=language, sql="SELECT 42 AS answer", tables=["answer"],
                         summary="the answer", confidence=0.9)

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """The answer is the value it got."""
        value = results.rows[0][0] if results else None
        return Answer(content=f"The answer is {value}.", confidence=0.9)

    async def awrite(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`write`, on a worker thread."""
        return await offload(self.write, plan, results, emit_token)
