"""Questions to ask after an answer: a breakdown, a trend and a top-N of the same measure, each one the data answers."""

from __future__ import annotations

from collections.abc import Sequence

from agent.analysts.offline import confidence
from agent.analysts.offline.planning.plan import Col, Measure, Plan
from agent.analysts.offline.planning.planner import plan_question
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.writing.names import column_words, measure_name
from agent.contract.i18n import pick
from agent.data.database import Database

TEXTS = {
    "by": {"en": "{measure} by {group}", "ko": "{group}별 {measure}"},
    "per_month": {"en": "{measure} per month", "ko": "월별 {measure}"},
    "per_year": {"en": "{measure} per year", "ko": "연도별 {measure}"},
    "top": {"en": "top 5 {group} by {measure}", "ko": "{measure} 상위 5개 {group}"},
    "for": {"en": "{question} for {values}", "ko": "{values} {question}"},
}
MOST = 3
MOST_VALUES = 30
"""A grouping offered has at most this many values (a breakdown that fits a chart)."""
CHECKED_UP_TO = 20
"""On catalogs of at most this many tables each question is planned again to check it reads back with the
measure (a planning each, a few ms there); on larger ones that costs more than the answer (docs/benchmarks.md),
so the breakdown and the trend are offered as written, from the table's own columns."""


def next_questions(plan: Plan, index: SchemaIndex, database: Database | None, language: str) -> list[str]:
    """Up to three questions on the answer's measure the analyst reads back with that measure, in `language`."""
    measure = next((m for m in plan.measures if m.agg not in ("share", "value")), None)
    if measure is None or plan.shape in ("list", "rows"):
        return []
    said = measure_name(index, measure, language, plan.base)
    said = _lower(said)
    candidates = []
    group = _other_group(plan, index)
    words = _lower(column_words(index, group, language)) if group is not None else ""
    if group is not None:
        candidates.append(pick(TEXTS, "by", language, measure=said, group=words))
    time = _time(plan, index)
    if time is not None and plan.shape != "trend":
        candidates.append(pick(TEXTS, time, language, measure=said))
    if group is not None and plan.shape != "group":
        candidates.append(pick(TEXTS, "top", language, measure=said, group=words))
    if len(index.tables) > CHECKED_UP_TO:
        return candidates[:2]
    values = [c.value for c in plan.conditions if c.op == "=" and isinstance(c.value, str | int)]
    found = []
    for question in candidates:  # the answer's own filter kept (ABC-12345 월별 재고 합계) when it reads back so
        kept = pick(TEXTS, "for", language, question=question, values=", ".join(str(v) for v in values))
        if values and _answers(kept, measure, index, database, language, values):
            found.append(kept)
        elif _answers(question, measure, index, database, language):
            found.append(question)
        if len(found) == MOST:
            break
    return found


def _lower(words: str) -> str:
    """`Warehouse name` as `warehouse name` inside a question (an acronym such as `GDP` stays)."""
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def _other_group(plan: Plan, index: SchemaIndex) -> Col | None:
    """The category with the fewest values that the answer neither groups by nor filters to one value.

    A category of the base table, else the name of a small table it refers to (a warehouse's name).
    """
    taken = set(plan.groups) | {c.column for c in plan.conditions if c.op in ("=", "in")}
    facts = index.tables[plan.base]
    choices = [c for c in facts.columns if c.role == "category" and 2 <= len(c.values) <= MOST_VALUES
               and c.ref_col() not in taken]
    if choices:
        return min(choices, key=lambda c: len(c.values)).ref_col()
    for link in facts.links:  # inventory.warehouse_id -> warehouses.name
        target = index.tables[link.target]
        named = Col(target.name, target.label) if target.label and 2 <= target.rows <= MOST_VALUES else None
        if named is not None and named not in taken and not any(
                c.column.table == target.name or c.column == Col(plan.base, link.column) for c in plan.conditions):
            return named
    return None


def _time(plan: Plan, index: SchemaIndex) -> str | None:
    """`per_year` or `per_month` when the base table has a year or a date column."""
    roles = {c.role for c in index.tables[plan.base].columns}
    return "per_month" if "date" in roles else "per_year" if "year" in roles else None


def _answers(question: str, measure: Measure, index: SchemaIndex, database: Database | None, language: str,
             values: Sequence[object] = ()) -> bool:
    """Asked, the question gets a confident reading of the same measure (filtered to these values, if any)."""
    planned = plan_question(question, language, index, database)
    best = planned.best
    if best.plan is None or best.refusal or best.unexplained or confidence.refuses(planned):
        return False
    if values and sorted(map(str, values)) != sorted(str(c.value) for c in best.plan.conditions if c.op == "="):
        return False
    return any(m.column == measure.column and (m.agg == measure.agg or measure.column is None)
               for m in best.plan.measures)
