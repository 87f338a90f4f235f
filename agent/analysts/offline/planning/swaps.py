"""Follow-ups that change only a number or turn a condition around (and at 19?, and 35 to 44?, 나머지는?)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agent.analysts.offline.planning.plan import Condition, Plan
from agent.analysts.offline.planning.reading import _whole
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.question.tokens import SPELLED
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.matching import Mention
from agent.analysts.offline.schema.roles import TIME_ROLES


def number_swapped(previous: Plan, cues: Cues, mentions: list[Mention], index: SchemaIndex) -> Condition | None:
    """The previous question's one numeric condition with the number a follow-up says alone, on the same column.

    Aged 72, then "and at 19?"; a ratio under 20, then "and 20 or more?"; 25 to 34, then "and 35 to 44?".
    """
    numeric = [c for c in previous.conditions if not c.having and not c.part and c.op in NUMBER_OPS
               and c.column.name != "*" and _numbers(c.value)
               and index.role(c.column.table, c.column.name) not in TIME_ROLES]
    if len(numeric) != 1 or cues.periods or cues.aggregates or cues.rankings or cues.count is not None \
            or any(m.kind == "column" or m.kind == "value" and any(cues.tokens[i].kind != "num" for i in m.tokens)
                   for m in mentions):
        return None  # a number that is some column's value (worker 45) is still the number said
    target = numeric[0]
    said = cues.text.strip(" ?")
    counters = {t.lemma for t in cues.tokens if t.kind == "counter"}
    if counters and not any(counter in target.said for counter in counters) or any(
            t.lemma.lower() in LIMIT_WORDS for t in cues.tokens):
        return None  # 30세 이상, then 5명만?: a number of rows to show, not an age
    if len(cues.comparisons) == 1:
        c = cues.comparisons[0]
        value = [_whole(c.value), _whole(c.high)] if c.op == "between" else _whole(c.value)
        return replace(target, op=c.op, value=value, said=said)
    numbers = [t.number if t.kind == "num" else SPELLED.get(t.lemma.lower()) for t in cues.tokens]
    found = [n for n in numbers if n is not None]
    if cues.comparisons or len(found) != 1 or target.op == "between":
        return None
    return replace(target, value=_whole(found[0]), said=said)


SWAP_DOUBT = 0.15
"""What a number said alone costs: it names no column, so the previous question's is a guess."""
NUMBER_OPS = frozenset({"=", "<", "<=", ">", ">=", "between"})
LIMIT_WORDS = frozenset({"only", "just", "first", "last", "top", "bottom", "상위", "하위", "처음", "마지막"})
"""Words that make a number alone a count of rows to show (just 3?), not a value."""


def _numbers(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value) and all(_numbers(v) for v in value)
    return isinstance(value, int | float) and not isinstance(value, bool)


REST_WORDS = frozenset({"나머지", "rest", "other", "others", "remaining"})
"""Words asking for the rows the previous condition left out (나머지 주들은?, and the rest?)."""
OPPOSITE_OPS = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "=": "!=", "!=": "=", "in": "not in", "not in": "in"}


def the_rest(cues: Cues, conditions: list[Condition], index: SchemaIndex) -> tuple[Condition, Condition] | None:
    """The previous question's one condition that is not a period, and it turned around, for 나머지는?, the rest?"""
    words = {t.lemma.lower() for t in cues.tokens}
    if not words & REST_WORDS or len(cues.content()) > 2:
        return None
    kept = [c for c in conditions if not c.having and not c.part and c.op in OPPOSITE_OPS
            and index.role(c.column.table, c.column.name) not in TIME_ROLES]
    if len(kept) != 1:
        return None
    return kept[0], replace(kept[0], op=OPPOSITE_OPS[kept[0].op], said="")
