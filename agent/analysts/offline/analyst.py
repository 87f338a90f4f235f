"""`OfflineAnalyst`: the schema-driven, no-LLM analyst that plans SQL and writes answers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from agent.analysts.base import Answer, ChartHint, Language, QueryPlan, Turn
from agent.analysts.offline import followups, stored_plan, writer
from agent.analysts.offline.confidence import NOT_FOUND, UNMAPPED, plan_confidence
from agent.analysts.offline.model import Structured, Unmapped
from agent.analysts.offline.planner import understand
from agent.analysts.offline.schema_index import SchemaIndex, index_for
from agent.analysts.offline.sql_builder import build_sql, result_names, warm_up
from agent.analysts.offline.suggestions import suggest
from agent.analysts.offline.summary import details, summarize
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results

FOLLOW_UP_PENALTY = 0.05
"""Confidence given up for reading a question as a change to the previous one."""
FOLLOWING = {"ko": "이전 질문에 이어서", "en": "following the previous question"}


def chart_hint(s: Structured, mark: str | None = None) -> ChartHint | None:
    """A bar for breakdowns, a line for trends (or the asked `mark`), nothing for single values and rows."""
    if s.measure is None:
        return None
    names = result_names(s)
    hint = None
    if s.mode == "trend" and s.grain:
        hint = ChartHint("line", s.grain, s.measure.alias, names[0] if names else None)
    elif s.mode == "group" and names and s.limit != 1:
        hint = ChartHint("bar", names[0], s.measure.alias, names[1] if len(names) > 1 else None)
    return dataclasses.replace(hint, mark=mark) if hint and mark in ("bar", "line") else hint


class OfflineAnalyst:
    """Maps questions to SQL through the catalog, a built-in Korean/English lexicon and the data."""

    def __init__(self) -> None:
        warm_up()

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """Read the question against the schema and build the query (or say why not).

        A follow-up (a marked or elliptical question after an answered one) changes the previous plan.
        """
        index = index_for(catalog, database)
        previous = followups.previous_plan(history)
        marked = previous is not None and followups.is_marked(question)
        if marked and (merged := self._follow_up(question, previous, index, database, language)):
            return merged
        found = understand(question, index, database)
        confidence = 0.0 if isinstance(found, Unmapped) else plan_confidence(found.matched, found.total,
                                                                                 found.penalties)
        if previous is not None and not marked and followups.is_elliptical(question, found, confidence) and (
                merged := self._follow_up(question, previous, index, database, language)):
            return merged
        if isinstance(found, Unmapped):
            return self._unmapped(question, found, index, language)
        sql, params = build_sql(found)
        hint = chart_hint(found)
        return QueryPlan(
            question, language, sql, params, tables=found.tables,
            summary=summarize(found, language), confidence=confidence, chart=hint,
            details={**details(found, language, found.ignored),
                     stored_plan.KEY: stored_plan.encode(found, None, confidence)},
        )

    def _follow_up(self, question: str, previous: tuple[Turn, dict], index: SchemaIndex, database: Database,
                   language: Language) -> QueryPlan | None:
        """The previous plan changed as the follow-up asks, or None when the question changes nothing in it."""
        turn, stored = previous
        merged = followups.merge(question, stored, index, database)
        if merged is None:
            return None
        if isinstance(merged, Unmapped):
            return self._unmapped(question, merged, index, language)
        s, changes = merged
        mark = changes.chart or stored.get("chart")
        confidence = max(0.1, min(float(stored.get("confidence") or 0.8), 0.95) - FOLLOW_UP_PENALTY
                         - 0.1 * len(changes.ignored))
        sql, params = build_sql(s)
        return QueryPlan(
            question, language, sql, params, tables=s.tables,
            summary=f"{summarize(s, language)} ({FOLLOWING[language]})", confidence=round(confidence, 3),
            chart=chart_hint(s, mark),
            details={**details(s, language, s.ignored), "follow_up_of": turn.question,
                     stored_plan.KEY: stored_plan.encode(s, mark, confidence)},
        )

    @staticmethod
    def _unmapped(question: str, found: Unmapped, index: SchemaIndex, language: Language) -> QueryPlan:
        """No query: why, and questions this analyst can answer on the schema."""
        ko = language == "ko"
        return QueryPlan(
            question, language, None,
            summary=found.reason_ko if ko else found.reason_en,
            confidence=NOT_FOUND if found.not_found else UNMAPPED,
            details={"mode": "unmapped", "not_found": found.not_found},
            suggestions=suggest(index, language, found.hint_table),
            reason=found.reason_ko if ko else found.reason_en,
        )

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        """Write the answer from the result rows, in the plan's language."""
        return writer.write(plan, results, emit_token)
