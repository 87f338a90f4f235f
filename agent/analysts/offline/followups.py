"""Follow-ups ("그럼 B 창고는?", "top 2 instead", "as a line chart", "지난달은?") merged with the previous plan.

A question that carries a follow-up marker, or that is too short or elliptical to map on its own, is read
for what it changes: a filter value on the same column, the date range, the grouping, the time grain, the
measure or its aggregate, the ranking, the chart mark. Those changes are applied to the previous turn's
structured plan (kept in `Turn.details`, see stored_plan), and the result is planned again.
"""

from __future__ import annotations

from typing import Any

from agent.analysts.base import Turn
from agent.analysts.offline import stored_plan
from agent.analysts.offline.draft import Draft
from agent.analysts.offline.extract import extract
from agent.analysts.offline.followup_apply import apply_dates, apply_ranking, apply_shape, apply_values
from agent.analysts.offline.followup_reading import (
    ANYWHERE,
    LEADING,
    TOPIC_END,
    WEAK_LEADING,
    Changes,
    chart_mark,
    read_changes,
)
from agent.analysts.offline.joins import joins_for
from agent.analysts.offline.model import Structured, Unmapped
from agent.analysts.offline.reading import read
from agent.analysts.offline.schema_index import SchemaIndex
from agent.data.database import Database

SHORT_WORDS = 3
"""A question of at most this many words that maps only weakly on its own is read as a follow-up."""
WEAK = 0.6


def previous_plan(history: list[Turn]) -> tuple[Turn, dict[str, Any]] | None:
    """The latest earlier turn with a stored structured plan, and that plan."""
    for turn in reversed(history):
        stored = turn.details.get(stored_plan.KEY) if isinstance(turn.details, dict) else None
        if isinstance(stored, dict):
            return turn, stored
    return None


def _words(question: str) -> int:
    """Words of the question, not counting a leading `and`."""
    return len(question.split()) - bool(WEAK_LEADING.search(question))


def is_marked(question: str) -> bool:
    """True when the question says it follows on: `그럼`, `what about`, `instead`, `대신`, a chart; or it is
    short and starts with `and` or ends in a Korean particle (`and WH-C?`, `재주문점은?`)."""
    short = _words(question) <= SHORT_WORDS
    return bool(LEADING.search(question) or ANYWHERE.search(question) or chart_mark(question)[0]
                or (short and (WEAK_LEADING.search(question) or TOPIC_END.search(question))))


def is_elliptical(question: str, found: Structured | Unmapped, confidence: float) -> bool:
    """True when a question could not be mapped alone, or is short and maps only weakly (`B 창고`)."""
    if isinstance(found, Unmapped):
        return not found.not_found
    return _words(question) <= SHORT_WORDS and (confidence < WEAK or (found.mode == "list" and not found.filters))


def merge(question: str, previous: dict[str, Any], index: SchemaIndex,
          database: Database) -> tuple[Structured, Changes] | Unmapped | None:
    """The previous plan changed as the follow-up asks; None when it asks for nothing that applies."""
    s = stored_plan.decode(previous, index)
    if s is None:
        return None
    c = read_changes(question, index, database, s.base)
    if isinstance(c, Unmapped) or c.unhandled:
        return None if isinstance(c, Changes) else c
    d = Draft(index, read([], ""), c.extracted or extract(""), [], [], [], [])
    d.base = s.base
    apply_shape(s, c, d)
    d.base = s.base
    apply_values(s, c, d)
    apply_dates(s, c, d)
    apply_ranking(s, c)
    if c.chart:
        c.applied.append("chart")
    if not c.applied:
        return None
    joins = joins_for(index, s.base, stored_plan.needed_tables(s))
    if joins is None:
        return None
    s.joins = joins
    s.ignored = c.ignored
    return s, c
