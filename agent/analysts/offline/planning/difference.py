"""The difference or the sum of the last two answers (둘 차이는?, 둘 합치면?, the two combined?), as one query."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot import exp

from agent.analysts.base import Turn
from agent.analysts.offline import sql
from agent.analysts.offline.planning.followups import previous_plan
from agent.analysts.offline.planning.plan import Plan
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.question.tokens import tokenize
from agent.analysts.offline.schema.index import SchemaIndex

DIFFERENCE_WORDS = frozenset({"difference", "gap", "차이", "차"})
SUM_WORDS = frozenset({"combined", "together", "합치", "합하", "더하", "합"})
BOTH_WORDS = frozenset({"two", "both", "them", "those", "둘", "두", "양쪽", "그", "둘의", "둘을"})
NAMES = {"en": ("Difference", "First", "Second"), "ko": ("차이", "앞의 값", "뒤의 값")}
SUM_NAMES = {"en": "Sum of both", "ko": "두 값의 합"}
SUBTRACTED = re.compile(r"(?P<first>.*?)(?:에서\s+(?P<second>.*?)\s*(?:빼(?!고)|뺀)|\s+minus\s+(?P<rest>.*))", re.I)
"""A minus B, A에서 B 빼면 (not B 빼고, which leaves B out): the first figure less the second."""


@dataclass(frozen=True)
class Difference:
    """The query of the gap between two figures, and what it is made of."""

    sql: str
    params: list[Any]
    columns: list[tuple[str, str]]
    tables: list[str]
    questions: tuple[str, str]
    summed: bool = False
    """The two added (둘 합치면?) rather than the gap between them."""


def asked(cues: Cues) -> bool:
    """The question asks the difference between two things already answered, and names nothing of its own."""
    words = {t.lemma.lower() for t in cues.tokens}
    return bool(words & DIFFERENCE_WORDS) and bool(words & BOTH_WORDS or len(cues.content()) <= 1)


def sum_asked(cues: Cues) -> bool:
    """둘 합치면?, 둘을 더하면?, the two combined?: the sum of two figures already answered, nothing of its own."""
    words = {t.lemma.lower() for t in cues.tokens}
    return bool(words & SUM_WORDS) and bool(words & BOTH_WORDS) and all(
        cues.tokens[i].lemma.lower() in BOTH_WORDS for i in cues.content())


def subtracted(cues: Cues, history: list[Turn]) -> bool:
    """평균에서 중앙값 빼면?, average minus median?: one earlier figure less the other, every word from the two."""
    if len(history) < 2 or not SUBTRACTED.match(cues.text):
        return False
    said = {t.lemma.lower() for t in cues.tokens if t.kind != "mark"} - {"빼", "minus"}
    return said <= _lemmas(history[-2].question) | _lemmas(history[-1].question)


def _lemmas(text: str) -> set[str]:
    return {t.lemma.lower() for t in tokenize(text) if t.kind != "mark"}


def first_is_last(cues: Cues, history: list[Turn]) -> bool | None:
    """Whether `A minus B` names the last answer first (True), the one before it (False), or neither clearly."""
    found = SUBTRACTED.match(cues.text)
    if found is None or len(history) < 2:
        return None
    first, second = _lemmas(found["first"]), _lemmas(found["second"] or found["rest"] or "")
    earlier, last = _lemmas(history[-2].question), _lemmas(history[-1].question)
    lean = len(first & last) - len(second & last) - len(first & earlier) + len(second & earlier)
    return None if lean == 0 else lean > 0


def of_last_two(history: list[Turn], index: SchemaIndex, language: str, summed: bool = False,
                last_first: bool | None = None) -> Difference | None:
    """The absolute difference (or the sum) of the last two answers' single figures, when each turn gave one.

    With `last_first` said (A minus B, where A is one of them), the signed difference in that order.
    """
    if len(history) < 2:
        return None
    turns = history[-2:][::-1] if last_first else history[-2:]
    figures = [figure(plan, index, language) for plan in last_two_plans(turns)]
    if any(f is None for f in figures):
        return None
    (first_sql, first_params, first_name, first_tables), (second_sql, second_params, second_name, second_tables) = \
        [f for f in figures if f is not None]
    label, first, second = NAMES["ko" if language == "ko" else "en"]
    a = exp.column(first_name, table="a", quoted=True)
    b = exp.column(second_name, table="b", quoted=True)
    if summed:
        label = SUM_NAMES["ko" if language == "ko" else "en"]
    gap = exp.Sub(this=a, expression=b)
    combined = exp.Add(this=a, expression=b) if summed else gap if last_first is not None else exp.Abs(this=gap)
    query = sqlglot.select(
        exp.alias_(combined, label, quoted=True),
        exp.alias_(a.copy(), first, quoted=True), exp.alias_(b.copy(), second, quoted=True),
    ).from_(subquery(first_sql, "a")).join(subquery(second_sql, "b"), join_type="cross")
    tables = list(dict.fromkeys(first_tables + second_tables))
    return Difference(query.sql(dialect="duckdb"), first_params + second_params,
                      [(label, "measure"), (first, "first"), (second, "second")], tables,
                      (turns[0].question, turns[1].question), summed)


def last_two_plans(history: list[Turn]) -> list[Plan | None]:
    """The plans kept with the last two answers (None for one that kept none)."""
    return [previous_plan(turn.details) for turn in history[-2:]]


def sure_of_last_two(history: list[Turn], floor: float) -> float:
    """A figure made of the last two answers is no surer than the less sure of them (`floor` when neither says)."""
    sure = [t.confidence for t in history[-2:] if t.confidence is not None]
    return min(sure) if sure else floor


def figure(plan: Plan | None, index: SchemaIndex, language: str) -> tuple[str, list[Any], str, list[str]] | None:
    """A plan's one figure: its SQL and the name of the column that holds it, when it answers with one."""
    if plan is None or len(plan.measures) != 1 or plan.over is None and not (
            plan.shape == "value" or plan.shape in ("rows", "group", "trend") and plan.limit == 1):
        return None
    try:
        built = sql.build(plan, index, language)
    except (KeyError, ValueError):  # sql.NoPath is a ValueError
        return None  # the tables changed since: no difference to take
    measures = built.named("measure")
    return (built.sql, built.params, measures[0], built.tables) if len(measures) == 1 else None


def subquery(query: str, alias: str) -> exp.Subquery:
    """A query as a named subquery of another (FROM (...) AS a)."""
    return exp.Subquery(this=sqlglot.parse_one(query, dialect="duckdb"),
                        alias=exp.TableAlias(this=exp.to_identifier(alias)))
