"""What a follow-up keeps of the one thing the answer before named: its label or period, or its row's values.

"What was its price that year?", 그해 시가총액은?, 그 교수 연봉은?, 어느 주에 있어? each continue one answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.analysts.offline.planning.plan import Col, Condition, Measure, Plan
from agent.analysts.offline.planning.time import month_start
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.matching import Mention

GRAIN_DAYS = {"day": 1, "week": 7}
"""The length of a day or week period; months, quarters and years are counted in months."""
GRAIN_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def pinned(label: Col, labels: list[Any], previous: Plan, index: SchemaIndex) -> Condition | None:
    """The condition keeping the rows the previous answer named: its label, or its one period as a date range."""
    said = ", ".join(map(str, labels))
    if label != previous.time or previous.shape != "trend" or index.role(label.table, label.name) != "date":
        return Condition(label, "=", labels[0], said=said) if len(labels) == 1 \
            else Condition(label, "in", labels, said=said)
    first = labels[0]
    if len(labels) != 1 or not isinstance(first, dt.date):
        return None
    grain = previous.grain or "month"
    if grain in GRAIN_DAYS:
        end = first + dt.timedelta(days=GRAIN_DAYS[grain])
    elif grain in GRAIN_MONTHS:
        end = month_start(first.year, first.month + GRAIN_MONTHS[grain])
    else:
        return None
    return Condition(label, "range", [first, end], said=said)


def one_extreme(previous: Plan) -> bool:
    """The previous answer is a single maximum or minimum (재직 연수 최댓값은?)."""
    return previous.shape == "value" and len(previous.measures) == 1 and previous.measures[0].agg in ("max", "min")


ENTITY_POINTERS = frozenset({"그", "that", "this"})
"""Words that, first in a question and before a noun, point at the one thing the answer before named."""


def pointed_entity(cues: Cues, previous: Plan) -> int | None:
    """The noun after 그 or that, first in a follow-up to one answered thing (그 선수의 통산 안타는?), if any.

    Only when another content word follows, which says what is asked of it (그 교수 연봉은?).
    """
    single = previous.limit == 1 or previous.shape == "value" and any(
        m.agg in ("max", "min") for m in previous.measures)
    tokens = cues.tokens
    if not single or len(tokens) < 3 or tokens[0].lemma.lower() not in ENTITY_POINTERS:
        return None
    content = cues.content()
    return 1 if tokens[1].kind == "noun" and 1 in content and any(i > 1 for i in content) else None


def asked_of_the_row(previous: Plan, cues: Cues, groups: list[Col], conditions: list[Condition],
                      index: SchemaIndex, mentions: list[Mention]) -> list[Col]:
    """The columns a follow-up asks of the one row answered before (어느 주에 있어?, 에어컨은 있어?), if any.

    A category or label named as a grouping, a yes/no value named as a filter, or a table the row refers to
    asked with which or where (출판사는 어디고?): of one row, its value.
    """
    one = previous.shape == "rows" and bool(previous.show) and not previous.groups and (
        previous.limit == 1 or any(c.op == "=" and c.column == previous.show[0] for c in previous.conditions))
    if not one or cues.aggregates or cues.rankings or cues.count is not None or cues.share is not None:
        return []
    flags = [c.column for c in conditions if c.op == "=" and not c.having
             and index.role(c.column.table, c.column.name) == "flag"]
    referred = []
    if any(t.lemma.lower() in WHERE_WORDS for t in cues.tokens):
        targets = {link.target for link in index.tables[previous.base].links}
        for m in mentions:
            facts = index.tables.get(m.table)
            if m.kind == "table" and m.table in targets and facts is not None and facts.label:
                referred.append(Col(m.table, facts.label))
    return [c for c in dict.fromkeys([*groups, *flags, *referred]) if c != previous.show[0]]


WHERE_WORDS = frozenset({"which", "what", "where", "어느", "어떤", "어디", "무슨"})
"""Words asking which one of a table the answered row refers to (어느 주에 있어?, 출판사는 어디고?)."""


def held_by_extreme(previous: Plan, cues: Cues, said: list[Measure], pointing: bool) -> bool:
    """After a single maximum or minimum, another measure of the row that holds it (그 교수 연봉은?).

    `pointing`: the question points back at the answer (그, its), so the measure is of that row.
    """
    if not one_extreme(previous):
        return False
    top = previous.measures[0].column
    return top is not None and bool(said) and all(m.column != top for m in said) and pointing \
        and not (cues.rankings or cues.aggregates or cues.count is not None)
