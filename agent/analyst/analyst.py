"""`OfflineAnalyst`: the schema-driven, no-LLM analyst that plans SQL and writes answers."""

from __future__ import annotations

from collections.abc import Callable

from agent.analyst import writer
from agent.analyst.confidence import NOT_FOUND, UNMAPPED, plan_confidence
from agent.analyst.model import Structured, Unmapped
from agent.analyst.planner import understand
from agent.analyst.schema_index import index_for
from agent.analyst.sql_builder import build_sql, result_names, warm_up
from agent.analyst.suggestions import suggest
from agent.analyst.summary import details, summarize
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.plan import Answer, ChartHint, Language, QueryPlan, Turn


def chart_hint(s: Structured) -> ChartHint | None:
    """A bar for breakdowns, a line for trends, nothing for single values and row lists."""
    if s.measure is None:
        return None
    names = result_names(s)
    if s.mode == "trend" and s.grain:
        return ChartHint("line", s.grain, s.measure.alias, names[0] if names else None)
    if s.mode == "group" and names and s.limit != 1:
        return ChartHint("bar", names[0], s.measure.alias, names[1] if len(names) > 1 else None)
    return None


class OfflineAnalyst:
    """Maps questions to SQL through the catalog, a built-in Korean/English lexicon and the data."""

    def __init__(self) -> None:
        warm_up()

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """Read the question against the schema and build the query (or say why not)."""
        index = index_for(catalog, database)
        found = understand(question, index, database)
        if isinstance(found, Unmapped):
            ko = language == "ko"
            return QueryPlan(
                question, language, None,
                summary=found.reason_ko if ko else found.reason_en,
                confidence=NOT_FOUND if found.not_found else UNMAPPED,
                details={"mode": "unmapped", "not_found": found.not_found},
                suggestions=suggest(index, language, found.hint_table),
                reason=found.reason_ko if ko else found.reason_en,
            )
        sql, params = build_sql(found)
        return QueryPlan(
            question, language, sql, params, tables=found.tables,
            summary=summarize(found, language),
            confidence=plan_confidence(found.matched, found.total, found.penalties),
            chart=chart_hint(found),
            details=details(found, language, found.ignored),
        )

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        """Write the answer from the result rows, in the plan's language."""
        return writer.write(plan, results, emit_token)
