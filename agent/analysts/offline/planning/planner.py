"""Planning a question: the readings it allows on each candidate base table, scored, and the best one.

A reading is scored by how much of the question it explains (every content word given a job) less what it
had to assume (an aggregate nobody asked for, a grouping read from a bare category word) and what makes no
sense (a total of an identifier). The margin to the next different reading feeds the confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.analysts.offline.planning.plan import Plan
from agent.analysts.offline.planning.reading import Reader, Reading, columns_said_by
from agent.analysts.offline.question.cues import Cues, read_cues
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.links import linked, several_references
from agent.analysts.offline.schema.matching import Mention, match
from agent.analysts.offline.sql import fan_outs
from agent.data.database import Database

KIND_ORDER = {"value": 0, "column": 1, "table": 2}
ALTERNATIVES = 3
"""Close alternatives tried at each ambiguous span."""
CLOSE = 0.12


@dataclass
class Planned:
    """The best reading, the runner-up's score, and what the question held."""

    best: Reading
    runner_up: Reading | None
    cues: Cues
    mentions: list[Mention]
    readings: list[Reading] = field(default_factory=list)

    @property
    def margin(self) -> float:
        """How far the best reading's score is ahead of the runner-up's (its whole score when there is none)."""
        return self.best.score - (self.runner_up.score if self.runner_up else 0.0)


def _reachable(index: SchemaIndex, base: str) -> set[str]:
    found = {base}
    frontier = [base]
    for _ in range(2):
        step = []
        for table in frontier:
            for link in linked(index, table):
                if link.target not in found:
                    found.add(link.target)
                    step.append(link.target)
        frontier = step
    return found


def _bases(index: SchemaIndex, mentions: list[Mention], cues: Cues) -> list[str]:
    named = list(dict.fromkeys(m.table for m in mentions))
    if not named and len(index.tables) == 1:
        return list(index.tables)
    if not named and cues.people is not None and all(cues.tokens[i].kind in ("num", "counter") for i in cues.content()):
        return _fact_table(index)  # 응답자 전부 몇 명이야: the rows of the one table that refers to the others
    if not named:
        return []
    between = [t.name for t in index.tables.values() if t.name not in named and any(
        other in several_references(index, t.name) for other in named)]
    people = [t for t in _fact_table(index) if cues.people is not None and t not in named + between]
    valued = {m.table for m in mentions if m.kind == "value"}
    referring = [t.name for t in index.tables.values() if cues.count is not None and t.name not in named + between
                 + people and any(link.target in valued for link in t.links)]  # how many banks: the firms
    # from Quebec to Ontario: the table of moves between provinces, named by neither; 지역명별 응답자 수: the
    # survey's rows, by the region table's name
    return named + between + people + referring


def _fact_table(index: SchemaIndex) -> list[str]:
    """The one table that refers to others and that none refers to (the survey beside its region table), if any."""
    targets = {link.target for facts in index.tables.values() for link in facts.links}
    facts = [t.name for t in index.tables.values() if t.links and t.name not in targets]
    return facts if len(facts) == 1 else []


def _distances(index: SchemaIndex, base: str) -> dict[str, int]:
    """Join steps from `base` to each table it reaches (kept in the index: the links do not change)."""
    known = index.distances.get(base)
    if known is not None:
        return known
    found = {base: 0}
    frontier = [base]
    while frontier:
        step = []
        for table in frontier:
            for link in linked(index, table):
                if link.target not in found:
                    found[link.target] = found[table] + 1
                    step.append(link.target)
        frontier = step
    index.distances[base] = found
    return found


def _selections(mentions: list[Mention], base: str, reach: set[str],
                distance: dict[str, int] | None = None) -> list[list[Mention]]:
    """Non-overlapping choices of mentions, the best first, with close alternatives at ambiguous spans."""
    usable = [m for m in mentions if m.table in reach]
    distance = distance or {}

    columns_near = {(c.column.ref if c.column else None, t) for c in usable if c.kind == "column" for t in c.tokens}

    def rank(m: Mention) -> tuple[float, ...]:
        own = 1.0 if m.table == base else 0.0
        near = 0.0  # 운동을 안 하는: the value of the column named next to it
        if m.kind == "value" and m.column is not None and any(
                (m.column.ref, t + d) in columns_near for t in m.tokens for d in (-2, -1, 1, 2)):
            near = 1.0
        return (-len(m.tokens), -round(m.score, 2), -near, -own, distance.get(m.table, 9), KIND_ORDER[m.kind])

    usable.sort(key=rank)
    chosen: list[Mention] = []
    taken: set[int] = set()
    alternatives: list[tuple[Mention, Mention]] = []
    for m in usable:
        if m.tokens & taken:
            first = next((c for c in chosen if c.tokens == m.tokens), None)
            if first is not None and (first.score - m.score <= CLOSE or _own_column(first, m)) \
                    and len(alternatives) < ALTERNATIVES \
                    and (first.kind, first.column, first.value) != (m.kind, m.column, m.value):
                alternatives.append((first, m))
            continue
        chosen.append(m)
        taken |= m.tokens
    out = [chosen]
    for first, other in alternatives:
        out.append([other if c is first else c for c in chosen])
    return out


