"""Analysts for tests of the event machinery: they plan real queries on real DuckDB."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from agent.analysts.base import Answer, ChartHint, Language, QueryPlan, Turn
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.runtime.loop import offload

SLOW_SQL = "SELECT count(*) AS n FROM range(100000000000) t(a) WHERE a % 7 = 3"


class FixedSqlAnalyst:
    """Plans the same SQL for every question and reports its first cell."""

    def __init__(self, sql: str, chart: ChartHint | None = None) -> None:
        self.sql, self.chart = sql, chart

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        return QueryPlan(question=question, language=language, sql=self.sql, tables=["range"],
                         summary="fixed query", confidence=0.5, chart=self.chart)

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        value = results.rows[0][0] if results and results.rows else None
        emit_token(f"value {value}")
        return Answer(content=f"value {value}", confidence=plan.confidence)


class BrokenAnalyst(FixedSqlAnalyst):
    """Fails with a plain programming error while planning."""

    def plan(self, *args: object, **kwargs: object) -> QueryPlan:
        raise ZeroDivisionError("planned badly")


class GatedAnalyst(FixedSqlAnalyst):
    """Plans only once `gate` is set (a model that has not answered yet)."""

    def __init__(self, sql: str) -> None:
        super().__init__(sql)
        self.gate = threading.Event()

    def plan(self, *args: object, **kwargs: object) -> QueryPlan:
        self.gate.wait(10)
        return super().plan(*args, **kwargs)  # type: ignore[arg-type]


class AwaitingAnalyst(FixedSqlAnalyst):
    """Plans only once `gate` is set, awaiting it as a chat model's call is awaited: on the loop, no thread."""

    def __init__(self, sql: str) -> None:
        super().__init__(sql)
        self.gate = threading.Event()

    async def aplan(self, *args: object) -> QueryPlan:
        while not self.gate.is_set():
            await asyncio.sleep(0.01)
        return self.plan(*args)  # type: ignore[arg-type]

    async def awrite(self, *args: object) -> Answer:
        return await offload(self.write, *args)  # type: ignore[arg-type]
