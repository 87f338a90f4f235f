"""Breakdowns shown in the order of what they are by: "from youngest to oldest", 연령대가 올라갈수록."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.analysts.offline.question import lexicon

if TYPE_CHECKING:
    from agent.analysts.offline.question.cues import Cues

RANGE_FROM = frozenset({"from"})
RANGE_TO = frozenset({"to", "through", "thru"})
FILLERS = frozenset({"the", "a", "an"})
RISING_ENDINGS = ("ᆯ수록", "을수록", "수록")
"""Korean endings of "the more ... the" (올라갈수록, 커질수록): what rises is what the rows are ordered by."""
FALLING_STEMS = frozenset({"낮", "작", "적", "줄", "줄어들", "떨어지", "내려가", "어리", "젊", "감소하"})
"""Korean stems of going down (낮아질수록, 줄어들수록): the rows from the largest down."""


def read_group_order(c: Cues) -> None:
    """Sets `c.group_order` when the question orders a breakdown by its groups, and drops the rankings that said so."""
    if c.language == "ko":
        _korean_rising(c)
    else:
        _from_end_to_end(c)


def _skip(c: Cues, at: int, step: int) -> int:
    while 0 <= at < len(c.tokens) and c.tokens[at].lemma.lower() in FILLERS:
        at += step
    return at


def _from_end_to_end(c: Cues) -> None:
    """From youngest to oldest, from the lowest income to the highest, smallest cars to the largest."""
    for first in c.rankings:
        second = next((r for r in c.rankings if r.at > first.at and r.direction != first.direction), None)
        if second is None or first.limit is not None or second.limit is not None:
            continue
        joiner = _skip(c, second.at - 1, -1)
        if joiner <= first.at or c.tokens[joiner].lemma.lower() not in RANGE_TO:
            continue
        between = [i for i in range(first.at + 1, joiner) if c.tokens[i].lemma.lower() not in FILLERS]
        if len(between) > 2:
            continue  # the lowest income of the year to the highest: too far apart to be one range
        start = _skip(c, first.at - 1, -1)
        said_from = 0 <= start < len(c.tokens) and c.tokens[start].lemma.lower() in RANGE_FROM
        if not said_from and between:
            continue  # the cheapest car to the most expensive needs its `from`
        c.group_order = "asc" if first.direction == "asc" else "desc"
        c.rankings = [r for r in c.rankings if r is not first and r is not second]
        c.used |= {joiner, first.at, second.at} | ({start} if said_from else set())
        grouped = {c.tokens[g].lemma.lower() for g in c.groups}
        c.used |= {i for i, t in enumerate(c.tokens) if i not in c.groups and t.lemma.lower() in grouped}
        return  # change with age ... each age, the lowest income: the groups again


def _korean_rising(c: Cues) -> None:
    """연령대가 올라갈수록, 배기량이 커질수록: the noun that rises is what the rows are ordered by."""
    for i, t in enumerate(c.tokens):
        if not t.has(*RISING_ENDINGS) or t.kind not in ("verb", "adj"):
            continue
        clause = [j for j in range(i - 1, max(-1, i - 3), -1)]
        noun = next((j for j in clause if c.tokens[j].kind == "noun" and c.tokens[j].has("이", "가")), None)
        if noun is None or c.tokens[noun].lemma in lexicon.GRAIN_NOUNS:
            continue  # 해가 갈수록: a trend over time, said elsewhere
        falling = any(c.tokens[j].lemma in FALLING_STEMS for j in range(noun + 1, i + 1))
        c.group_order = "desc" if falling else "asc"
        if noun not in c.groups:
            c.groups.append(noun)
        c.used |= set(range(noun + 1, i + 1))
        c.rankings = [r for r in c.rankings if r.limit is not None and not (r.bare or r.every)]
        return