def _own_column(table: Mention, column: Mention) -> bool:
    """The words name a table and one of its measures (지출 of 가구_지출, 총지출_페세타): the measure is tried too."""
    return table.kind == "table" and column.kind == "column" and column.table == table.table \
        and column.column is not None and column.column.role == "measure"


FAN_OUT = 0.12
"""What a join to the many rows referring to the base costs (a reading on the referring table is better)."""
SUBJECT_BASE = 0.03
"""What a reading gains when its base is the table the question names as its subject (how many parts)."""


ASSUMED_UNSAID = 0.1
"""Taken off a reading whose measure was assumed while a word of the question was not understood."""


def score(reading: Reading, cues: Cues, index: SchemaIndex | None = None) -> float:
    """How much of the question a reading explains, less its assumptions and nonsense."""
    content = cues.content()
    weights = {i: (0.5 if cues.tokens[i].kind == "num" else 1.0) for i in content}
    total = sum(weights.values())
    explained = sum(w for i, w in weights.items() if i not in reading.unexplained)
    value = explained / total if total else 1.0
    used = [m.score for m in reading.mentions if set(m.tokens) & reading.explained]
    quality = sum(used) / len(used) if used else 1.0
    value = 0.7 * value + 0.3 * quality
    subject = reading.subject_table
    if reading.plan is not None:
        value -= 0.03 * (len(reading.plan.tables()) - 1)  # the fewest joins that say it all
        if index is not None:
            value -= FAN_OUT * fan_outs(index, reading.plan)
        if subject is not None and subject == reading.plan.base and cues.count is not None:  # how many parts
            value += SUBJECT_BASE
    if reading.plan is not None and reading.plan.measures and all(m.assumed for m in reading.plan.measures) and any(
            cues.tokens[i].kind != "num" for i in reading.unexplained):
        value -= ASSUMED_UNSAID  # how much did a ticket cost: the measure asked for is a word not understood
    if reading.plan is not None and reading.plan.shape == "list" and not cues.listing and subject is None:
        value -= 0.2 if not reading.plan.conditions else 0.1  # rows listed though nothing asked for a list
    if reading.plan is not None and reading.plan.shape == "list" and subject is not None \
            and subject == reading.plan.base:
        value += 0.05  # parts from Japan: the parts table, named, is what the question is about
    if index is not None and reading.plan is not None and _counts_each_row_once(reading.plan, index):
        value -= ONE_EACH  # 지역명별 응답자 수 on the region table: 1 each, the respondents are elsewhere
    if index is not None and reading.plan is not None and _counts_one_named_row(reading.plan, index):
        value -= ONE_EACH  # how many banks: the firms in banking, not the one sector row named banking
    if index is not None and reading.plan is not None and cues.people is not None \
            and _people_elsewhere(reading.plan, index):
        value -= ONE_EACH  # how many people are on the plan: the people's table, not the plans'

    return value - sum(amount for _, amount in reading.penalties)


ONE_EACH = 0.15
"""Taken off a breakdown that counts a table's rows by its own unique name: every group is 1."""


def _counts_each_row_once(plan: Plan, index: SchemaIndex) -> bool:
    if plan.shape != "group" or not plan.groups or any(m.agg != "count" or m.column for m in plan.measures):
        return False
    return all(g.table == plan.base and index.column(g.table, g.name).unique for g in plan.groups) \
        and any(link.target == plan.base for t in index.tables.values() for link in t.links)


def _counts_one_named_row(plan: Plan, index: SchemaIndex) -> bool:
    """The plan counts the rows of a table others refer to, kept to one of its unique names: always 1."""
    if plan.shape != "value" or not plan.measures or any(m.agg != "count" or m.column for m in plan.measures):
        return False
    named = any(c.op == "=" and c.column.table == plan.base and not c.having and c.column.name != "*"
                and index.column(c.column.table, c.column.name).unique for c in plan.conditions)
    return named and any(link.target == plan.base for t in index.tables.values() for link in t.links)


PERSON_WORDS = frozenset({"sex", "gender", "age", "birth", "born", "성별", "나이", "연령", "출생"})
"""Words of columns that only a table of people has."""


def _of_people(index: SchemaIndex, table: str) -> bool:
    return any(set(c.words) & PERSON_WORDS for c in index.tables[table].columns)


