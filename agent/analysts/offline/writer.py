"""Answer text in the question's language, written only from the result rows."""

from __future__ import annotations

from collections.abc import Callable

from agent.analysts.base import Answer, QueryPlan
from agent.analysts.offline import sentences
from agent.analysts.offline.confidence import answer_confidence
from agent.data.results import Results


def _unmapped(plan: QueryPlan, ko: bool) -> str:
    lead = "다음과 같이 질문해 보세요:" if ko else "You could ask, for example:"
    bullets = "\n".join(f"- {s}" for s in plan.suggestions)
    return f"{plan.reason}\n\n{lead}\n{bullets}" if bullets else plan.reason


def _empty(plan: QueryPlan, ko: bool) -> str:
    filters = ", ".join(plan.details.get("filters", []))
    entity = plan.details.get("entity") or {}
    if entity.get("value"):
        filters = ", ".join(x for x in [f"{entity['word']} {entity['value']}", filters] if x)
    if ko:
        return f"조건({filters})에 맞는 데이터가 없습니다." if filters else "조건에 맞는 데이터가 없습니다."
    return f"No rows matched the filters ({filters})." if filters else "No rows matched the filters."


def _is_empty(plan: QueryPlan, results: Results | None) -> bool:
    if results is None or not results.rows:
        return True
    alias = plan.details.get("measure_alias")
    if plan.details.get("mode") == "value" and alias in results.columns:
        return all(v is None for v in results.column(alias))
    return False


def compose(plan: QueryPlan, results: Results | None) -> tuple[str, bool]:
    """The Markdown answer, and whether the result was empty."""
    ko = plan.language == "ko"
    if plan.sql is None:
        return _unmapped(plan, ko), False
    if _is_empty(plan, results):
        return _empty(plan, ko), True
    assert results is not None
    d, columns, rows = plan.details, results.columns, results.rows
    mode = d.get("mode")
    if mode == "value":
        text = sentences.single(d, results.column(d["measure_alias"])[0], ko)
    elif mode == "group":
        text = sentences.breakdown(d, columns, rows, ko)
    elif mode == "trend":
        text = sentences.trend(d, columns, rows, ko)
    else:
        text = sentences.listing(d, columns, rows, results.truncated, ko)
    if results.truncated and mode != "list":
        text += " (결과 일부만 표시됨)" if ko else " (only part of the result is shown)"
    notes = []
    if plan.summary:
        notes.append(f"{'기준' if ko else 'Based on'}: {plan.summary}")
    if d.get("ignored"):
        words = ", ".join(d["ignored"])
        notes.append(f"이해하지 못한 단어: {words}" if ko else f"Words I did not use: {words}")
    return text + "".join(f"\n\n_{n}_" for n in notes), False


def write(plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
    """Write the answer, emit it once as a single token, and settle the final confidence."""
    content, empty = compose(plan, results)
    emit_token(content)
    truncated = bool(results is not None and results.truncated)
    return Answer(content, answer_confidence(plan.confidence, empty=empty, truncated=truncated))
