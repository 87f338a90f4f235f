"""How sure an answer is, calibrated on the question bank (docs/accuracy.md).

It rests on how much of the question the reading explains, what it assumed, and how far ahead of the next
reading it is.
"""

from __future__ import annotations

from agent.analysts.base import QueryPlan
from agent.analysts.offline.planning.planner import Planned

REFUSAL = 0.2
"""The confidence of "the data cannot answer this" (a refusal is not a figure)."""
FLOOR = 0.55
"""Below this reading score the question is not answered: what was not understood is said instead."""
EMPTY = 0.5
"""The most an answer with no matching rows keeps."""


def refuses(planned: Planned) -> bool:
    """True when the best reading explains too little of the question to give a figure."""
    return planned.best.score < FLOOR


def plan_confidence(planned: Planned) -> float:
    """A reading's confidence in [0, 1]."""
    best = planned.best
    value = 0.35 + 0.6 * max(0.0, min(1.0, best.score))
    if planned.runner_up is not None and planned.margin < 0.1:
        value -= 0.15
    if best.unexplained:
        value -= 0.1 * len(best.unexplained)
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