def _people_elsewhere(plan: Plan, index: SchemaIndex) -> bool:
    """The plan counts rows of a table that is not of people, though one of people refers to it."""
    if not plan.measures or any(m.agg != "count" or m.column for m in plan.measures) or _of_people(index, plan.base):
        return False
    return any(link.target == plan.base and _of_people(index, t.name) for t in index.tables.values()
               for link in t.links)


CASE_PENALTY = 0.05
"""Taken off a reading that takes a value matching only when case is ignored (OHIO) where another matches as said."""


def _case_only(reading: Reading, exact: set[frozenset[int]]) -> bool:
    return any(m.kind == "value" and m.score < 1.0 and m.tokens in exact and set(m.tokens) & reading.explained
               for m in reading.mentions)


def plan_question(question: str, language: str, index: SchemaIndex, database: Database | None,
                  changes: bool = True) -> Planned:
    """Every reading of the question, and the best of them (`changes`: see `read_cues`)."""
    cues = read_cues(question, language, index.korean_nouns, changes)
    mentions = match(cues, index, database)
    exact = {m.tokens for m in mentions if m.kind == "value" and m.score >= 1.0}
    readings: list[Reading] = []
    said_by = columns_said_by(mentions)
    for base in _bases(index, mentions, cues):
        reach = _reachable(index, base)
        for selection in _selections(mentions, base, reach, _distances(index, base)):
            reading = Reader(cues, index, base, selection, mentions, said_by).read()
            if reading.plan is not None and _case_only(reading, exact):
                reading.penalise("a value matched only when case is ignored", CASE_PENALTY)
            reading.score = score(reading, cues, index) if reading.plan is not None else -1.0
            readings.append(reading)
    if not readings:
        empty = Reading(None, -1.0, unexplained=cues.content(), refusal="no_subject")
        return Planned(empty, None, cues, mentions, [empty])
    readings.sort(key=lambda r: -r.score)
    best = readings[0]
    runner_up = next((r for r in readings[1:] if r.plan is not None and best.plan is not None
                      and canonical(r.plan, index) != canonical(best.plan, index)), None)
    return Planned(best, runner_up, cues, mentions, readings)


def canonical(plan: Plan, index: SchemaIndex) -> str:
    """The plan as a string, the same for two plans that return the same rows.

    Each joined table's key is written as the base's column that refers to it (parts.part_id as
    inventory.part_id).
    """
    refers = {(link.target, link.key): (link.table, link.column) for link in index.tables[plan.base].links}

    def same(value: Any) -> Any:
        if isinstance(value, dict):
            if set(value) == {"table", "name"} and (value["table"], value["name"]) in refers:
                table, name = refers[(value["table"], value["name"])]
                return {"table": table, "name": name}
            return {k: same(v) for k, v in value.items() if k != "said"}
        if isinstance(value, list):
            return [same(v) for v in value]
        return value

    return repr(same(plan.to_dict()))


QUOTED = re.compile(r"['\"“‘「『]([^'\"”’」』]{1,80})['\"”’」』]")


NOT_NAMES = frozenset({"what", "who", "where", "when", "how", "which", "it", "that", "there", "here", "let", "he",
                       "she", "this", "today", "everyone", "anyone", "nobody", "somebody"})
"""Words before 's that are no one's name (What's, It's, Let's)."""


def unfound(planned: Planned) -> list[str]:
    """Names the question gives that the data does not hold; such a question gets "not found", never a guess.

    A name is a code (ABC-99999) or a quoted name ('Nowhere Depot') that no table, column or value matches.
    """
    cues = planned.cues
    named = {i for m in planned.mentions for i in m.tokens}
    valued = {i for m in planned.mentions if m.kind == "value" for i in m.tokens}
    found = [t.text for i, t in enumerate(cues.tokens) if t.kind == "code" and i not in cues.used and i not in named]
    found += [t.text.removesuffix("'s").removesuffix("’s") for i, t in enumerate(cues.tokens)
              if not t.korean and t.kind == "word" and t.text[:1].isupper() and t.text.endswith(("'s", "’s"))
              and t.text[:-2].rstrip("'’").lower() not in NOT_NAMES
              and i not in cues.used and i not in named]  # Alaska's packs: a name the data does not hold
    for quoted in QUOTED.finditer(cues.text):
        inside = [i for i, t in enumerate(cues.tokens) if t.start >= quoted.start(1) and t.end <= quoted.end(1)]
        words = [i for i in inside if cues.tokens[i].kind in ("word", "noun", "code")]
        if words and not set(words) & valued and not all(i in named for i in words):
            text = quoted.group(1).strip()
            if text not in found:
                found.append(text)
    return found
