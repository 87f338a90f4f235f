"""How sure an answer is, checked against the question bank's calibration table (docs/accuracy.md).

It rests on how much of the question the reading explains, how closely its words matched, what it assumed,
and how far ahead of the next reading it is.
"""

from __future__ import annotations

import datetime as dt

from agent.analysts.base import QueryPlan
from agent.analysts.offline.planning.planner import Planned
from agent.analysts.offline.question import vocabulary
from agent.analysts.offline.question.tokens import HANGUL
from agent.analysts.offline.schema.matching import Mention

REFUSAL = 0.2
"""The confidence of "the data cannot answer this" (a refusal is not a figure)."""
FLOOR = 0.55
"""Below this reading score the question is not answered: what was not understood is said instead."""
UNASKED_LIST = 0.7
"""The most a list of rows keeps when the question asked for no list and filtered only by a period."""
INHERITED = 0.1
"""How much surer a follow-up may be than the answer it continues."""
UNRESOLVED = 0.6
"""The most an answer keeps when its question points back (their average, 그중) at no answer it can use."""
CLOSE = 0.1
"""A runner-up reading this close to the best makes the answer less sure."""
EMPTY = 0.5
"""The most an answer with no matching rows keeps."""


RESEMBLES = 0.6
"""A match this weak or weaker is a resemblance (amount ~ quantity, region ~ country), not a name."""
RESEMBLED = 0.75
"""The most an answer keeps when a word it rests on only resembles what it was read as (state ~ region)."""


def only_resembles(planned: Planned) -> bool:
    """True when every table, column or value the reading rests on only resembles a word of the question."""
    best = planned.best
    used = [m for m in best.mentions if set(m.tokens) & best.explained]
    if not used or not all(_likeness(m) and not m.related for m in used):
        return False  # a related word (구독료 ~ price) is answered, at most RESEMBLED sure
    return not best.explained - {i for m in used for i in m.tokens}  # else a word names the table's rows


def _rests_on_likeness(planned: Planned) -> bool:
    """True when a word the reading uses only resembles the column or value it was read as."""
    best = planned.best
    return any(m.kind in ("column", "value") and set(m.tokens) & best.explained and _likeness(m)
               for m in best.mentions)


def _likeness(mention: Mention) -> bool:
    """The mention only resembles its word: a weak match that is neither a translation nor the name's own word."""
    return mention.related or mention.score <= RESEMBLES and not (_translated(mention) or _own_word(mention))


def _own_word(mention: Mention) -> bool:
    """The word is, is spelled like, or means a word of the column's name (temperature: temp_max, metro: in_smsa)."""
    if mention.column is None:
        return False
    said = mention.text.lower()
    return any(said == w or (len(w) >= 3 and (said.startswith(w) or w.startswith(said[:4])))
               or said in vocabulary.equivalents(w) for w in mention.column.words)


def _translated(mention: Mention) -> bool:
    """A Korean word matched to a column named in English (뇌 무게: brainwt): a translation, not a likeness."""
    named = mention.column.name if mention.column is not None else mention.table
    return bool(HANGUL.search(mention.text)) and named.isascii()


def runner_up_close(planned: Planned) -> bool:
    """True when another reading scored within CLOSE of the best."""
    return planned.runner_up is not None and planned.margin < CLOSE - 1e-9


def refuses(planned: Planned) -> bool:
    """True when the best reading explains too little of the question to give a figure."""
    return planned.best.score < FLOOR


def signals(planned: Planned) -> dict[str, float]:
    """What a confidence may rest on, as numbers (`weighed` uses three; evals/calibrate.py fits them all).

    How much of the question was read, how closely each word matched, what the reading assumed and its shape.
    """
    best = planned.best
    plan = best.plan
    used = [m.score for m in best.mentions if set(m.tokens) & best.explained]
    shape = plan.shape if plan is not None else ""
    return {
        **_weighed_signals(planned),
        "margin": max(0.0, min(0.5, planned.margin)),
        "follow_up": float(plan is not None and "follow-up" in plan.notes),
        "assumed": float(plan is not None and any(m.assumed for m in plan.measures)),
        "loosest_word": min(used) if used else 1.0,
        "joins": float(len(plan.tables()) - 1) if plan is not None else 0.0,
        "penalties": sum(amount for _, amount in best.penalties),
        "conditions": float(len(plan.conditions)) if plan is not None else 0.0,
        "distinct_count": float(plan is not None and any(m.agg == "count_distinct" for m in plan.measures)),
        "list": float(shape == "list"),
        "rows": float(shape == "rows"),
        "share": float(shape == "share" or plan is not None and bool(plan.share_of)),
        "trend": float(shape == "trend"),
    }


def _weighed_signals(planned: Planned) -> dict[str, float]:
    """The signals `weighed` uses: the reading's score, a close runner-up, the words not used."""
    return {"score": max(0.0, min(1.2, planned.best.score)), "close": float(runner_up_close(planned)),
            "unexplained": float(len(planned.best.unexplained))}


def weighed(found: dict[str, float]) -> float:
    """How much of the question was read, less a close runner-up and each word not used (before the caps).

    evals/calibrate.py prints the calibration table of these weights and of a logistic fit of every signal.
    """
    return 0.35 + 0.6 * min(1.0, found["score"]) - 0.15 * found["close"] - 0.1 * found["unexplained"]


def plan_confidence(planned: Planned) -> float:
    """A reading's confidence in [0, 1]."""
    value = weighed(_weighed_signals(planned))
    plan = planned.best.plan
    if plan is not None and plan.shape == "list" and not planned.cues.listing and all(
            c.op in ("range", "between") or c.part or isinstance(c.value, dt.date) or c.said.endswith("년")
            or c.said.isdigit() and len(c.said) == 4 for c in plan.conditions):
        value = min(value, UNASKED_LIST)  # What was GDP in 2000?: rows shown, no figure asked for was found
    if plan is not None and _rests_on_likeness(planned):
        value = min(value, RESEMBLED)  # which state ...: read as the region column
    if plan is not None and planned.best.dropped_number:
        value = min(value, RESEMBLED)  # 4번 지역 answered for every district: a number said was not used
    return round(max(0.05, min(0.97, value)), 3)


def answer_confidence(plan: QueryPlan, empty: bool, truncated: bool) -> float:
    """The plan's confidence, less when no row matched or the table was cut."""
    value = plan.confidence
    if plan.sql is None:
        return value
    if empty:
        value = min(value, EMPTY)
    if truncated and plan.details.get("shape") in ("rows", "list"):
        value -= 0.05
    return round(max(0.0, value), 3)
