"""What a confidence rests on, in a few short phrases, and the close other readings offered as choices."""

from __future__ import annotations

from agent.analysts.offline import confidence
from agent.analysts.offline.planning.planner import Planned, canonical, plan_question
from agent.analysts.offline.planning.reading import Reading
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.writing.names import column_words, header, measure_name
from agent.contract.i18n import pick
from agent.data.database import Database

TEXTS = {
    "all_used": {"en": "all words used", "ko": "모든 단어 사용"},
    "unused": {"en": "not used: {words}", "ko": "사용하지 못한 단어: {words}"},
    "one_reading": {"en": "1 reading", "ko": "해석 1가지"},
    "close": {"en": "{n} readings were close", "ko": "비슷한 해석 {n}가지"},
    "partly": {"en": "“{word}” matched {column} loosely", "ko": "“{word}”을(를) {column}에 느슨하게 맞춤"},
    "assumed": {"en": "aggregate assumed", "ko": "집계 방식 추정"},
    "follow_up": {"en": "continues the previous question", "ko": "이전 질문에 이어서"},
    "unresolved": {"en": "refers to an earlier answer it could not continue", "ko": "이어갈 이전 답변을 찾지 못함"},
    "by": {"en": "{measure} by {groups}", "ko": "{groups}별 {measure}"},
    "in_table": {"en": "{text} in {table}", "ko": "{table}의 {text}"},
}
LOOSE = 0.8
"""A mention scored below this matched its word loosely (a prefix, a likeness, a part of a name)."""
MAX_REASONS = 4
MAX_ALTERNATIVES = 2
MAX_TRIED = 6
"""At most this many close readings are said as questions and asked again (each costs a planning)."""
MAX_TRIED_BIG = 2
"""The same on a catalog of more than BIG tables, where each planning costs more."""
BIG = 20


def confidence_reasons(planned: Planned, index: SchemaIndex, language: str) -> list[str]:
    """Short phrases saying what the confidence rests on ("all words used", "2 readings were close")."""
    best, cues = planned.best, planned.cues
    reasons = []
    if best.unexplained:
        words = ", ".join(cues.tokens[i].text for i in best.unexplained)
        reasons.append(pick(TEXTS, "unused", language, words=words))
    else:
        reasons.append(pick(TEXTS, "all_used", language))
    close = confidence.runner_up_close(planned)
    reasons.append(pick(TEXTS, "close", language, n=2) if close else pick(TEXTS, "one_reading", language))
    for m in best.mentions:
        if m.column is not None and m.score < LOOSE and set(m.tokens) & best.explained and m.text:
            reasons.append(pick(TEXTS, "partly", language, word=m.text,
                                column=column_words(index, m.column.ref_col(), language)))
            break
    if best.plan is not None and any(m.assumed for m in best.plan.measures):
        reasons.append(pick(TEXTS, "assumed", language))
    if best.plan is not None and "follow-up" in best.plan.notes:
        reasons.append(pick(TEXTS, "follow_up", language))
    return reasons[:MAX_REASONS]


def unresolved(language: str) -> str:
    """The reason said when a question points back at no answer it can continue."""
    return pick(TEXTS, "unresolved", language)


def alternatives(planned: Planned, index: SchemaIndex, database: Database | None,
                 language: str) -> list[dict[str, str]]:
    """Other readings close to the best, each as a question that the analyst reads that way when asked."""
    best = planned.best
    if best.plan is None:
        return []
    seen = {canonical(best.plan, index)}
    found: list[dict[str, str]] = []
    close = sorted((r for r in planned.readings if r.plan is not None and not r.refusal
                    and best.score - r.score < confidence.CLOSE - 1e-9), key=lambda r: -r.score)
    for other in close[:MAX_TRIED if len(index.tables) <= BIG else MAX_TRIED_BIG]:
        if len(found) >= MAX_ALTERNATIVES or other.plan is None:
            break
        key = canonical(other.plan, index)
        if key in seen:
            continue
        seen.add(key)
        question = _question(other, index, language, other.plan.base != best.plan.base)
        if question and _reads_as(question, key, index, database, language):
            found.append({"question": question, "reading": question})
    return found


def _question(reading: Reading, index: SchemaIndex, language: str, table: bool = False) -> str | None:
    """The reading said as a question: its measure, its grouping, its filters (and its table)."""
    plan = reading.plan
    if plan is None or not plan.measures:
        return None
    measure = ", ".join(measure_name(index, m, language, plan.base) for m in plan.measures)
    text = measure if not plan.groups else pick(
        TEXTS, "by", language, measure=measure, groups=", ".join(header(index, g, language) for g in plan.groups))
    values = [str(c.value) for c in plan.conditions if c.op == "=" and isinstance(c.value, str | int)]
    if table:
        text = pick(TEXTS, "in_table", language, text=text, table=plan.base)
    if not values:
        return text
    return f"{' '.join(values)} {text}" if language == "ko" else f"{text} for {', '.join(values)}"


def _reads_as(question: str, key: str, index: SchemaIndex, database: Database | None, language: str) -> bool:
    """True when asking `question` gives the reading whose canonical form is `key`."""
    again = plan_question(question, language, index, database)
    return again.best.plan is not None and canonical(again.best.plan, index) == key
